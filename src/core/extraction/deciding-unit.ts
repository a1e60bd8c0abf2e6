/**
 * Which unit decided a case (the one its decision's words name, one signing below, the writer) and which issued the
 * bulletin; the day under a decision document's signature.
 */
import type { PartialDate } from '../shared/dates.js';
import { extractAgency, findAgencies, signatureUnit } from './fields/agency.js';
import { findDates } from './fields/date.js';
import { type SanctionSentence } from './fields/sanctions.js';
import { SELF_SUBJECT, WriterUnit } from './self-unit.js';
import { type CaseBlock } from './segment.js';

/** 警方, 公安机关: who decided, but not which unit. */
export const GENERIC_AGENCY = /^(?:当地|属地|辖区)?(警方|公安机关|公安部门|网警|民警|执法部门)$/;
const POLICE_WORD = /^(警方|网警|民警)$/;

/** （以上案件均由某市公安局依法办理）: the unit a page says handled all the cases it tells. */
const HANDLED_ALL =
  /(?:以上|上述)[^，。；（）]{0,8}?均由([\u4e00-\u9fff]{2,24}?(?:局|所|队|办|委|厅|中心))(?:依法)?(?:办理|查处|侦办|查办|处理|处罚)/;

/** The unit the page says handled all its cases, or null (looked for only where 均由 is written). */
export function handledAllBy(text: string): string | null {
  const at = text.indexOf('均由');
  if (at < 0) return null;
  const m = HANDLED_ALL.exec(text.slice(Math.max(0, at - 12), at + 40));
  return m === null || GENERIC_AGENCY.test(m[1]!) ? null : m[1]!;
}

/** A case whose decision names no unit, or only the reporter's word for the police, takes the page's handling unit. */
export function handledUnitFor(agency: string | null): boolean {
  return agency === null || POLICE_WORD.test(agency);
}

/**
 * The unit of the first imposing sentence; when that only says 警方 (a news lead) and a later sentence of the part
 * names the unit (建设广场派出所对其依法拘留7日), that unit; else the first unit the case names elsewhere (某县公安局
 * 网安大队民警在工作中发现…, then 警方依法给予…).
 */
/** What follows the unit that made a decision: 于2031年6月20日作出的…行政处罚决定. */
const DECIDER_AFTER = /^(?:于[^，。；]{2,20}?)?(?:依法)?(?:作出|做出)(?:的)?[^。；，]{0,40}?处罚决定/;

/** The characters DECIDER_AFTER opens on (于…, 依法, 作出, 做出), looked at before the pattern runs. */
const YU = '于'.charCodeAt(0);
const YI = '依'.charCodeAt(0);
const ZUO = '作'.charCodeAt(0);
const ZUO_VARIANT = '做'.charCodeAt(0);

/** Whether the unit ending at `at` is followed by DECIDER_AFTER (于/依法/作出/做出 looked at first). */
export function decides(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    (c === YU || c === YI || c === ZUO || c === ZUO_VARIANT) && DECIDER_AFTER.test(text.slice(at, at + 70))
  );
}

export function namedAgency(
  own: string,
  offset: number,
  sentences: readonly SanctionSentence[],
  firstAt: number | null,
  units: ReturnType<typeof findAgencies>,
): string | null {
  // 某分局于2031年6月20日作出…行政处罚决定 (a court's recital, a news item): the unit that made the decision.
  for (const u of units) if (decides(own, u.end) && !GENERIC_AGENCY.test(u.name)) return u.name;
  const signed = firstAt === null ? null : signedBelow(own, firstAt, units);
  if (signed !== null) return signed;
  const first = extractAgency(own, firstAt, units);
  if (first !== null && !GENERIC_AGENCY.test(first)) {
    // A news lead (某市公安局通报…，一男子…遭行政拘留) names the unit that reported; a later sentence whose unit decides
    // (某分局依据…，对吴某作出…) names the one that decided.
    if (sentences.length < 2 || firstAt === null || decidingUnit(own, firstAt, units) !== null) return first;
    for (const s of sentences.slice(1)) {
      const at = s.at - offset;
      if (at <= 0 || at > own.length) continue;
      const later = decidingUnit(own, at, units);
      if (later !== null && !GENERIC_AGENCY.test(later)) return later;
    }
    return first;
  }
  if (first === null) return first;
  // 未向公安机关办理备案手续: 公安机关 written only as the one a duty is owed to; the unit the case names decided.
  if (objectOnly(own, first)) {
    const named = units.find((u) => !GENERIC_AGENCY.test(u.name));
    if (named) return named.name;
  }
  for (const s of sentences.slice(1)) {
    const at = s.at - offset;
    if (at <= 0 || at > own.length) continue;
    const later = extractAgency(own, at, units);
    if (later !== null && !GENERIC_AGENCY.test(later)) return later;
  }
  // 公安机关 names the kind of organ as a decision does; 警方 is a reporter's word for whichever unit acted.
  if (!POLICE_WORD.test(first)) return first;
  return units.find((u) => !GENERIC_AGENCY.test(u.name))?.name ?? first;
}

/** A line break: a unit right after one opens its own line (a signature). */
const NEWLINE = '\n'.charCodeAt(0);

/**
 * 现决定对违法行为人某某行政拘留八日 … 某县公安局（印）: a decision document's deciding sentence names no unit; the unit
 * that signs it on a line of its own below decided (one named in the facts, 向某派出所报案, only took the report).
 */
