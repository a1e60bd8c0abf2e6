/**
 * Parties counted rather than named. A group sentence (其中3家企业…被处以警告；另有5家单位…被下达《责令限期整改通知书》)
 * punishes each group as a whole: one record per group, the party named as written. A count that refers back to
 * parties listed by name (白河县某中学和白河县某卫生院两家单位…分别对两家单位给予警告) is those parties: one record each.
 */
import { tryParseChineseInteger } from '../shared/numerals.js';
import { allMatches } from '../shared/regex.js';

const COUNT = '[\\d一二三四五六七八九十两]{1,3}';
const UNIT_NOUN = '(?:企业|单位|公司|网吧|网咖|学校|医院|机构|网站|平台|门店|商户|场所|酒店|宾馆)';

/** 3家企业, 另有5家单位, 其中2家网吧: a group as the subject of its clause. */
const GROUP = new RegExp(`(?<![\\d第])(${COUNT}(?:家|所|个)[\\u4e00-\\u9fff]{0,6}?${UNIT_NOUN})`, 'g');

const ONE = /^(?:一|1)(?:家|所|个)/;

/** A count with its classifier: the cheap test before the groups are looked for. */
export const GROUP_CUE = /[\d一二三四五六七八九十两](?:家|所|个)/;

export interface GroupClause {
  /** The group as written (3家企业). */
  name: string;
  /** Offsets in the sentence: from the group to the next group or the sentence's end. */
  start: number;
  end: number;
}

/** The groups a sentence names, each with the span it governs; fewer than one per clause when none is named. */
export function groupClauses(sentence: string): GroupClause[] {
  if (!GROUP_CUE.test(sentence)) return [];
  // 一家健身公司 describes one party (a news lead's), no group.
  const found = allMatches(GROUP, sentence).filter((m) => !ONE.test(m[1]!));
  return found.map((m, i) => ({
    name: m[1]!,
    start: m.index,
    end: i + 1 < found.length ? found[i + 1]!.index : sentence.length,
  }));
}

/** 两家单位, 三名网民, 两单位: a count that refers back to parties (the whole name is the count and a noun). */
const COUNT_REF = new RegExp(`^(${COUNT})(?:(?:家|名|个|所)[\\u4e00-\\u9fff]{0,4}|单位|企业)$`);
/** A listing right before a count: 甲、乙和丙三家单位 (each name 2–24 characters). */
const LISTING = new RegExp(
  `((?:[^，。；：、和及与\\s]{2,24}?(?:、|和|及|与))+[^，。；：、和及与\\s]{2,24}?)(${COUNT})(?:家|名|个|所)`,
  'g',
);

/**
 * The parties a count refers to, as the story lists them before it (甲公司和乙公司两家单位 → 甲公司, 乙公司), or null
 * when the party is no count or the story lists no names matching it. Only masked names (某) are taken.
 */
export function listedParties(countRef: string, story: string): string[] | null {
  const ref = COUNT_REF.exec(countRef);
  if (!ref) return null;
  const n = tryParseChineseInteger(ref[1]!);
  if (n === undefined || n < 2 || !/某/.test(story)) return null;
  for (const m of allMatches(LISTING, story)) {
    if (tryParseChineseInteger(m[2]!) !== n) continue;
    // 检查发现甲公司和乙公司: the first name starts after the verb that introduces the list.
    const names = m[1]!.replace(/^.*(?:发现|经查|检查|对|其中|包括)/, '').split(/、|和|及|与/);
    if (names.length === n && names.every((x) => /某/.test(x))) return names;
  }
  return apposedListing(story, n) ?? clauseSubjects(story, n) ?? subjectListing(story, n);
}

/** A masked unit's name in a list (柽城市某驾驶员培训学校): 某, then a unit's noun at its end. */
const LISTED_UNIT =
  '[^，。；：、和及与\\s]{0,12}某[^，。；：、和及与\\s]{0,16}?(?:公司|卫生院|医院|门诊部|诊所|学院|学校|[中小]学|幼儿园|网吧|网咖|酒店|宾馆|中心|门店|超市|商行|平台|网站)';
/** 甲县某驾校、乙县某诊所，所使用的系统均未…: masked units listed as the subject of the story, with no count after them. */
const SUBJECT_LISTING = new RegExp(
  `(?:^|[\\n，。：]|[一二三四五六七八九十]+、)((?:${LISTED_UNIT}(?:、|和|及|与))+${LISTED_UNIT})(?=[，,]|均|的|所)`,
  'g',
);

/** The parties a count refers to when the story opens on their list, set as its subject (甲某学校、乙某诊所，…). */
function subjectListing(story: string, n: number): string[] | null {
  if (!story.includes('、')) return null;
  for (const m of allMatches(SUBJECT_LISTING, story)) {
    const names = m[1]!.split(/、|和|及|与/);
    if (names.length === n) return names;
  }
  return null;
}

