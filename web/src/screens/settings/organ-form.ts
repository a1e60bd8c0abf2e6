/**
 * 文书设置: the issuing organ of one agency (IssuingOrgan, src/core/documents/model.ts) as a form and back, the checks
 * a 文号 puts on its parts (number.ts), and samples of the 文号 and of the date as they will print. Pure.
 */
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type IssuingOrgan,
} from '../../../../src/core/documents/model.js';
import { KIND_INFO } from '../../../../src/core/documents/kinds.js';
import { formatNumber } from '../../../../src/core/documents/number.js';
import { formatDate } from '../../../../src/core/documents/format.js';

/** The form: the sentences as rows (key → text) so that a unit can add its own wording line by line. */
export interface OrganFormValues extends Omit<IssuingOrgan, 'sentences' | 'codes'> {
  sentences: { key?: string; text?: string }[];
  codes: Partial<Record<DocumentKind, string>>;
}

export const ORGAN_FIELD_LABELS = {
  agency: '执法机关（办案单位）',
  name: '机关名称',
  code: '机关代字',
  department: '部门简称',
  review_bodies: '复议机关',
  superior_organ: '上一级公安机关',
  court: '人民法院',
  bank: '缴款银行',
  hearing_office: '听证受理部门',
  date_style: '日期格式',
  credit_code: '统一社会信用代码',
} as const satisfies Partial<Record<keyof IssuingOrgan, string>>;

/** A new agency's settings: everything blank (the documents refuse to go out until it is filled), dates in Arabic. */
export function emptyOrgan(agency: string): IssuingOrgan {
  return {
    agency,
    name: '',
    code: '',
    department: '',
    review_bodies: [],
    superior_organ: '',
    court: '',
    bank: '',
    hearing_office: '',
    date_style: 'arabic',
    sentences: {},
    codes: {},
    credit_code: null,
  };
}

export function organToForm(o: IssuingOrgan): OrganFormValues {
  return {
    ...o,
    review_bodies: [...o.review_bodies],
    sentences: Object.entries(o.sentences).map(([key, text]) => ({ key, text })),
    codes: { ...o.codes },
  };
}

const trim = (s: string | undefined | null) => (s ?? '').trim();

/** The form → the settings: trimmed, empty sentence rows and empty 文书代字 left out (the defaults apply). */
export function formToOrgan(v: OrganFormValues): IssuingOrgan {
  const sentences: Record<string, string> = {};
  for (const row of v.sentences ?? []) {
    const key = trim(row.key);
    const text = trim(row.text);
    if (key && text) sentences[key] = text;
  }
  const codes: Partial<Record<DocumentKind, string>> = {};
  for (const kind of DOCUMENT_KINDS) {
    const c = trim(v.codes?.[kind]);
    if (c) codes[kind] = c;
  }
  return {
    agency: trim(v.agency),
    name: trim(v.name),
    code: trim(v.code),
    department: trim(v.department),
    review_bodies: (v.review_bodies ?? []).map(trim).filter(Boolean),
    superior_organ: trim(v.superior_organ),
    court: trim(v.court),
    bank: trim(v.bank),
    hearing_office: trim(v.hearing_office),
    date_style: v.date_style === 'chinese' ? 'chinese' : 'arabic',
    sentences,
    codes,
    credit_code: trim(v.credit_code).toUpperCase() || null,
  };
}

const HAN = /^\p{Script=Han}+$/u;

/** 机关代字 (远 of 远公（茅）行罚决字〔2025〕461号): Chinese characters only. */
export function organCodeProblem(v: string | undefined): string | null {
  const s = trim(v);
  if (!s) return '请填写机关代字';
  return HAN.test(s) ? null : '机关代字只能是汉字，如“远”';
}

/** 部门简称 (网安): Chinese characters, or empty for none. */
export function departmentProblem(v: string | undefined): string | null {
  const s = trim(v);
  return s === '' || HAN.test(s) ? null : '部门简称只能是汉字，如“网安”；没有则留空';
}

/** A unit's 文书代字 (行罚决字): Chinese characters ending in 字, or empty for the default. */
export function kindCodeProblem(v: string | undefined): string | null {
  const s = trim(v);
  return s === '' || (HAN.test(s) && s.endsWith('字')) ? null : '文书代字须为以“字”结尾的汉字，如“行罚决字”';
}

/** 统一社会信用代码 (GB 32100-2015: 18 of 0–9 and the capitals but I, O, S, V, Z), or empty until known. */
export function creditCodeProblem(v: string | undefined | null): string | null {
  const s = trim(v).toUpperCase();
  return s === '' || /^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(s)
    ? null
    : '统一社会信用代码为18位数字或大写字母（不含 I、O、S、V、Z）';
}

/** A sentence's placeholders are written {name}: a brace that opens none is a typing error. */
export function sentenceProblem(text: string | undefined): string | null {
  const rest = trim(text).replace(/\{\w+\}/g, '');
  return /[{}]/.test(rest) ? '占位符须写作 {名称}，如 {party}' : null;
}

/** Sentence keys must be distinct: the keys that occur more than once. */
export function duplicateSentenceKeys(rows: readonly { key?: string }[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of rows) {
    const k = trim(r.key);
    if (!k) continue;
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}

/** The 文号 of a 行政处罚决定书 as these settings will print it (serial 1), or null while a part is invalid. */
export function sampleNumber(
  v: Pick<OrganFormValues, 'code' | 'department' | 'codes'>,
  year: number,
): string | null {
  try {
    return formatNumber({
      organ: trim(v.code),
      department: trim(v.department),
      code: trim(v.codes?.penalty_decision) || KIND_INFO.penalty_decision.code!,
      year,
      serial: 1,
    });
  } catch {
    return null;
  }
}

/** A date as these settings will print it. */
export const sampleDate = (style: IssuingOrgan['date_style'], iso: string): string => formatDate(iso, style);

/** The kinds that carry a 文号, with their default 文书代字 (the unit may change them). */
export const NUMBERED_KINDS: readonly { kind: DocumentKind; label: string; code: string }[] =
  DOCUMENT_KINDS.flatMap((kind) => {
    const info = KIND_INFO[kind];
    return info.code ? [{ kind, label: info.label, code: info.code }] : [];
  });
