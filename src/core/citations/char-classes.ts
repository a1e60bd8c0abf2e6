/**
 * Character classes of the citation grammar. Citations come with ASCII or full-width punctuation and digits
 * (第59条, 第５９条, 第(二)项, 第（二）项), so every class lists both forms.
 */

const set = (chars: string): ReadonlySet<string> => new Set([...chars]);

/** Horizontal whitespace allowed inside a citation (第 59 条). Line breaks end a sentence instead. */
export const SPACE = set(' \t\u3000\u00a0\u2002\u2003\u2009\u200b');

/** Ends a sentence: the law named in it stops governing the article numbers that follow. */
export const SENTENCE_END = set('。！？!?\n\r\u2028\u2029');

export const DIGIT = set('0123456789０１２３４５６７８９');

/** Characters of a Chinese integer (ordinary and financial forms, as numerals.ts accepts them). */
export const CHINESE_NUMERAL = set('零〇○一二三四五六七八九十百千万亿两壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億兩');

export const OPEN_PAREN = set('(（');
export const CLOSE_PAREN = set(')）');

/** Separates the numbers of a list inside one unit: 第二十二、六十条, 第一、二款, 第（一）、（二）项. */
export const LIST_SEPARATOR = set('、,，');

/** Marks a range: 第四十一条至第四十三条, 第41-43条. */
export const RANGE_MARK = set('至到-—–～~－〜');

/** May stand between two units of one enumeration: 第二十一条和第五十九条, 第四十四条及六十四条, 以及, 或者. */
export const CHAIN_GAP = set('、,，和及与或以者 \t\u3000\u00a0');

/** May stand between a law's name and its first article (《网络安全法》的第六十四条). */
export const LAW_GAP = set(' \t\u3000\u00a0的');

/** Keeps a basis verb (依据, 违反…) in force for the titles that follow it: 违反了《网络安全法》《数据安全法》. */
export const BASIS_GAP = set('了、,，和及与或以 \t\u3000\u00a0');

/** What may surround a law title on a line of its own (《网络安全法》、《数据安全法》。). */
export const STANDALONE_FILLER = set('、,，;；。.:：和及与 \t\u3000\u00a0\r');

export const UNIT_ARTICLE = set('条條');
export const UNIT_PARAGRAPH = set('款');
export const UNIT_ITEM = set('项項');

/** True when every character of text[from, to) is in `allowed` and the gap is at most `max` long. */
export function gapOnly(text: string, from: number, to: number, allowed: ReadonlySet<string>, max = 6): boolean {
  if (to < from || to - from > max) return false;
  for (let k = from; k < to; k++) if (!allowed.has(text.charAt(k))) return false;
  return true;
}
