/**
 * 对甲某、乙某分别处以行政拘留五日、三日: as many values as people, one each, in order. Each person is a record of
 * their own with their own value (one value for all, 分别处以行政拘留五日, stays one record: own-20).
 */
import type { Sanction } from '../shared/case-record.js';
import { tryParseChineseInteger } from '../shared/numerals.js';
import { parseMoney } from './money.js';

const NAME = '[\\u4e00-\\u9fff]{1,2}?某{1,2}';
const VALUE = '[〇零一二三四五六七八九十百千万两\\d.]+(?:日|天|万?元)';
const RESPECTIVE = new RegExp(
  `对((?:${NAME}、)+${NAME})分别(?:处以|处|给予|予以)(行政拘留|拘留|罚款)((?:${VALUE}(?:、|和))+${VALUE})`,
);

export interface Respective {
  names: string[];
  /** Each person's sanction, in the order of the names. */
  sanctions: Sanction[];
}

/** The people and each one's own sanction when the sentence gives one value per person (else null). */
export function respectiveValues(sentence: string): Respective | null {
  const m = RESPECTIVE.exec(sentence);
  if (!m) return null;
  const names = m[1]!.split('、');
  const values = m[3]!.split(/、|和/);
  if (values.length !== names.length) return null;
  const detention = m[2] !== '罚款';
  const sanctions: Sanction[] = [];
  for (const v of values) {
    const n = detention ? tryParseChineseInteger(v.slice(0, -1)) : parseMoney(v);
    if (n === undefined || (detention && !/[日天]$/.test(v)) || (!detention && !v.endsWith('元')))
      return null;
    sanctions.push(
      detention
        ? { kind: 'detention', amount_yuan: null, days: n, target: 'party', note: m[2]! + v }
        : { kind: 'fine', amount_yuan: n, days: null, target: 'party', note: v },
    );
  }
  return { names, sanctions };
}
