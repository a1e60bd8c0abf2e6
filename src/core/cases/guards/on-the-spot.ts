/**
 * When a penalty may be decided on the spot (当场处罚), as dated data; the lower figure governs police cases
 * (procedure.md §0.2).
 */
import type { IsoDate } from '../../shared/dates.js';
import type { Proceeding, ProposedSanction } from '../proceeding.js';
import type { AgencyKind, CaseKind } from '../timer-model.js';
import type { Refusal } from '../transitions/types.js';

interface Limit {
  agency: AgencyKind;
  caseKinds?: readonly CaseKind[];
  from?: IsoDate;
  until?: IsoDate;
  maxFineYuan: { individual: number; organization: number };
  basis: string;
}

export const ON_THE_SPOT_LIMITS: readonly Limit[] = [
  {
    // 行政处罚法 第五十一条 「对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出」
    agency: 'other',
    maxFineYuan: { individual: 200, organization: 3000 },
    basis: '行政处罚法 第五十一条',
  },
  {
    // 程序规定 第三十七条第（三）项 「对有其他违法行为的个人处五十元以下罚款或者警告、对单位处一千元以下罚款或者警告的」
    agency: 'police',
    caseKinds: ['OTHER_ADMIN'],
    maxFineYuan: { individual: 50, organization: 1000 },
    basis: '程序规定 第三十七条第（三）项',
  },
  {
    agency: 'police',
    caseKinds: ['DETENTION_OTHER_LAW'],
    until: '2025-12-31',
    maxFineYuan: { individual: 50, organization: 1000 },
    basis: '程序规定 第三十七条第（三）项',
  },
  {
    // 程序规定 第三十七条第（一）项 「对违反治安管理行为人…处二百元以下罚款或者警告的」; 治安管理处罚法 (2012) 第一百条
    agency: 'police',
    caseKinds: ['ZHIAN'],
    until: '2025-12-31',
    maxFineYuan: { individual: 200, organization: 200 },
    basis: '程序规定 第三十七条第（一）项；治安管理处罚法 第一百条（2012）',
  },
  {
    // 治安管理处罚法 (2025) 第一百一十九条 「处警告或者五百元以下罚款的，可以当场作出治安管理处罚决定」
    agency: 'police',
    caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'],
    from: '2026-01-01',
    maxFineYuan: { individual: 500, organization: 500 },
    basis: '治安管理处罚法 第一百一十九条（2025）',
  },
];

/**
 * @param excludedMatter 卖淫、嫖娼、赌博、毒品 (程序规定 第三十七条第二款 「不适用当场处罚」)
 */
export function onTheSpotRefusal(
  state: Proceeding,
  sanctions: readonly ProposedSanction[],
  day: IsoDate,
  excludedMatter: boolean,
): Refusal | null {
  const limit = ON_THE_SPOT_LIMITS.find(
    (l) =>
      l.agency === state.agency.kind &&
      (!l.caseKinds || l.caseKinds.includes(state.case_kind)) &&
      (!l.from || day >= l.from) &&
      (!l.until || day <= l.until),
  )!;
  const over = sanctions.find((s) => {
    if (s.kind === 'warning' || s.kind === 'rectification') return false;
    if (s.kind !== 'fine') return true;
    const kind = state.parties.find((p) => p.id === s.party)?.kind ?? 'individual';
    return (s.amount_yuan ?? Infinity) > limit.maxFineYuan[kind];
  });
  if (!over && !(excludedMatter && state.agency.kind === 'police')) return null;
  return {
    code: 'ON_THE_SPOT_LIMIT',
    message: over
      ? `当场处罚仅限警告或${limit.maxFineYuan.individual}元（单位${limit.maxFineYuan.organization}元）以下罚款（${limit.basis}）`
      : '涉及卖淫、嫖娼、赌博、毒品的案件，不适用当场处罚（程序规定 第三十七条第二款）',
    details: { sanction: over ?? null, limit: limit.maxFineYuan, basis: limit.basis },
  };
}
