/**
 * One numbered unit of a citation: an article (第六十四条, 第二十二、六十条, 第四十一条至第四十三条), a paragraph
 * (第二款, 第一、二款) or an item (第（二）项, (五)项, 第二项, 第（一）、（二）项). The scanner in parse-citations.ts
 * chains units into provisions; this file only reads one unit at a given position.
 *
 * Every loop here moves forward and is bounded (numbers ≤ 16 characters, lists ≤ 64 members), so reading a
 * unit costs O(its length) and the scanner stays linear on any input.
 */
import { tryParseChineseInteger } from '../shared/numerals.js';
import {
  CHINESE_NUMERAL,
  CLOSE_PAREN,
  DIGIT,
  LIST_SEPARATOR,
  OPEN_PAREN,
  RANGE_MARK,
  SPACE,
  UNIT_ARTICLE,
  UNIT_ITEM,
  UNIT_PARAGRAPH,
} from './char-classes.js';

export type UnitKind = 'article' | 'paragraph' | 'item';

/** Largest article number taken as a citation (民法典, the longest Chinese code, has 1260). */
export const MAX_ARTICLE = 9999;
/** Largest paragraph or item number taken as a citation. */
export const MAX_SUBDIVISION = 999;
/** A range wider than this is not expanded: only its two ends are returned (both are written in the text). */
export const MAX_RANGE_EXPANSION = 200;

const MAX_NUMBER_LENGTH = 16;
const MAX_LIST = 64;

export interface Unit {
  kind: UnitKind;
  /** The numbers the unit denotes, in order (a range is expanded, see MAX_RANGE_EXPANSION). */
  values: number[];
  start: number;
  end: number;
  /**
   * The unit was read but denotes nothing that can be returned: a number out of bounds
   * (第九九九九九九九九九条) or an article with a 之一 suffix (第二百八十七条之一), which ProvisionRef cannot hold.
   */
  unusable: boolean;
}

interface NumberToken {
  value: number | undefined;
  end: number;
}

const skipSpace = (text: string, p: number): number => {
  while (p < text.length && SPACE.has(text.charAt(p))) p++;
  return p;
};

/** Reads a run of Arabic or Chinese numeral characters at p. */
function readNumber(text: string, p: number): NumberToken | null {
  const c = text.charAt(p);
  const cls = DIGIT.has(c) ? DIGIT : CHINESE_NUMERAL.has(c) ? CHINESE_NUMERAL : null;
  if (cls === null) return null;
  let q = p;
  while (q < text.length && cls.has(text.charAt(q))) q++;
  const raw = text.slice(p, Math.min(q, p + MAX_NUMBER_LENGTH + 1));
  const value = q - p > MAX_NUMBER_LENGTH ? undefined : tryParseChineseInteger(raw);
  return { value: value !== undefined && Number.isSafeInteger(value) ? value : undefined, end: q };
}

/** Reads （二） or (2) at p. */
function readParenNumber(text: string, p: number): NumberToken | null {
  if (!OPEN_PAREN.has(text.charAt(p))) return null;
  const n = readNumber(text, skipSpace(text, p + 1));
  if (n === null) return null;
  const q = skipSpace(text, n.end);
  if (!CLOSE_PAREN.has(text.charAt(q))) return null;
  return { value: n.value, end: q + 1 };
}

const unitKindOf = (c: string): UnitKind | null =>
  UNIT_ARTICLE.has(c) ? 'article' : UNIT_PARAGRAPH.has(c) ? 'paragraph' : UNIT_ITEM.has(c) ? 'item' : null;

interface NumberList {
  numbers: (number | undefined)[];
  /** Index in `numbers` after which a range mark stood (第四十一至四十三条), or -1. */
  rangeAfter: number;
  end: number;
}

/**
 * Reads `n (sep 第? n)* | n 至 第? n` where n is read by `read`. Stops before anything else.
 */
