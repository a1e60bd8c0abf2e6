/**
 * The 双公示 record of a decided penalty: the national administrative-penalty field list (disclosure.md §2.2, the
 * `cf_*` codes as platforms use them; the edition of the standard is not confirmed) filled from the case record and
 * what the proceeding adds, masked (masking.ts), with its 公示截止期 (periods.ts).
 *
 * 行政处罚法 第四十八条第一款: 「具有一定社会影响的行政处罚决定应当依法公开。」 A record is refused, with its basis, when the
 * law forbids disclosure (the 治安 seal, sealing.ts) or the party was a minor on the decision day; it is incomplete,
 * naming each mandatory field that is empty, rather than published with an empty cell.
 */
import { addMonths } from '../cases/calendar.js';
import type { Party } from '../cases/proceeding.js';
import { sanctionClauses } from '../documents/parts/sanctions.js';
import { citeProvisions } from '../documents/parts/citation-block.js';
import type { CaseRecord, Sanction, SanctionKind } from '../shared/case-record.js';
import { isPartialDate, type IsoDate } from '../shared/dates.js';
import { maskName, maskText } from './masking.js';
import { disclosurePeriod, type DisclosurePeriod } from './periods.js';
import { sealingOf } from './sealing.js';

/** Which party kinds a field belongs to (the 法人 and 自然人 templates differ). */
export type FieldScope = 'all' | 'organization' | 'individual';

export interface DisclosureField {
  code: string;
  label: string;
  mandatory: boolean;
  scope: FieldScope;
}

/** The fields in the standard's order (disclosure.md §2.2): mandatory where the implementations mark 必填. */
export const PENALTY_FIELDS: readonly DisclosureField[] = [
  { code: 'cf_xdr_mc', label: '行政相对人名称', mandatory: true, scope: 'all' },
  { code: 'cf_xdr_lb', label: '行政相对人类别', mandatory: true, scope: 'all' },
  {
    code: 'cf_xdr_shxym',
    label: '行政相对人代码_1（统一社会信用代码）',
    mandatory: true,
    scope: 'organization',
  },
  { code: 'cf_xdr_gszc', label: '行政相对人代码_2（工商注册号）', mandatory: false, scope: 'organization' },
  { code: 'cf_xdr_zzjg', label: '行政相对人代码_3（组织机构代码）', mandatory: false, scope: 'organization' },
  { code: 'cf_xdr_swdj', label: '行政相对人代码_4（税务登记号）', mandatory: false, scope: 'organization' },
  {
    code: 'cf_xdr_sydw',
    label: '行政相对人代码_5（事业单位证书号）',
    mandatory: false,
    scope: 'organization',
  },
  {
    code: 'cf_xdr_shzz',
    label: '行政相对人代码_6（社会组织登记证号）',
    mandatory: false,
    scope: 'organization',
  },
  { code: 'cf_frdb', label: '法定代表人', mandatory: false, scope: 'organization' },
  { code: 'cf_fr_zjlx', label: '法定代表人证件类型', mandatory: false, scope: 'organization' },
  { code: 'cf_fr_sfzh', label: '法定代表人证件号码', mandatory: false, scope: 'organization' },
  { code: 'cf_xdr_zjlx', label: '证件类型', mandatory: false, scope: 'individual' },
  { code: 'cf_xdr_zjhm', label: '证件号码', mandatory: false, scope: 'individual' },
  { code: 'cf_wsh', label: '行政处罚决定书文号', mandatory: true, scope: 'all' },
  { code: 'cf_wfxw', label: '违法行为类型', mandatory: true, scope: 'all' },
  { code: 'cf_sy', label: '违法事实', mandatory: true, scope: 'all' },
  { code: 'cf_yj', label: '处罚依据', mandatory: true, scope: 'all' },
  { code: 'cf_cflb', label: '处罚类别', mandatory: true, scope: 'all' },
  { code: 'cf_nr', label: '处罚内容', mandatory: true, scope: 'all' },
  { code: 'cf_nr_fk', label: '罚款金额（万元）', mandatory: false, scope: 'all' },
  { code: 'cf_nr_wfff', label: '没收违法所得、没收非法财物的金额（万元）', mandatory: false, scope: 'all' },
  { code: 'cf_nr_zkdx', label: '暂扣或吊销证照名称及编号', mandatory: false, scope: 'all' },
  { code: 'cf_jdrq', label: '处罚决定日期', mandatory: true, scope: 'all' },
  { code: 'cf_yxq', label: '处罚有效期', mandatory: false, scope: 'all' },
  { code: 'cf_gsjzq', label: '公示截止期', mandatory: true, scope: 'all' },
  { code: 'cf_cfjg', label: '处罚机关', mandatory: true, scope: 'all' },
  { code: 'cf_cfjgdm', label: '处罚机关统一社会信用代码', mandatory: true, scope: 'all' },
  { code: 'cf_sjly', label: '数据来源单位', mandatory: true, scope: 'all' },
  { code: 'cf_sjlydm', label: '数据来源单位统一社会信用代码', mandatory: true, scope: 'all' },
  { code: 'bz', label: '备注', mandatory: false, scope: 'all' },
];

