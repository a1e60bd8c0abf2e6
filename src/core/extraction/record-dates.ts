/**
 * A record's dates: the decision's day (a form's field, the deciding sentence's date, the signature's), the year a
 * bulletin implies, and the dates its story tells (conduct, facts found, a report).
 */
import type { PartialDate } from '../shared/dates.js';
import { contextYear, type DateMention } from './fields/date.js';
import { type PartyGuess } from './fields/party.js';
import { DECISION_DAY_LABEL } from './lines.js';
import { type Part } from './split-parts.js';

/** 处罚决定日期：/ 决定日期： — a form's field that gives the decision's day. */
const DECISION_DAY_FIELD = new RegExp(`${DECISION_DAY_LABEL}\\s*`, 'g');

/** The day of a form's decision-day field inside the part, if it has one. */
function decisionDayField(text: string, part: Part, dates: readonly DateMention[]): PartialDate | null {
  DECISION_DAY_FIELD.lastIndex = part.start;
  for (let m = DECISION_DAY_FIELD.exec(text); m !== null; m = DECISION_DAY_FIELD.exec(text)) {
    if (m.index >= part.end) break;
    const at = m.index + m[0].length;
    const day = dates.find((d) => d.start === at)?.date;
    if (day) return day;
  }
  return null;
}

