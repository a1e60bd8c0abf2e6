/**
 * The sector of a published case's party read from its name (吴忠市某医院 → healthcare), so that the precedents of a
 * gap put the cases of the operator's own sector first. Words, first match wins; a name no word fits is null (the
 * case still ranks, only without the sector's preference). Bulletins name parties by kind, not by sector code.
 */
import type { Sector } from './model.js';

const SECTOR_WORDS: readonly (readonly [Sector, RegExp])[] = [
  ['healthcare', /医院|卫生院|诊所|疾控|卫生健康|医疗|药房/],
  ['education', /学校|大学|学院|中学|小学|幼儿园|教育|培训/],
  ['legal_services', /律师事务所|公证处|法律服务/],
  ['finance', /银行|保险|证券|信用社|支付|金融|小贷/],
  ['telecom', /营业厅|电信|移动|联通|广电网络|通信/],
  ['government', /政府|局$|局（|委员会|街道办|办事处|管委会/],
  ['retail', /购物中心|超市|商场|百货|商贸/],
  ['media', /传媒|文化传播|影视|新闻|报社/],
  ['software', /软件|信息技术|科技/],
  ['internet', /网吧|网络|互联网|电子商务/],
];

export function sectorOfParty(name: string): Sector | null {
  return SECTOR_WORDS.find(([, re]) => re.test(name))?.[0] ?? null;
}
