/**
 * The similar-cases view of one case: its comparables, their sanction distribution with the 同案同罚 advice, and
 * the published 裁量基准 for its rule — what `GET /api/cases/{id}/similar` and the case page will show.
 */
import type { RuleIndex } from '../penalties/rule-index.js';
import { benchmarksFor, type Benchmarks } from './benchmark.js';
import type { Benchmark } from './benchmarks/model.js';
import { findComparables, NO_TIER_NOTE, NONE_FOUND_NOTE, tiered, type Comparable } from './comparables.js';
import { distributionOf, type Distribution } from './distribution.js';
import type { SimilarCase } from './model.js';
import { findOutliers, type Outliers } from './outliers.js';

export interface SimilarView extends Outliers {
  /** Nearest first: all comparables, or the nearest ones when the view lists only some. */
  comparables: Comparable[];
  benchmarks: Benchmarks;
  /** Every reason a part of the view is empty, in order: no tier, too few comparables, no benchmark. */
  notes: string[];
}

/** The view over a pool of cases, every comparable listed. */
export function similarView(
  rules: RuleIndex,
  subject: SimilarCase,
  pool: readonly SimilarCase[],
  benchmarks: readonly Benchmark[],
): SimilarView {
  const { comparables } = findComparables(rules, subject, pool);
  return viewOf(
    subject,
    comparables,
    distributionOf(
      subject,
      comparables.map((c) => c.case),
    ),
    benchmarks,
  );
}

/**
 * The view from the comparables it lists (nearest first; all of them or the nearest ones) and the distribution over
 * all comparables.
 */
export function viewOf(
  subject: SimilarCase,
  listed: readonly Comparable[],
  distribution: Distribution,
  benchmarks: readonly Benchmark[],
): SimilarView {
  const note = tiered(subject).length === 0 ? NO_TIER_NOTE : distribution.n === 0 ? NONE_FOUND_NOTE : null;
  const outliers = findOutliers(subject, listed, distribution);
  const bench = benchmarksFor(subject, benchmarks);
  return {
    ...outliers,
    comparables: [...listed],
    benchmarks: bench,
    notes: [note, outliers.note, bench.note].filter((n): n is string => n !== null),
  };
}
