/**
 * Bulletin → case records (data/schema/case-record.schema.json), in the order the cases appear.
 *
 * Pure: `extractCases` takes text, `extractFromBytes` takes the bytes of a file (plain text in UTF-8 or
 * GB18030, HTML, .docx; traditional characters converted) — the CLI does the reading.
 */
import { DomainError } from '../shared/errors.js';
import type { CaseParty, CaseRecord, Sanction } from '../shared/case-record.js';
import type { PartialDate } from '../shared/dates.js';
import { parseCitations, type Citation } from '../citations/parse-citations.js';
import { decodeBulletin, type DecodedBulletin, type InputFormat } from './decode/index.js';
import { toSimplified } from './decode/traditional.js';
import { declaredAgency, declaredShortForms, findAgencies, signatureUnit } from './fields/agency.js';
import {
  contextYear,
  findDates,
  introDate,
  withSameMonth,
  type DateContext,
  type DateMention,
} from './fields/date.js';
import { extractEstablishedFacts } from './fields/established-facts.js';
import { extractFacts } from './fields/facts.js';
import { extractParty, partyKind } from './fields/party.js';
import { provisionsFrom } from './fields/provisions.js';
import { extractRegion } from './fields/region.js';
import {
  combineSanctions,
  confiscatedGains,
  extractIllegalGains,
  sanctionSentences,
  type SanctionSentence,
  type SentenceReadings,
} from './fields/sanctions.js';
import { composeTitle } from './fields/title.js';
import { doubtsOf, UNNAMED_PARTY, type Doubt } from './doubts.js';
import { OUTCOME_FIELD } from './forms.js';
import { rejoinHardWraps } from './hard-wraps.js';
import { fromMarkdown } from './markdown.js';
import { rejoinShortLines } from './short-lines.js';
import { withoutSubtitleTiming } from './subtitles.js';
import { SELF_PARTY, SELF_REFERENCE, SELF_SUBJECT, WriterUnit, signedName } from './self-unit.js';
import { leadCitations, leadLaw, refersBackToLaw, underEarlierLaw, underLeadLaw } from './lead-law.js';
import { normalizeLine } from './normalize.js';
import { repairOcr } from './ocr.js';
import { courtRecital } from './court.js';
import { joinLabelLines } from './label-lines.js';
import { repairCitationText } from './repair.js';
import { segment, type CaseBlock } from './segment.js';
import { allMatches } from '../shared/regex.js';
import {
  withoutQuotedStatutes,
  quotedArticlesJoined,
  withoutPrinciples,
  withoutAdvice,
  withoutPlans,
  withoutInternal,
  withoutProcedure,
  withRepairedLaws,
  withoutFormerNumbers,
  withoutRangeTalk,
} from './citation-filters.js';
import { withShortLawNames, type DeclaredLaws } from './short-law-names.js';
import {
  GENERIC_AGENCY,
  namedAgency,
  writerDecidedFirst,
  writerInStory,
  signatureDay,
  issuingAgency,
  handledAllBy,
  handledUnitFor,
} from './deciding-unit.js';
import { type Part, splitParts, splitAll } from './split-parts.js';
import { citesArticlesAbove } from './refers-back.js';
import {
  decisionDate,
  yearOf,
  laterPartDate,
  ownStoryDate,
  responsibleOfPrevious,
  storyDate,
  factsAfterDecision,
  conductDate,
  storyDates,
  passedOnDate,
} from './record-dates.js';
import {
  mergeRetold,
  untagged,
  previews,
  leadRetold,
  refersAbove,
  decisionsToldFirst,
} from './retold-cases.js';

export interface ExtractOptions {
  /** Normalised simplified line → the line as written (traditional), for `original_text`. */
  originalLines?: ReadonlyMap<string, string>;
  /** Most case blocks read; more is INPUT_TOO_COMPLEX before any field is extracted (the server's cap). */
  maxCases?: number;
}

/** The server's cap on the cases of one bulletin (real bulletins tell a few dozen; 21,000 is not a bulletin). */
export const MAX_BULLETIN_CASES = 1000;

function originalOf(
  lines: readonly string[],
  map: ReadonlyMap<string, string> | undefined,
): string | undefined {
  if (!map) return undefined;
  return lines.map((l) => map.get(l) ?? l).join('\n');
}

/**
 * 另，网民吴某…转发… / 此外，… / 在调查中，… / 转发该视频的网民庞某… — the story goes on to another party of the same
 * events: with no date of its own, the case is dated to the month of the case told before it (the day is the other party's).
 */
