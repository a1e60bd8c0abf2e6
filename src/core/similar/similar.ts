/**
 * The similar-cases view of one case: its comparables, their sanction distribution with the 同案同罚 advice, and
 * the published 裁量基准 for its rule — what `GET /api/cases/{id}/similar` and the case page will show.
 */
import type { RuleIndex } from '../penalties/rule-index.js';
import { benchmarksFor, type Benchmarks } from './benchmark.js';
import type { Benchmark } from './benchmarks/model.js';
import { findComparables, type Comparable } from './comparables.js';
import type { SimilarCase } from './model.js';
import { findOutliers, type Outliers } from './outliers.js';

export interface SimilarView extends Outliers {
  comparables: Comparable[];
  benchmarks: Benchmarks;
  /** Every reason a part of the view is empty, in order: no tier, too few comparables, no benchmark. */
  notes: string[];
}

export function similarView(
  rules: RuleIndex,
  subject: SimilarCase,
  pool: readonly SimilarCase[],
  benchmarks: readonly Benchmark[],
): SimilarView {
  const found = findComparables(rules, subject, pool);
  const outliers = findOutliers(subject, found.comparables);
  const bench = benchmarksFor(subject, benchmarks);
  return {
    ...outliers,
    comparables: found.comparables,
    benchmarks: bench,
    notes: [found.note, outliers.note, bench.note].filter((n): n is string => n !== null),
  };
}
