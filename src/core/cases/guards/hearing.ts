/**
 * Who has a hearing right (听证), per party, as dated data (procedure.md §2.9 with Errata 4): a party has the right
 * if any rule in force gives it.
 */
import type { IsoDate } from '../../shared/dates.js';
import { basis, basisLabel, GAGD, XZCFF, ZAF2012, ZAF2025, type LegalBasis } from '../basis.js';
import { addMonths } from '../calendar.js';
import type { Party, ProposedSanction } from '../proceeding.js';
import type { AgencyKind, CaseKind } from '../timer-model.js';
import type { CaseSettings } from '../transitions/types.js';

interface HearingRule {
  applies: { agency?: AgencyKind; caseKinds?: readonly CaseKind[]; from?: IsoDate; until?: IsoDate };
  /** Fine from which the right arises, by party kind (inclusive: 程序规定 第二百六十五条 「以上」 includes the number). */
  fineFrom?: { individual: number; organization: number };
  kinds: readonly ProposedSanction['kind'][];
  /** A minor who may be detained (治安管理处罚法 2025 第一百一十七条第二款). */
  minorDetention?: true;
  basis: LegalBasis;
}

export const HEARING_RULES: readonly HearingRule[] = [
  {
    applies: { agency: 'police' },
    fineFrom: { individual: 2000, organization: 10000 },
    kinds: ['suspension', 'revocation'],
    basis: basis(GAGD, 123, '是指对个人处以二千元以上罚款，对单位处以一万元以上罚款', { paragraph: 2 }),
  },
  {
    applies: { agency: 'police', caseKinds: ['ZHIAN'], until: '2025-12-31' },
    fineFrom: { individual: 2000, organization: 2000 },
    kinds: ['revocation'],
    basis: basis(
      ZAF2012,
      98,
      '公安机关作出吊销许可证以及处二千元以上罚款的治安管理处罚决定前，应当告知违反治安管理行为人有权要求举行听证',
    ),
  },
  {
    applies: { agency: 'police', caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'], from: '2026-01-01' },
    fineFrom: { individual: 4000, organization: 4000 },
    kinds: ['revocation', 'suspension'],
    basis: basis(
      ZAF2025,
      117,
      '公安机关作出吊销许可证件、处四千元以上罚款的治安管理处罚决定或者采取责令停业整顿措施前，应当告知违反治安管理行为人有权要求举行听证',
    ),
  },
  {
    applies: { agency: 'police', caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'], from: '2026-01-01' },
    kinds: [],
    minorDetention: true,
    basis: basis(
      ZAF2025,
      117,
      '对依照本法第二十三条第二款规定可能执行行政拘留的未成年人，公安机关应当告知未成年人和其监护人有权要求举行听证',
      {
        paragraph: 2,
      },
    ),
  },
  {
    applies: {},
    kinds: ['suspension', 'revocation'],
    basis: basis(XZCFF, 63, '行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利'),
  },
];

export interface HearingRight {
  eligible: boolean;
  grounds: string[];
}

export function isMinorOn(party: Party, day: IsoDate): boolean {
  return party.birth_date !== undefined && addMonths(party.birth_date, 18 * 12) > day;
}

/**
 * @param day the day of the notice (the rules in force then apply)
 */
export function hearingRight(
  party: Party,
  sanctions: readonly ProposedSanction[],
  proceeding: { agency: AgencyKind; caseKind: CaseKind },
  day: IsoDate,
  settings: CaseSettings,
): HearingRight {
  const own = sanctions.filter((s) => s.party === party.id);
  const fine = Math.max(0, ...own.filter((s) => s.kind === 'fine').map((s) => s.amount_yuan ?? 0));
  const grounds: string[] = [];
  for (const r of HEARING_RULES) {
    const a = r.applies;
    if (a.agency && a.agency !== proceeding.agency) continue;
    if (a.caseKinds && !a.caseKinds.includes(proceeding.caseKind)) continue;
    if ((a.from && day < a.from) || (a.until && day > a.until)) continue;
    const byKind = own.some((s) => r.kinds.includes(s.kind));
    const byFine = r.fineFrom !== undefined && fine > 0 && fine >= r.fineFrom[party.kind];
    const byMinor =
      r.minorDetention === true && isMinorOn(party, day) && own.some((s) => s.kind === 'detention');
    if (byKind || byFine || byMinor) grounds.push(basisLabel(r.basis));
  }
  const large = settings.largeFineYuan[party.kind];
  if (proceeding.agency === 'other' && large !== null && fine >= large) {
    grounds.push('行政处罚法 第六十三条第一款第（一）项（较大数额罚款，本单位标准）');
  }
  if (settings.detentionHearing && own.some((s) => s.kind === 'detention')) {
    grounds.push('行政处罚法 第六十三条第一款第（五）项（其他较重的行政处罚，本单位设置）');
  }
  return { eligible: grounds.length > 0, grounds };
}