const GOES_ON =
  /^(?:另[，,]|另外[，,]|此外[，,]|在?(?:此次|本次|该案)?(?:调查|侦查|侦办|办案)(?:中|过程中)[，,]|(?:转发|转载|传播|分享)了?该(?:视频|帖子|帖文|帖|信息|谣言|内容|文章|图片)[^。]{0,24}?的(?:网民|网友|男子|女子)?[\u4e00-\u9fff]{1,3}某)/;

/** 同日，对…给予警告: a decision told right after another's. */
const SAME_DAY_OPENING = /^\s*(?:同日|当日|同时|次日)[，,]?(?:又|还|另)?(?:对|依据|根据|依照|给予|责令)/;
/** 同日，该局还查实…: the unit of the case told before, even when this one is told apart from it. */
const SAME_DAY_SAME_UNIT = /^\s*(?:同日|当日|次日)[，,]?该(?:局|分局|支队|大队|委|办)/;

/**
 * A decision told as following the case before — one that applies that case's articles (依据同法同条款, when the part
 * is its own story, not one sharing another's), or a later part that opens 同日/当日 — and names no unit of its own was
 * made by that case's unit.
 */
function followsEarlier(text: string, part: Part, index: number, refersBack: boolean): boolean {
  if (refersBack && part.shares === undefined) return true;
  const first = part.sentences[0];
  if (first === undefined) return false;
  const head = text.slice(first.start, first.start + 12);
  return index > 0 ? SAME_DAY_OPENING.test(head) : head.includes('该') && SAME_DAY_SAME_UNIT.test(head);
}

/** The unit a case's 落款 line names (某市互联网信息办公室, closed by a 。 or not), the last such line, if any. */
export function signerOf(paragraphs: readonly string[]): string | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (p.length > 30) continue;
    const unit = signatureUnit(p.endsWith('。') ? p.slice(0, -1) : p);
    if (unit !== null) return unit;
  }
  return null;
}

/** A party named only by reference (该公司, 其运营主体): a doubt the case alone does not resolve. */
const BARE_REFERENCE = /^(?:该|其|此|上述)[\u4e00-\u9fff]{1,8}$/;