function readNumberList(
  text: string,
  p: number,
  read: (text: string, p: number) => NumberToken | null,
): NumberList | null {
  const first = read(text, p);
  if (first === null) return null;
  const list: NumberList = { numbers: [first.value], rangeAfter: -1, end: first.end };
  while (list.numbers.length < MAX_LIST) {
    let q = skipSpace(text, list.end);
    const c = text.charAt(q);
    const isRange = RANGE_MARK.has(c);
    if (!isRange && !LIST_SEPARATOR.has(c)) break;
    if (isRange && list.rangeAfter >= 0) break;
    q = skipSpace(text, q + 1);
    if (text.charAt(q) === '第') q = skipSpace(text, q + 1);
    const next = read(text, q);
    if (next === null) break;
    if (isRange) list.rangeAfter = list.numbers.length - 1;
    list.numbers.push(next.value);
    list.end = next.end;
  }
  return list;
}

const maxFor = (kind: UnitKind): number => (kind === 'article' ? MAX_ARTICLE : MAX_SUBDIVISION);

/** Expands a list with an optional range into the numbers it denotes, or undefined if one is out of bounds. */
function expand(numbers: (number | undefined)[], rangeAfter: number, kind: UnitKind): number[] | undefined {
  const max = maxFor(kind);
  const values: number[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const v = numbers[k];
    if (v === undefined || v < 1 || v > max) return undefined;
    const prev = values[values.length - 1];
    if (k === rangeAfter + 1 && rangeAfter >= 0 && prev !== undefined && v > prev && v - prev <= MAX_RANGE_EXPANSION) {
      for (let x = prev + 1; x < v; x++) values.push(x);
    }
    values.push(v);
  }
  return values;
}

/**
 * Reads the unit starting at `p` (at 第, at a numeral when the caller allows a unit without 第, or at an opening
 * parenthesis for （五）项). Returns null when no unit starts there.
 */
export function readUnit(text: string, p: number): Unit | null {
  let q = p;
  if (text.charAt(q) === '第') q = skipSpace(text, q + 1);

  if (OPEN_PAREN.has(text.charAt(q))) {
    // Items in parentheses: 第（二）项, (五)项, 第（一）、（二）项, （一）至（三）项.
    const list = readNumberList(text, q, readParenNumber);
    if (list === null) return null;
    const r = skipSpace(text, list.end);
    if (!UNIT_ITEM.has(text.charAt(r))) return null;
    const values = expand(list.numbers, list.rangeAfter, 'item');
    return { kind: 'item', values: values ?? [], start: p, end: r + 1, unusable: values === undefined };
  }

  const list = readNumberList(text, q, readNumber);
  if (list === null) return null;
  let r = skipSpace(text, list.end);
  const kind = unitKindOf(text.charAt(r));
  if (kind === null) return null;
  r += 1;

  // 第四十一条至第四十三条: a range written with the unit on both ends.
  if (list.rangeAfter < 0 && list.numbers.length === 1) {
    let s = skipSpace(text, r);
    if (RANGE_MARK.has(text.charAt(s))) {
      s = skipSpace(text, s + 1);
      if (text.charAt(s) === '第') s = skipSpace(text, s + 1);
      const to = readNumber(text, s);
      if (to !== null) {
        const t = skipSpace(text, to.end);
        if (unitKindOf(text.charAt(t)) === kind) {
          list.numbers.push(to.value);
          list.rangeAfter = 0;
          r = t + 1;
        }
      }
    }
  }

  // 第二百八十七条之一: an inserted article; ProvisionRef has no place for the suffix, so it is not returned.
  if (kind === 'article' && text.charAt(r) === '之' && CHINESE_NUMERAL.has(text.charAt(r + 1))) {
    const suffix = readNumber(text, r + 1);
    return { kind, values: [], start: p, end: suffix?.end ?? r + 2, unusable: true };
  }

  const values = expand(list.numbers, list.rangeAfter, kind);
  return { kind, values: values ?? [], start: p, end: r, unusable: values === undefined };
}

/** True when a unit may start at p without 第 (a numeral or an opening parenthesis). */
export const mayStartBareUnit = (text: string, p: number): boolean => {
  const c = text.charAt(p);
  return DIGIT.has(c) || CHINESE_NUMERAL.has(c) || OPEN_PAREN.has(c);
};
