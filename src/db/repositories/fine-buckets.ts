/** Fine buckets in yuan: [min, max) — the fine distribution's (stats.ts), and the steps fines are keyed by. */
export const FINE_BUCKETS: readonly [number, number | null][] = [
  [0, 1000],
  [1000, 5000],
  [5000, 10000],
  [10000, 50000],
  [50000, 100000],
  [100000, 1000000],
  [1000000, null],
];