function buildRecord(
  block: CaseBlock,
  text: string,
  part: Part,
  index: number,
  shared: {
    dates: readonly DateMention[];
    citations: readonly Citation[];
    issuer: string | null;
    /** The unit a self-reference (我局) in a case block stands for (read when one occurs). */
    self: WriterUnit;
    /** The date the introduction gives the cases it reports, for a case that states none. */
    intro: PartialDate | null;
    /** The bulletin's introduction, last in line for a reference the case does not resolve (a feature's lead story). */
    preamble: string;
    /** The year the introduction or a campaign name gives (2024年第一季度, “净网—2024”). */
    year: PartialDate | null;
    /** The part before this one in the case block, if any. */
    prev: Part | undefined;
    /** The first date the case before told, for a case that goes on with 另，/此外， and tells none. */
    before: PartialDate | null;
    /** The day a decision document is signed (二〇二六年一月二十六日 under its unit), when the page is one. */
    signed: PartialDate | null;
    /** Short forms the page declares in brackets (某市互联网信息办公室（网信办）): short form → declared words. */
    declared: ReadonlyMap<string, string>;
  },
  options: ExtractOptions,
): CaseRecord {
  const story = part.shares ?? part;
  const own = text.slice(story.start, story.end);
  const sanctions: Sanction[] = combineSanctions(
    part.sentences.map((s) => ({
      ...s,
      start: s.start - part.start,
      end: s.end - part.start,
      at: s.at - part.start,
    })),
  ).map((s) => ({
    kind: s.kind,
    amount_yuan: s.amount_yuan,
    days: s.days,
    target: s.target,
    ...(s.note ? { note: s.note } : {}),
  }));
  const { citations, issuer } = shared;
  const penaltyText = part.sentences.map((s) => text.slice(s.start, s.end)).join('');
  const read =
    part.party ??
    (penaltyText
      ? extractParty(penaltyText, [text, block.title ?? ''])
      : extractParty('', [own, block.title ?? '']));
  // 对该公司作出… where only a feature's lead (before its first case) named the company: the lead resolves it.
  const guess =
    read && BARE_REFERENCE.test(read.name) && penaltyText && shared.preamble.includes(read.name.slice(-2))
      ? (extractParty(penaltyText, [text, block.title ?? '', shared.preamble]) ?? read)
      : read;
  // 责令我院限期改正: the writer is the party, named as it signs the page.
  const selfParty = guess !== null && guess.name.length <= 3 ? SELF_PARTY.exec(guess.name) : null;
  const writer = selfParty ? signedName(shared.self.text, selfParty[1]!) : null;
  const party: CaseParty = guess
    ? writer !== null
      ? { kind: 'organization', name: writer }
      : { kind: guess.kind, name: guess.name }
    : { kind: partyKind(own), name: UNNAMED_PARTY };
  // A later party's story is told between the previous party's decision and its own (一案双查，查明该公司未…).
  const prevEnd = shared.prev?.sentences[shared.prev.sentences.length - 1]?.end;
  const facts = extractFacts(
    part.shares === undefined && prevEnd !== undefined && prevEnd <= part.start
      ? text.slice(prevEnd, part.end)
      : own,
  );
  const firstAt = part.sentences[0] ? Math.min(part.sentences[0].at, story.end) - story.start : null;
  // A case that names no unit was decided by the unit that issues the bulletin (某县公安局关于…的通报).
  const units = findAgencies(own);
  const byName = namedAgency(own, story.start, part.sentences, firstAt, units);
  const named = byName ?? (part.sentences.length > 0 ? issuer : null);
  // The 法定代表人's part names its unit short (网安支队): the unit the case named in full (福州市公安局网安支队).
  // 我局依据…对其给予警告 (the writer decided; 报公安机关备案 earlier in the sentence is not the subject).
  const first = part.sentences[0];
  const lead = first ? text.slice(first.start, first.at) : '';
  const selfSubject = lead.includes('我') || lead.includes('本') ? SELF_SUBJECT.exec(lead) : null;
  // 本所依据…: the writer's own word beats the page's issuer (a 分局's masthead over its 派出所's weekly).
  // 我局依据…对林某…；某派出所…对吴某…: the unit named after the writer's own decision decided another's (its clause).
  // 我局依据…对林某…；某派出所…对吴某…: the unit named after the writer's own decision decided another's (its clause).
  const writerDecided =
    first && byName !== null && !lead.includes(byName)
      ? writerDecidedFirst(text, first, byName, shared.self, block)
      : null;
  const said =
    writerDecided !== null
      ? writerDecided
      : selfSubject && (byName === null || GENERIC_AGENCY.test(byName))
        ? selfSubject[1]!
        : byName === null && writerInStory(own)
          ? // 根据…现决定：… under a story that says 我局民警检查 / 我局向当事人告知: the writer decided.
            (shared.self.of(block.paragraphs[0] ?? '') ?? named)
          : named;
  const resolved =
    said !== null && SELF_REFERENCE.test(said) ? (shared.self.of(block.paragraphs[0] ?? '') ?? said) : said;
  const short =
    resolved !== null && responsibleOfPrevious(text, part, shared.prev, guess)
      ? (findAgencies(text.slice(0, part.start))
          .map((u) => u.name)
          .find((n) => n.length > resolved.length && n.endsWith(resolved)) ?? resolved)
      : resolved;
  // 某市网信办 after 某省某市互联网信息办公室（网信办）: the declared words.
  const declaredOrShort =
    short === null || shared.declared.size === 0 ? short : declaredAgency(short, shared.declared);
  // 本机关决定：… in a quoted 决定书 whose 落款 the case keeps: the unit that signs it (the story may name it short).
  const agency = (lead.includes('本机关') ? signerOf(block.paragraphs) : null) ?? declaredOrShort;
  const inStory = shared.dates.filter((d) => d.start >= story.start && d.start < story.end);
  // 同日，…对严某作出… where 严某 was named in the story told before the first decision: 同日 is that decision's
  // day and what is told after it (事后，…9月初…) came later; his story's date is the story's (laterPartDate).
  const opens = part.sentences[0]?.start ?? part.start;
  const dates =
    index > 0 &&
    guess?.explicit === true &&
    inStory.some((d) => d.same) &&
    text.lastIndexOf(guess.name, part.start) >= 0
      ? inStory.filter((d) => d.same !== true && d.start < opens)
      : inStory;
  const title =
    index === 0 && block.title
      ? untagged(block.title)
      : composeTitle(writer ?? guess?.name ?? null, facts, own);
  const ownStory =
    index > 0 && guess !== null && guess.explicit && !BARE_REFERENCE.test(guess.name)
      ? ownStoryDate(text, part, guess.name, shared.prev, shared.dates)
      : null;
  const told =
    ownStory ??
    conductDate(text, dates, storyDate(storyDates(text, dates), text)) ??
    laterPartDate(text, part, shared.prev, guess, shared.dates) ??
    (shared.before !== null && GOES_ON.test(own) ? shared.before.slice(0, 7) : null) ??
    shared.intro ??
    yearOf(own, shared.year);
  const decision = decisionDate(text, part, shared.dates);
  const decided = decision ?? shared.signed;
  const record: CaseRecord = {
    title,
    // 今年…检测过。7月22日，我们…作出…: a year alone (今年, a campaign's) yields to the decision's day in that year.
    date:
      told !== null && told.length === 4 && decided?.startsWith(told) === true
        ? decided
        : told !== null && told === decision
          ? (factsAfterDecision(dates, told) ?? told)
          : told,
    region: extractRegion(own, agency, guess?.name ?? null, units),
    agency,
    party,
    facts,
    provisions: provisionsFrom(
      citations.filter(
        (c) =>
          ((c.start >= story.start && c.start < story.end) ||
            (part.also !== undefined && c.start >= part.also[0] && c.start < part.also[1])) &&
          !part.skip?.some(([a, b]) => c.start >= a && c.start < b),
      ),
    ),
    sanctions,
    theme: block.theme,
    lesson: block.lesson,
    decision_date: decided,
    illegal_gains_yuan: extractIllegalGains(own),
  };
  if (own.includes('万元）')) confiscatedInField(record, own);
  if (own.includes('违法所得')) record.sanctions = confiscatedGains(record.sanctions, own, penaltyText);
  const established = extractEstablishedFacts(own);
  if (established.length > 0) record.established_facts = established;
  const original = originalOf(block.paragraphs, options.originalLines);
  if (original !== undefined) {
    record.original_text = original;
    if (block.title) record.original_title = options.originalLines?.get(block.title) ?? block.title;
  }
  return record;
}

