/**
 * The party block of a decision (程序规定 第一百七十五条第（一）项 「被处罚人的姓名、性别、出生日期、身份证件种类及号码、户籍所在地、
 * 现住址、工作单位、违法经历以及被处罚单位的名称、地址和法定代表人」), with 年龄 where the 治安管理处罚法 governs the decision
 * (2012 第九十六条 / 2025 第一百一十五条 「被处罚人的姓名、性别、年龄、身份证件的名称和号码、住址」), and the addressee line.
 *
 * Each item comes from the Party of the proceeding where it holds it (name, birth_date, id_type, id_number, address,
 * credit_code, legal_representative), else from the request's fields under `party.<item>` — the items the Party
 * does not hold (sex, household, employer, record) always come from there. A mandatory item found in neither is a
 * MissingField named `party.<item>`.
 */
import { mainParty } from '../../cases/guards/legality.js';
import type { Party, Proceeding } from '../../cases/proceeding.js';
import type { CaseKind } from '../../cases/timer-model.js';
import type { IsoDate } from '../../shared/dates.js';
import { DomainError } from '../../shared/errors.js';
import { formatDate } from '../format.js';
import type { DocumentRequest, DocumentTemplate } from '../model.js';
import { allMissing, gap, missingField, type Filled } from './filled.js';

const BASIS_175 = '程序规定 第一百七十五条第一款第（一）项';
const BASIS_59 = '行政处罚法 第五十九条第一款第（一）项';

/**
 * Where 年龄 is a mandatory item, as dated data: the 治安管理处罚法's decision contents govern 治安 cases, and from
 * 2026-01-01 every case in which the police detain under another law (2025 第一百四十一条第一款 「其他法律中规定由公安机关给予
 * 行政拘留处罚的，其处罚程序适用本法规定」).
 */
export const AGE_REQUIRED: readonly { from: IsoDate; caseKinds: readonly CaseKind[]; basis: string }[] = [
  { from: '2006-03-01', caseKinds: ['ZHIAN'], basis: '治安管理处罚法（2012）第九十六条第一款第（一）项' },
  {
    from: '2026-01-01',
    caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'],
    basis: '治安管理处罚法（2025）第一百一十五条第一款第（一）项、第一百四十一条第一款',
  },
];

/** The rule on 年龄 in force on the decision day, when it covers the case's kind. */
export function ageRule(p: Pick<Proceeding, 'case_kind'>, day: IsoDate): { basis: string } | null {
  const rule = AGE_REQUIRED.filter((r) => r.from <= day).at(-1);
  return rule && rule.caseKinds.includes(p.case_kind) ? rule : null;
}

/** The inputs (DocumentTemplate.inputs) for the items a Party may lack. */
export const PARTY_INPUTS: DocumentTemplate['inputs'] = [
  { name: 'party.sex', label: '性别', required: false },
  { name: 'party.birth_date', label: '出生日期', required: false },
  { name: 'party.id_type', label: '身份证件种类', required: false },
  { name: 'party.id_number', label: '身份证件号码', required: false },
  { name: 'party.household', label: '户籍所在地', required: false },
  { name: 'party.address', label: '现住址（单位地址）', required: false },
  { name: 'party.employer', label: '工作单位', required: false },
  { name: 'party.record', label: '违法经历', required: false },
  { name: 'party.credit_code', label: '统一社会信用代码', required: false },
  { name: 'party.legal_representative', label: '法定代表人（负责人）', required: false },
  { name: 'party.representative_title', label: '法定代表人或负责人（称谓）', required: false },
];

/** The party a request is addressed to: `req.party`, default the main party (the unit if there is one). */
export function partyOf(req: Pick<DocumentRequest, 'proceeding' | 'party'>): Party {
  const { parties } = req.proceeding;
  if (parties.length === 0) throw new DomainError('INVALID_INPUT', '案件没有当事人', { party: null });
  const id = req.party ?? mainParty(req.proceeding).id;
  const p = parties.find((x) => x.id === id);
  if (!p) {
    throw new DomainError('INVALID_INPUT', `案件没有该当事人：${req.party}`, {
      party: req.party,
      known: parties.map((x) => x.id),
    });
  }
  return p;
}

const HELD: Partial<Record<string, keyof Party>> = {
  birth_date: 'birth_date',
  id_type: 'id_type',
  id_number: 'id_number',
  address: 'address',
  credit_code: 'credit_code',
  legal_representative: 'legal_representative',
};

