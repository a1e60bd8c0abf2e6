/**
 * A precedent's sector, so that the precedents of a gap put the cases of the operator's own sector first (after the
 * cases that applied the gap's rule: the provisions rank first, precedents.ts). Bulletins name parties by kind, not by
 * sector code, so the sector is inferred, and the answer says from what (`from`):
 * - from the provisions, where every rule the case applied is addressed to the operators of one sector only (its
 *   `roles`: 互联网上网服务营业场所经营单位 → 互联网, 电信业务经营者 → 电信, 银行业金融机构、非银行支付机构 → 金融);
 * - otherwise from the party's name, cautiously: goods a company deals in (某医疗器械网络科技有限公司 sells medical
 *   devices; it is no hospital) are struck out first, and a name whose words point to more than one sector, or to
 *   none, gives no sector (the case still ranks, only without the sector's preference).
 */
import type { LiableRole, PenaltyRule } from '../penalties/model.js';
import { SECTOR_WORDS } from './applicability.js';
import type { Sector } from './model.js';

export type SectorSource = 'provisions' | 'party_name';

export interface PrecedentSector {
  sector: Sector;
  from: SectorSource;
}

/** The liable roles that belong to one sector; every other role (网络运营者, 个人信息处理者 …) is of any sector. */
const ROLE_SECTORS: Readonly<Partial<Record<LiableRole, Sector>>> = {
  internet_cafe_operator: 'internet',
  telecom_operator: 'telecom',
  financial_institution: 'finance',
};

/** Words of a party's name by sector. 科技 is in too many company names to tell a sector. */
const NAME_WORDS: readonly (readonly [Sector, RegExp])[] = [
  ['healthcare', /医院|卫生院|诊所|疾控|卫生健康|医疗|药房/],
  ['education', /学校|大学|学院|中学|小学|幼儿园|教育|培训/],
  ['legal_services', /律师事务所|公证处|法律服务/],
  ['finance', /银行|保险|证券|信用社|支付|金融|小贷/],
  ['telecom', /营业厅|电信|移动|联通|广电网络|通信/],
  ['government', /政府|局$|局（|委员会|街道办|办事处|管委会/],
  ['retail', /购物中心|超市|商场|百货|商贸/],
  ['media', /传媒|文化传播|影视|新闻|报社/],
  ['software', /软件|信息技术/],
  ['internet', /网吧|网络|互联网|电子商务/],
];

/** Goods a company makes or sells, named with a sector's words: not the company's sector. */
const GOODS = /医疗器械|医疗设备|医药|药业|教育装备|教学设备|通信设备|通讯器材|金融设备/g;

/** The one sector every role of every applied rule belongs to, or null. */
export function sectorOfRules(rules: readonly PenaltyRule[]): Sector | null {
  const sectors = new Set(rules.flatMap((r) => r.roles.map((role) => ROLE_SECTORS[role] ?? null)));
  const [only] = sectors;
  return sectors.size === 1 && only ? only : null;
}

/** The one sector the name's words point to (goods struck out), or null. */
export function sectorOfParty(name: string): Sector | null {
  const words = name.replace(GOODS, '');
  const found = NAME_WORDS.filter(([, re]) => re.test(words));
  return found.length === 1 ? found[0]![0] : null;
}

/** The provisions first, then the name; null when neither tells. */
export function precedentSector(rules: readonly PenaltyRule[], partyName: string): PrecedentSector | null {
  const byRules = sectorOfRules(rules);
  if (byRules) return { sector: byRules, from: 'provisions' };
  const byName = sectorOfParty(partyName);
  return byName ? { sector: byName, from: 'party_name' } : null;
}

/** 「行业（据当事人名称推断）：互联网」: the sector and what it was inferred from, in the answer's words. */
export function sectorNote(s: PrecedentSector): string {
  const basis = s.from === 'provisions' ? '据所适用条款的义务主体推断' : '据当事人名称推断';
  return `行业（${basis}）：${SECTOR_WORDS[s.sector]}`;
}
