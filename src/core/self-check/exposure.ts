/**
 * A gap's exposure: one number to sort gaps by. The highest fixed fine maximum (in yuan) of any tier, for the party or
 * its responsible persons; detention weighs 100,000 yuan a day and closure measures (停业整顿, 吊销) 1,000,000 yuan,
 * because they hurt more than any fine the same rule sets. A fine that is only a multiple of a figure (违法所得…)
 * counts its fixed alternative when the rule has one, otherwise nothing (NOTES.md, Self-check).
 */
import type { TierRange } from '../penalties/check-result.js';

export const DETENTION_DAY_WEIGHT = 100_000;
export const CLOSURE_WEIGHT = 1_000_000;

export function exposureOf(ranges: readonly TierRange[]): number {
  let top = 0;
  for (const t of ranges) {
    let fine = 0;
    let extra = 0;
    for (const s of t.sanctions) {
      if (s.kind === 'fine') fine = Math.max(fine, s.max_yuan ?? s.min_yuan ?? 0);
      if (s.kind === 'detention') extra = Math.max(extra, (s.max_days ?? 0) * DETENTION_DAY_WEIGHT);
      if (s.kind === 'suspension' || s.kind === 'revocation') extra = Math.max(extra, CLOSURE_WEIGHT);
    }
    top = Math.max(top, fine + extra);
  }
  return top;
}
