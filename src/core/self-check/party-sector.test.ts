import { describe, expect, it } from 'vitest';
import { sectorOfParty } from './party-sector.js';

describe('sectorOfParty (a precedent’s sector from its party name)', () => {
  it('reads the sectors of the Ningxia bulletin’s parties', () => {
    expect(sectorOfParty('吴忠市某医院')).toBe('healthcare');
    expect(sectorOfParty('利通区某律师事务所')).toBe('legal_services');
    expect(sectorOfParty('中宁县某局')).toBe('government');
    expect(sectorOfParty('西吉县某购物中心（有限公司）')).toBe('retail');
    expect(sectorOfParty('某软件开发公司')).toBe('software');
  });

  it('leaves a name no word fits without a sector', () => {
    expect(sectorOfParty('金凤区某公司')).toBeNull();
    expect(sectorOfParty('张某')).toBeNull();
  });
});
