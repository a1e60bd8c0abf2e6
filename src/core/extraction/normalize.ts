/**
 * Canonical text form for extraction: full-width Chinese punctuation, ASCII digits and Latin letters,
 * no spaces inside numbers and amounts ("5 万元" → "5万元"), one paragraph per line.
 *
 * Bulletins mix ASCII `,:;()` with full-width `，：；（）` (the dev corpus delivers ASCII); the field
 * extractors and the golden records use the full-width forms, so everything is mapped to them once here.
 */

/** Full-width digits and Latin letters only: full-width punctuation (，：（…, in every line) is kept as it is. */
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

/** Full-width Latin letters and digits to ASCII (keeps full-width punctuation for the next step). */
function asciiAlnum(s: string): string {
  return s.replace(FULLWIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const RE_COLON = new RegExp(`([${CJK}）])\\s*:`, 'g');
const RE_STOP = new RegExp(`([${CJK}）”])\\.(?=[${CJK}“（]|\\s|$)`, 'g');
const RE_SPACE_BEFORE = new RegExp(`([^${CJK}]) (?=[${CJK}${PUNCT}])`, 'g');
const RE_SPACE_AFTER = new RegExp(`([${CJK}${PUNCT}]) (?=[^${CJK}])`, 'g');
const RE_SPACE_PUNCT = new RegExp(`([${PUNCT}]) (?=[${CJK}])`, 'g');
const RE_SPACE_CJK = new RegExp(`([${CJK}]) (?=[${CJK}])`, 'g');
/** Four or more characters each set apart by one space (某 市 公 安 局, 现 已 查 明): letter-spaced print or a scan. */
const RE_LETTER_SPACED = new RegExp(`(?:[${CJK}] ){3,}[${CJK}]`, 'g');
/** A line of prose: some words, then a sentence ends (a heading has no 。). */
const PROSE = /^.{20,}[。！？]/;
/**
 * What a line holds that the steps below change, one bit per kind of character (a table by UTF-16 code unit): one
 * pass over the line says which steps to run, and a line with none of them is returned as it is (the common case).
 */
const FULLWIDTH_ALNUM_CHAR = 1 << 0;
const SPACE_LIKE = 1 << 1;
const FULLWIDTH_POINT = 1 << 2;
const COMMA = 1 << 3;
const SEMICOLON = 1 << 4;
const BANG = 1 << 5;
const ASK = 1 << 6;
const OPEN = 1 << 7;
const CLOSE = 1 << 8;
const COLON = 1 << 9;
const POINT = 1 << 10;
const SPACE = 1 << 11;
const TONE_MARK = 1 << 12;
/** （: only with a tone mark (the pinyin note) does it make work; alone it changes nothing. */
const FULLWIDTH_OPEN = 1 << 13;
/** Other white space String#trim removes: a line holding it goes the long way, to be trimmed as every changed line is. */
const OTHER_SPACE = 1 << 14;
const STRAIGHT_QUOTE = 1 << 15;
/** Every step: what the gated run of a line must equal (normalize.test.ts compares the two). */
const EVERY_STEP = (1 << 16) - 1;
const KINDS = (() => {
  const t = new Uint16Array(0x10000);
  const mark = (chars: string, bit: number): void => {
    for (const c of chars) t[c.charCodeAt(0)]! |= bit;
  };
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = FULLWIDTH_ALNUM_CHAR;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = FULLWIDTH_ALNUM_CHAR;
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = FULLWIDTH_ALNUM_CHAR;
  mark('\u00a0\u3000\t\ufeff\u200b\u200c\u200d', SPACE_LIKE);
  mark('．', FULLWIDTH_POINT);
  mark(',', COMMA);
  mark(';', SEMICOLON);
  mark('!', BANG);
  mark('?', ASK);
  mark('(', OPEN);
  mark(')', CLOSE);
  mark(':', COLON);
  mark('.', POINT);
  mark(' ', SPACE);
  mark('"', STRAIGHT_QUOTE);
  mark('āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ', TONE_MARK);
  mark('（', FULLWIDTH_OPEN);
  mark('\n\r\v\f\u0085\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a', OTHER_SPACE);
  mark('\u2028\u2029\u202f\u205f', OTHER_SPACE);
  return t;
})();

function kindsIn(line: string): number {
  let k = 0;
  for (let i = 0; i < line.length; i++) k |= KINDS[line.charCodeAt(i)]!;
  return k;
}

/**
 * Pinyin after a character, 現(xiàn) / 网（wǎng）: content farms annotate "sensitive" characters so; the annotation is
 * dropped. Only syllables with a tone mark count, so that 某公司(app) keeps its words.
 */
const PINYIN_NOTE = /([\u4e00-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;

const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** A cheap first look for RE_LETTER_SPACED: a character, a space, a character, a space, a character. */
function letterSpaced(s: string): boolean {
  for (let k = s.indexOf(' '); k > 0; k = s.indexOf(' ', k + 1))
    if (
      isCjk(s.charCodeAt(k - 1)) &&
      isCjk(s.charCodeAt(k + 1)) &&
      s[k + 2] === ' ' &&
      isCjk(s.charCodeAt(k + 3))
    )
      return true;
  return false;
}

/**
 * Normalises one line. ASCII `,;()!?` become full-width unless both neighbours are ASCII alphanumerics
 * (1,500 stays a number; (二) and 第(二)项 become （二）); `:` becomes `：` after a CJK character;
 * `.` stays ASCII (it is a decimal point and a heading mark "1."). Runs of spaces collapse to one,
 * and spaces next to CJK characters or inside amounts are dropped.
 */
export function normalizeLine(line: string): string {
  const k = kindsIn(line);
  return (k & ~FULLWIDTH_OPEN) === 0 ? line : runSteps(line, k);
}

/** normalizeLine with every step run, whatever the line holds: the reference its gating is tested against. */
export const normalizeLineEveryStep = (line: string): string => runSteps(line, EVERY_STEP);

/** The steps the kinds `k` call for (a step whose character is not in the line would change nothing). */
function runSteps(line: string, k: number): string {
  let s = line;
  if ((k & TONE_MARK) !== 0 && (k & (OPEN | FULLWIDTH_OPEN)) !== 0) s = s.replace(PINYIN_NOTE, '$1');
  if ((k & FULLWIDTH_ALNUM_CHAR) !== 0) s = asciiAlnum(s);
  if ((k & SPACE_LIKE) !== 0) s = s.replace(/[\u00a0\u3000\t\ufeff]|\u200b|\u200c|\u200d/g, ' ');
  // Each step runs only when its character is in the line (most lines need one or two of them).
  // 违法所得２．６万元: a full-width point inside a number is a decimal point (not a list's 1．5月9日 at the line's start).
  if ((k & FULLWIDTH_POINT) !== 0) s = s.replace(/([^\d\s（(])(\d+)．(?=\d)/g, '$1$2.');
  if ((k & COMMA) !== 0) s = s.replace(/(?<!\d),|,(?!\d)/g, '，');
  if ((k & SEMICOLON) !== 0) s = s.replaceAll(';', '；');
  if ((k & STRAIGHT_QUOTE) !== 0) s = curlyQuotes(s);
  if ((k & BANG) !== 0) s = s.replaceAll('!', '！');
  if ((k & ASK) !== 0) s = s.replaceAll('?', '？');
  // (二), 第(二)项 → （二）; (OA) between Latin letters stays.
  // (Non-ASCII as a range, not a Unicode property class: that makes the expression several times slower.)
  if ((k & OPEN) !== 0 && s.includes('(')) s = s.replace(/\((?=[^A-Za-z]|$)|(?<=[\u0080-\uffff])\(/g, '（');
  if ((k & CLOSE) !== 0 && s.includes(')')) {
    s = s.replace(/(?<=[^A-Za-z]|^)\)|\)(?=[\u0080-\uffff])/g, '）');
    // Keep pairs matched: 某公司（app) → 某公司（app）.
    s = s.replace(/（([^（）()]*)\)/g, '（$1）');
  }
  if ((k & COLON) !== 0) s = s.replace(RE_COLON, '$1：');
  // An ASCII full stop after a CJK character ends a sentence (未及时处置.市网信办…); 1.5万元 and 1. stay.
  if ((k & (POINT | FULLWIDTH_POINT)) !== 0 && s.includes('.')) s = s.replace(RE_STOP, '$1。');
  if ((k & (SPACE | SPACE_LIKE)) !== 0 && s.includes(' ')) {
    s = s.replace(/ {2,}/g, ' ');
    // A space between two CJK characters separates words in a heading (★整治网络秩序 净化网络空间): keep one.
    // Spaces next to digits, Latin letters or punctuation are typographic ("5 万元", "办公 OA 系统"): drop them.
    s = s.replace(RE_SPACE_BEFORE, '$1').replace(RE_SPACE_AFTER, '$1').replace(RE_SPACE_PUNCT, '$1');
    // Letter-spaced words are one word each (某 市 公 安 局 → 某市公安局).
    if (letterSpaced(s)) s = s.replace(RE_LETTER_SPACED, (m) => m.replaceAll(' ', ''));
  }
  // In prose (a sentence ends in the line) such a space is the print layout's (该公 司, 今年以 来): drop it.
  if (s.includes(' ') && PROSE.test(s)) s = s.replace(RE_SPACE_CJK, '$1');
  return s.trim();
}

/**
 * Straight double quotes in Chinese text (a re-post typed in ASCII: 运营的"某某到家"小程序) → “ ”, as the field readers and
 * the records write them: each pair, in order, that quotes Chinese or stands next to it (a Latin phrase quoted in English,
 * which runs the "XX Coupon" mini-program, keeps its quotes and spaces). A line with an unpaired one is left alone.
 */
function curlyQuotes(s: string): string {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  if (n % 2 !== 0) return s;
  return s.replace(QUOTED, (m: string, inner: string, at: number) =>
    isCjk(s.charCodeAt(at - 1)) || isCjk(s.charCodeAt(at + m.length)) || HAS_CJK.test(inner)
      ? `“${inner}”`
      : m,
  );
}
const QUOTED = /"([^"]*)"/g;
const HAS_CJK = new RegExp(`[${CJK}]`);

/** Splits text into normalised lines (CRLF, CR, LS and PS all break lines). */
export function normalizeText(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/).map(normalizeLine);
}

/**
 * The form in which two imports of one bulletin are the same text (issue 13: repeat imports): its normalised
 * lines without blank ones, so that spacing, punctuation width and line ends do not make it new.
 */
export function normalizedBulletinText(text: string): string {
  return normalizeText(text)
    .filter((l) => l !== '')
    .join('\n');
}
