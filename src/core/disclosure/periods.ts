/**
 * How long a disclosed penalty stays public (公示截止期), when a changed or revoked decision must be withdrawn, and
 * whether a record is public on a day.
 *
 * The period is not in a statute of data/law: it is the credit-repair measure's (disclosure.md §2.4, [S] through a
 * local credit site; article numbers not confirmed), held as dated data. The withdrawal is the statute's:
 * 行政处罚法 第四十八条第二款 「公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并
 * 公开说明理由。」 with 第八十五条 「本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。」
 */
import { addMonths, addWorkingDays, type HolidayCalendar } from '../cases/calendar.js';
import type { IsoDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import type { Sealing } from './sealing.js';

/** A regime of publication periods: in force from a day, a minimum (early stop only after it) and a maximum. */
export interface PeriodRegime {
  from: IsoDate;
  minimum_months: number;
  maximum_months: number;
  basis: string;
}

export const PERIOD_REGIMES: readonly PeriodRegime[] = [
  {
    from: '2023-05-01',
    minimum_months: 3,
    maximum_months: 36,
    basis:
      '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展和改革委员会令第58号，2023年5月1日起施行）：行政处罚信息最短公示期三个月，最长公示期三年，自行政处罚决定之日起计算',
  },
];

/** The regime in force on the decision day; a decision before the first regime is shown under the first (NOTES.md). */
export function regimeOn(decision_date: IsoDate): PeriodRegime {
  const inForce = PERIOD_REGIMES.filter((r) => r.from <= decision_date);
  return inForce[inForce.length - 1] ?? PERIOD_REGIMES[0]!;
}

export interface DisclosurePeriod {
  decision_date: IsoDate;
  /** The first day the record may leave the list on the party's application (信用修复): the minimum's last day. */
  earliest_end: IsoDate;
  /** 公示截止期: the last day the record is public. */
  end: IsoDate;
  /** The regime's words, and the restriction's when it set the end. */
  basis: string[];
}

/**
 * The period of a record decided on `decision_date`. A restriction (限制从业, 责令停产停业 …) lasting beyond the maximum
 * keeps the record public until it ends (`restriction_ends`, with its words). Counted from the decision, the day
 * itself not counted: three years from 2024-05-10 end on 2027-05-10.
 */
export function disclosurePeriod(
  decision_date: IsoDate,
  restriction?: { ends: IsoDate; basis: string },
): DisclosurePeriod {
  const regime = regimeOn(decision_date);
  const maximum = addMonths(decision_date, regime.maximum_months);
  const longer = restriction !== undefined && restriction.ends > maximum;
  return {
    decision_date,
    earliest_end: addMonths(decision_date, regime.minimum_months),
    end: longer ? restriction.ends : maximum,
    basis: longer ? [regime.basis, restriction.basis] : [regime.basis],
  };
}

export const WITHDRAWAL_BASIS =
  '行政处罚法 第四十八条第二款：「公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。」；第八十五条：「本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。」';

/** Why a published decision is withdrawn (第四十八条第二款's four grounds). */
export type WithdrawalGround = 'changed' | 'revoked' | 'confirmed_illegal' | 'confirmed_void';

/** The last day to withdraw a record whose decision was changed, revoked or confirmed illegal or void on `on`. */
export function withdrawalDue(cal: HolidayCalendar, on: IsoDate): { due: IsoDate; basis: string } {
  return { due: addWorkingDays(cal, on, 3), basis: WITHDRAWAL_BASIS };
}

/** What happened to a published record. */
export interface PublicationState {
  published_on: IsoDate;
  period: DisclosurePeriod;
  /** The day it was withdrawn (a changed or revoked decision). */
  withdrawn_on?: IsoDate;
  /** The day it left the list early on the party's application (信用修复), on or after `earliest_end`. */
  repaired_on?: IsoDate;
  /** The seal over its law, if any (sealing.ts). */
  sealing?: Sealing;
}

export type PublicStatus =
  | { public: true; until: IsoDate }
  | {
      public: false;
      reason: 'not_yet_published' | 'expired' | 'withdrawn' | 'repaired' | 'sealed';
      basis?: string;
    };

/** Whether the record is on the public list on `day`; expired records leave it the day after `end`. */
export function publicStatusOn(state: PublicationState, day: IsoDate): PublicStatus {
  const { period } = state;
  if (state.repaired_on !== undefined && state.repaired_on < period.earliest_end) {
    throw new DomainError(
      'INVALID_INPUT',
      `信用修复提前停止公示须在最短公示期届满后（${period.earliest_end} 起），不能在 ${state.repaired_on}`,
      { field: 'repaired_on', value: state.repaired_on, earliest: period.earliest_end },
    );
  }
  if (day < state.published_on) return { public: false, reason: 'not_yet_published' };
  if (state.sealing !== undefined && day >= state.sealing.from) {
    return { public: false, reason: 'sealed', basis: `${state.sealing.basis}：「${state.sealing.text}」` };
  }
  if (state.withdrawn_on !== undefined && day >= state.withdrawn_on) {
    return { public: false, reason: 'withdrawn', basis: WITHDRAWAL_BASIS };
  }
  if (state.repaired_on !== undefined && day >= state.repaired_on)
    return { public: false, reason: 'repaired' };
  if (day > period.end) return { public: false, reason: 'expired', basis: period.basis.join('；') };
  return { public: true, until: period.end };
}
