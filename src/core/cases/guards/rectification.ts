/**
 * 拒不改正 / 逾期未改正 only after a served 责令改正 order whose deadline passed unmet: the order is recorded
 * (rectification_ordered, with its `due` day, when served) and a check after that day found it not complied with
 * (rectification_checked, complied: false). 行政处罚法 第二十八条第一款 「行政机关实施行政处罚时，应当责令当事人改正或者限期改正
 * 违法行为。」 — the sanctioning articles' 「拒不改正」 presupposes that order.
 */
import type { Fact } from '../../penalties/model.js';
import type { ProceedingEvent } from '../events.js';
import { chinaDate } from '../periods.js';
import type { Refusal } from '../transitions/types.js';

const NEEDS_ORDER: readonly Fact[] = ['refused_rectification', 'not_rectified_in_time'];

export function rectificationRefusal(
  facts: readonly Fact[],
  history: readonly ProceedingEvent[],
): Refusal | null {
  const claimed = facts.filter((f) => NEEDS_ORDER.includes(f));
  if (claimed.length === 0) return null;
  const unmet = history.some((order, i) => {
    const due = order.payload?.['due'];
    if (order.type !== 'rectification_ordered' || typeof due !== 'string') return false;
    return history
      .slice(i + 1)
      .some(
        (c) =>
          c.type === 'rectification_checked' && c.payload?.['complied'] === false && chinaDate(c.at) > due,
      );
  });
  if (unmet) return null;
  return {
    code: 'REFUSAL_NOT_ESTABLISHED',
    message: '认定“拒不改正/逾期未改正”须先送达责令改正通知，且期限届满后检查仍未改正',
    details: { facts: claimed },
  };
}
