import { describe, expect, it } from 'vitest';
import { pickLaw } from './pick-law.js';

const LAWS = [
  { id: 'csl', name: '网络安全法' },
  { id: 'dsl', name: '数据安全法' },
];

describe('pickLaw', () => {
  it('shows the first law on the bare /laws page', () => {
    expect(pickLaw(LAWS, undefined)?.id).toBe('csl');
  });
  it('finds a law by id or by name', () => {
    expect(pickLaw(LAWS, 'dsl')?.id).toBe('dsl');
    expect(pickLaw(LAWS, '数据安全法')?.id).toBe('dsl');
  });
  it('answers null for an unknown law, not 网络安全法', () => {
    expect(pickLaw(LAWS, 'no-such-law')).toBeNull();
  });
});
