import { describe, expect, it } from 'vitest';
import { casesFromParam, casesParam, refusedCases } from './selection.js';

describe('the cases chosen for a bulletin', () => {
  it('travel in the address in the order chosen', () => {
    expect(casesParam([3, 1, 7])).toBe('cases=3%2C1%2C7');
    expect(casesFromParam(new URLSearchParams(casesParam([3, 1, 7])).get('cases'))).toEqual([3, 1, 7]);
  });
  it('drops what is not an id and keeps a repeated id once', () => {
    expect(casesFromParam('2,x,0,-1,2, 5')).toEqual([2, 5]);
    expect(casesFromParam(null)).toEqual([]);
  });
  it('names the cases a draft was refused for', () => {
    expect(refusedCases({ unknown: [9, 10] })).toBe('不存在的案例：9、10');
    expect(refusedCases({ undecided: [4] })).toBe('尚未决定或公开的案例：4');
    expect(refusedCases({})).toBeNull();
  });
});