/** Index of the first date that starts at or after `start` (dates in text order). */
function firstFrom(dates: readonly DateMention[], start: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `word` occurs in text[start, end). */
function occursWithin(text: string, word: string, start: number, end: number): boolean {
  const i = text.indexOf(word, start);
  return i >= 0 && i < end;
}

/** The legal basis the deciding sentence names (依据《某法》第四十四条之规定) does not count towards its length. */
const BASIS_NAMED = /(?:依据|根据|依照)《[^》]{2,40}》[^，。；《]{0,40}?(?:之)?规定/;
const basisFree = (between: string): string =>
  between.length > 60 && between.includes('《') ? between.replace(BASIS_NAMED, '') : between;

export function decisionDate(text: string, part: Part, dates: readonly DateMention[]): PartialDate | null {
  const first = part.sentences[0];
  if (!first) return null;
  // 某分局于2031年6月20日作出…行政处罚决定: the day is told with the decision it made.
  // Dates are in text order: those of the part only (found by halving, so that a block of many parts stays linear).
  for (let i = firstFrom(dates, part.start); i < dates.length && dates[i]!.start < part.end; i++) {
    const d = dates[i]!;
    if (d.date !== null && decidedOn(text, d.end)) return d.date;
  }
  // A cheap look before the field's pattern: the part has a 日期：/时间： field at all.
  if (
    occursWithin(text, '日期：', part.start, part.end) ||
    occursWithin(text, '时间：', part.start, part.end)
  ) {
    const field = decisionDayField(text, part, dates);
    if (field !== null) return field;
  }
  // The day an imposing sentence opens with (a news lead's sentence may tell none: 9月13日，某局依据…, told later).
  for (const s of part.sentences) {
    for (const d of dates) {
      if (d.start < s.start || d.start >= s.at || d.date === null) continue;
      const between = text.slice(d.end, s.at);
      if (/发现|检查|巡|接到?|举报|通报|核查|调查/.test(between) || basisFree(between).length > 60) continue;
      // 记者3月19日从某局获悉，该公司…被依法处罚: the day the reporter learned of the decision, not its day.
      if ((between.includes('获悉') || between.includes('了解到')) && reportedOn(text, d.start, d.end))
        continue;
      return d.date;
    }
  }
  return null;
}

/**
 * A case that tells no date of its own is dated to the year of a campaign its own text names (“净网2024”专项行动), else
 * to the year its bulletin reports (2024年第一季度, “净网—2024”) — unless it says 近日/日前: then it happened at a
 * time the bulletin does not give.
 */
export function yearOf(text: string, bulletinYear: PartialDate | null): PartialDate | null {
  const campaign = contextYear([text]).stated;
  if (campaign !== null) return String(campaign);
  return /近日|日前|近期|前不久|最近/.test(text) ? null : bulletinYear;
}

/**
 * The date of a later part of a case block whose sanction sentence states none: a date told after the previous
 * part's sanctions (2026年7月20日，…开展“一案双查”。…依据…对该公司…) opens its story; else a natural person
 * punished separately as the first party's 法定代表人 or 主管人员 (对赵某另行作出行政处罚决定) shares the case's
 * date. Another party reached later in the same story (一案双查 of a hosting company, an accomplice) with no date of
 * its own is dated to the story's month: the blind labellers' convention (blind11, blind12, blind16; NOTES).
 */
export function laterPartDate(
  text: string,
  part: Part,
  prev: Part | undefined,
  guess: PartyGuess | null,
  dates: readonly DateMention[],
): PartialDate | null {
  const prevLast = prev?.sentences[prev.sentences.length - 1];
  if (!prev || !prevLast) return null;
  const between = dates.filter((d) => d.start >= prevLast.end && d.start < part.start && d.date !== null);
  if (between.length > 0) return between[between.length - 1]!.date;
  // (A previous part told whole after another's ；: its own story, not the first part's.)
  const from = prev.whole === true ? prev.start : 0;
  const told = storyDate(
    dates.filter((d) => d.start >= from && d.start < prev.end && d.date !== null),
    text,
  );
  if (responsibleOfPrevious(text, part, prev, guess)) return told;
  // 同时，…对为该网站提供主机服务的某公司…处以罚款: the same story's month; the day told was the first party's.
  return told === null ? null : told.slice(0, 7);
}

/** 某: after a name, it makes a longer name (李某某 is not 李某). */
const MOU = '某'.charCodeAt(0);
/** A line break: a date right after one opens its line (a paragraph's first words). */
const NEWLINE = '\n'.charCodeAt(0);

/**
 * A later party of one decision whose own story is a paragraph of its own above the decision (一、基本情况 /
 * （二）收费处职工李某…。6月20日，… / 二、处理结果 / …依据同一规定，对李某作出…): that paragraph's date — the first
 * paragraph naming the party and not the previous one. Null when no such paragraph tells a date.
 */
export function ownStoryDate(
  text: string,
  part: Part,
  name: string,
  prev: Part | undefined,
  dates: readonly DateMention[],
): PartialDate | null {
  const decision = part.sentences[0]?.start ?? 0;
  const other = prev?.party?.name;
  for (let at = text.indexOf(name); at >= 0 && at < decision; at = text.indexOf(name, at + name.length)) {
    // 李某 inside 李某某 is another person.
    if (text.charCodeAt(at + name.length) === MOU) continue;
    const from = text.lastIndexOf('\n', at) + 1;
    const to = text.indexOf('\n', at);
    const end = to < 0 ? text.length : to;
    if (end > decision) return null;
    if (other !== undefined && text.slice(from, end).includes(other)) {
      // 5月18日晚，…“甲网咖”…。5月19日，检查组在“乙网咖”发现同类问题: the sentence of its own in the shared paragraph.
      const day = ownSentenceDate(text, at, other, dates);
      if (day !== null) return day;
      continue;
    }
    const own = dates.filter((d) => d.start >= from && d.start < end && d.date !== null);
    return own.length > 0 ? storyDate(own, text) : null;
  }
  return null;
}

/** The date a sentence (to its 。) naming the party at `at`, and not `other`, opens with; else null. */
function ownSentenceDate(
  text: string,
  at: number,
  other: string,
  dates: readonly DateMention[],
): PartialDate | null {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const stop = text.indexOf('。', at);
  const sentence = text.slice(from, stop < 0 ? text.length : stop);
  if (sentence.includes(other)) return null;
  const first = dates.find((d) => d.start >= from && d.start < at && d.date !== null);
  return first === undefined || !/^[\s\u3000]*$/.test(text.slice(from, first.start)) ? null : first.date;
}

const RESPONSIBLE_ROLES = ['法定代表人', '负责人', '主管人员', '责任人员'];

/** The part punishes, separately, the 法定代表人 or 主管人员 of the previous part's party: the same case. */
export function responsibleOfPrevious(
  text: string,
  part: Part,
  prev: Part | undefined,
  guess: PartyGuess | null,
): boolean {
  const first = part.sentences[0];
  const prevLast = prev?.sentences[prev.sentences.length - 1];
  if (!first || !prevLast || guess?.kind !== 'individual' || guess.name.length < 2) return false;
  const told = text.slice(prevLast.end, first.end);
  return RESPONSIBLE_ROLES.some((role) => told.includes(role + guess.name));
}

/**
 * The first date the story gives, made precise by the next one when that is a day of the same month told right
 * after it (首例案件发生在今年2月。2月10日，民警在检查时发现… → 2026-02-10).
 */
export function storyDate(dates: readonly DateMention[], text: string): PartialDate | null {
  const [first, next] = dates;
  if (!first?.date) return null;
  // 今年上半年，…。2025年5月，网安支队发现… / 自2019年上线后…。2023年8月，…: a period gives way to the month told in it.
  if (first.period) {
    const precise = dates.find((d) => d.date !== null && d.date.length >= 7);
    if (precise) return precise.date;
  }
  // 去年的一个案子…2025年8月，…: a year made precise by the month told right after it.
  // A lead's month (今年1月，多名家长反映…), then the paragraph that tells the story opening on a day of it (1月20日，…).
  if (
    (first.date.length === 7 || first.date.length === 4) &&
    next?.date?.startsWith(`${first.date}-`) &&
    (next.start - first.end <= 30 || (first.date.length === 7 && text.charCodeAt(next.start - 1) === NEWLINE))
  )
    return next.date;
  return first.date;
}

/**
 * 3月20日，某局对某公司作出罚款…。…今年1月，网安大队发现…: a story that opens on the day of its decision and tells its
 * facts after it. The first date told after, and before that day, is the conduct's (null when the story tells none).
 */
export function factsAfterDecision(dates: readonly DateMention[], decided: PartialDate): PartialDate | null {
  for (let i = 1; i < dates.length; i++) {
    const d = dates[i]!.date;
    if (d !== null && d < decided && !decided.startsWith(d)) return d;
  }
  return null;
}

/** 经查，该公司…于今年6月至7月间将…: a finding that tells when the conduct took place (the date right after 于). */
const FOUND_CONDUCT = /(?:经查|经调查|查明|经核查)[，,]?[^。；]{0,40}?于$/;
/** 经查，该校网站于2019年建成上线，…一直未…: when the thing was set up, not when the conduct took place. */
const LAUNCHED = /^(?:建成|上线|成立|注册|开通|设立|搭建|开办|创办|投入使用)/;
/** 经查，2019年2月至3月间，某某…: a finding that opens with the date of the conduct. */
const FINDING_OPENS = /(?:经查|经调查|查明|经核查)[，,]?$/;
/** 于 right before a date: the finding may tell the conduct's day (FOUND_CONDUCT). */
const YU = '于'.charCodeAt(0);
/** The characters FINDING_OPENS ends on (经查，/ 经查 / 查明), looked at before the pattern runs. */
const COMMA = '，'.charCodeAt(0);
const CHA = '查'.charCodeAt(0);
const MING = '明'.charCodeAt(0);

/**
 * The date of the conduct when the investigation's finding states it (经查，该公司…于今年6月至7月间将信息提供给…)
 * and it comes before the date the story opens on (the complaint, the inspection that found it); else `told`.
 */
export function conductDate(
  text: string,
  dates: readonly DateMention[],
  told: PartialDate | null,
): PartialDate | null {
  if (told === null) return null;
  for (const d of dates) {
    if (d.date === null || d.date >= told || told.startsWith(d.date)) continue;
    const c = text.charCodeAt(d.start - 1);
    if (c === YU) {
      if (
        FOUND_CONDUCT.test(text.slice(Math.max(0, d.start - 60), d.start)) &&
        !LAUNCHED.test(text.slice(d.end, d.end + 6))
      )
        return d.date;
    } else if (
      (c === COMMA || c === CHA || c === MING) &&
      FINDING_OPENS.test(text.slice(Math.max(0, d.start - 5), d.start))
    )
      return d.date;
  }
  return told;
}

/** 于2031年8月15日作出…行政处罚决定: the day of the decision, right after its date. */
const DECIDED_ON = /^(?:依法)?(?:作出|做出)(?:的)?[^。；]{0,40}?处罚决定/;

/** The characters DECIDED_ON opens on (作出, 做出, 依法), looked at before the pattern runs. */
const ZUO = '作'.charCodeAt(0);
const ZUO_VARIANT = '做'.charCodeAt(0);
const YI = '依'.charCodeAt(0);

/** Whether a decision is told right at `at` (作出/做出/依法作出…处罚决定); its first character is looked at first. */
function decidedOn(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === ZUO || c === ZUO_VARIANT || c === YI) && DECIDED_ON.test(text.slice(at, at + 50));
}

