/**
 * One numbered unit of a citation: an article (第六十四条, 第二十二、六十条, 第四十一条至第四十三条), a paragraph
 * (第二款, 第一、二款) or an item (第（二）项, (五)项, 第二项, 第（一）、（二）项). The scanner in parse-citations.ts
 * chains units into provisions; this file only reads one unit at a given position.
 *
 * Every loop here moves forward and is bounded (numbers ≤ 16 characters, lists ≤ 12 members), so reading a
 * unit costs O(its length) and the scanner stays linear on any input.
 */
import { tryParseChineseInteger } from '../shared/numerals.js';
import {
  CHINESE_NUMERAL,
  CLOSE_PAREN,
  DIGIT,
  flagsAt,
  is,
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
const DI = '第'.charCodeAt(0);
const MAX_LIST = 12;

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

/**
 * A written number: its characters are text[start, end), and reading goes on at `next` (past a closing
 * parenthesis). Parsed only once the unit is known, so that scanning a list that is no citation stays cheap.
 */
interface NumberToken {
  start: number;
  end: number;
  next: number;
}

const skipSpace = (text: string, p: number): number => {
  while (is(text, p, SPACE)) p++;
  return p;
};

/** Reads a run of Arabic or Chinese numeral characters at p. */
function readNumber(text: string, p: number): NumberToken | null {
  const cls = is(text, p, DIGIT) ? DIGIT : is(text, p, CHINESE_NUMERAL) ? CHINESE_NUMERAL : 0;
  if (cls === 0) return null;
  let q = p + 1;
  while (is(text, q, cls)) q++;
  return { start: p, end: q, next: q };
}

/** The value of a written number, or undefined when it is too long or not a well-formed numeral. */
function valueOf(text: string, n: NumberToken): number | undefined {
  if (n.end - n.start > MAX_NUMBER_LENGTH) return undefined;
  const value = tryParseChineseInteger(text.slice(n.start, n.end));
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}

/** Reads （二） or (2) at p: the number inside. */
function readParenNumber(text: string, p: number): NumberToken | null {
  if (!is(text, p, OPEN_PAREN)) return null;
  const n = readNumber(text, skipSpace(text, p + 1));
  if (n === null) return null;
  const q = skipSpace(text, n.end);
  if (!is(text, q, CLOSE_PAREN)) return null;
  return { start: n.start, end: n.end, next: q + 1 };
}

function unitKindAt(text: string, p: number): UnitKind | null {
  const f = flagsAt(text, p);
  return f & UNIT_ARTICLE ? 'article' : f & UNIT_PARAGRAPH ? 'paragraph' : f & UNIT_ITEM ? 'item' : null;
}

interface NumberList {
  numbers: NumberToken[];
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
  const list: NumberList = { numbers: [first], rangeAfter: -1, end: first.next };
  while (list.numbers.length < MAX_LIST) {
    let q = skipSpace(text, list.end);
    const isRange = is(text, q, RANGE_MARK);
    if (!isRange && !is(text, q, LIST_SEPARATOR)) break;
    if (isRange && list.rangeAfter >= 0) break;
    q = skipSpace(text, q + 1);
    if (text.charCodeAt(q) === DI) q = skipSpace(text, q + 1);
    const next = read(text, q);
    if (next === null) break;
    if (isRange) list.rangeAfter = list.numbers.length - 1;
    list.numbers.push(next);
    list.end = next.next;
  }
  return list;
}

const maxFor = (kind: UnitKind): number => (kind === 'article' ? MAX_ARTICLE : MAX_SUBDIVISION);

/** Expands a list with an optional range into the numbers it denotes, or undefined if one is out of bounds. */
function expand(text: string, list: NumberList, kind: UnitKind): number[] | undefined {
  const { numbers, rangeAfter } = list;
  const max = maxFor(kind);
  const values: number[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const token = numbers[k];
    const v = token === undefined ? undefined : valueOf(text, token);
    if (v === undefined || v < 1 || v > max) return undefined;
    const prev = values[values.length - 1];
    if (
      k === rangeAfter + 1 &&
      rangeAfter >= 0 &&
      prev !== undefined &&
      v > prev &&
      v - prev <= MAX_RANGE_EXPANSION
    ) {
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
  if (text.charCodeAt(q) === DI) q = skipSpace(text, q + 1);
  // Items in parentheses: 第（二）项, (五)项, 第（一）、（二）项, （一）至（三）项.
  const read = is(text, q, OPEN_PAREN) ? readParenNumber : readNumber;

  const list = readNumberList(text, q, read);
  if (list === null) return null;
  let r = skipSpace(text, list.end);
  const kind = unitKindAt(text, r);
  if (kind === null || (read === readParenNumber && kind !== 'item')) return null;
  r += 1;

  // 第四十一条至第四十三条, 第（一）项至第（三）项: a range written with the unit on both ends.
  if (list.rangeAfter < 0 && list.numbers.length === 1) {
    let s = skipSpace(text, r);
    if (is(text, s, RANGE_MARK)) {
      s = skipSpace(text, s + 1);
      if (text.charCodeAt(s) === DI) s = skipSpace(text, s + 1);
      const to = read(text, s);
      if (to !== null) {
        const t = skipSpace(text, to.next);
        if (unitKindAt(text, t) === kind) {
          list.numbers.push(to);
          list.rangeAfter = 0;
          r = t + 1;
        }
      }
    }
  }

  // 第二百八十七条之一: an inserted article; ProvisionRef has no place for the suffix, so it is not returned.
  if (kind === 'article' && text.charAt(r) === '之' && is(text, r + 1, CHINESE_NUMERAL)) {
    const suffix = readNumber(text, r + 1);
    return { kind, values: [], start: p, end: suffix?.end ?? r + 2, unusable: true };
  }

  const values = expand(text, list, kind);
  return { kind, values: values ?? [], start: p, end: r, unusable: values === undefined };
}

/** True when a unit may start at p without 第 (a numeral or an opening parenthesis). */
export const mayStartBareUnit = (text: string, p: number): boolean =>
  is(text, p, DIGIT | CHINESE_NUMERAL | OPEN_PAREN);