const FIELDS_BASIS = '双公示行政处罚信息数据标准（disclosure.md §2.2，必填）';

/** The 处罚类别 of each sanction kind, in 行政处罚法 第九条's words; 责令改正 is not a 行政处罚 (第二十八条第一款). */
const CATEGORY: Record<SanctionKind, string | null> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得、没收非法财物',
  detention: '行政拘留',
  suspension: '责令停产停业',
  revocation: '吊销许可证件',
  rectification: null,
  other: '其他',
};

/** What the proceeding and the organ add to a decided case record. */
export interface DisclosureInput {
  record: CaseRecord;
  /** The party as the proceeding holds it (identity documents, credit code, birth date). */
  party?: Partial<
    Pick<Party, 'birth_date' | 'id_type' | 'id_number' | 'credit_code' | 'legal_representative'>
  >;
  /** 行政处罚决定书文号 of the decision document. */
  document_number?: string;
  /** 违法行为类型 (default the record's theme). */
  violation_type?: string;
  organ: { name?: string; credit_code?: string };
  /** 数据来源单位 (default the deciding organ). */
  source?: { name?: string; credit_code?: string };
  /** Natural persons other than the party named in the case data (masked in the facts). */
  third_parties?: readonly string[];
  /** 暂扣或吊销证照名称及编号, 处罚有效期, 备注 when they apply. */
  licence?: string;
  validity?: string;
  remark?: string;
  /** A restriction lasting beyond the maximum period (periods.ts). */
  restriction?: { ends: IsoDate; basis: string };
}

export interface DisclosureCell {
  code: string;
  label: string;
  value: string | null;
}

export interface MissingDisclosureField {
  code: string;
  label: string;
  basis: string;
}

export interface DisclosureRefusal {
  reason: 'sealed' | 'minor';
  basis: string;
  /** The day the refusal turns on (the decision day). */
  decision_date: IsoDate;
}

export type DisclosureResult =
  | { status: 'ok'; cells: DisclosureCell[]; period: DisclosurePeriod }
  | { status: 'incomplete'; missing: MissingDisclosureField[] }
  | { status: 'refused'; refusal: DisclosureRefusal };

const MINOR_BASIS =
  '未成年人的行政处罚信息不予公示（disclosure.md §2.3 所引《行政处罚结果信息网上公开暂行办法》；个人信息保护法 第二十八条第一款将不满十四周岁未成年人的个人信息列为敏感个人信息）';