/** An item of the party: the Party's own value, else `fields['party.<item>']`; undefined when neither has one. */
export function partyValue(
  req: Pick<DocumentRequest, 'fields'>,
  party: Party,
  item: string,
): string | undefined {
  const key = HELD[item];
  const own = key ? party[key] : undefined;
  const v = (typeof own === 'string' && own.trim() !== '' ? own : req.fields[`party.${item}`])?.trim();
  return v === '' ? undefined : v;
}

/** Completed years on `day` of a person born on `birth` (both ISO days). */
export function ageOn(birth: IsoDate, day: IsoDate): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface PartyBlockOptions {
  /** What the block calls the party: 违法行为人 (default), 被处罚人, 当事人 … */
  prefix?: string;
  /**
   * The 当场处罚决定书's shorter block (式样十九 as documents.md §3.10 reconstructs it [G]; 行政处罚法 第五十二条第二款 and
   * 治安管理处罚法 2025 第一百二十条第二款 name no more than the party): no 户籍所在地, 工作单位, 违法经历.
   */
  onTheSpot?: boolean;
}

function item(req: DocumentRequest, party: Party, key: string, label: string, basis: string) {
  const v = partyValue(req, party, key);
  return v === undefined
    ? { value: gap(label), missing: [missingField(`party.${key}`, label, basis)] }
    : { value: v, missing: [] };
}

function individual(req: DocumentRequest, party: Party, short: boolean): Filled {
  const sex = item(req, party, 'sex', '性别', BASIS_175);
  const birth = item(req, party, 'birth_date', '出生日期', BASIS_175);
  const idType = item(req, party, 'id_type', '身份证件种类', BASIS_175);
  const idNumber = item(req, party, 'id_number', '身份证件号码', BASIS_175);
  const household = item(req, party, 'household', '户籍所在地', BASIS_175);
  const address = item(req, party, 'address', '现住址', `${BASIS_59}；${BASIS_175}`);
  const unitName = party.responsible_for
    ? req.proceeding.parties.find((p) => p.id === party.responsible_for)?.name
    : undefined;
  // A responsible person works for the unit the decision is about, unless the officer says otherwise.
  const employer =
    unitName && partyValue(req, party, 'employer') === undefined
      ? { value: unitName, missing: [] }
      : item(req, party, 'employer', '工作单位', BASIS_175);
  const record = item(req, party, 'record', '违法经历', BASIS_175);
  const rule = ageRule(req.proceeding, req.date);
  const age = rule && birth.missing.length === 0 ? [`${ageOn(birth.value, req.date)}岁`] : [];
  const birthText =
    birth.missing.length === 0 ? `${formatDate(birth.value, req.organ.date_style)}出生` : birth.value;
  const head = [party.name, sex.value, ...age, birthText, `${idType.value}号码：${idNumber.value}`].join(
    '，',
  );
  if (short) {
    return {
      text: `${head}，现住址：${address.value}`,
      missing: allMissing(sex, birth, idType, idNumber, address),
    };
  }
  const text =
    head +
    `，户籍所在地：${household.value}，现住址：${address.value}，工作单位：${employer.value}，违法经历：${record.value}`;
  return { text, missing: allMissing(sex, birth, idType, idNumber, household, address, employer, record) };
}

function unit(req: DocumentRequest, party: Party): Filled {
  const address = item(req, party, 'address', '地址', `${BASIS_59}；${BASIS_175}`);
  const rep = item(req, party, 'legal_representative', '法定代表人', BASIS_175);
  const title = partyValue(req, party, 'representative_title') ?? '法定代表人';
  // 统一社会信用代码 is not among the items of 第一百七十五条: printed when known (documents.md §3.9 block 4 [R]).
  const code = partyValue(req, party, 'credit_code');
  const text = [
    party.name,
    ...(code ? [`统一社会信用代码：${code}`] : []),
    `地址：${address.value}`,
    `${title}：${rep.value}`,
  ].join('，');
  return { text, missing: allMissing(address, rep) };
}

/** 「违法行为人：……。」 — every item of 第一百七十五条第（一）项 for the party's kind, and 年龄 where required. */
export function partyBlock(req: DocumentRequest, options: PartyBlockOptions = {}): Filled {
  const party = partyOf(req);
  const body =
    party.kind === 'individual' ? individual(req, party, options.onTheSpot === true) : unit(req, party);
  return { text: `${options.prefix ?? '违法行为人'}：${body.text}。`, missing: body.missing };
}

/** The addressee line of a letter-like document: 「某某有限公司：」. */
export const addresseeLine = (party: Pick<Party, 'name'>): string => `${party.name}：`;
