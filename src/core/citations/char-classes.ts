/**
 * Character classes of the citation grammar, as bit flags in a table indexed by UTF-16 code unit (a lookup
 * costs one array read; the parser runs over corpora of many megabytes). Citations come with ASCII or
 * full-width punctuation and digits (第59条, 第５９条, 第(二)项, 第（二）项), so every class lists both forms.
 */

/** Horizontal whitespace allowed inside a citation (第 59 条). Line breaks end a sentence instead. */
export const SPACE = 1 << 0;
/** Ends a sentence: the law named in it stops governing the article numbers that follow. */
export const SENTENCE_END = 1 << 1;
/** Ends a line as well (a line of titles alone is a list of citations). */
export const LINE_END = 1 << 2;
export const DIGIT = 1 << 3;
/** Characters of a Chinese integer (ordinary and financial forms, as numerals.ts accepts them). */
export const CHINESE_NUMERAL = 1 << 4;
export const OPEN_PAREN = 1 << 5;
export const CLOSE_PAREN = 1 << 6;
/** Separates the numbers of a list inside one unit: 第二十二、六十条, 第一、二款, 第（一）、（二）项. */
export const LIST_SEPARATOR = 1 << 7;
/** Marks a range: 第四十一条至第四十三条, 第41-43条. */
export const RANGE_MARK = 1 << 8;
/** May stand between two units of one enumeration: 第二十一条和第五十九条, 第四十四条及六十四条, 以及, 或者. */
export const CHAIN_GAP = 1 << 9;
/** May stand between a law's name and its first article (《网络安全法》的第六十四条). */
export const LAW_GAP = 1 << 10;
/** Keeps a basis verb (依据, 违反…) in force for the titles that follow it: 违反了《网络安全法》《数据安全法》. */
export const BASIS_GAP = 1 << 11;
/** What may surround law titles on a line of their own (《网络安全法》、《数据安全法》。). */
export const STANDALONE_FILLER = 1 << 12;
export const UNIT_ARTICLE = 1 << 13;
export const UNIT_PARAGRAPH = 1 << 14;
export const UNIT_ITEM = 1 << 15;

const SPACES = ' \t\u3000\u00a0\u2002\u2003\u2009\u200b';
const table = new Uint16Array(0x10000);
const add = (chars: string, flag: number): void => {
  for (const c of chars) table[c.charCodeAt(0)] = (table[c.charCodeAt(0)] ?? 0) | flag;
};
add(SPACES, SPACE);
add('。！？!?\n\r\u2028\u2029', SENTENCE_END);
add('\n\r\u2028\u2029', LINE_END);
add('0123456789０１２３４５６７８９', DIGIT);
add('零〇○一二三四五六七八九十百千万亿两壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億兩', CHINESE_NUMERAL);
add('(（', OPEN_PAREN);
add(')）', CLOSE_PAREN);
add('、,，', LIST_SEPARATOR);
add('至到-—–～~－〜', RANGE_MARK);
add('、,，和及与或以者' + SPACES, CHAIN_GAP);
add('的' + SPACES, LAW_GAP);
add('了、,，和及与或以' + SPACES, BASIS_GAP);
add('、,，;；。.:：和及与\r' + SPACES, STANDALONE_FILLER);
add('条條', UNIT_ARTICLE);
add('款', UNIT_PARAGRAPH);
add('项項', UNIT_ITEM);

/** The class flags of the character at p (0 outside the text). */
export const flagsAt = (text: string, p: number): number => table[text.charCodeAt(p)] ?? 0;

/** True when the character at p belongs to one of `flag`'s classes. */
export const is = (text: string, p: number, flag: number): boolean =>
  ((table[text.charCodeAt(p)] ?? 0) & flag) !== 0;

/** True when every character of text[from, to) is in class `flag` and the gap is at most `max` long. */
export function gapOnly(text: string, from: number, to: number, flag: number, max = 6): boolean {
  if (to < from || to - from > max) return false;
  for (let k = from; k < to; k++) if (!is(text, k, flag)) return false;
  return true;
}