/**
 * A case that imposes nothing is no penalty case and gives no record: one whose only outcome is criminal (判处有期徒刑…
 * 并处罚金, 移送起诉 — a criminal follow-up inside an administrative case is no sanction either, but that case keeps its
 * record), a talk, a reprimand or a decision not to punish (经约谈…已完成整改，依法不予行政处罚; 通报漏洞、约谈负责人、
 * 督促修补), or a paragraph of a section that reports no case (三、工作要求 （一）各单位要立即开展自查…). The dev set's
 * hand labels have no record without a sanction.
 */
const imposesNothing = (record: CaseRecord): boolean => record.sanctions.length === 0;

/** 约谈…，责令其立即整改。…未予行政处罚: an order to correct in a case that says no penalty was given is no record. */
const NO_PENALTY = /(?:未予|未作|不予|免予)(?:以)?(?:行政)?处罚/;
const onlyOrderedToCorrect = (text: string, part: Part, record: CaseRecord): boolean =>
  record.sanctions.every((s) => s.kind === 'rectification') &&
  text.includes('处罚', part.start) &&
  NO_PENALTY.test(text.slice(part.start, part.end));

/** 撤销东城分局的上述行政处罚决定 / 原处罚决定被法院判决撤销: the decision told above no longer stands. */
const REVOKED =
  /撤销[^。；]{0,24}?(?:行政)?处罚决定|(?:行政)?处罚决定[^。；]{0,12}?被[^。；]{0,12}?撤销|判决撤销[^。；]{0,12}?(?:处罚|决定)/g;

/** 罚款20000元（已撤销） — a list's entry marked revoked right after its sanction. */
const REVOKED_MARK = /[（(](?:已被?|现已|后被?|该决定已被?)(?:依法)?撤销[）)]/;

/** Whether the sanction sentence is marked revoked on its own line, right after it (within a few characters). */
function markedRevoked(text: string, s: SanctionSentence): boolean {
  const eol = text.indexOf('\n', s.at);
  return REVOKED_MARK.test(text.slice(s.at, Math.min(eol < 0 ? text.length : eol, s.end + 12)));
}

/**
 * A decision revoked on review or by a court, with nothing decided after the revocation (行政复议法 第六十四条,
 * 行政诉讼法 第七十条): no penalty stands, so the case is no record of one. A new decision told after it is the record.
 */
function revokedLater(text: string, part: Part): boolean {
  if (!text.includes('撤销') || part.sentences.length === 0) return false;
  if (part.sentences.every((x) => markedRevoked(text, x))) return true;
  let last = -1;
  for (const m of allMatches(REVOKED, text))
    if (!SOUGHT.test(text.slice(Math.max(0, m.index - 4), m.index))) last = m.index;
  return last >= 0 && part.sentences.every((x) => x.start < last);
}