function signedBelow(text: string, at: number, units: ReturnType<typeof findAgencies>): string | null {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const lead = text.slice(start, at);
  if (!lead.includes('决定') || units.some((u) => u.start >= start && u.start < at)) return null;
  for (const u of units) {
    if (u.start <= at || text.charCodeAt(u.start - 1) !== NEWLINE) continue;
    const end = text.indexOf('\n', u.start);
    const signed = signatureUnit(text.slice(u.start, end < 0 ? text.length : end));
    if (signed !== null) return signed;
  }
  return null;
}

/** What follows a unit that decides in its sentence: its basis, or the object of its decision. */
const DECIDING = /^(?:依据|根据|依照|按照|依法|对)/;

/** The last unit of the sentence holding `at`, before it, that decides there (某分局依据… / 某分局对…); else null. */
export function decidingUnit(
  text: string,
  at: number,
  units: ReturnType<typeof findAgencies>,
): string | null {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  let found: string | null = null;
  for (const u of units) {
    if (u.start >= at) break;
    if (u.start >= start && DECIDING.test(text.slice(u.end, u.end + 2))) found = u.name;
  }
  return found;
}

/** Every mention of `unit` in `text` is an object (向公安机关…, 报公安机关备案), never a subject. */
export function objectOnly(text: string, unit: string): boolean {
  let seen = false;
  for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + unit.length)) {
    if (!/[向报到至]/.test(text.charAt(at - 1))) return false;
    seen = true;
  }
  return seen;
}

/**
 * 10月4日，我局依据…，对林某处以…；某派出所依据同一规定，对吴某…: the writer is the subject of the sentence the
 * decision opens (before its first 对-clause, where no other unit is named) — the unit it signs as, else null. Kept
 * apart: read only where the case names a unit its decision's own words do not.
 */
export function writerDecidedFirst(
  text: string,
  first: SanctionSentence,
  named: string,
  self: WriterUnit,
  block: CaseBlock,
): string | null {
  const from = Math.max(text.lastIndexOf('。', first.start - 1), text.lastIndexOf('\n', first.start - 1)) + 1;
  const head = text.slice(from, first.at);
  if (!(head.includes('我') || head.includes('本')) || head.includes(named)) return null;
  return SELF_SUBJECT.test(head) ? self.of(block.paragraphs[0] ?? '') : null;
}

/** 我局民警…发现 / 我局向当事人告知…: the writer acting in the story, as a clause's subject (a cheap look first). */
const WRITER_ACTS =
  /(?:^|[，。；：\n])(?:我|本)(?:分局|局|厅|委|办|机关)(?:民警|执法人员|工作人员)?(?:对|向|于|在|依法|经|发现|检查|调查|复查)/;
export const writerInStory = (own: string): boolean =>
  (own.includes('我') || own.includes('本')) && WRITER_ACTS.test(own);

/**
 * The day under a decision document's signature: a line that is only a full date, right below the signing unit's
 * line or its seal (某分局 / （印） / 二〇二六年一月二十六日, or 某分局 / 2026年3月27日 / （印）); the last such.
 */
export function signatureDay(text: string): PartialDate | null {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i > 0; i--) {
    const t = lines[i]!.trim();
    if (t.length < 8 || t.length > 16 || !t.endsWith('日')) continue;
    const [d] = findDates(t);
    if (d?.date?.length !== 10 || d.start !== 0 || d.end !== t.length) continue;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const above = lines[j]!.trim();
      if (signatureUnit(above) !== null) return d.date;
      if (!SEAL.test(above)) break;
    }
  }
  return null;
}
const SEAL = /^[（(](?:印|盖章|公章)[）)]$/;

/** A site's navigation bar or breadcrumb (首页 > 执法公示 > …). */
const NAVIGATION = /首页|当前位置|您的位置|你的位置/;

/** 欢迎访问某省通信管理局网站: the unit whose site the page is on. */
const WELCOME = /^欢迎(?:访问|光临|来到)([^，。；|｜\s]{4,30}?)(?:政务)?(?:网站|官网|门户|网)/;
function siteOwner(line: string): string | null {
  const m = WELCOME.exec(line);
  const unit = m ? findAgencies(m[1]!)[0] : undefined;
  return unit && unit.start === 0 && unit.name === m![1] ? unit.name : null;
}

/** The unit that issues the bulletin: named in its title or introduction, preferably where it reports enforcement. */
export function issuingAgency(preamble: readonly string[]): string | null {
  let first: string | null = null;
  for (const [i, line] of preamble.entries()) {
    // 各市（州）党委网信办：… / 各区县卫生健康局 — the addressees, not the issuer.
    // 某省互联网信息办公室 on the notice's first line, its own: the issuer's header.
    const header = i === 0 ? signatureUnit(line) : null;
    if (header !== null) return header;
    // 欢迎访问某省通信管理局网站 | 首页 …: the site's owner, the issuer when no later line names one.
    if (line.startsWith('欢迎')) first ??= siteOwner(line);
    // 青峪网信 | 首页 网信动态 执法公示… — the site's name on its navigation bar, not the issuer.
    if (NAVIGATION.test(line)) continue;
    const units = findAgencies(line).filter((u) => !/各[^，。；]{0,8}$/.test(line.slice(0, u.start)));
    if (units.length === 0) continue;
    if (/处罚|查处|执法|通报|发布|公布/.test(line)) return units[0]!.name;
    first ??= units[0]!.name;
  }
  return first;
}
