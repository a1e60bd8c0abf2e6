import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sanction } from '../shared/case-record.js';
import { findComparables } from './comparables.js';
import type { SimilarCase } from './model.js';
import { findOutliers } from './outliers.js';
import {
  byTitle,
  confiscation,
  fine,
  fixturePool,
  rules,
  similarCase,
  warning,
} from './similar.test-support.js';

const outliersOf = (subject: SimilarCase, pool: readonly SimilarCase[]) =>
  findOutliers(subject, findComparables(rules, subject, pool).comparables);

/** Twelve cases of 网络安全法(2016) 第五十九条第一款 「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」, fines 10,000–50,000. */
const twelve = [10000, 10000, 15000, 20000, 20000, 20000, 30000, 30000, 30000, 40000, 50000, 50000].map(
  (yuan, i) =>
    similarCase({ id: `c${String(i).padStart(2, '0')}`, title: `案例${i}`, sanctions: [fine(yuan)] }),
);

describe('findOutliers', () => {
  it('with fewer than 10 comparables there is no finding, and it says so (the real 金凤区 case has one)', () => {
    const pool = fixturePool();
    const out = outliersOf(byTitle(pool, '金凤区某公司未落实网络安全等级保护制度案'), pool);
    expect(out.findings).toEqual([]);
    expect(out.distribution.n).toBe(1);
    expect(out.note).toBe('同类案件仅1件，少于10件，不作同案同罚提示。');
  });

  it('a fine of 100,000 (the top of 「一万元以上十万元以下」) above the p90 of twelve comparables is advice naming them and the figures', () => {
    const out = outliersOf(similarCase({ id: 's', sanctions: [fine(100000)] }), twelve);
    expect(out.findings).toHaveLength(1);
    const [f] = out.findings;
    expect(f).toMatchObject({ code: 'FINE_ABOVE_P90', severity: 'info' });
    expect(f!.message).toContain('本案罚款100,000元位于第100百分位');
    expect(f!.message).toContain('第90百分位为50,000元');
    expect(f!.message).toContain('c00「案例0」');
    expect(f!.message).toContain('等12件');
    expect(f!.comparables).toHaveLength(12);
  });

  it('a fine of 10,000 at the p10 is no finding; one below the range of comparables is', () => {
    expect(outliersOf(similarCase({ id: 's', sanctions: [fine(10000)] }), twelve).findings).toEqual([]);
    const pool = twelve.map((c, i) => (i < 2 ? { ...c, sanctions: [fine(15000)] } : c));
    const out = outliersOf(similarCase({ id: 's', sanctions: [fine(10000)] }), pool);
    expect(out.findings.map((f) => f.code)).toEqual(['FINE_BELOW_P10']);
  });

  it('a sanction kind under 10 % of the comparables is advice naming them (没收 where none confiscated)', () => {
    const out = outliersOf(similarCase({ id: 's', sanctions: [fine(20000), confiscation] }), twelve);
    expect(out.findings.map((f) => f.code)).toEqual(['RARE_SANCTION_KIND']);
    expect(out.findings[0]!.message).toContain('同类案件12件中仅0件（0%）给予没收');
  });

  it('with 10 comparables but fewer than 10 fine amounts there is no fine finding, and it says so', () => {
    const pool = twelve.map((c, i) => (i < 4 ? { ...c, sanctions: [warning] } : c));
    const out = outliersOf(similarCase({ id: 's', sanctions: [fine(90000)] }), pool);
    expect(out.findings.map((f) => f.code)).toEqual([]);
    expect(out.note).toContain('载明罚款数额的仅8件');
  });

  const sanctions: fc.Arbitrary<Sanction[]> = fc
    .tuple(fc.option(fc.integer({ min: 1, max: 20 }).map((k) => fine(k * 5000))), fc.boolean(), fc.boolean())
    .map(([f, w, c]) => [...(f ? [f] : []), ...(w ? [warning] : []), ...(c ? [confiscation] : [])]);

  /** Comparables that all state a fine: the 10-fine threshold is met before the twin is added (NOTES.md). */
  const fined = fc
    .tuple(fc.integer({ min: 1, max: 20 }), sanctions)
    .map(([k, s]) => [fine(k * 5000), ...s.filter((x) => x.kind !== 'fine')]);

  it('an added case identical to the subject never makes it an outlier (10 or more comparables with fines)', () => {
    fc.assert(
      fc.property(fc.array(fined, { minLength: 10, maxLength: 30 }), sanctions, (pool, mine) => {
        const comparables = pool.map((s, i) => similarCase({ id: `c${i}`, sanctions: s }));
        const subject = similarCase({ id: 's', sanctions: mine });
        const before = new Set(outliersOf(subject, comparables).findings.map((f) => f.code));
        const after = outliersOf(subject, [...comparables, { ...subject, id: 'twin' }]).findings;
        for (const f of after) expect(before.has(f.code), f.message).toBe(true);
      }),
    );
  });

  it('findings are always advice (severity info), never errors', () => {
    fc.assert(
      fc.property(fc.array(sanctions, { minLength: 0, maxLength: 25 }), sanctions, (pool, mine) => {
        const comparables = pool.map((s, i) => similarCase({ id: `c${i}`, sanctions: s }));
        for (const f of outliersOf(similarCase({ id: 's', sanctions: mine }), comparables).findings)
          expect(f.severity).toBe('info');
      }),
    );
  });
});