/** 请求撤销该处罚决定, 申请撤销… — a party's plea for revocation, not a revocation. */
const SOUGHT = /(?:请求|要求|申请|诉请|主张)(?:判决|依法)?$/;

/** 没收违法所得、没收非法财物的金额（万元）：0.6800 — a 双公示 summary's field for what was confiscated, in 万元. */
const CONFISCATED_WAN = /没收[^：:\n]{0,16}金额（万元）[：:]\s*(\d+(?:\.\d+)?)/;

/**
 * 行政处罚内容：没收违法所得，… with the amount only in the form's 万元 field: the one confiscation of no amount is
 * given that field's amount (0 or — there: none stated).
 */
function confiscatedInField(record: CaseRecord, own: string): void {
  const vague = record.sanctions.filter((s) => s.kind === 'confiscation' && s.amount_yuan === null);
  if (vague.length !== 1) return;
  const m = CONFISCATED_WAN.exec(own);
  const yuan = m === null ? 0 : Math.round(Number(m[1]) * 10000);
  if (yuan > 0)
    record.sanctions = record.sanctions.map((s) => (s === vague[0] ? { ...s, amount_yuan: yuan } : s));
}

/** 依法关闭仿冒政府网站“某某服务网” — a site or account closed by name, its operator unnamed. */
const CLOSED_NAMED =
  /(?:关闭|关停|封禁)[^，。；“]{0,12}?(?:网站|账号|帐号|公众号|App|APP|小程序)(“[^”]{2,30}”)/;

/** A closure of a named site or account with no party named: the site, as written in its quotes, is the party. */
function closedSiteAsParty(record: CaseRecord, text: string, part: Part): void {
  if (record.sanctions.length === 0 || record.sanctions.some((s) => s.kind !== 'other')) return;
  const m = CLOSED_NAMED.exec(text.slice(part.start, part.end));
  if (m) record.party = { kind: 'organization', name: m[1]! };
}

/**
 * Sanctions with no one to bear them and no law cited: talk about the law or a tally (新法明确了“警告阶段可以罚款”;
 * 其中警告112起、罚款58起), not a case. A case whose party the text does not name keeps its record when it cites
 * its law (a doubt the preview shows).
 */
const nobodyPunished = (record: CaseRecord): boolean =>
  record.party.name === UNNAMED_PARTY && record.provisions.length === 0;

/**
 * A case with a 处罚结果：… field (a form, a decision's summary): only what that field holds was decided; an order
 * told in the 处罚事由 (经责令限期改正后，逾期仍未改正) is part of the story.
 */
function decidedIn(text: string, sentences: SanctionSentence[]): SanctionSentence[] {
  if (!/(结果|内容|决定|种类|幅度)[：:]/.test(text)) return sentences;
  const fields: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (OUTCOME_FIELD.test(line)) fields.push([at, at + line.length]);
    at += line.length + 1;
  }
  if (fields.length === 0) return sentences;
  return sentences.filter((s) => fields.some(([a, b]) => s.start >= a && s.start < b));
}

/**
 * 处罚类别：罚款 处罚内容：罚款二万元 / 处罚类别：警告；…；处罚结果：责令改正，给予警告 — an outcome field that is a later
 * cell of a row of labelled cells (cells parted by a space, or by a ； in a 公示 list's one paragraph per record).
 */
const MID_OUTCOME = /[ ；;](?:行政)?(?:处罚结果|处罚内容|处罚决定|处理结果|处罚种类)[：:]/;
/** The space (or ；) before a cell's label and colon. */
const CELL_GAP = /[ ；;](?=[\u4e00-\u9fff、]{2,20}(?:（[\u4e00-\u9fff]{1,4}）)?[：:])/g;

/**
 * A row of labelled cells (处罚类别：行政拘留；罚款 处罚内容：行政拘留三日，并处罚款一万元 罚款金额（万元）：1) with each cell
 * on its own line, the offsets kept (the space becomes the break): only the 处罚内容 cell says what was decided, the
 * 处罚类别 cell names the same sanctions again.
 */
function cellsAsLines(text: string): string {
  if (!MID_OUTCOME.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (MID_OUTCOME.test(line) ? line.replace(CELL_GAP, '\n') : line))
    .join('\n');
}

