/**
 * Detention decided but not executed, as dated data (procedure.md §2.18, T33; Flag P3).
 * 程序规定 第一百六十四条 (police cases): 「（一）已满十四周岁不满十六周岁的；（二）已满十六周岁不满十八周岁，初次违反治安管理或者其他公安行政管理的…
 * （三）七十周岁以上的；（四）孕妇或者正在哺乳自己婴儿的妇女。」
 * 治安管理处罚法 (2012) 第二十一条 / (2025) 第二十三条 (治安 cases): the same, with 「怀孕或者哺乳自己不满一周岁婴儿的」; from
 * 2026-01-01 第二十三条第二款: 「前款第一项、第二项、第三项规定的行为人违反治安管理情节严重、影响恶劣的，或者第一项、第三项规定的行为人在
 * 一年以内二次以上违反治安管理的，不受前款规定的限制。」 (also for detention under other laws, 第一百四十一条第一款).
 * Choice: in 治安 cases the law's narrower infant wording governs; in other police cases 程序规定's.
 */
import type { IsoDate } from '../../shared/dates.js';
import { addMonths } from '../calendar.js';
import type { Party } from '../proceeding.js';
import type { CaseKind } from '../timer-model.js';

export interface DetentionCircumstances {
  /** 初次违反治安管理 (或者其他公安行政管理) */
  first_violation?: boolean;
  pregnant?: boolean;
  /** Nursing her own infant, and the infant's age in months. */
  nursing_infant_months?: number;
  /** 情节严重、影响恶劣 */
  serious?: boolean;
  /** 一年以内二次以上违反治安管理 */
  repeated_within_year?: boolean;
}

const ageOn = (birth: IsoDate, day: IsoDate) => {
  let years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  if (addMonths(birth, years * 12) > day) years -= 1;
  return years;
};

/** The ground on which a decided detention is not executed, or null. */
export function nonExecutionGround(
  party: Party,
  c: DetentionCircumstances,
  caseKind: CaseKind,
  actDay: IsoDate,
  decisionDay: IsoDate,
): string | null {
  const law = caseKind !== 'OTHER_ADMIN';
  const zaf2025 = law && decisionDay >= '2026-01-01';
  const age = party.birth_date ? ageOn(party.birth_date, actDay) : null;
  const source = zaf2025
    ? '治安管理处罚法 第二十三条（2025）'
    : law && caseKind === 'ZHIAN'
      ? '治安管理处罚法 第二十一条（2012）'
      : '程序规定 第一百六十四条';
  const lifted = (item: 1 | 2 | 3) =>
    zaf2025 && (c.serious === true || (item !== 2 && c.repeated_within_year === true));
  if (age !== null && age >= 14 && age < 16 && !lifted(1))
    return `已满十四周岁不满十六周岁（${source}第（一）项）`;
  if (age !== null && age >= 16 && age < 18 && c.first_violation === true && !lifted(2)) {
    return `已满十六周岁不满十八周岁，初次违法（${source}第（二）项）`;
  }
  if (age !== null && age >= 70 && !lifted(3)) return `七十周岁以上（${source}第（三）项）`;
  const infantLimit = caseKind === 'ZHIAN' || zaf2025 ? 12 : Infinity;
  if (
    c.pregnant === true ||
    (c.nursing_infant_months !== undefined && c.nursing_infant_months < infantLimit)
  ) {
    return `怀孕或者哺乳自己${infantLimit === 12 ? '不满一周岁' : ''}婴儿（${source}第（四）项）`;
  }
  return null;
}
