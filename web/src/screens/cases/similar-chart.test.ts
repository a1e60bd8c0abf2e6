import { describe, expect, it } from 'vitest';
import type { SimilarView } from '../../api/endpoints.js';
import { benchmarkBands, fineBars, kindShares, similarFineOption } from './similar-chart.js';

const share = (count: number, n: number) => ({ count, share: count / n });
const comparable = (id: number, fine_yuan: number | null) => ({
  id,
  title: `案${id}`,
  region: null,
  date: '2020',
  fine_yuan,
  kinds: fine_yuan === null ? ['warning' as const] : ['fine' as const],
  conduct: [],
  region_level: 'none' as const,
  days_apart: null,
  overlap: 0,
  score: 0,
  reasons: [],
});

// 网络安全法(2016) 第五十九条第一款 「处一万元以上十万元以下罚款」: the band below is the Shanxi 2018 benchmark's shape.
const view: SimilarView = {
  subject: { applied: [{ rule: 'CSL2016.59.1', tier: 'aggravated' }], region: null },
  candidates: 3,
  comparables: [comparable(1, 30_000), comparable(2, 10_000), comparable(3, null)],
  distribution: {
    n: 3,
    fines: { n: 2, min: 10_000, p10: 10_000, p50: 10_000, p90: 30_000, max: 30_000 },
    kinds: {
      warning: share(1, 3),
      fine: share(2, 3),
      confiscation: share(0, 3),
      detention: share(0, 3),
      suspension: share(0, 3),
      revocation: share(0, 3),
    },
    subject: { fine_yuan: 20_000, fine_percentile: 50, kinds: ['fine'] },
  },
  findings: [],
  benchmarks: {
    views: [
      {
        benchmark: {
          id: 'b',
          title: 't',
          issuer: 'i',
          date: '2018',
          status: 'PARTIAL',
          source: 's',
          binds: { province: '山西省', authority: 'public_security' },
          rules: ['CSL2016.59.1'],
          bands: [],
          notes: [],
        },
        rule: 'CSL2016.59.1',
        binds: false,
        bands: [
          {
            band: {
              label: '拒不改正',
              when: [],
              party: '罚款',
              fine: { min_yuan: 10_000, max_yuan: 50_000, words: '' },
            },
            selected: 'yes',
            needs: [],
            fine_within: true,
          },
          {
            band: {
              label: '情节严重',
              when: [],
              party: '罚款',
              fine: { min_yuan: 50_000, max_yuan: null, words: '' },
            },
            selected: 'unknown',
            needs: ['harm_caused'],
            fine_within: false,
          },
        ],
      },
    ],
    note: null,
  },
  notes: [],
};

describe('类案参考 chart', () => {
  it('orders the fines ascending with this case marked; a comparable without an amount has no bar', () => {
    expect(fineBars(view)).toEqual([
      { label: '#2', yuan: 10_000, subject: false },
      { label: '本案', yuan: 20_000, subject: true },
      { label: '#1', yuan: 30_000, subject: false },
    ]);
  });

  it('draws p10 / p90 and shades the 裁量基准 bands, an open band up to the highest bar', () => {
    expect(benchmarkBands(view)).toEqual([
      { label: '裁量基准：拒不改正', min: 10_000, max: 50_000 },
      { label: '裁量基准：情节严重（待查明）', min: 50_000, max: null },
    ]);
    const series = (
      similarFineOption(view).series as { markLine: { data: unknown[] }; markArea: { data: unknown[] } }[]
    )[0]!;
    expect(series.markLine.data).toEqual([
      { name: 'P10', yAxis: 10_000 },
      { name: 'P90', yAxis: 30_000 },
    ]);
    expect(series.markArea.data[1]).toEqual([
      { name: '裁量基准：情节严重（待查明）', yAxis: 50_000 },
      { yAxis: 50_000 },
    ]);
  });

  it('words the shares of sanction kinds, marking the ones this case used', () => {
    expect(kindShares(view)).toEqual(['警告 1/3（33%）', '罚款 2/3（67%） · 本案给予']);
  });
});
