/**
 * Masking the text of a disclosed decision (双公示): one function per rule, each over Chinese text.
 *
 * 行政处罚法 第四十八条第一款: 「具有一定社会影响的行政处罚决定应当依法公开。」 — 依法: with the personal information of natural
 * persons protected (个人信息保护法 第二十八条第一款: 「…金融账户、行踪轨迹等信息…」 are sensitive). What is hidden follows
 * disclosure.md §2.3 (a provincial 行政处罚结果信息网上公开暂行办法: 「自然人的家庭住址、通信方式、身份证号码、银行账号、健康状况」
 * and 「除被处罚人以外的自然人姓名」), an aid, not law; choices in NOTES.md, “Disclosure”.
 *
 * A removed item is replaced by `REMOVED`; a person's name keeps its surname (张三丰 → 张某某; 闫某 stays 闫某).
 * Numbers that are not personal stay: amounts (10000元), dates, article numbers and a unit's 统一社会信用代码.
 */

/** What stands where an item was removed. */
export const REMOVED = '***';

/** Two-character surnames (复姓) kept whole when a name is masked; others keep their first character. */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '西门',
  '南宫',
  '独孤',
  '呼延',
  '轩辕',
] as const;

/** A person's name as disclosed: the surname, then 某 for each character of the given name (at least one). */
export function maskName(name: string): string {
  const n = name.trim();
  if (n.length === 0 || n.includes('某')) return n;
  const surname = COMPOUND_SURNAMES.find((s) => n.startsWith(s) && n.length > s.length) ?? n.slice(0, 1);
  return surname + '某'.repeat(Math.max(1, [...n].length - [...surname].length));
}

/** Every occurrence of each name replaced by its masked form, longest names first (张三丰 before 张三). */
function maskNames(text: string, names: readonly string[]): string {
  const list = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1 && !n.includes('某')))];
  list.sort((a, b) => b.length - a.length);
  return list.reduce((t, name) => t.split(name).join(maskName(name)), text);
}

/** The party's name in the text, masked when the party is a natural person (a unit's name is public). */
export function maskPartyName(
  text: string,
  party: { kind: 'individual' | 'organization'; name: string },
): string {
  return party.kind === 'individual' ? maskNames(text, [party.name]) : text;
}

/** Names of natural persons other than the party (victims, witnesses, employees) given in the case data, masked. */
export function maskThirdPartyNames(text: string, names: readonly string[]): string {
  return maskNames(text, names);
}

/** Spans of the text that are public codes: a unit's 统一社会信用代码 or 注册号 after its label, or one of `codes`. */
function publicSpans(text: string, codes: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?:统一社会信用代码|注册号)[为是：:\s]*([0-9A-Z]{15,18})/g)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push([start, start + m[1]!.length]);
  }
  for (const code of codes.filter((c) => c.length > 0)) {
    for (let i = text.indexOf(code); i >= 0; i = text.indexOf(code, i + 1)) spans.push([i, i + code.length]);
  }
  return spans;
}