/** The dates of the story: the day a decision was made gives way when the story tells another (a court's recital). */
export function storyDates(text: string, dates: readonly DateMention[]): readonly DateMention[] {
  if (dates.length < 2) return dates;
  // 9月20日，记者从某市公安局获悉 — the day the reporter learned of the case, not a day of it.
  const learned = text.includes('获悉') || text.includes('了解到');
  const fields = dates.some((d) => afterColon(text, d.start)) ? fieldDays(text, dates) : null;
  if (!learned && fields === null && !dates.some((d) => decidedOn(text, d.end))) return dates;
  const told = dates.filter(
    (d) => !decidedOn(text, d.end) && !(learned && reportedOn(text, d.start, d.end)) && !fields?.has(d),
  );
  return told.length > 0 && told.length < dates.length ? told : dates;
}

/** A colon, full-width or ASCII (决定日期：2031年…). */
const COLON = '：'.charCodeAt(0);
const ASCII_COLON = ':'.charCodeAt(0);

/** Whether the date at `start` comes right after a colon: a field's value. */
const afterColon = (text: string, start: number): boolean => {
  const c = text.charCodeAt(start - 1);
  return c === COLON || c === ASCII_COLON;
};
/** 决定日期：/ 公示期限：/ 有效期至： — a card's field whose day is the decision's or the disclosure's, not the story's. */
const DAY_FIELD = new RegExp(`(?:${DECISION_DAY_LABEL}|(?:公示|有效|公开|更新)[\\u4e00-\\u9fff]{0,4}[：:])$`);

