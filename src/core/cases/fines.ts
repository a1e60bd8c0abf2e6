/**
 * 加处罚款: 行政处罚法 第七十二条第一款第（一）项 「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额」;
 * 程序规定 第二百一十八条第（二）项 (the same, after seized property cannot be sold first). While 行政复议 or 行政诉讼 is
 * pending the surcharge does not run: 第七十三条第三款 「加处罚款的数额在行政复议或者行政诉讼期间不予计算」.
 * Choice (NOTES.md, Flag P6): the first day of surcharge is the day after the last day of the payment period.
 */
import type { IsoDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { addDays, daysBetween } from './calendar.js';

export const SURCHARGE_RATE_PER_DAY = 0.03;

export interface Surcharge {
  /** Days of surcharge up to and including `asOf`, excluding review/litigation days. */
  days: number;
  yuan: number;
  /** The cap (the fine itself) is reached. */
  capped: boolean;
}

/**
 * @param lastPaymentDay the last day of the payment period (or of an approved deferral)
 * @param paused days of 行政复议/行政诉讼 (inclusive spans), not counted
 */
export function surcharge(
  fineYuan: number,
  lastPaymentDay: IsoDate,
  asOf: IsoDate,
  paused: readonly { from: IsoDate; to: IsoDate }[] = [],
): Surcharge {
  if (!(fineYuan >= 0)) {
    throw new DomainError('INVALID_INPUT', `罚款金额不能为负数，收到 ${fineYuan}`, {
      fineYuan,
    });
  }
  const first = addDays(lastPaymentDay, 1);
  if (asOf < first) return { days: 0, yuan: 0, capped: false };
  let days = daysBetween(first, asOf) + 1;
  for (const p of paused) {
    const from = p.from > first ? p.from : first;
    const to = p.to < asOf ? p.to : asOf;
    if (from <= to) days -= daysBetween(from, to) + 1;
  }
  const fen = Math.round(fineYuan * 100);
  const owed = Math.min(fen, Math.round(days * fen * SURCHARGE_RATE_PER_DAY));
  return { days, yuan: owed / 100, capped: owed === fen && fen > 0 };
}