/** The text with full-width digits, letters, ＋ and － as ASCII, offset for offset (they are one UTF-16 unit each). */
const halfWidth = (text: string): string =>
  text
    .replace(/[０-９Ａ-Ｚａ-ｚ＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');

/**
 * Replaces each match of `pattern` (global), found in the half-width view of the text, by REMOVED, unless it
 * overlaps a public code.
 */
function removeMatches(text: string, pattern: RegExp, codes: readonly string[] = []): string {
  const view = halfWidth(text);
  const spans = publicSpans(view, codes);
  let out = '';
  let last = 0;
  for (const m of view.matchAll(pattern)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (spans.some(([s, e]) => start < e && end > s)) continue;
    out += text.slice(last, start) + REMOVED;
    last = end;
  }
  return out + text.slice(last);
}

const MONTH_DAY = '(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';
/** 18 digits (the last may be X) with a birth date at 7–14; 15 digits with YYMMDD at 7–12. */
const ID_NUMBER = new RegExp(
  `(?<![0-9A-Za-z])(?:\\d{6}(?:18|19|20)\\d{2}${MONTH_DAY}\\d{3}[\\dXx]|\\d{6}\\d{2}${MONTH_DAY}\\d{3})(?![0-9A-Za-z])`,
  'g',
);

/** Resident ID numbers (居民身份证号码, 18 digits with X/x or the old 15), except inside a unit's public code. */
export function removeIdNumbers(text: string, publicCodes: readonly string[] = []): string {
  return removeMatches(text, ID_NUMBER, publicCodes);
}

/** Mobile numbers (optionally +86, digits grouped by spaces or dashes) and landlines with an area code. */
const PHONE = new RegExp(
  [
    '(?<![0-9A-Za-z])(?:\\+?86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d){8}(?![0-9A-Za-z])',
    '(?<![0-9A-Za-z])(?:[（(]0\\d{2,3}[）)]\\s?|0\\d{2,3}[\\s-]?)[2-9]\\d{2,3}[\\s-]?\\d{4}(?:[-转]\\d{1,5})?(?![0-9A-Za-z])',
  ].join('|'),
  'g',
);

export function removePhoneNumbers(text: string, publicCodes: readonly string[] = []): string {
  return removeMatches(text, PHONE, publicCodes);
}

/**
 * Bank account and card numbers: 12–30 digits after 账号/卡号/账户/银行卡 (grouped by spaces or dashes), and any bare run
 * of 16–19 digits (a card number). Run after `removeIdNumbers`, so an 18-digit ID is already gone.
 */
const BANK_LABELLED =
  /(?<=(?:账号|卡号|账户|银行卡|帐号|帐户)[为是：:\s]*)\d(?:[\s-]?\d){11,29}(?![0-9A-Za-z])/g;
const BANK_BARE = /(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])/g;

export function removeBankAccounts(text: string, publicCodes: readonly string[] = []): string {
  return removeMatches(removeMatches(text, BANK_LABELLED, publicCodes), BANK_BARE, publicCodes);
}

/**
 * Addresses by pattern: optional 省/自治区, 市/州, 区/县/旗, 镇/乡/街道, then a road or estate (路, 街, 巷, 村, 小区 …) and
 * at least one numbered unit (号, 栋, 单元, 室 …). Place names exclude the words that usually precede an address
 * (住, 在, 于, 位于 …), so the match begins at the place, not at the sentence.
 */
const PLACE = `[^\\P{Script=Han}在于住从到向将把被的了和与及是为经由对其该，。；：、]`;
const NUM = '[0-9０-９一二三四五六七八九十百零〇甲乙丙A-Za-z\\-]+';
const ADDRESS = new RegExp(
  `(?:${PLACE}{2,10}?(?:省|自治区))?(?:${PLACE}{1,10}?(?:市|州|盟))?(?:${PLACE}{1,10}?(?:区|县|旗))?` +
    `(?:${PLACE}{1,10}?(?:镇|乡|街道))?${PLACE}{0,12}?(?:路|街|巷|大道|胡同|村|小区|社区|花园|公寓|大厦|苑)` +
    `(?:${NUM}(?:号楼|号院|号|弄|栋|幢|座|单元|楼|层|室|组))+`,
  'gu',
);

export function removeAddresses(text: string): string {
  return removeMatches(text, ADDRESS);
}

/** E-mail addresses, and QQ or 微信 accounts after their label (「通信方式」 online). */
const ONLINE =
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(?<=(?:QQ|qq|微信)(?:号码|号|账号)?[为是：:\s]*)[A-Za-z][A-Za-z0-9_-]{4,19}(?![A-Za-z0-9_-])|(?<=(?:QQ|qq|微信)(?:号码|号|账号)?[为是：:\s]*)\d{5,12}(?!\d)/g;

export function removeOnlineContacts(text: string): string {
  return removeMatches(text, ONLINE);
}

/** What the case data gives for masking a text. */
export interface MaskingContext {
  party: { kind: 'individual' | 'organization'; name: string };
  /** Natural persons other than the party named in the case data. */
  third_parties?: readonly string[];
  /** Public codes that must stay (the unit's 统一社会信用代码). */
  public_codes?: readonly string[];
}

/** All rules, in an order where none undoes another: names, ID numbers, bank accounts, phones, online contacts, addresses. */
export function maskText(text: string, ctx: MaskingContext): string {
  const codes = ctx.public_codes ?? [];
  let t = maskPartyName(text, ctx.party);
  t = maskThirdPartyNames(t, ctx.third_parties ?? []);
  t = removeIdNumbers(t, codes);
  t = removeBankAccounts(t, codes);
  t = removePhoneNumbers(t, codes);
  t = removeOnlineContacts(t);
  return removeAddresses(t);
}
