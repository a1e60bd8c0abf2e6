import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors.js';
import { distributionOf, partyFine, percentile, percentileRank } from './distribution.js';
import { confiscation, fine, fixturePool, similarCase, warning } from './similar.test-support.js';

const fines = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 });
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('percentiles', () => {
  it('nearest rank: each percentile is a fine some case received', () => {
    const xs = [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000];
    expect([percentile(xs, 10), percentile(xs, 50), percentile(xs, 90)]).toEqual([1000, 5000, 9000]);
    expect(percentile([500], 90)).toBe(500);
  });

  it('are monotone in p and lie between the least and the greatest fine', () => {
    fc.assert(
      fc.property(
        fines,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (xs, p, q) => {
          const s = sorted(xs);
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          expect(percentile(s, lo)).toBeLessThanOrEqual(percentile(s, hi));
          expect(percentile(s, lo)).toBeGreaterThanOrEqual(s[0]!);
          expect(percentile(s, hi)).toBeLessThanOrEqual(s[s.length - 1]!);
        },
      ),
    );
  });

  it('the rank of a fine is monotone in the fine and within 0..100', () => {
    fc.assert(
      fc.property(
        fines,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (xs, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(percentileRank(xs, lo)).toBeLessThanOrEqual(percentileRank(xs, hi));
          expect(percentileRank(xs, lo)).toBeGreaterThanOrEqual(0);
          expect(percentileRank(xs, hi)).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('of no fines is a DomainError carrying the input', () => {
    try {
      percentile([], 50);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code === 'INVALID_INPUT' && e.details['p'] === 50).toBe(true);
    }
  });
});

describe('distributionOf', () => {
  it('counts only sanctions on the party; a case fine is the sum of its party fines with an amount', () => {
    expect(
      partyFine([fine(10000), { kind: 'fine', amount_yuan: 5000, days: null, target: 'responsible_person' }]),
    ).toBe(10000);
    expect(partyFine([fine(1000), fine(500)])).toBe(1500);
    expect(partyFine([{ kind: 'fine', amount_yuan: null, days: null, target: 'party' }])).toBeNull();
  });

  it('gives the fine percentiles, the share of each penalty kind, and where the subject sits', () => {
    const comparables = [
      similarCase({ id: 'a', sanctions: [warning] }),
      similarCase({ id: 'b', sanctions: [fine(10000)] }),
      similarCase({ id: 'c', sanctions: [fine(20000), confiscation] }),
      similarCase({ id: 'd', sanctions: [fine(50000)] }),
    ];
    const d = distributionOf(similarCase({ id: 's', sanctions: [fine(20000)] }), comparables);
    expect(d.n).toBe(4);
    expect(d.fines).toEqual({ n: 3, min: 10000, p10: 10000, p50: 20000, p90: 50000, max: 50000 });
    expect(d.kinds.warning).toEqual({ count: 1, share: 0.25 });
    expect(d.kinds.confiscation.share).toBe(0.25);
    expect(d.kinds.detention.count).toBe(0);
    expect(d.subject).toEqual({ fine_yuan: 20000, fine_percentile: 50, kinds: ['fine'] });
  });

  it('over the dev fixtures: 网络安全法(2016) 第六十四条第二款 「…没收违法所得，并处违法所得一倍以上十倍以下罚款」 cases keep their real fines', () => {
    const pool = fixturePool().filter((c) => c.applied.some((a) => a.rule === 'CSL2016.64.2'));
    const d = distributionOf(similarCase({ id: 's', sanctions: [fine(3000)] }), pool);
    expect(d.fines).toMatchObject({ n: 3, min: 1500, max: 15000 });
    expect(d.kinds.confiscation.count).toBe(1);
    expect(d.subject.fine_percentile).toBe(50);
  });
});