/** 万元 as a decimal string, exact to the 分 (10000 → "1", 5000 → "0.5", 150.5 → "0.01505"). */
export function yuanToWan(yuan: number): string {
  const cents = String(Math.round(yuan * 100)).padStart(7, '0');
  const whole = cents.slice(0, -6).replace(/^0+(?=\d)/, '');
  const fraction = cents.slice(-6).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The birth date from an 18-digit (YYYYMMDD at 7–14) or 15-digit (YYMMDD, 19YY) resident ID number. */
function birthDateFromId(id: string | undefined): IsoDate | undefined {
  const m =
    /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/.exec(id ?? '') ??
    /^\d{6}(\d{2})(\d{2})(\d{2})\d{3}$/.exec(id ?? '');
  if (!m) return undefined;
  const date = `${m[1]!.length === 2 ? `19${m[1]}` : m[1]}-${m[2]}-${m[3]}`;
  return isPartialDate(date) ? date : undefined;
}

/**
 * A minor on `day`: 18 周岁 is reached the day after the 18th birthday (周岁 counted from the day after the birthday,
 * NOTES.md “Disclosure”).
 */
export const minorOn = (birth: IsoDate, day: IsoDate): boolean => day <= addMonths(birth, 18 * 12);

const ownSanctions = (record: CaseRecord): Sanction[] => record.sanctions.filter((s) => s.target === 'party');

function amountOf(sanctions: readonly Sanction[], kind: SanctionKind): string | null {
  const own = sanctions.filter((s) => s.kind === kind && s.amount_yuan !== null);
  return own.length === 0 ? null : yuanToWan(own.reduce((sum, s) => sum + s.amount_yuan!, 0));
}

/** The 双公示 record of the record's party, or why there is none. */
export function disclosureRecord(input: DisclosureInput): DisclosureResult {
  const { record } = input;
  const decided = record.decision_date ?? null;
  const decisionDay = decided !== null && /^\d{4}-\d{2}-\d{2}$/.test(decided) ? decided : null;
  const individual = record.party.kind === 'individual';

  if (decisionDay !== null) {
    const seal = sealingOf(record.provisions);
    if (seal && decisionDay >= seal.from) {
      return {
        status: 'refused',
        refusal: { reason: 'sealed', basis: `${seal.basis}：「${seal.text}」`, decision_date: decisionDay },
      };
    }
  }
  const birth = input.party?.birth_date ?? birthDateFromId(input.party?.id_number);
  if (individual && decisionDay !== null && birth !== undefined && minorOn(birth, decisionDay)) {
    return {
      status: 'refused',
      refusal: { reason: 'minor', basis: MINOR_BASIS, decision_date: decisionDay },
    };
  }

  const sanctions = ownSanctions(record);
  const fields = Object.fromEntries(
    sanctions.filter((s) => s.note).map((s) => [`sanction.${s.kind}`, s.note!] as const),
  );
  const content = sanctionClauses(
    { fields },
    sanctions.map((s) => ({ party: '', kind: s.kind, amount_yuan: s.amount_yuan, days: s.days })),
  );
  const categories = [...new Set(sanctions.map((s) => CATEGORY[s.kind]).filter((c) => c !== null))];
  const credit = input.party?.credit_code;
  const period = decisionDay === null ? null : disclosurePeriod(decisionDay, input.restriction);
  const organ = {
    name: input.organ.name ?? record.agency ?? undefined,
    credit_code: input.organ.credit_code,
  };
  const source = input.source ?? organ;
  const facts = maskText(record.facts, {
    party: record.party,
    third_parties: input.third_parties ?? [],
    public_codes: credit ? [credit] : [],
  });

  const values: Record<string, string | null | undefined> = {
    cf_xdr_mc: individual ? maskName(record.party.name) : record.party.name,
    cf_xdr_lb: individual ? '自然人' : '法人及非法人组织',
    cf_xdr_shxym: credit,
    cf_frdb: input.party?.legal_representative,
    cf_xdr_zjlx: input.party?.id_type,
    cf_wsh: input.document_number,
    cf_wfxw: input.violation_type ?? record.theme,
    cf_sy: facts,
    cf_yj: citeProvisions(record.provisions),
    cf_cflb: categories.join('、'),
    cf_nr: content.missing.length === 0 && sanctions.length > 0 ? content.text : null,
    cf_nr_fk: amountOf(sanctions, 'fine'),
    cf_nr_wfff: amountOf(sanctions, 'confiscation'),
    cf_nr_zkdx: input.licence,
    cf_jdrq: decisionDay,
    cf_yxq: input.validity,
    cf_gsjzq: period?.end,
    cf_cfjg: organ.name,
    cf_cfjgdm: organ.credit_code,
    cf_sjly: source.name,
    cf_sjlydm: source.credit_code,
    bz: input.remark,
  };

  const applies = (f: DisclosureField): boolean =>
    f.scope === 'all' || f.scope === (individual ? 'individual' : 'organization');
  const filled = (code: string): boolean => (values[code] ?? '').trim() !== '';
  const missing: MissingDisclosureField[] = PENALTY_FIELDS.filter(
    (f) => applies(f) && f.mandatory && !filled(f.code),
  ).map((f) => ({ code: f.code, label: f.label, basis: FIELDS_BASIS }));
  if (sanctions.some((s) => s.kind === 'fine' && s.amount_yuan === null)) {
    missing.push({ code: 'cf_nr_fk', label: '罚款金额（万元）', basis: '处罚类别含罚款' });
  }
  if (individual && birth === undefined) {
    missing.push({ code: 'party.birth_date', label: '出生日期（判断是否未成年人）', basis: MINOR_BASIS });
  }
  if (missing.length > 0 || period === null) return { status: 'incomplete', missing };

  const cells = PENALTY_FIELDS.map((f) => ({
    code: f.code,
    label: f.label,
    value: applies(f) && filled(f.code) ? values[f.code]!.trim() : null,
  }));
  return { status: 'ok', cells, period };
}