/**
 * The days a card gives in its fields (决定日期：2031-03-24, 公示期限：2031-03-31至2034-03-24 — the range's end too):
 * none of them tells when the conduct was (a card may give its fields before its 违法事实).
 */
export function fieldDays(text: string, dates: readonly DateMention[]): Set<DateMention> | null {
  const out = new Set<DateMention>();
  let prev: DateMention | undefined;
  for (const d of dates) {
    if (
      (afterColon(text, d.start) && DAY_FIELD.test(text.slice(Math.max(0, d.start - 14), d.start))) ||
      (prev !== undefined && out.has(prev) && /^\s*[至到~－-]\s*$/.test(text.slice(prev.end, d.start)))
    )
      out.add(d);
    prev = d;
  }
  return out.size > 0 ? out : null;
}

/** 9月20日，澎湃新闻记者从…获悉 / 记者今天了解到: a reporter's day of learning right after the date. */
const REPORTED_ON = /^[，,]?[^。，；]{0,30}?记者[^。，；]{0,20}?(?:获悉|了解到)/;

/** …记者3月19日从市公安局获悉: the same day written after the reporter. */
const LEARNED_AFTER = /^[^。，；]{0,20}?(?:获悉|了解到)/;

function reportedOn(text: string, start: number, at: number): boolean {
  if (REPORTED_ON.test(text.slice(at, at + 60))) return true;
  return text.slice(Math.max(0, start - 2), start) === '记者' && LEARNED_AFTER.test(text.slice(at, at + 24));
}

/** 在多个微信群转发该视频…的网民姚某 / 传播上述谣言的: a party who passed on the thing the story above told of. */
const PASSED_ON =
  /(?:转发|传播|散布|转载|分享)了?(?:该|上述|此)(?:视频|图片|照片|谣言|信息|帖子|文章|内容|消息)/;

/**
 * The month of the story above, for a case of its own that states no date and opens on a party who passed on that
 * story's thing (…转发该视频…的网民姚某，派出所依法对其处以罚款三百元): blind19's forwarders, at month precision (the day
 * the first party posted is not borrowed). Null otherwise.
 */
export function passedOnDate(caseText: string, earlier: PartialDate | null): PartialDate | null {
  if (earlier === null || earlier.length < 7) return null;
  const first = caseText.search(/[。！？\n]/);
  const opening = first < 0 ? caseText : caseText.slice(0, first);
  return PASSED_ON.test(opening) ? earlier.slice(0, 7) : null;
}
