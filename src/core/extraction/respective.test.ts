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

describe('respectiveValues: each name with its own value after 分别 (blind54)', () => {
  it('reads 分别没收A违法所得X元、B违法所得Y元 as one confiscation each', () => {
    const r = respectiveValues('所里分别没收甘某违法所得3400元、鲁某某违法所得750元，并各处行政拘留二日。');
    expect(r?.names).toEqual(['甘某', '鲁某某']);
    expect(r?.sanctions.map((s) => [s.kind, s.amount_yuan])).toEqual([
      ['confiscation', 3400],
      ['confiscation', 750],
    ]);
  });
  it('reads 分别罚款A…元、B…元 as one fine each, and nothing when a value is missing', () => {
    expect(respectiveValues('分别罚款甘某2000元、鲁某1000元。')?.sanctions.map((s) => s.amount_yuan)).toEqual(
      [2000, 1000],
    );
    expect(respectiveValues('分别没收甘某违法所得、鲁某违法所得。')).toBeNull();
  });
});