/** A listing set after its count, between dashes or in brackets: 两家物业公司——甲某公司、乙某公司——运营的… */
const APPOSED = new RegExp(
  `(${COUNT})(?:家|名|个|所)[\\u4e00-\\u9fff]{0,6}(?:——|（|\\()((?:[^，。；：、和及与\\s—（）()]{2,24}?(?:、|和|及|与))+[^，。；：、和及与\\s—（）()]{2,24}?)(?:——|）|\\))`,
  'g',
);

/** The parties a count refers to, listed right after it in apposition (looked for only where a dash or bracket is). */
function apposedListing(story: string, n: number): string[] | null {
  if (!story.includes('——') && !story.includes('（') && !story.includes('(')) return null;
  for (const m of allMatches(APPOSED, story)) {
    if (tryParseChineseInteger(m[1]!) !== n) continue;
    const names = m[2]!.split(/、|和|及|与/);
    if (names.length === n && names.every((x) => /某/.test(x))) return names;
  }
  return null;
}

/** 甲县某卫生院的系统未备案 — a clause whose subject is a masked unit (its name ends in a unit's noun). */
const CLAUSE_SUBJECT =
  /(?:^|[，,：:]|发现|经查)([^，,。；;：:、\s]{0,12}某[^，,。；;：:、\s]{0,16}?(?:公司|卫生院|医院|学院|学校|[中小]学|幼儿园|网吧|网咖|酒店|宾馆|中心|诊所|门店|超市|商行|平台|网站))(?=的|未|存在|没有)/;

/**
 * The parties a count refers to when the story tells each in its own clause (检查发现，甲县某卫生院的系统未备案；
 * 甲县某驾校的后台未设访问控制 … 对上述两家单位给予警告): one masked subject per clause, as many as the count.
 */
function clauseSubjects(story: string, n: number): string[] | null {
  if (!story.includes('；')) return null;
  const names: string[] = [];
  for (const clause of story.split(/[；。]/)) {
    const m = CLAUSE_SUBJECT.exec(clause);
    if (m) names.push(m[1]!.replace(/^.*(?:发现|经查|检查)/, ''));
  }
  return names.length === n && new Set(names).size === n ? names : null;
}

/** 分别对甲、乙给予警告: the parties one sentence punishes each, named in a list. */
const EACH_NAMED =
  /分别对((?:[^，。；：、和及与]{2,24}?(?:、|和|及|与))+[^，。；：、和及与]{2,24}?)(?:处以|处|给予|予以|作出)/;

/**
 * The parties a group stands for when the sentence that punishes it names them each (两所学校的行为违反了…，分别对
 * 甲中学、乙中学给予警告 → 甲中学, 乙中学), or null: as many names as the group counts.
 */
export function namedMembers(group: string, sentence: string): string[] | null {
  const count = /^([\d一二三四五六七八九十两]{1,3})(?:家|所|个)/.exec(group);
  const listed = EACH_NAMED.exec(sentence);
  if (!count || !listed) return null;
  const names = listed[1]!.split(/、|和|及|与/).map((n) => n.trim());
  return names.length === tryParseChineseInteger(count[1]!) ? names : null;
}

/** A clause that opens with a unit's full name, perhaps after the words of the finding (抽查发现，甲公司运营的…). */
const OPENING_UNIT =
  /^(?:[^，,：:]{0,6}?(?:发现|查明|经查)[，,：:]?|(?:其中|此外|另外|另)[，,]?)?([\u4e00-\u9fff“”（）()]{2,30}?(?:有限责任公司|有限公司|公司|学院|学校|大学|医院|集团|网吧|网咖|会所|酒店|宾馆|工作室|中心|门店))(?=[\u4e00-\u9fff“（(，,])/;
const REFERRED = /^(?:该|此|其|上述|相关|涉事|涉案|这)/;

/**
 * The n parties a count refers to (对上述三家企业分别给予…): listed by name before it (listedParties), else each opening a
 * ；-clause of its own in the nearest paragraph that names any (检查发现，甲公司…；乙公司…；丙公司…。上述行为违反了…) —
 * exactly n, all different; else null.
 */
export function partiesCounted(story: string, n: number): string[] | null {
  const listed = listedParties(`${n}家单位`, story);
  if (listed !== null) return listed;
  const paragraphs = story.split('\n');
  for (let i = paragraphs.length - 1; i >= 0 && i >= paragraphs.length - 3; i--) {
    const names: string[] = [];
    for (const clause of paragraphs[i]!.split(/[；。]/)) {
      const m = OPENING_UNIT.exec(clause.trim());
      if (m !== null && !REFERRED.test(m[1]!) && !names.includes(m[1]!)) names.push(m[1]!);
    }
    if (names.length > 0) return names.length === n ? names : null;
  }
  return null;
}
