/**
 * The one reader of 「分别」 lists: a list of those punished, then 分别, then one item each, in order. Its forms:
 * (分别对甲某、乙某作出… is read as 对甲某、乙某分别作出…: respectiveOrder.)
 * - respectiveValues: 对甲某、乙某分别处以行政拘留五日、三日 / 分别没收甲某违法所得…、乙某违法所得… — people and a value
 *   each (split-parts.ts: one record per person; one value for all, 分别处以行政拘留五日, stays one record: own-20);
 * - respectivePhrases: 二人…分别处以行政拘留五日并处罚款一万元、行政拘留三日 — people named before, a phrase each
 *   (split-parts.ts reads each phrase);
 * - respectiveMeasures: 对上述三家企业 / 对甲公司、乙公司分别给予A、B、C — counted or named units, an item each
 *   (fields/sanctions.ts reads each item; split-parts.ts gives each unit its record);
 * - namesInList: 对“甲网吧”“乙网咖” / 对甲县某网吧、乙县某网咖分别作出警告并处罚款… — a party read as a list, one measure list
 *   for all (split-parts.ts gives each name its record with the whole list);
 * - respectiveTargets / unitOfOfficerList: 对该公司及其直接负责的主管人员 / 对该校和该校分管…的副校长施某分别处以罚款X元、
 *   Y元 — the unit and its officer, one record: the officer's value is the responsible person's (sanctions.ts), the
 *   unit is the party (party.ts).
 * The shared core: the joins of a list (LIST_JOIN, OBJECT_JOIN), the verbs after 分别 (GIVE) and one item per object
 * (oneEach).
 * This module reads text only: it sits below fields/sanctions.ts, fields/party.ts and split-parts.ts, which read the
 * items' measures and the parties.
 */
import type { Sanction } from '../shared/case-record.js';
import { tryParseChineseInteger } from '../shared/numerals.js';
import { parseMoney } from './money.js';
import { clauseStart } from './sentences.js';

/** Whether there are as many items as objects, at least two. */
const oneEach = (objects: number, items: readonly unknown[]): boolean =>
  objects >= 2 && items.length === objects;

const NAME = '[\\u4e00-\\u9fff]{1,2}?某{1,2}';
const VALUE = '[〇零一二三四五六七八九十百千万两\\d.]+(?:日|天|万?元)';
const RESPECTIVE = new RegExp(
  `对(?:[^，。；：、]{1,12}的)?((?:${NAME}、)+${NAME})分别(?:处以|处|给予|予以|作出)(行政拘留|拘留|罚款)((?:${VALUE}(?:、|和))+${VALUE})`,
);

const GAINS = '(?:违法所得|非法所得|非法获利)';
const AMOUNT = '[〇零一二三四五六七八九十百千万两\\d.]+万?元';
/** 分别没收林某违法所得1200元、宋某违法所得900元 / 分别罚款甲某3000元、乙某2000元: each name with its own value. */
const EACH_OWN = new RegExp(
  `分别(没收|处以罚款|处罚款|罚款)((?:${NAME}${GAINS}?${AMOUNT}、)+${NAME}${GAINS}?${AMOUNT})`,
);
const OWN_ITEM = new RegExp(`^(${NAME})${GAINS}?(${AMOUNT})$`);

/** 分别对甲某、乙某作出…: 分别 written before the list. */
const FRONTED = new RegExp(`分别对((?:${NAME}、)+${NAME})(?=处以|处|给予|予以|作出)`);

/**
 * 分别对甲某、乙某作出A、B → 对甲某、乙某分别作出A、B: the one order the readers below read (the same length, so every
 * position in the sentence stays where it was).
 */
const respectiveOrder = (sentence: string): string =>
  sentence.includes('分别对') ? sentence.replace(FRONTED, '对$1分别') : sentence;

export interface Respective {
  names: string[];
  /** Each person's sanction, in the order of the names. */
  sanctions: Sanction[];
}