/** A number of parties (辖区两家…单位, 3名网民), not a party's name. */
const COUNTED = /(?:^|[^\d第])[\d一二三四五六七八九十两]{1,3}(?:家|名|个|所|人)/;

/**
 * A lead that sums up the cases told below (近日，某局依据…对辖区两家…单位作出行政处罚): a count of parties and a
 * penalty of unstated kind. The cases follow, each with its own record; the lead is none.
 */
function summarises(text: string, part: Part, record: CaseRecord): boolean {
  const name = record.party.name;
  if (!part.sentences.every((s) => s.generic) || name.includes('某')) return false;
  // 公安机关已依法对相关人员和我院作出行政处罚: the parties only referred to as a whole (相关人员, 涉事单位) are told below.
  // 对两名出售银行卡的人员作出行政处罚: the parties counted in the object, whatever name the party was cut to (人员).
  return (
    COUNTED.test(name) ||
    part.sentences.some((s) => {
      const sentence = text.slice(s.start, s.end);
      return COLLECTIVE.test(sentence) || COUNTED_OBJECT.test(sentence);
    })
  );
}

/** 对两名…的人员 / 对辖区3家单位: the object of a lead is a count of parties, not a party. */
const COUNTED_OBJECT = /对(?:辖区|本地|本县|本市)?[\d一二三四五六七八九十两]{1,3}(?:家|名|个|所)/;

/** 对相关人员 / 对有关单位 / 对涉事企业: the parties of a lead as a whole, not by name. */
const COLLECTIVE = /对(?:相关|有关|涉事|涉案)(?:人员|单位|企业|责任人)/;

/** Case records of a bulletin's text, in text order. Never throws on any string, unless `maxCases` is passed. */
export function extractCases(text: string, options: ExtractOptions = {}): CaseRecord[] {
  return extractWithDoubts(text, options).records;
}

/** The case's citations and those it makes by referring back to the earlier case's law that it did not resolve. */
function withEarlierLaw(caseText: string, citations: Citation[], law: string): Citation[] {
  const back = underEarlierLaw(caseText, law).filter(
    (c) => !citations.some((d) => c.start < d.end && d.start < c.end),
  );
  return back.length === 0 ? citations : [...citations, ...back].sort((a, b) => a.start - b.start);
}

/** The text of a part's sanction sentences, first to last. */
const sentenceSpan = (text: string, part: Part): string =>
  part.sentences.length === 0
    ? ''
    : text.slice(part.sentences[0]!.start, part.sentences[part.sentences.length - 1]!.end);

