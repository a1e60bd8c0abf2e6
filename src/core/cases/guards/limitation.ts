/**
 * 追究时效 as dated data. The test is discovery (发现) within the period, counted from the act or, for a continuing
 * act, from its end (行政处罚法 第三十六条第二款; 程序规定 第一百五十四条第二款).
 */
import type { IsoDate } from '../../shared/dates.js';
import { basis, basisLabel, GAGD, XZCFF, ZAF2012, ZAF2025, type LegalBasis } from '../basis.js';
import { addMonths } from '../calendar.js';
import type { CaseKind } from '../timer-model.js';
import type { Refusal } from '../transitions/types.js';

interface LimitationRule {
  caseKinds: readonly CaseKind[];
  months: number;
  /** 涉及公民生命健康安全、金融安全且有危害后果 */
  whenEndangering?: number;
  from?: IsoDate;
  until?: IsoDate;
  basis: LegalBasis[];
}

export const LIMITATION_RULES: readonly LimitationRule[] = [
  {
    caseKinds: ['OTHER_ADMIN', 'DETENTION_OTHER_LAW'],
    months: 24,
    whenEndangering: 60,
    basis: [
      basis(
        XZCFF,
        36,
        '违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。',
      ),
    ],
  },
  {
    caseKinds: ['ZHIAN'],
    months: 6,
    until: '2025-12-31',
    basis: [
      basis(ZAF2012, 22, '违反治安管理行为在六个月内没有被公安机关发现的，不再处罚。'),
      basis(
        GAGD,
        154,
        '违反治安管理行为在六个月内没有被公安机关发现，其他违法行为在二年内没有被公安机关发现的，不再给予行政处罚。',
      ),
    ],
  },
  {
    caseKinds: ['ZHIAN'],
    months: 6,
    from: '2026-01-01',
    basis: [basis(ZAF2025, 25, '违反治安管理行为在六个月以内没有被公安机关发现的，不再处罚。')],
  },
];

/**
 * @param actDay the day of the act, or the last day of a continuing act
 * @param discoveredDay the day the authority discovered it (受案)
 */
export function limitationRefusal(
  caseKind: CaseKind,
  actDay: IsoDate,
  discoveredDay: IsoDate,
  endangering = false,
): Refusal | null {
  const rule = LIMITATION_RULES.find(
    (r) =>
      r.caseKinds.includes(caseKind) &&
      (!r.from || discoveredDay >= r.from) &&
      (!r.until || discoveredDay <= r.until),
  );
  if (!rule) return null;
  const months = endangering && rule.whenEndangering ? rule.whenEndangering : rule.months;
  const last = addMonths(actDay, months);
  if (discoveredDay <= last) return null;
  return {
    code: 'LIMITATION_EXPIRED',
    message: `违法行为（${actDay}）至发现（${discoveredDay}）已超过追究时效（${months}个月，${rule.basis.map(basisLabel).join('；')}）`,
    details: {
      act: actDay,
      discovered: discoveredDay,
      months,
      last_day: last,
      basis: rule.basis.map(basisLabel),
    },
  };
}
