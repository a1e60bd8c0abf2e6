/**
 * Ranking at scale equals ranking the whole pool: over generated pools of cases applying 网络安全法(2016) 第五十九条
 * 第一款 (「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」, tier aggravated), its 2025 successor
 * 第六十一条第一款 in the tier of the same words, or its base tier 「责令改正，给予警告」, the top n of
 * nearCandidates + topScored is the top n of findComparables, and the distribution over the summaries is the one
 * over the cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findComparables, regionLevel } from './comparables.js';
import { distributionOf, sanctionSummary, summaryDistribution } from './distribution.js';
import type { SimilarCase } from './model.js';
import { nearCandidates, topByRegion, topScored, type CandidateSummary } from './ranking.js';
import { confiscation, fine, rules, similarCase, warning } from './similar.test-support.js';

const NX = '宁夏回族自治区';
const regions = [
  null,
  { province: NX, city: '银川市', county: '兴庆区' },
  { province: NX, city: '银川市', county: '金凤区' },
  { province: NX, city: '吴忠市', county: '利通区' },
  { province: '山西省', city: '太原市', county: '小店区' },
];
const applied = [
  [{ rule: 'CSL2016.59.1', tier: 'aggravated' }],
  [{ rule: 'CSL2025.61.1', tier: 'aggravated' }],
  [{ rule: 'CSL2016.59.1', tier: 'base' }],
  [
    { rule: 'CSL2016.59.1', tier: 'aggravated' },
    { rule: 'CSL2016.64.2', tier: 'base' },
  ],
];
const words = ['等级保护', '拒不改正', '责令', '网站', '漏洞', '日志', '备案', '数据'];

const caseArb = (id: string): fc.Arbitrary<SimilarCase> =>
  fc
    .record({
      region: fc.constantFrom(...regions),
      date: fc.option(
        fc.tuple(fc.integer({ min: 2017, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.boolean()),
      ),
      tokens: fc.subarray(words),
      applied: fc.constantFrom(...applied),
      kind: fc.constantFrom('organization' as const, 'individual' as const),
      fine: fc.option(fc.integer({ min: 1, max: 20 })),
      warn: fc.boolean(),
      conf: fc.boolean(),
    })
    .map((r) =>
      similarCase({
        id,
        region: r.region,
        date: r.date ? `${r.date[0]}${r.date[2] ? `-${String(r.date[1]).padStart(2, '0')}` : ''}` : null,
        tokens: r.tokens,
        applied: r.applied,
        party_kind: r.kind,
        sanctions: [
          ...(r.fine ? [fine(r.fine * 5000)] : []),
          ...(r.warn ? [warning] : []),
          ...(r.conf ? [confiscation] : []),
        ],
      }),
    );

const summaryOf = (c: SimilarCase): CandidateSummary => ({
  id: c.id,
  applied: c.applied,
  party_kind: c.party_kind,
  region: c.region,
  date: c.date,
  ...sanctionSummary(c.sanctions),
});

describe('ranking many comparables from summaries', () => {
  it('the top n by region, date and facts (tokens read lazily) and the distribution equal those over the whole pool', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 0, max: 80 })
          .chain((k) =>
            fc.tuple(
              caseArb('s'),
              fc.tuple(...Array.from({ length: k }, (_, i) => caseArb(`c${i}`))),
              fc.integer({ min: 1, max: 12 }),
              fc.integer({ min: 1, max: 7 }),
            ),
          ),
        async ([subject, pool, n, batch]) => {
          const whole = findComparables(rules, subject, pool).comparables;
          const byId = new Map(pool.map((c) => [c.id, c]));
          const near = nearCandidates(rules, subject, pool.map(summaryOf));
          let read = 0;
          const top = await topScored(
            subject,
            near,
            n,
            async (ids) => {
              read += ids.length;
              return new Map(ids.map((id) => [id, byId.get(id)!.tokens]));
            },
            batch,
          );
          expect(top.map((t) => [t.id, t.score])).toEqual(whole.slice(0, n).map((c) => [c.case.id, c.score]));
          expect(near.length).toBe(whole.length);
          expect(read).toBeLessThanOrEqual(near.length);
          expect(
            summaryDistribution(
              sanctionSummary(subject.sanctions),
              near.map((c) => c.summary),
            ),
          ).toEqual(
            distributionOf(
              subject,
              whole.map((c) => c.case),
            ),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('read one region level at a time, nearest first, the top n is still the top n over the whole pool', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 0, max: 80 })
          .chain((k) =>
            fc.tuple(
              caseArb('s'),
              fc.tuple(...Array.from({ length: k }, (_, i) => caseArb(`c${i}`))),
              fc.integer({ min: 1, max: 12 }),
            ),
          ),
        async ([subject, pool, n]) => {
          const whole = findComparables(rules, subject, pool).comparables;
          const byId = new Map(pool.map((c) => [c.id, c]));
          const levelOf = (c: SimilarCase) => regionLevel(subject.region, c.region);
          const top = await topByRegion(
            rules,
            subject,
            new Set(pool.map(levelOf)),
            async (level) => pool.filter((c) => levelOf(c) === level).map(summaryOf),
            n,
            async (ids) => new Map(ids.map((id) => [id, byId.get(id)!.tokens])),
          );
          expect(top.map((t) => [t.id, t.score])).toEqual(whole.slice(0, n).map((c) => [c.case.id, c.score]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not read the farther region levels once the top n is settled', async () => {
    // 20 comparables in the subject's county on its date with its words score 0.4 + 0.3 + 0.3 = 1; a candidate in
    // another province can reach at most 0.3 + 0.3, so that level is never read.
    const here = { province: NX, city: '银川市', county: '兴庆区' };
    const subject = similarCase({ id: 's', region: here, date: '2020-06-01', tokens: ['漏洞'] });
    const pool = Array.from({ length: 20 }, (_, i) =>
      similarCase({ id: `a${i}`, region: here, date: '2020-06-01', tokens: ['漏洞'] }),
    );
    const levels: string[] = [];
    const top = await topByRegion(
      rules,
      subject,
      new Set(['county', 'none'] as const),
      async (level) => {
        levels.push(level);
        return level === 'county' ? pool.map(summaryOf) : [];
      },
      10,
      async (ids) => new Map(ids.map((id) => [id, ['漏洞']])),
    );
    expect(top).toHaveLength(10);
    expect(levels).toEqual(['county']);
  });

  it('reads the tokens of only the candidates that may still enter the top n', async () => {
    // 200 comparables in the subject's county and one year, then 200 in another province a decade away: the
    // first kind reach at least 0.4 + 0.3·0.5, the second at most 0.3·(1/11) + 0.3, so none of them is read.
    const here = { province: NX, city: '银川市', county: '兴庆区' };
    const subject = similarCase({ id: 's', region: here, date: '2020-06-01', tokens: ['漏洞'] });
    const pool = [
      ...Array.from({ length: 200 }, (_, i) =>
        similarCase({ id: `a${i}`, region: here, date: '2020-07-01', tokens: ['漏洞'] }),
      ),
      ...Array.from({ length: 200 }, (_, i) =>
        similarCase({ id: `b${i}`, region: regions[4]!, date: '2010-06-01', tokens: ['漏洞'] }),
      ),
    ];
    const read: string[] = [];
    const top = await topScored(
      subject,
      nearCandidates(rules, subject, pool.map(summaryOf)),
      10,
      async (ids) => {
        read.push(...ids);
        return new Map(ids.map((id) => [id, ['漏洞']]));
      },
      50,
    );
    expect(top).toHaveLength(10);
    expect(read.some((id) => id.startsWith('b'))).toBe(false);
  });
});
