/**
 * 对甲某、乙某分别处以行政拘留五日、三日: as many values as people, one each, in order. Each person is a record of
 * their own with their own value (one value for all, 分别处以行政拘留五日, stays one record: own-20).
 */
import type { Sanction } from '../shared/case-record.js';
import { tryParseChineseInteger } from '../shared/numerals.js';
import { parseMoney } from './money.js';
import { extractSanctions } from './fields/sanctions.js';

const NAME = '[\\u4e00-\\u9fff]{1,2}?某{1,2}';
const VALUE = '[〇零一二三四五六七八九十百千万两\\d.]+(?:日|天|万?元)';
const RESPECTIVE = new RegExp(
  `对((?:${NAME}、)+${NAME})分别(?:处以|处|给予|予以)(行政拘留|拘留|罚款)((?:${VALUE}(?:、|和))+${VALUE})`,
);

const GAINS = '(?:违法所得|非法所得|非法获利)';
const AMOUNT = '[〇零一二三四五六七八九十百千万两\\d.]+万?元';
/** 分别没收林某违法所得1200元、宋某违法所得900元 / 分别罚款甲某3000元、乙某2000元: each name with its own value. */
const EACH_OWN = new RegExp(
  `分别(没收|处以罚款|处罚款|罚款)((?:${NAME}${GAINS}?${AMOUNT}、)+${NAME}${GAINS}?${AMOUNT})`,
);
const OWN_ITEM = new RegExp(`^(${NAME})${GAINS}?(${AMOUNT})$`);

export interface Respective {
  names: string[];
  /** Each person's sanction, in the order of the names. */
  sanctions: Sanction[];
}

/** The people and each one's own sanction when the sentence gives one value per person (else null). */
export function respectiveValues(sentence: string): Respective | null {
  const m = RESPECTIVE.exec(sentence);
  if (!m) return eachOwnValue(sentence);
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

/** 分别没收A违法所得X元、B违法所得Y元: the people and each one's own confiscation or fine (else null). */
function eachOwnValue(sentence: string): Respective | null {
  const m = EACH_OWN.exec(sentence);
  if (!m) return null;
  const confiscation = m[1] === '没收';
  const names: string[] = [];
  const sanctions: Sanction[] = [];
  for (const item of m[2]!.split('、')) {
    const own = OWN_ITEM.exec(item);
    const n = own ? parseMoney(own[2]!) : undefined;
    if (!own || n === undefined) return null;
    names.push(own[1]!);
    sanctions.push({
      kind: confiscation ? 'confiscation' : 'fine',
      amount_yuan: n,
      days: null,
      target: 'party',
      note: own[2]!,
    });
  }
  return { names, sanctions };
}

/** 分别处以行政拘留五日并处罚款一万元、行政拘留三日(的处罚): one phrase of measures per person, joined by 、. */
const EACH_PHRASE =
  /分别(?:处以|给予|予以)((?:(?:行政拘留|拘留|罚款|警告)[^，。；、]{0,20}、)+(?:行政拘留|拘留|罚款|警告)[^，。；、]{0,20}?)(?=的(?:行政|治安)?处罚|[，。；]|$)/;
/** 吴某（男，27岁）、黎某（男，24岁）: people listed by name, each perhaps with a note in brackets. */
const LISTED_PEOPLE =
  /[\u4e00-\u9fff]某{1,2}(?:（[^（）]{0,16}）)?(?:、[\u4e00-\u9fff]某{1,2}(?:（[^（）]{0,16}）)?)+/g;

export interface EachPhrase {
  names: string[];
  /** Each person's sanctions, in the order of the names. */
  each: Sanction[][];
}

/**
 * 吴某（…）、黎某（…）…，二人…分别处以行政拘留五日并处罚款一万元、行政拘留三日的处罚: the people the sentence or the
 * story before it lists last and each one's own phrase of measures, when there are as many phrases as people (else null).
 */
export function respectivePhrases(sentence: string, story: string): EachPhrase | null {
  const m = EACH_PHRASE.exec(sentence);
  if (!m) return null;
  const before = sentence.slice(0, m.index);
  const lists = [...before.matchAll(LISTED_PEOPLE)];
  const list = (lists.length > 0 ? lists : [...story.matchAll(LISTED_PEOPLE)]).pop();
  if (!list) return null;
  const names = list[0].replace(/（[^（）]*）/g, '').split('、');
  const phrases = m[1]!.split('、');
  if (phrases.length !== names.length) return null;
  const each = phrases.map((p) => extractSanctions('处以' + p));
  return each.some((x) => x.length === 0) ? null : { names, each };
}
