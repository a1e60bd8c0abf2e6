/**
 * Chinese numerals as they appear in statute texts and citations:
 * 第一百零八条, 第二十一条第一款第（三）项, financial forms (壹佰零捌), digit strings (二〇一六), 两, full-width digits.
 *
 * Pure functions; shared by the statute parser and the citation parser.
 */
import { DomainError } from './errors.js';

const DIGITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    零: 0,
    〇: 0,
    '○': 0,
    Ｏ: 0,
    一: 1,
    壹: 1,
    二: 2,
    贰: 2,
    貳: 2,
    两: 2,
    兩: 2,
    三: 3,
    叁: 3,
    參: 3,
    叄: 3,
    四: 4,
    肆: 4,
    五: 5,
    伍: 5,
    六: 6,
    陆: 6,
    陸: 6,
    七: 7,
    柒: 7,
    八: 8,
    捌: 8,
    九: 9,
    玖: 9,
  }),
);

/** Units inside a section (below 万). */
const SMALL_UNITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    十: 10,
    拾: 10,
    百: 100,
    佰: 100,
    千: 1000,
    仟: 1000,
  }),
);

/** Section units. */
const BIG_UNITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    万: 1e4,
    萬: 1e4,
    亿: 1e8,
    億: 1e8,
  }),
);

/** Converts full-width digits (０-９) to ASCII. */
export const toAsciiDigits = (s: string): string =>
  s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));

const NUMERAL_CHARS: ReadonlySet<string> = new Set([
  ...DIGITS.keys(),
  ...SMALL_UNITS.keys(),
  ...BIG_UNITS.keys(),
]);

const isChineseNumeralChar = (c: string): boolean => NUMERAL_CHARS.has(c);

/** True when `s` is made only of Chinese numeral characters (no Arabic digits). */
export const isChineseNumeral = (s: string): boolean => s.length > 0 && [...s].every(isChineseNumeralChar);

const invalid = (input: string, reason: string): DomainError =>
  new DomainError('INVALID_INPUT', `无法识别的数字“${input}”：${reason}`, { input, reason });

/**
 * The numeral characters by UTF-16 code unit (all are in the BMP): a digit's value (0–9), a small unit's (十 百 千)
 * or a big unit's (万 亿), so that a number is read without making a string per character or throwing on junk.
 */
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
const SMALL_UNIT_OF = new Int16Array(0x10000);
const BIG_UNIT_OF = new Float64Array(0x10000);
for (const [c, v] of DIGITS) DIGIT_OF[c.charCodeAt(0)] = v;
for (const [c, v] of SMALL_UNITS) SMALL_UNIT_OF[c.charCodeAt(0)] = v;
for (const [c, v] of BIG_UNITS) BIG_UNIT_OF[c.charCodeAt(0)] = v;
const LIANG = '两'.charCodeAt(0);
const LIANG_TRADITIONAL = '兩'.charCodeAt(0);

/** Why a string is no number: the reason parseChineseInteger's error gives. */
class Refusal {
  constructor(readonly reason: string) {}
}

/** The value of `s`, or why it is none — in one walk, so that the error path reads the number no second time. */
function readInteger(s: string): number | Refusal {
  const input = s.trim();
  const n = input.length;
  if (n === 0) return new Refusal('空字符串');
  // Most numbers read are ASCII digits (第21条, 5000元): they need no full-width conversion.
  let arabic = true;
  let fullWidth = false;
  for (let i = 0; i < n && arabic; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) fullWidth = true;
    else if (c < 0x30 || c > 0x39) arabic = false;
  }
  if (arabic) return Number.parseInt(fullWidth ? toAsciiDigits(input) : input, 10);

  let digitsOnly = true;
  let liang = false;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (DIGIT_OF[c]! < 0) {
      if (SMALL_UNIT_OF[c] === 0 && BIG_UNIT_OF[c] === 0) {
        return new Refusal(`含非数字字符“${String.fromCodePoint(input.codePointAt(i)!)}”`);
      }
      digitsOnly = false;
    } else if (c === LIANG || c === LIANG_TRADITIONAL) liang = true;
  }
  // Digit string without units: 二〇一六 → 2016, 一 → 1 (两 is no digit written one by one).
  if (digitsOnly) {
    if (n > 1 && liang) return new Refusal('“两”不能用于逐位书写');
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 10 + DIGIT_OF[input.charCodeAt(i)]!;
    return v;
  }

  let total = 0; // sum of completed big-unit sections
  let section = 0; // value below the current big unit
  let digit = -1; // pending digit awaiting a unit (-1: none)
  let lastSmallUnit = Infinity; // units must decrease inside a section
  let lastBigUnit = Infinity;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const d = DIGIT_OF[c]!;
    if (d >= 0) {
      // A zero (零, 〇) only marks a gap: it takes no unit, and may not follow a digit awaiting one.
      if (digit >= 0) return new Refusal('数字之间缺少单位');
      if (d !== 0) digit = d;
      continue;
    }
    const unit = SMALL_UNIT_OF[c]!;
    if (unit !== 0) {
      if (unit >= lastSmallUnit) return new Refusal(`单位“${input[i]}”顺序错误`);
      // 十 alone means 一十 (十一, 一百十); 百 and 千 need a digit.
      if (digit < 0 && unit !== 10) return new Refusal(`单位“${input[i]}”前缺少数字`);
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastSmallUnit = unit;
      continue;
    }
    const big = BIG_UNIT_OF[c]!;
    if (big >= lastBigUnit) return new Refusal(`单位“${input[i]}”顺序错误`);
    const value = section + (digit < 0 ? 0 : digit);
    if (value === 0) return new Refusal(`单位“${input[i]}”前缺少数字`);
    total += value * big;
    section = 0;
    digit = -1;
    lastSmallUnit = Infinity;
    lastBigUnit = big;
  }
  return total + section + (digit < 0 ? 0 : digit);
}