/** The people and each one's own sanction when the sentence gives one value per person (else null). */
export function respectiveValues(written: string): Respective | null {
  const sentence = respectiveOrder(written);
  const m = RESPECTIVE.exec(sentence);
  if (!m) return eachOwnValue(sentence);
  const names = m[1]!.split('、');
  const values = m[3]!.split(/、|和/);
  if (!oneEach(names.length, values)) return null;
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

/**
 * 分别处以行政拘留五日并处罚款一万元、行政拘留三日(的处罚) / 分别作出罚款五百元、罚款二百元的行政处罚决定: one phrase of
 * measures per person, joined by 、.
 */
const EACH_PHRASE =
  /分别(?:处以|给予|予以|作出)((?:(?:行政拘留|拘留|罚款|警告)[^，。；、]{0,20}、)+(?:行政拘留|拘留|罚款|警告)[^，。；、]{0,20}?)(?=的(?:行政|治安)?处罚|[，。；]|$)/;
/** 吴某（男，27岁）、黎某（男，24岁）: people listed by name, each perhaps with a note in brackets. */
const LISTED_PEOPLE =
  /[\u4e00-\u9fff]某{1,2}(?:（[^（）]{0,16}）)?(?:、[\u4e00-\u9fff]某{1,2}(?:（[^（）]{0,16}）)?)+/g;

export interface EachPhrase {
  names: string[];
  /** Each person's phrase of measures (处以… to read), in the order of the names. */
  phrases: string[];
}

/**
 * 吴某（…）、黎某（…）…，二人…分别处以行政拘留五日并处罚款一万元、行政拘留三日的处罚: the people the sentence or the
 * story before it lists last and each one's own phrase of measures, when there are as many phrases as people (else null).
 */
export function respectivePhrases(written: string, story: string): EachPhrase | null {
  const sentence = respectiveOrder(written);
  const m = EACH_PHRASE.exec(sentence);
  if (!m) return null;
  const before = sentence.slice(0, m.index);
  const lists = [...before.matchAll(LISTED_PEOPLE)];
  const list = (lists.length > 0 ? lists : [...story.matchAll(LISTED_PEOPLE)]).pop();
  if (!list) return null;
  const names = list[0].replace(/（[^（）]*）/g, '').split('、');
  const phrases = m[1]!.split('、');
  if (!oneEach(names.length, phrases)) return null;
  return { names, phrases: phrases.map((p) => '处以' + p) };
}

/** 给予 / 处以 / 予以 / 作出 after 分别 (a list of units' measures). */
const GIVE = '(?:给予|处以|予以|作出)';
/** What ends the list of items: 的(行政)处罚, or the clause's end. */
const ITEMS = `([^，。；]{2,120}?)(?:的(?:行政)?处罚|(?=[，。；]|$))`;
/**
 * 对上述三家企业分别给予警告并处罚款5万元、警告并处罚款8万元、警告的行政处罚: a counted object, then after 分别 one item per
 * party (as many as counted), each that party's measures in the order the story named the parties.
 */
const RESPECTIVE_LIST = new RegExp(
  `对(?:上述|以上|前述|这)?([两二三四五六七八九十\\d]{1,2})(?:家|个|所|名)[^，。；、]{0,8}?分别${GIVE}${ITEMS}`,
  'd',
);
/** What ends a unit's name in a list of the parties themselves (甲公司、乙公司和丙公司分别给予…). */
const LISTED_UNIT = '[^，。；、和及]{2,30}?(?:公司|学校|学院|医院|网吧|网咖|中心|工作室|酒店|宾馆|门店|店)';
/** The joins of a list of those punished (甲、乙和丙 / 甲及乙). */
const LIST_JOIN = /、|和|及/;
/** 对甲公司、乙公司、丙公司分别给予A、B、C: the units named in the sentence, one item each. */
const NAMED_LIST = new RegExp(`对((?:${LISTED_UNIT}(?:、|和|及))+${LISTED_UNIT})分别${GIVE}${ITEMS}`, 'd');

export interface RespectiveMeasures {
  /** The units, when the sentence names them itself (甲公司、乙公司分别给予…). */
  names?: string[];
  /** Each unit's item of measures (给予… to read), in order. */
  items: string[];
  /** Where the items start in the sentence. */
  from: number;
  /** Where the object and its list start and end in the sentence. */
  start: number;
  end: number;
}

/** 对上述三家企业 / 对甲公司、乙公司分别给予A、B、C: the units (or their count) and each one's item (else null). */
export function respectiveMeasures(raw: string): RespectiveMeasures | null {
  const named = raw.includes('对') ? NAMED_LIST.exec(raw) : null;
  const m = named ?? RESPECTIVE_LIST.exec(raw);
  if (m === null) return null;
  const names = named === null ? undefined : named[1]!.split(LIST_JOIN);
  const n = names?.length ?? tryParseChineseInteger(m[1]!);
  const items = m[2]!.split('、');
  if (n === undefined || !oneEach(n, items)) return null;
  const list = { items, from: m.indices![2]![0], start: m.index, end: m.index + m[0].length };
  return names ? { names, ...list } : list;
}

/** The joins of a unit and its officer (该公司及其主管人员 / 该校和该校副校长施某 / 甲公司、其法定代表人). */
const OBJECT_JOIN = /以及|[和及与、]/;
/** A unit's officer, by role (直接负责的主管人员) or by title and masked name (分管…的副校长施某). */
const OFFICER_ITEM =
  /主管人员|责任人员|负责人|责任人|法定代表人|(?:副?(?:总经理|经理|总监|主任|董事长|总裁|校长|院长|局长|站长|馆长|所长|[科部处股]长))[\u4e00-\u9fff]{0,2}某{1,2}$/;

/**
 * 对该公司及其直接负责的主管人员分别处以罚款五万元和一万元 / 对该校和该校分管…的副校长施某分别…: the list before the 分别
 * at or before `at` (in its clause), each object's target — the officer's value is the responsible person's, the
 * unit's the party's — when `n` objects are listed (else null).
 */
export function respectiveTargets(sentence: string, at: number, n: number): Sanction['target'][] | null {
  const list = /对?([^，；。]*?)$/.exec(sentence.slice(clauseStart(sentence, at), at))?.[1] ?? '';
  const objects = list.split(OBJECT_JOIN).filter((p) => p.trim() !== '');
  if (objects.length !== n) return null;
  return objects.map((o) => (OFFICER_ITEM.test(o) ? 'responsible_person' : 'party'));
}

/**
 * 对该校和该校分管信息化工作的副校长施某分别处以… / 对主管人员王某和该公司分别…: the unit of a unit-and-officer list
 * (`raw`, the object of a sanction, 分别 cut off), the officer left out; else null.
 */
export function unitOfOfficerList(raw: string): string | null {
  const objects = raw.split(OBJECT_JOIN);
  if (objects.length !== 2) return null;
  const officer = objects.findIndex((o) => OFFICER_ITEM.test(o));
  if (officer < 0 || OFFICER_ITEM.test(objects[1 - officer]!)) return null;
  return objects[1 - officer]!;
}

/** “甲网吧”“乙网咖” / 甲县某网吧、乙县某网咖: a party read as a list of names (the object of 对…分别…), two or more. */
const QUOTED_NAME = /“[^“”]{2,24}”/g;

/** The names of a party read as a list — quoted names side by side (or by 、), or masked names in a list — else null. */
export function namesInList(name: string): string[] | null {
  if (name.length < 8) return null;
  if (name.startsWith('“')) {
    const quoted = name.match(QUOTED_NAME);
    return quoted !== null && quoted.length >= 2 && quoted.join('') === name.replaceAll('、', '')
      ? quoted
      : null;
  }
  if (!name.includes('某') || !LIST_JOIN.test(name)) return null;
  const names = name.split(LIST_JOIN);
  return names.length >= 2 && names.every((x) => x.length >= 4 && x.includes('某')) ? names : null;
}
