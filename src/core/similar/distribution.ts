/**
 * The sanctions of the comparable cases: fine percentiles and the share of cases with each penalty kind, and where
 * the subject's own sanctions sit among them.
 *
 * Percentiles are nearest-rank (the smallest fine at or below which at least p % of the fines lie): each is a fine
 * some comparable actually received, and a case with the same fine as the subject can never push the subject out of
 * the p10–p90 band (outliers.ts relies on it). Only sanctions on the party count (responsible persons' fines are
 * another scale); a case's fine is the sum of its party fines with a stated amount; a fine without amount counts
 * towards the fine share but not the percentiles.
 */
import type { Sanction, SanctionKind } from '../shared/case-record.js';
import { DomainError } from '../shared/errors.js';
import type { SimilarCase } from './model.js';

/** The kinds that are 行政处罚 (责令改正 is not a penalty; `other` says nothing comparable). */
export const PENALTY_KINDS = [
  'warning',
  'fine',
  'confiscation',
  'detention',
  'suspension',
  'revocation',
] as const satisfies readonly SanctionKind[];
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

/** Nearest-rank percentile of ascending `sorted` (p in 0..100). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0 || !(p >= 0 && p <= 100))
    throw new DomainError(
      'INVALID_INPUT',
      `无法求 ${sorted.length} 个数值的第 ${p} 百分位数（百分位应在 0 至 100 之间，数值不能为空）`,
      {
        values: Array.from(sorted),
        p,
      },
    );
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Where `x` sits among `values`, 0..100: share below plus half the share equal (mid-rank). */
export function percentileRank(values: ArrayLike<number>, x: number): number {
  let below = 0;
  let equal = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < x) below += 1;
    else if (values[i] === x) equal += 1;
  }
  return (100 * (below + equal / 2)) / values.length;
}

const onParty = (s: readonly Sanction[]) => s.filter((x) => x.target === 'party');

/** The party's fine in yuan: the sum of its stated fine amounts; null when it has none with an amount. */
export function partyFine(sanctions: readonly Sanction[]): number | null {
  const amounts = onParty(sanctions).flatMap((s) =>
    s.kind === 'fine' && s.amount_yuan !== null ? [s.amount_yuan] : [],
  );
  return amounts.length === 0 ? null : amounts.reduce((a, b) => a + b, 0);
}

export const usesKind = (sanctions: readonly Sanction[], kind: SanctionKind) =>
  onParty(sanctions).some((s) => s.kind === kind);

export interface FineStats {
  /** Comparables with a fine amount. */
  n: number;
  min: number;
  p10: number;
  p50: number;
  p90: number;
  max: number;
}

export interface Distribution {
  /** Comparables counted. */
  n: number;
  fines: FineStats | null;
  /** Per penalty kind: how many comparables imposed it on the party, and the share of n. */
  kinds: Record<PenaltyKind, { count: number; share: number }>;
  subject: {
    fine_yuan: number | null;
    /** Mid-rank percentile of the subject's fine among the comparables' fines; null without fines on either side. */
    fine_percentile: number | null;
    kinds: PenaltyKind[];
  };
}

/** What the distribution reads of a case's sanctions: the party's fine and the penalty kinds imposed on it. */
export interface SanctionSummary {
  fine_yuan: number | null;
  kinds: readonly PenaltyKind[];
}

export const sanctionSummary = (sanctions: readonly Sanction[]): SanctionSummary => ({
  fine_yuan: partyFine(sanctions),
  kinds: PENALTY_KINDS.filter((k) => usesKind(sanctions, k)),
});

export function distributionOf(subject: SimilarCase, comparables: readonly SimilarCase[]): Distribution {
  return summaryDistribution(
    sanctionSummary(subject.sanctions),
    comparables.map((c) => sanctionSummary(c.sanctions)),
  );
}

/** The distribution over the comparables' sanction summaries (what the store keeps per case, for every comparable). */
export function summaryDistribution(
  subject: SanctionSummary,
  comparables: readonly SanctionSummary[],
): Distribution {
  // One pass, no object per comparable; a typed array sorts numerically, and fast over tens of thousands of fines.
  const n = comparables.length;
  const all = new Float64Array(n);
  let m = 0;
  const counts = new Map<PenaltyKind, number>(PENALTY_KINDS.map((k) => [k, 0]));
  for (const c of comparables) {
    if (c.fine_yuan !== null) all[m++] = c.fine_yuan;
    for (const k of c.kinds) counts.set(k, counts.get(k)! + 1);
  }
  const fines = all.subarray(0, m).sort();
  const kinds = Object.fromEntries(
    PENALTY_KINDS.map((k) => {
      const count = counts.get(k)!;
      return [k, { count, share: n === 0 ? 0 : count / n }];
    }),
  ) as Distribution['kinds'];
  const fine = subject.fine_yuan;
  return {
    n,
    fines:
      fines.length === 0
        ? null
        : {
            n: fines.length,
            min: fines[0]!,
            p10: percentile(fines, 10),
            p50: percentile(fines, 50),
            p90: percentile(fines, 90),
            max: fines[fines.length - 1]!,
          },
    kinds,
    subject: {
      fine_yuan: fine,
      fine_percentile: fine === null || fines.length === 0 ? null : percentileRank(fines, fine),
      kinds: [...subject.kinds],
    },
  };
}
