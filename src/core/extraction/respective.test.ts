import { describe, expect, it } from 'vitest';
import { respectiveValues } from './respective.js';

describe('respectiveValues', () => {
  it('gives each listed person the value in the same place', () => {
    const r = respectiveValues('某分局依法对丁某、费某分别处以行政拘留七日、四日。');
    expect(r?.names).toEqual(['丁某', '费某']);
    expect(r?.sanctions.map((s) => [s.kind, s.days])).toEqual([
      ['detention', 7],
      ['detention', 4],
    ]);
  });

  it('reads fines too', () => {
    const r = respectiveValues('对蔡某、欧阳某某、卜某分别处以罚款三百元、二百元和一千元');
    expect(r?.sanctions.map((s) => s.amount_yuan)).toEqual([300, 200, 1000]);
    expect(r?.names).toEqual(['蔡某', '欧阳某某', '卜某']);
  });

  it('leaves one value spread over all (one record) and counts that do not match', () => {
    expect(respectiveValues('对丁某、费某分别处以行政拘留七日')).toBeNull();
    expect(respectiveValues('对丁某、费某、卜某分别处以行政拘留七日、四日')).toBeNull();
  });
});