/**
 * Parses one non-negative integer written in Chinese (一, 十, 十一, 二十, 一百零八, 两, 〇, 零, 壹佰零捌,
 * 一万零一, 二〇一六), in Arabic digits (108) or full-width digits (１０８). Surrounding whitespace is ignored.
 * Throws DomainError INVALID_INPUT (details.input, details.reason) when `s` is not such a number, naming the offending
 * character or order.
 */
export function parseChineseInteger(s: string): number {
  const value = readInteger(s);
  if (value instanceof Refusal) throw invalid(s, value.reason);
  return value;
}

/** Like parseChineseInteger but returns undefined instead of throwing. */
export function tryParseChineseInteger(s: string): number | undefined {
  const value = readInteger(s);
  return value instanceof Refusal ? undefined : value;
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Formats a section value 0..9999 in standard form; `leadingTen` writes 十 rather than 一十 for 10-19. */
function formatSection(n: number, leadingTen: boolean): string {
  const units: readonly [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let pendingZero = false;
  let rest = n;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += value === 10 && d === 1 && out === '' && leadingTen ? name : DIGIT_CHARS[d] + name;
  }
  return out;
}

/**
 * Formats a non-negative integer in standard Chinese numerals as used in statute numbering:
 * 10 → 十, 11 → 十一, 108 → 一百零八, 110 → 一百一十, 1008 → 一千零八, 10001 → 一万零一.
 */
export function formatChineseInteger(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e12) {
    throw new DomainError('INVALID_INPUT', `无法书写的数字：${n}`, { input: n });
  }
  if (n === 0) return '零';
  const sections: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1e4)) sections.push(rest % 1e4);
  const bigNames = ['', '万', '亿'];
  let out = '';
  let pendingZero = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const sec = sections[i] as number;
    if (sec === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (out !== '' && (pendingZero || sec < 1000)) out += '零';
    pendingZero = false;
    out += formatSection(sec, out === '') + bigNames[i];
  }
  return out;
}

/** 108 → 第一百零八条. */
export function formatArticleLabel(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new DomainError('INVALID_INPUT', `条文序号必须是正整数：${n}`, { input: n });
  }
  return `第${formatChineseInteger(n)}条`;
}

/**
 * Parses an article reference as a user or a text writes it: 61, ６１, 第61条, 第六十一条, 六十一, 第六十一.
 * Throws DomainError INVALID_INPUT (details.input) otherwise.
 */
export function parseArticleLabel(s: string): number {
  const m = /^\s*第?\s*([^第条\s]+)\s*条?\s*$/u.exec(s);
  const body = m?.[1];
  if (body === undefined) throw new DomainError('INVALID_INPUT', `无法识别的条文序号“${s}”`, { input: s });
  let n: number;
  try {
    n = parseChineseInteger(body);
  } catch {
    throw new DomainError('INVALID_INPUT', `无法识别的条文序号“${s}”`, { input: s });
  }
  if (n < 1) throw new DomainError('INVALID_INPUT', `条文序号必须是正整数：“${s}”`, { input: s });
  return n;
}
