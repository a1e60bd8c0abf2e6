/**
 * Chinese labels of a tier's sanctions for the report: the statute's words (or the kind: 警告, 责令改正), whom they reach
 * when not the party, and fine bounds in yuan digits.
 */
import type { SanctionRange, TierRange } from '../penalties/check-result.js';
import { KIND_LABEL } from '../penalties/tiers.js';
import type { GapTier, LabelledSanction } from './model.js';

const yuan = (n: number) => n.toLocaleString('en-US');

export function sanctionLabel(s: SanctionRange): string {
  const who = s.target === 'responsible_person' ? '对责任人员：' : '';
  const what = s.words ?? KIND_LABEL[s.kind];
  const lo = s.min_yuan ?? null;
  const hi = s.max_yuan ?? null;
  const bounds =
    s.kind !== 'fine' || (lo === null && hi === null)
      ? ''
      : `（${lo === null ? '' : yuan(lo)}–${hi === null ? '' : yuan(hi)} 元）`;
  return who + what + bounds;
}

export function labelTiers(ranges: readonly TierRange[]): GapTier[] {
  return ranges.map((t) => ({
    ...t,
    sanctions: t.sanctions.map((s): LabelledSanction => ({ ...s, label: sanctionLabel(s) })),
  }));
}