/** The records and, beside each, what it leaves in doubt (doubts.ts). */
export function extractWithDoubts(
  written: string,
  options: ExtractOptions = {},
): { records: CaseRecord[]; doubts: Doubt[][] } {
  const { text, repairs: textRepairs } = repairCitationText(
    courtRecital(
      rejoinShortLines(
        rejoinHardWraps(joinLabelLines(fromMarkdown(withoutSubtitleTiming(repairOcr(written))))),
      ),
    ),
  );
  // The readings of the page's sentences: segmentation reads them, then the records are built from the same ones.
  const readings: SentenceReadings = new Map();
  const seg = segment(text, readings);
  if (options.maxCases !== undefined && seg.cases.length > options.maxCases) {
    throw new DomainError(
      'INPUT_TOO_COMPLEX',
      `公告中有 ${seg.cases.length} 个案例，超过一次预览的上限 ${options.maxCases} 个；请分批导入`,
      { limit: options.maxCases, found: seg.cases.length, what: 'cases' },
    );
  }
  const { stated, year: bulletinYear, publishedYear } = contextYear(seg.preamble, seg.publishedYear);
  const ctx: DateContext = { year: bulletinYear, publishedYear };
  const issuer = issuingAgency(seg.preamble);
  const preamble = seg.preamble.join('\n');
  const self = new WriterUnit(text, issuer);
  const declared = declaredShortForms(text);
  // The page's declared short law names, read once a case cites a law the catalogue does not know (most pages never).
  const shortLaws: DeclaredLaws = { text };
  const intro = introDate(seg.preamble, ctx);
  const year = stated === null ? null : String(stated);
  const signed = seg.cases.length === 1 && text.includes('决定书') ? signatureDay(text) : null;
  const listLaw = leadLaw(seg.preamble);
  const listCited = leadCitations(seg.preamble);
  const records: CaseRecord[] = [];
  const doubts: Doubt[][] = [];
  const decided: string[] = [];
  /** The last day the previous case told: a case that opens with 同日 took place on it. */
  let lastDay: PartialDate | null = null;
  /** The year of the last date the previous case told: a case that opens with 同年 took place in it. */
  let lastYear: number | null = null;
  /** The last date with a month the previous case told: a case that opens with 同月 took place in it. */
  let lastMonth: PartialDate | null = null;
  /** The first date the previous case told. */
  let before: PartialDate | null = null;
  /** The last law a case before cited an article of (该办法 in a later case refers back to it). */
  let earlierLaw: string | null = null;
  /** How many records the first case block gave (a feature's lead may only preview the cases below). */
  let fromFirst = -1;
  for (const block of seg.cases) {
    if (fromFirst < 0 && block !== seg.cases[0]) fromFirst = records.length;
    const caseText = block.paragraphs.join('\n');
    // (A cheap look first: the 处罚类别 cell that would name the sanctions twice.)
    const cells = caseText.includes('类别：') ? cellsAsLines(caseText) : caseText;
    const sentences = decidedIn(cells, sanctionSentences(cells, readings));
    // A case that imposes nothing and stops mid-sentence was cut off by the page (an excerpt): not a case.
    if (sentences.length === 0 && !/[。！？.!?”"」）)]$/.test(caseText.trim())) continue;
    const repairs = textRepairs.filter((r) => caseText.includes(r.to));
    const read = /《|条|法/.test(caseText)
      ? withoutProcedure(
          caseText,
          withoutInternal(
            caseText,
            withoutAdvice(
              caseText,
              withoutRangeTalk(
                caseText,
                withoutPrinciples(
                  caseText,
                  withoutQuotedStatutes(
                    caseText,
                    withoutFormerNumbers(
                      caseText,
                      withRepairedLaws(
                        withShortLawNames(parseCitations(quotedArticlesJoined(caseText)), shortLaws),
                        repairs,
                      ),
                    ),
                  ),
                ),
                sentences,
              ),
              sentences,
            ),
          ),
          sentences,
        )
      : [];
    // Entries under a lead that named the law once (依据第十六条…): read under that law when they name none.
    // 下一步，某局将…督促…落实《…》第二十一条…: the writer's plans after the cases cite nothing.
    const applied = withoutPlans(caseText, block.paragraphs, read, sentences);
    let citations =
      listLaw !== null && !applied.some((c) => c.article !== null)
        ? underLeadLaw(caseText, listLaw)
        : applied;
    // 依据该办法第十二条 in a case that names no law: the law a case before it named.
    if (citations.length === 0 && earlierLaw !== null && refersBackToLaw(caseText))
      citations = underEarlierLaw(caseText, earlierLaw);
    // 依据同一法律第二十七条 before the case names a law itself (a lawyer quoting 该法 later): the earlier case's law.
    else if (earlierLaw !== null && caseText.includes('同一法'))
      citations = withEarlierLaw(caseText, citations, earlierLaw);
    earlierLaw = citations.findLast((c) => c.article !== null)?.law ?? earlierLaw;
    const parts = splitAll(caseText, splitParts(caseText, block.title, sentences, citations));
    // An entry of a news list is dated by its own publication, not by the page's first date.
    const entryYear = block.published === undefined ? null : Number(block.published.slice(0, 4));
    let dates = findDates(
      caseText,
      entryYear === null
        ? { year: bulletinYear, publishedYear, lastDay, lastYear }
        : { year: entryYear, publishedYear: entryYear, lastDay, lastYear },
    );
    // 同月，… opening a case: the month the case before told last.
    if (caseText.includes('同月')) dates = withSameMonth(caseText, dates, lastMonth);
    lastDay = dates.findLast((d) => d.date?.length === 10)?.date ?? lastDay;
    const lastDated = dates.findLast((d) => d.date !== null)?.date;
    if (lastDated && lastDated.length >= 7) lastMonth = lastDated;
    if (lastDated) lastYear = Number(lastDated.slice(0, 4));
    const told = before;
    before = dates.find((d) => d.date !== null)?.date ?? null;
    parts.forEach((part, i) => {
      const prev = parts[i - 1];
      const shared = {
        dates,
        citations,
        issuer,
        self,
        intro,
        year,
        prev,
        preamble,
        before: told,
        signed,
        declared,
      };
      const record = buildRecord(block, caseText, part, i, shared, options);
      const earlier = records[records.length - 1];
      if (earlier !== undefined) {
        const refersBack = record.provisions.length === 0 && citesArticlesAbove(caseText);
        if (refersBack) record.provisions = earlier.provisions;
        // 同日，该局还查实…: the unit told before, also over the page's issuer (a masthead's bureau above a county's case).
        if (
          record.agency === null
            ? followsEarlier(caseText, part, i, refersBack)
            : record.agency === issuer && i === 0 && followsEarlier(caseText, part, 0, false)
        )
          record.agency = earlier.agency;
        if (record.date === null && i === 0) record.date = passedOnDate(caseText, earlier.date);
      }
      if (record.party.name === UNNAMED_PARTY && caseText.includes('关闭'))
        closedSiteAsParty(record, caseText, part);
      if (imposesNothing(record) || nobodyPunished(record) || revokedLater(caseText, part)) return;
      if (onlyOrderedToCorrect(caseText, part, record)) return;
      if (seg.cases.length > 1 && summarises(caseText, part, record)) return;
      // An entry that cites nothing under a lead citing articles for every listed party (分别作出处罚): the lead's.
      if (listCited.length > 0 && record.provisions.length === 0)
        record.provisions = provisionsFrom(listCited);
      records.push(record);
      // (The decision's own words, for a telling of its facts further down: decisionsToldFirst.)
      decided.push(sentenceSpan(caseText, part));
      const cited = new Set(record.provisions.map((p) => `《${p.law}》`));
      doubts.push(
        doubtsOf(
          record,
          repairs.filter((r) => !r.to.startsWith('《') || cited.has(r.to)),
        ),
      );
    });
  }
  if (records.length > 1 && records.some(refersAbove)) decisionsToldFirst(records, doubts, decided);
  // 一家网络安全公司被警告并罚款；…一家科技企业被罚30万元……: a lead previewing the cases the feature tells below.
  for (let i = fromFirst - 1; i >= 0; i--) {
    if (previews(records[i]!, records.slice(fromFirst))) {
      records.splice(i, 1);
      doubts.splice(i, 1);
    }
  }
  if (records.length > 1 && leadRetold(records)) {
    records.shift();
    doubts.shift();
  }
  if (records.length > 1) mergeRetold(records, doubts);
  // （以上案件均由某市公安局依法办理）: the unit of every case whose decision names none (or only says 网警).
  // (Looked at only where 均由 is written: one search of the page, not a test of every record's unit.)
  const handled =
    text.includes('均由') && records.some((r) => handledUnitFor(r.agency)) ? handledAllBy(text) : null;
  if (handled !== null)
    records.forEach((r, i) => {
      if (!handledUnitFor(r.agency)) return;
      r.agency = handled;
      doubts[i] = doubts[i]!.filter((d) => d.code !== 'agency_missing');
    });
  return { records, doubts };
}

export interface ExtractResult {
  records: CaseRecord[];
  /** Beside each record (same index): what it leaves in doubt. */
  doubts: Doubt[][];
  warnings: string[];
  encoding: DecodedBulletin['encoding'];
  format: InputFormat;
}

/** Reads a bulletin's bytes (see decode/) and extracts its cases. Throws DomainError UNREADABLE_INPUT on binaries. */
export async function extractFromBytes(
  bytes: Uint8Array,
  options: { filename?: string; maxCases?: number } = {},
): Promise<ExtractResult> {
  const name = options.filename ?? '输入';
  const warnings: string[] = [];
  if (bytes.length === 0) {
    return { records: [], doubts: [], warnings: [`${name}：文件为空`], encoding: 'utf-8', format: 'text' };
  }
  const decoded = await decodeBulletin(bytes, name);
  let originalLines: Map<string, string> | undefined;
  if (decoded.traditional && decoded.originalText !== undefined) {
    originalLines = new Map();
    for (const line of decoded.originalText.split(/\r\n|[\r\n]/)) {
      const original = normalizeLine(line);
      if (original !== '') originalLines.set(normalizeLine(toSimplified(line)), original);
    }
    warnings.push(`${name}：繁体字文本，已转换为简体（原文保留在 original_text）`);
  }
  if (decoded.text.trim() === '') warnings.push(`${name}：没有文字内容`);
  const { records, doubts } = extractWithDoubts(decoded.text, {
    ...(originalLines ? { originalLines } : {}),
    ...(options.maxCases !== undefined ? { maxCases: options.maxCases } : {}),
  });
  if (records.length === 0 && decoded.text.trim() !== '') warnings.push(`${name}：没有找到处罚案例`);
  return { records, doubts, warnings, encoding: decoded.encoding, format: decoded.format };
}
