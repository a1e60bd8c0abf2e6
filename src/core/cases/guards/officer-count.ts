/**
 * How many officers an act needs, as dated data. 行政处罚法 第四十二条 「执法人员不得少于两人，法律另有规定的除外。」 The
 * exceptions kept here, each with its conditions:
 * - 治安管理处罚法 (2025) 第一百零八条第二款: questioning, seizure and identification in a 执法办案场所, and mediation, by one
 *   officer, with full synchronous recording (第三款: without it 「相关证据不能作为处罚的根据」); from 2026-01-01, in 治安
 *   cases and detention cases under other laws (第一百四十一条第一款).
 * - 治安管理处罚法 (2025) 第一百二十条第三款: an on-the-spot decision by one officer when the party does not object, with full
 *   recording; same scope.
 * - 程序规定 第五十二条第二款: receiving reports, registration, receiving evidence, collecting information, mediation and
 *   serving documents by one officer leading auxiliary staff, with full recording (acts that are not 调查取证 of its
 *   first paragraph).
 * - 程序规定 第三十九条 「适用简易程序处罚的，可以由人民警察一人作出行政处罚决定。」 is a rule, not a law (Flag P1): applied only where
 *   the unit sets `summaryByOneOfficerUnderRule`.
 */
import type { IsoDate } from '../../shared/dates.js';
import { basis, basisLabel, GAGD, ZAF2025, type LegalBasis } from '../basis.js';
import type { Proceeding } from '../proceeding.js';
import type { AgencyKind, CaseKind } from '../timer-model.js';
import type { CaseSettings, Refusal } from '../transitions/types.js';

export const OFFICER_ACTS = [
  'questioning',
  'identification',
  'inspection',
  'survey',
  'seizure',
  'coercive_measure',
  'mediation',
  'receiving_report',
  'registration',
  'receiving_evidence',
  'information_collection',
  'service',
  'on_the_spot_decision',
] as const;
export type OfficerAct = (typeof OFFICER_ACTS)[number];

/** What the officer records about how a one-officer act was done. */
export interface OneOfficerCircumstances {
  /** 全程同步录音录像 */
  recorded?: boolean;
  /** In a 规范设置、严格管理的执法办案场所 */
  at_case_site?: boolean;
  /** The party does not object to the proposed decision, its facts, reasons and basis */
  no_objection?: boolean;
  /** Leading 警务辅助人员 */
  with_auxiliaries?: boolean;
}

interface OneOfficerRule {
  acts: readonly OfficerAct[];
  applies: {
    agency: AgencyKind;
    caseKinds?: readonly CaseKind[];
    from?: IsoDate;
    setting?: keyof CaseSettings;
  };
  /** Conditions, by the circumstance that must be true; an act listed under `siteFor` also needs at_case_site. */
  needs: readonly (keyof OneOfficerCircumstances)[];
  siteFor?: readonly OfficerAct[];
  basis: LegalBasis;
}

const ZAF2025_KINDS: readonly CaseKind[] = ['ZHIAN', 'DETENTION_OTHER_LAW'];

export const ONE_OFFICER_RULES: readonly OneOfficerRule[] = [
  {
    acts: ['questioning', 'seizure', 'identification', 'mediation'],
    siteFor: ['questioning', 'seizure', 'identification'],
    applies: { agency: 'police', caseKinds: ZAF2025_KINDS, from: '2026-01-01' },
    needs: ['recorded'],
    basis: basis(
      ZAF2025,
      108,
      '公安机关在规范设置、严格管理的执法办案场所进行询问、扣押、辨认的，或者进行调解的，可以由一名人民警察进行。',
      { paragraph: 2 },
    ),
  },
  {
    acts: ['on_the_spot_decision'],
    applies: { agency: 'police', caseKinds: ZAF2025_KINDS, from: '2026-01-01' },
    needs: ['no_objection', 'recorded'],
    basis: basis(
      ZAF2025,
      120,
      '被处罚人对拟作出治安管理处罚的内容及事实、理由、依据没有异议的，可以由一名人民警察作出治安管理处罚决定，并应当全程同步录音录像。',
      { paragraph: 3 },
    ),
  },
  {
    acts: [
      'receiving_report',
      'registration',
      'receiving_evidence',
      'information_collection',
      'mediation',
      'service',
    ],
    applies: { agency: 'police' },
    needs: ['with_auxiliaries', 'recorded'],
    basis: basis(
      GAGD,
      52,
      '接报案、受案登记、接受证据、信息采集、调解、送达文书等工作，可以由一名人民警察带领警务辅助人员进行，但应当全程录音录像。',
      { paragraph: 2 },
    ),
  },
  {
    acts: ['on_the_spot_decision'],
    applies: { agency: 'police', setting: 'summaryByOneOfficerUnderRule' },
    needs: [],
    basis: basis(GAGD, 39, '适用简易程序处罚的，可以由人民警察一人作出行政处罚决定。'),
  },
];

const WORDS: Record<keyof OneOfficerCircumstances, string> = {
  recorded: '全程同步录音录像',
  at_case_site: '在执法办案场所进行',
  no_objection: '当事人对拟作出的处罚没有异议',
  with_auxiliaries: '带领警务辅助人员',
};

/** Refused when the act is done by fewer officers than the law in force on `day` allows. */
export function officerCountRefusal(
  state: Proceeding,
  act: OfficerAct,
  officers: readonly string[],
  c: OneOfficerCircumstances,
  day: IsoDate,
  settings: CaseSettings,
): Refusal | null {
  if (new Set(officers).size >= 2) return null;
  const rules = ONE_OFFICER_RULES.filter(
    (r) =>
      r.acts.includes(act) &&
      r.applies.agency === state.agency.kind &&
      (!r.applies.caseKinds || r.applies.caseKinds.includes(state.case_kind)) &&
      (!r.applies.from || day >= r.applies.from) &&
      (!r.applies.setting || settings[r.applies.setting] === true),
  );
  const missing = (r: OneOfficerRule) =>
    [...r.needs, ...(r.siteFor?.includes(act) ? (['at_case_site'] as const) : [])].filter(
      (n) => c[n] !== true,
    );
  const allowing = rules.find((r) => missing(r).length === 0);
  if (allowing) return null;
  const nearest = rules[0];
  return {
    code: 'TOO_FEW_OFFICERS',
    message: nearest
      ? `由一名人民警察进行须${missing(nearest)
          .map((n) => WORDS[n])
          .join('、')}（${basisLabel(nearest.basis)}）`
      : '执法人员不得少于两人（行政处罚法 第四十二条）',
    details: {
      act,
      officers,
      required: 2,
      ...(nearest ? { basis: basisLabel(nearest.basis), missing: missing(nearest) } : {}),
    },
  };
}
