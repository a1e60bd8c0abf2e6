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
import {
  declaredAgency,
  declaredShortForms,
  extractAgency,
  findAgencies,
  signatureUnit,
} from './fields/agency.js';
import { contextYear, findDates, introDate, type DateContext, type DateMention } from './fields/date.js';
import { extractEstablishedFacts } from './fields/established-facts.js';
import { extractFacts } from './fields/facts.js';
import { extractParty, partyKind, type PartyGuess } from './fields/party.js';
import { provisionsFrom } from './fields/provisions.js';
import { extractRegion } from './fields/region.js';
import {
  clearSanctionMemo,
  combineSanctions,
  extractIllegalGains,
  internalDecision,
  mayTellInternal,
  sanctionKey,
  sanctionSentences,
  type SanctionSentence,
} from './fields/sanctions.js';
import { splitSentences } from './sentences.js';
import { composeTitle } from './fields/title.js';
import { doubtsOf, UNNAMED_PARTY, type Doubt } from './doubts.js';
import { OUTCOME_FIELD } from './forms.js';
import { GROUP_CUE, groupClauses, listedParties, namedMembers } from './groups.js';
import { respectiveValues } from './respective.js';
import { rejoinHardWraps } from './hard-wraps.js';
import { fromMarkdown } from './markdown.js';
import { rejoinShortLines } from './short-lines.js';
import { withoutSubtitleTiming } from './subtitles.js';
import { SELF_PARTY, SELF_REFERENCE, SELF_SUBJECT, WriterUnit, signedName } from './self-unit.js';
import { leadCitations, leadLaw, underEarlierLaw, underLeadLaw } from './lead-law.js';
import { listedEntries } from './listed-entries.js';
import { normalizeLine } from './normalize.js';
import { repairOcr } from './ocr.js';
import { courtRecital } from './court.js';
import { joinLabelLines } from './label-lines.js';
import { repairCitationText, repairLawName, type Repair } from './repair.js';
import { DECISION_DAY_LABEL } from './lines.js';
import { segment, type CaseBlock } from './segment.js';
import { allMatches } from '../shared/regex.js';

export interface ExtractOptions {
  /** Normalised simplified line → the line as written (traditional), for `original_text`. */
  originalLines?: ReadonlyMap<string, string>;
  /** Most case blocks read; more is INPUT_TOO_COMPLEX before any field is extracted (the server's cap). */
  maxCases?: number;
}

/** The server's cap on the cases of one bulletin (real bulletins tell a few dozen; 21,000 is not a bulletin). */
export const MAX_BULLETIN_CASES = 1000;

/** One record's share of a case block: a span of its text and the sanction sentences in it. */
interface Part {
  start: number;
  end: number;
  sentences: SanctionSentence[];
  party: PartyGuess | null;
  /** Whether one of its sentences cites an article (computed when first needed). */
  cites?: boolean;
  /** A party punished in the same sentence as another (对刘某…，对黄某…): the story, date, unit and citations are theirs. */
  shares?: Part;
  /** Spans of the text that are other groups' (其中3家企业…；另有5家单位…): their citations are not this part's. */
  skip?: [number, number][];
  /** A span after the part whose citations are its too (上述违法行为人的行为均违反了…). */
  also?: [number, number];
}

/**
 * 对刘某处以… / 没收何某违法所得… / ，给予刘某警告: the object of a clause that imposes, in a sentence that may punish
 * several parties (the name is the first group that took part).
 */
const OBJECT_CLAUSE =
  /对([^，。；：、]{1,10}?)(?:处以|处|给予|予以|作出|没收)|(?<=^|[，；,;])对([^，。；：、]{1,12}某{1,2})[，,][^，。；]{0,24}?对其(?:处以|处|给予|予以|作出)|没收([\u4e00-\u9fff]{1,3}某{1,2})(?=违法所得|非法所得|非法获利)|(?:^|[，；,;])(?:并|依法|同时)?给予([\u4e00-\u9fff]{1,3}某{1,2})(?=警告|罚款|行政|治安|拘留)|(?<=[；;])([\u4e00-\u9fff]{1,3}某{1,2})(?=的|情节|因|系)[^，。；]{0,12}[，,](?:[^，。；]{0,24}[，,])?对其(?:处以|处|给予|予以|作出)/g;
const objectOf = (m: RegExpExecArray): string => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;

/** 对参与摆拍的林某某，某派出所…对其处以…: the object named before the clause's own unit, without its description. */
function fronted(m: RegExpExecArray): PartyGuess | null {
  if (m[5] !== undefined) return { name: m[5], kind: partyKind(m[5]), explicit: true };
  if (m[2] === undefined) return null;
  const name = m[2].slice(m[2].lastIndexOf('的') + 1);
  return { name, kind: partyKind(name), explicit: true };
}

/** How many times `word` occurs in `text`. */
function occurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}
const NOT_OWN_PARTY = /主管人员|责任人员|负责人|法定代表人|责任人|员工|^(该|其|此|上述|两|二|三|各|均)/;

/**
 * A sentence that punishes several parties each in its own clause (我局依法对刘某处以行政拘留十日，对黄某处以行政拘留
 * 五日并处罚款五百元): one record each, all sharing the story told and the law cited for them together. A
 * responsible person of a unit (对主管人员王某…) stays with the unit's record.
 */
function splitObjects(text: string, part: Part): Part[] {
  if (part.sentences.length === 0) return [part];
  for (const [k, s] of part.sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    if (occurrences(sentence, '对') + occurrences(sentence, '没收') < 2 && occurrences(sentence, '给予') < 2)
      continue;
    const clauses = allMatches(OBJECT_CLAUSE, sentence).filter((m) => !NOT_OWN_PARTY.test(objectOf(m)));
    const names = new Set(clauses.map(objectOf));
    if (clauses.length < 2 || names.size !== clauses.length) continue;
    const pieces = clauses.map((m, i) => {
      const start = s.start + m.index;
      const end = i + 1 < clauses.length ? s.start + clauses[i + 1]!.index : s.end;
      return { start, end, found: sanctionSentences(text.slice(start, end)) };
    });
    if (pieces.some((p) => p.found.length === 0)) continue;
    const shift = (p: (typeof pieces)[number]): SanctionSentence[] =>
      p.found.map((f) => ({ ...f, start: f.start + p.start, end: f.end + p.start, at: f.at + p.start }));
    const first: Part = {
      ...part,
      sentences: [...part.sentences.slice(0, k), ...shift(pieces[0]!), ...part.sentences.slice(k + 1)],
      party: extractParty(text.slice(pieces[0]!.start, pieces[0]!.end), [text]),
    };
    const others = pieces.slice(1).map((p, i): Part => ({
      start: p.start,
      end: p.end,
      sentences: shift(p),
      party: fronted(clauses[i + 1]!) ?? extractParty(text.slice(p.start, p.end), [text]),
      shares: first,
    }));
    return [first, ...others];
  }
  return [part];
}

const BASIS_AFTER_SEMICOLON = /；(?:并|同时|另)?(?:依据|根据|依照)/;
/** A clause after 「；」 that opens on its own legal basis (；依据《数据安全法》第二十七条…). */
const BASIS_CLAUSE =
  /；(?=(?:并|同时|另)?(?:依据|根据|依照)[^，。；]{0,40}?(?:《|第[一二三四五六七八九十百\d]+条))/g;

/**
 * One sentence that decides for two parties, each under its own law (依据《个人信息保护法》…，责令某物业公司改正，并给予
 * 警告；依据《数据安全法》…，对某科技公司作出…罚款十万元): one record each, sharing the story and the date, each with the
 * citations of its own clause only.
 */
function splitBasisClauses(text: string, part: Part): Part[] {
  if (part.sentences.length === 0 || !BASIS_AFTER_SEMICOLON.test(text)) return [part];
  for (const [k, s] of part.sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    if (!sentence.includes('；')) continue;
    const cuts = allMatches(BASIS_CLAUSE, sentence).map((m) => s.start + m.index + 1);
    if (cuts.length === 0) continue;
    const bounds = [s.start, ...cuts, s.end];
    const pieces = bounds.slice(0, -1).map((start, i) => {
      const end = bounds[i + 1]!;
      const found = sanctionSentences(text.slice(start, end));
      const guess = extractParty(text.slice(start, end), [text]);
      return { start, end, found, guess };
    });
    if (pieces.some((p) => p.found.length === 0 || !p.guess?.explicit)) continue;
    if (new Set(pieces.map((p) => partyHead(p.guess!.name))).size !== pieces.length) continue;
    const shift = (p: (typeof pieces)[number]): SanctionSentence[] =>
      p.found.map((f) => ({ ...f, start: f.start + p.start, end: f.end + p.start, at: f.at + p.start }));
    const others = (i: number): [number, number][] =>
      pieces.filter((_, j) => j !== i).map((p): [number, number] => [p.start, p.end]);
    const first: Part = {
      ...part,
      sentences: [...part.sentences.slice(0, k), ...shift(pieces[0]!), ...part.sentences.slice(k + 1)],
      party: pieces[0]!.guess,
      skip: [...(part.skip ?? []), ...others(0)],
    };
    return [
      first,
      ...pieces.slice(1).map((p, i): Part => ({
        start: p.start,
        end: p.end,
        sentences: shift(p),
        party: p.guess,
        shares: first,
        skip: others(i + 1),
      })),
    ];
  }
  return [part];
}

/** 给予张某、赵某、杜某等3人行政拘留5日: people listed by name, each punished alike. */
const PERSON = '[\\u4e00-\\u9fff]某{1,2}(?:(?![分等均各])[\\u4e00-\\u9fff])?';
/** (对张某、李某分别处以… is one record of the two, its sanctions spread by 分别: not split.) */
const ENUMERATED = new RegExp(
  `(?:对|给予)((?:${PERSON}、)+${PERSON})(?!分别|均|各)(?:等[\\d一二三四五六七八九十两]+人)?`,
);

/**
 * People listed by name in one decision (依法给予张某、赵某…等6人行政拘留5日，并没收违法所得): one record each, all
 * sharing the story. What the sentence imposed before the list (对该账号给予关闭处置) stays with the part's own party.
 */
function splitEnumerated(text: string, part: Part): Part[] {
  for (const [k, s] of part.sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    // A list of names is joined by 、: a sentence without one is not scanned at each 对 and 给予.
    const m = sentence.includes('、') ? ENUMERATED.exec(sentence) : null;
    if (!m) {
      if (sentence.includes('分别') && sentence.includes('、')) {
        const each = splitRespective(sentence, part, k);
        if (each) return each;
      }
      continue;
    }
    const names = m[1]!.split('、');
    const at = s.start + m.index;
    const shift = (found: SanctionSentence[], by: number): SanctionSentence[] =>
      found.map((f) => ({ ...f, start: f.start + by, end: f.end + by, at: f.at + by }));
    const listed = shift(sanctionSentences(text.slice(at, s.end)), at);
    if (listed.length === 0) continue;
    const before = shift(sanctionSentences(text.slice(s.start, at)), s.start);
    const people = names.map((name): Part => ({
      start: at,
      end: s.end,
      sentences: listed,
      party: { name, kind: 'individual', explicit: true },
      shares: part,
    }));
    const rest = [...part.sentences.slice(0, k), ...before, ...part.sentences.slice(k + 1)];
    if (rest.length === 0)
      return people.map((p) => ({ ...p, start: part.start, end: part.end, shares: undefined }));
    return [{ ...part, sentences: rest }, ...people];
  }
  return [part];
}

/**
 * 对甲某、乙某分别处以行政拘留五日、三日: one record per person with the value in their place, sharing the story; what
 * else the sentence imposed 分别 each gets once.
 */
function splitRespective(sentence: string, part: Part, k: number): Part[] | null {
  const r = respectiveValues(sentence);
  if (!r) return null;
  const s = part.sentences[k]!;
  const kind = r.sanctions[0]!.kind;
  const others = eachOnce(
    s.sanctions.filter((x) => x.kind !== kind),
    r.names.length,
  );
  const own = (i: number): SanctionSentence[] =>
    part.sentences.map((x, j) => (j === k ? { ...x, sanctions: [r.sanctions[i]!, ...others] } : x));
  const first: Part = {
    ...part,
    sentences: own(0),
    party: { name: r.names[0]!, kind: 'individual', explicit: true },
  };
  return [
    first,
    ...r.names.slice(1).map((name, i): Part => ({
      ...first,
      sentences: own(i + 1),
      party: { name, kind: 'individual', explicit: true },
      shares: first,
    })),
  ];
}

/**
 * A sentence that punishes groups (其中3家企业…被处以警告；另有5家单位…被下达《责令限期整改通知书》): one record per
 * group that its own span punishes, the group as the party; a group's record cites only what its span or the story
 * before the groups cites.
 */
function splitGroups(text: string, part: Part): Part[] {
  if (!GROUP_CUE.test(text)) return [part];
  for (const [k, s] of part.sentences.entries()) {
    const groups = groupClauses(text.slice(s.start, s.end))
      .map((g) => ({ ...g, start: g.start + s.start, end: g.end + s.start }))
      .map((g) => ({ ...g, found: sanctionSentences(text.slice(g.start, g.end)) }))
      .filter((g) => g.found.length > 0);
    if (groups.length === 0) continue;
    // 两所学校…分别对甲中学、乙中学给予警告: the group is the parties the sentence names.
    const members = groups.length === 1 ? namedMembers(groups[0]!.name, text.slice(s.start, s.end)) : null;
    if (members) return perName(part, members);
    const own = (g: (typeof groups)[number]): SanctionSentence[] =>
      g.found.map((f) => ({ ...f, start: f.start + g.start, end: f.end + g.start, at: f.at + g.start }));
    const spans = groups.map((g): [number, number] => [g.start, g.end]);
    // The story before the groups (9月，某支队对辖区23家单位开展检查，其中…) is every group's.
    return groups.map((g, i): Part => ({
      start: part.start,
      end: i === 0 ? part.end : g.end,
      sentences:
        i === 0 ? [...part.sentences.slice(0, k), ...own(g), ...part.sentences.slice(k + 1)] : own(g),
      party: { name: g.name, kind: 'organization', explicit: true },
      skip: spans.filter((_, j) => j !== i),
    }));
  }
  return [part];
}

/**
 * 分别对两家单位给予警告, the story having listed them (白河县某中学和白河县某卫生院两家单位): one record per party
 * listed, sharing the story; what 分别 spread over them each gets once.
 */
function splitCounted(text: string, part: Part): Part[] {
  if (!part.party) return [part];
  const names = listedParties(part.party.name, text.slice(part.start, part.end));
  return names ? perName(part, names) : [part];
}

/** One part per party that `part` punishes each (分别), sharing its story; what 分别 spread over them each gets once. */
function perName(part: Part, names: readonly string[]): Part[] {
  const once = part.sentences.map((s) => ({ ...s, sanctions: eachOnce(s.sanctions, names.length) }));
  const first: Part = {
    ...part,
    sentences: once,
    party: { name: names[0]!, kind: partyKind(names[0]!), explicit: true },
  };
  return [
    first,
    ...names.slice(1).map((name): Part => ({
      ...first,
      party: { name, kind: partyKind(name), explicit: true },
      shares: first,
    })),
  ];
}

/** Sanctions 分别 gave n parties (each listed n times): each party's share. */
function eachOnce(sanctions: readonly Sanction[], n: number): Sanction[] {
  const total = new Map<string, number>();
  for (const x of sanctions) total.set(sanctionKey(x), (total.get(sanctionKey(x)) ?? 0) + 1);
  const kept = new Map<string, number>();
  return sanctions.filter((x) => {
    const count = (kept.get(sanctionKey(x)) ?? 0) + 1;
    kept.set(sanctionKey(x), count);
    return count <= Math.ceil(total.get(sanctionKey(x))! / n);
  });
}

/** A ；-clause that opens with the day it tells (1月5日，… / 同日，…). */
const DATED_CLAUSE = /^\s*(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|同日|次日|当日)[，,]/;
/** A sentence that cites the law for every case told before it (上述违法行为人的行为均违反了…). */
const FOR_ALL_ABOVE = /上述[^。；]{0,16}均/;

/** A clause that opens with an organisation's name (其中，沅江某职业学院招生系统…): the name, as written. */
const OPENS_NAMED =
  /^(?:其中|此外|另外|另)?[，,]?([\u4e00-\u9fff“”（）()]{2,30}?(?:有限责任公司|有限公司|公司|学院|学校|大学|医院|集团|网吧|网咖|会所|酒店|宾馆|工作室|协会))/;

/**
 * The clauses with the name each opens with, when every clause opens with a name of its own, all different
 * (else null).
 */
function openingNames(text: string, clauses: readonly [number, number][]): [number, number, string][] | null {
  const out: [number, number, string][] = [];
  for (const [a, b] of clauses) {
    const m = OPENS_NAMED.exec(text.slice(a, b).trimStart());
    if (!m || out.some((o) => o[2] === m[1])) return null;
    out.push([a, b, m[1]!]);
  }
  return out;
}

/**
 * One sentence telling several cases, each a ；-clause opening with its day (1月5日，网民陈某…被依法行政拘留八日；1月9日，
 * 郑某…被处罚款五百元；…): one record per clause that imposes something (a clause of 批评教育 alone is none), each
 * its own story; a later 「上述…均违反了…」 sentence's citations are every clause's.
 */
function splitDatedClauses(text: string, part: Part): Part[] {
  for (const s of part.sentences) {
    // Two ； within the sentence (looked for in the sentence only, not the rest of the case).
    const sentence = text.slice(s.start, s.end);
    const semi = sentence.indexOf('；');
    if (semi < 0) continue;
    // One ； only: two clauses, the second opening on its day (…对其作出…；同日，对乙某作出…) — kept apart only when
    // each names a party of its own (below).
    const single = sentence.indexOf('；', semi + 1) < 0;
    if (single && !DATED_CLAUSE.test(sentence.slice(semi + 1))) continue;
    const first = s.start + semi;
    const clauses: [number, number][] = [];
    let from = s.start;
    for (let i = first; i >= 0 && i < s.end; i = text.indexOf('；', i + 1)) {
      clauses.push([from, i]);
      from = i + 1;
    }
    clauses.push([from, s.end]);
    // The first case follows the lead's colon (连续查处4起网络谣言案件：1月5日，…). With one ； the first clause may open
    // on its law instead (根据…规定，我局于…对甲公司…；同日，依据同一规定对乙公司…).
    const dated = clauses
      .map(([a, b]): [number, number] => [
        text.lastIndexOf('：', b - 1) >= a ? text.lastIndexOf('：', b - 1) + 1 : a,
        b,
      ])
      .filter(([a, b], k) => (single && k === 0) || DATED_CLAUSE.test(text.slice(a, b)));
    // Or every clause opens with its own party's name (其中，甲学院…作出警告；乙公司…处罚款…；丙公司…处罚款…).
    const named = dated.length < 2 && !single ? openingNames(text, clauses) : null;
    if (dated.length < 2 && named === null) continue;
    const after = text.slice(s.end, part.end);
    const forAll = FOR_ALL_ABOVE.exec(after);
    const also: [number, number] | undefined = forAll
      ? [s.end + forAll.index, s.end + (after.indexOf('。', forAll.index) + 1 || after.length)]
      : undefined;
    const parts = (named ?? dated).flatMap(([a, b], k): Part[] => {
      const found = sanctionSentences(text.slice(a, b)).map((f) => ({
        ...f,
        start: f.start + a,
        end: f.end + a,
        at: f.at + a,
      }));
      if (found.length === 0 || found.every((f) => f.generic)) return [];
      // A passive clause (郑某…被处罚款五百元) names its party as its subject: the clause is the context.
      // A clause that opens with its party's name refers to it after (对该公司…): the opening name is the party.
      const party = named
        ? { name: named[k]![2], kind: partyKind(named[k]![2]), explicit: true }
        : extractParty(text.slice(a, b), [text.slice(a, b)]);
      return [{ start: a, end: b, sentences: found, party, ...(also ? { also } : {}) }];
    });
    if (parts.length < 2) continue;
    if (!single) return parts;
    // Two parties of one decision sentence: the story told before it, its unit and its law are both theirs.
    if (!ownParties(parts)) continue;
    const head: Part = { ...parts[0]!, start: part.start };
    return [head, ...parts.slice(1).map((p): Part => ({ ...p, shares: head }))];
  }
  return [part];
}

/**
 * Clauses that each have a party of their own, all different (not a unit's officer); the later ones name it as
 * their object (the first may refer back to its party with 对其).
 */
function ownParties(parts: readonly Part[]): boolean {
  const names = parts.map((p, k) => (k === 0 || p.party?.explicit === true ? (p.party?.name ?? '') : ''));
  return names.every((n) => n !== '' && !NOT_OWN_PARTY.test(n)) && new Set(names).size === names.length;
}

/**
 * One decision over a numbered list of parties (我局责令下列网站主办者…：/1．…主办者：某公司；): one record per
 * entry, each sharing the story and the law told before the list.
 */
function splitListed(text: string, part: Part): Part[] {
  if (part.sentences.length !== 1) return [part];
  const s = part.sentences[0]!;
  if (text.charAt(s.end - 1) !== '：' && text.charAt(s.end - 1) !== ':') return [part];
  const entries = listedEntries(text, s.start, s.end);
  if (entries.length === 0) return [part];
  const story: Part = { ...part, end: s.end };
  return entries.map((e): Part => ({
    start: e.start,
    end: e.end,
    sentences: [s],
    party: { name: e.name, kind: e.kind, explicit: true },
    shares: story,
  }));
}

/** 依法关闭仿冒官方“某局”的网站: a clause whose measure names its own object (a site or an account). */
const CLOSES_OBJECT =
  /^(?:依法|同时|并|另)*(?:关闭|关停|注销|封禁)(?!该|其|此|上述)([^，,；;。]{4,30}?(?:网站|账号|帐号|公众号|App|APP|小程序|群组))[。！]?$/;

/**
 * 针对公众号“甲”…，责令限期整改…；依法关闭仿冒官方“乙”的网站: a clause after ；that closes another, named site or
 * account is that site's record, sharing the story; the clauses before stay with the part's party.
 */
function splitClosedObjects(text: string, part: Part): Part[] {
  for (const [k, s] of part.sentences.entries()) {
    const semi = text.indexOf('；', s.start);
    if (semi < 0 || semi >= s.end) continue;
    const sentence = text.slice(s.start, s.end);
    const cut = semi - s.start;
    const rest = sentence.slice(cut + 1).trim();
    const object = CLOSES_OBJECT.exec(rest);
    if (
      !object ||
      (part.party && sameParty(part.party, { name: object[1]!, kind: 'organization', explicit: true }))
    )
      continue;
    const at = s.start + sentence.indexOf(rest, cut);
    const shift = (found: SanctionSentence[], by: number): SanctionSentence[] =>
      found.map((f) => ({ ...f, start: f.start + by, end: f.end + by, at: f.at + by }));
    const closed = shift(sanctionSentences(rest), at);
    const kept = shift(sanctionSentences(text.slice(s.start, at)), s.start);
    if (closed.length === 0 || kept.length === 0) continue;
    const own: Part = {
      ...part,
      sentences: [...part.sentences.slice(0, k), ...kept, ...part.sentences.slice(k + 1)],
    };
    const other: Part = {
      start: at,
      end: s.end,
      sentences: closed,
      party: { name: object[1]!, kind: 'organization', explicit: true },
      shares: own,
    };
    return [own, other];
  }
  return [part];
}

/** 警方, 公安机关: who decided, but not which unit. */
const GENERIC_AGENCY = /^(?:当地|属地|辖区)?(警方|公安机关|公安部门|网警|民警|执法部门)$/;
const POLICE_WORD = /^(警方|网警|民警)$/;

/**
 * The unit of the first imposing sentence; when that only says 警方 (a news lead) and a later sentence of the part
 * names the unit (建设广场派出所对其依法拘留7日), that unit; else the first unit the case names elsewhere (某县公安局
 * 网安大队民警在工作中发现…, then 警方依法给予…).
 */
/** What follows the unit that made a decision: 于2031年6月20日作出的…行政处罚决定. */
const DECIDER_AFTER = /^(?:于[^，。；]{2,20}?)?(?:依法)?(?:作出|做出)(?:的)?[^。；，]{0,40}?处罚决定/;

/** Whether the unit ending at `at` is followed by DECIDER_AFTER (于/依法/作出/做出 looked at first). */
function decides(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    (c === 0x4e8e || c === 0x4f9d || c === 0x4f5c || c === 0x505a) &&
    DECIDER_AFTER.test(text.slice(at, at + 70))
  );
}

function namedAgency(
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

/**
 * 现决定对违法行为人某某行政拘留八日 … 某县公安局（印）: a decision document's deciding sentence names no unit; the unit
 * that signs it on a line of its own below decided (one named in the facts, 向某派出所报案, only took the report).
 */
function signedBelow(text: string, at: number, units: ReturnType<typeof findAgencies>): string | null {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const lead = text.slice(start, at);
  if (!lead.includes('决定') || units.some((u) => u.start >= start && u.start < at)) return null;
  for (const u of units) {
    if (u.start <= at || text.charCodeAt(u.start - 1) !== 0x0a) continue;
    const end = text.indexOf('\n', u.start);
    const signed = signatureUnit(text.slice(u.start, end < 0 ? text.length : end));
    if (signed !== null) return signed;
  }
  return null;
}

/** What follows a unit that decides in its sentence: its basis, or the object of its decision. */
const DECIDING = /^(?:依据|根据|依照|按照|依法|对)/;

/** The last unit of the sentence holding `at`, before it, that decides there (某分局依据… / 某分局对…); else null. */
function decidingUnit(text: string, at: number, units: ReturnType<typeof findAgencies>): string | null {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  let found: string | null = null;
  for (const u of units) {
    if (u.start >= at) break;
    if (u.start >= start && DECIDING.test(text.slice(u.end, u.end + 2))) found = u.name;
  }
  return found;
}

/** Every mention of `unit` in `text` is an object (向公安机关…, 报公安机关备案), never a subject. */
function objectOnly(text: string, unit: string): boolean {
  let seen = false;
  for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + unit.length)) {
    if (!/[向报到至]/.test(text.charAt(at - 1))) return false;
    seen = true;
  }
  return seen;
}

/** Whether a span of the case text cites an article (the case text is parsed once). */
const citesArticle = (citations: readonly Citation[], start: number, end: number): boolean =>
  citations.some((c) => c.article !== null && c.start >= start && c.start < end);

/** The party's core noun, for telling two parties of one block apart (某电信运营商 vs 赵某). */
function partyHead(name: string): string {
  return name.replace(/^.*?某+(?=[\u4e00-\u9fff]{2})/, '').replace(/^(该|此|上述|其)/, '');
}

const sameParty = (a: PartyGuess | null, b: PartyGuess | null): boolean => {
  if (!a || !b) return true;
  const x = partyHead(a.name);
  const y = partyHead(b.name);
  return x.includes(y) || y.includes(x);
};

/**
 * Splits a case block where a later sentence cites its own law and sanctions another party (大连: 赵某 拘留; then
 * 一案双查 of the telecom operator, 第21条、第59条, 警告) — each becomes a record.
 */
/** Whether a part's sentences cite an article (kept on the part once asked). */
function citedBefore(part: Part, citations: readonly Citation[]): boolean {
  return (part.cites ??= part.sentences.some((x) => citesArticle(citations, x.start, x.end)));
}

/** 某县公安局对乙某处以罚款五百元: a sentence that punishes someone it names by a masked name. */
const namesOther = (sentence: string): boolean =>
  sentence.includes('某') && /对[^，。；]{0,12}某/.test(sentence);

/**
 * A sentence of its own that punishes another party named in full (…对甲某处以行政拘留五日。某县公安局对乙某处以罚款五百元。):
 * its party's part, even without a citation of its own, when all its sanctions fall on that party.
 */
function ownSentence(s: SanctionSentence, party: PartyGuess | null): boolean {
  return (
    party !== null &&
    party.explicit &&
    party.name.includes('某') &&
    !s.generic &&
    s.sanctions.every((x) => x.target === 'party' && (x.amount_yuan !== null || x.days !== null))
  );
}

/**
 * 4月，群众举报某公司…。经查，该APP违反了…第四十一条第一款。该公司被处以警告。该案由某分局查办，依据为…第六十四条第一款。:
 * a sanction sentence citing nothing itself, in a paragraph after the part's last sentence that cites its own articles
 * — a case told over several sentences. Its paragraph (where its party is named), else null.
 */
function toldOwnParagraph(
  text: string,
  s: SanctionSentence,
  part: Part,
  citations: readonly Citation[],
): string | null {
  const last = part.sentences[part.sentences.length - 1];
  if (last === undefined) return null;
  const start = text.lastIndexOf('\n', s.start) + 1;
  if (start <= last.end) return null;
  const end = text.indexOf('\n', s.end);
  const stop = end < 0 ? text.length : end;
  return citesArticle(citations, start, stop) ? text.slice(start, stop) : null;
}

function splitParts(
  text: string,
  title: string | null,
  sentences: SanctionSentence[],
  citations: readonly Citation[],
): Part[] {
  const parts: Part[] = [{ start: 0, end: text.length, sentences: [], party: null }];
  for (const s of sentences) {
    const current = parts[parts.length - 1]!;
    const sentenceText = text.slice(s.start, s.end);
    const cites = !s.generic && citesArticle(citations, s.start, s.end);
    // A later sentence can only split the block (it cites) or name the party better (none named yet).
    // 2023年11月，某局曾对当地一家连锁药店作出…处罚: an earlier case recalled in passing, its party its own.
    const recalled = !s.generic && RECALLED.test(sentenceText);
    const told = cites || s.generic ? null : toldOwnParagraph(text, s, current, citations);
    const needParty =
      current.sentences.length === 0 ||
      !current.party?.explicit ||
      cites ||
      recalled ||
      told !== null ||
      namesOther(sentenceText);
    const party = !needParty
      ? null
      : s.generic && current.party
        ? current.party
        : extractParty(sentenceText, told ? [told, text, title ?? ''] : [text, title ?? '']);
    // …unless both cite and impose: a story that named its unit only by reference (责令该公司改正) is not the
    // next party's (对吴某处以…) lead.
    if (
      current.sentences.length === 0 ||
      (!current.party?.explicit &&
        party?.explicit &&
        !(current.party && !current.sentences[0]!.generic && cites && citedBefore(current, citations)))
    ) {
      // The first sentence with a named object decides the part's party (a news lead may name none).
      current.sentences.push(s);
      current.party = party;
      if (cites) current.cites = true;
      continue;
    }
    if (
      (cites || recalled || told !== null || ownSentence(s, party)) &&
      (recalled || citedBefore(current, citations)) &&
      party &&
      current.party &&
      !sameParty(party, current.party) &&
      !/^(该|其|此)$/.test(party.name) &&
      !(recalled && /^(该|其|此|上述)/.test(party.name))
    ) {
      // The new party's story opens its paragraph when the previous party's last sentence lies in an earlier one
      // (第二个是…案件。某公司…。今年1月，…发现…。2月27日，某分局依据…).
      const paragraph = text.lastIndexOf('\n', s.start) + 1;
      const last = current.sentences[current.sentences.length - 1]!;
      const start = paragraph > last.end ? paragraph : s.start;
      current.end = start;
      parts.push({ start, end: text.length, sentences: [s], party, cites: cites || told !== null });
    } else {
      current.sentences.push(s);
      if (cites) current.cites = true;
      // A news lead's 一家健身公司, then the body's 鹭川某健身管理有限公司: the masked name is the party's — also when
      // the lead only said 被依法处罚 of it, and the decision's sentence names it in full.
      if (
        party &&
        current.party &&
        party.name.includes('某') &&
        (LEAD_DESCRIPTION.test(current.party.name) || namedInFull(party, current, s))
      )
        current.party = party;
    }
  }
  return parts;
}

/**
 * The part's party came from sentences that impose only a penalty of unstated kind (a lead: 该公司…被依法处罚); this
 * sentence (`s`, just added) decides in measures and names a unit of the same kind longer (某在线教育科技有限公司).
 */
function namedInFull(party: PartyGuess, part: Part, s: SanctionSentence): boolean {
  const before = part.party!.name;
  return (
    !s.generic &&
    party.explicit &&
    party.name.length > before.length &&
    party.name.slice(-2) === before.slice(-2) &&
    part.sentences.every((x) => x === s || x.generic)
  );
}

/** A dated sentence telling what a unit once did (2023年11月，某局曾对…作出): another, earlier case. */
const RECALLED = /^(?:\d{4}年)?\d{1,2}月[^。，]{0,12}[，,]?[^。，]{0,20}曾(?:对|给予|向|依法)/;

/** 一家健身公司, 一名男子: how a news lead describes a party it names later. */
const LEAD_DESCRIPTION = /^[\u4e00-\u9fff]{0,4}一(?:家|名|个|所)/;

function originalOf(
  lines: readonly string[],
  map: ReadonlyMap<string, string> | undefined,
): string | undefined {
  if (!map) return undefined;
  return lines.map((l) => map.get(l) ?? l).join('\n');
}

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

function decisionDate(text: string, part: Part, dates: readonly DateMention[]): PartialDate | null {
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
function yearOf(text: string, bulletinYear: PartialDate | null): PartialDate | null {
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
function laterPartDate(
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
  const told = storyDate(
    dates.filter((d) => d.start < prev.end && d.date !== null),
    text,
  );
  if (responsibleOfPrevious(text, part, prev, guess)) return told;
  // 同时，…对为该网站提供主机服务的某公司…处以罚款: the same story's month; the day told was the first party's.
  return told === null ? null : told.slice(0, 7);
}

/**
 * A later party of one decision whose own story is a paragraph of its own above the decision (一、基本情况 /
 * （二）收费处职工李某…。6月20日，… / 二、处理结果 / …依据同一规定，对李某作出…): that paragraph's date — the first
 * paragraph naming the party and not the previous one. Null when no such paragraph tells a date.
 */
function ownStoryDate(
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
    if (text.charCodeAt(at + name.length) === 0x67d0) continue;
    const from = text.lastIndexOf('\n', at) + 1;
    const to = text.indexOf('\n', at);
    const end = to < 0 ? text.length : to;
    if (end > decision) return null;
    if (other !== undefined && text.slice(from, end).includes(other)) continue;
    const own = dates.filter((d) => d.start >= from && d.start < end && d.date !== null);
    return own.length > 0 ? storyDate(own, text) : null;
  }
  return null;
}

const RESPONSIBLE_ROLES = ['法定代表人', '负责人', '主管人员', '责任人员'];

/** The part punishes, separately, the 法定代表人 or 主管人员 of the previous part's party: the same case. */
function responsibleOfPrevious(
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
function storyDate(dates: readonly DateMention[], text: string): PartialDate | null {
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
    (next.start - first.end <= 30 || (first.date.length === 7 && text.charCodeAt(next.start - 1) === 0x0a))
  )
    return next.date;
  return first.date;
}

/**
 * 3月20日，某局对某公司作出罚款…。…今年1月，网安大队发现…: a story that opens on the day of its decision and tells its
 * facts after it. The first date told after, and before that day, is the conduct's (null when the story tells none).
 */
function factsAfterDecision(dates: readonly DateMention[], decided: PartialDate): PartialDate | null {
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

/**
 * The date of the conduct when the investigation's finding states it (经查，该公司…于今年6月至7月间将信息提供给…)
 * and it comes before the date the story opens on (the complaint, the inspection that found it); else `told`.
 */
function conductDate(
  text: string,
  dates: readonly DateMention[],
  told: PartialDate | null,
): PartialDate | null {
  if (told === null) return null;
  for (const d of dates) {
    if (d.date === null || d.date >= told || told.startsWith(d.date)) continue;
    const c = text.charCodeAt(d.start - 1);
    if (c === 0x4e8e) {
      if (
        FOUND_CONDUCT.test(text.slice(Math.max(0, d.start - 60), d.start)) &&
        !LAUNCHED.test(text.slice(d.end, d.end + 6))
      )
        return d.date;
    } else if (
      (c === 0xff0c || c === 0x67e5 || c === 0x660e) &&
      FINDING_OPENS.test(text.slice(Math.max(0, d.start - 5), d.start))
    )
      return d.date;
  }
  return told;
}

/** 于2031年8月15日作出…行政处罚决定: the day of the decision, right after its date. */
const DECIDED_ON = /^(?:依法)?(?:作出|做出)(?:的)?[^。；]{0,40}?处罚决定/;

/** Whether a decision is told right at `at` (作出/做出/依法作出…处罚决定); its first character is looked at first. */
function decidedOn(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x4f5c || c === 0x505a || c === 0x4f9d) && DECIDED_ON.test(text.slice(at, at + 50));
}

/** The dates of the story: the day a decision was made gives way when the story tells another (a court's recital). */
function storyDates(text: string, dates: readonly DateMention[]): readonly DateMention[] {
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

const afterColon = (text: string, start: number): boolean => {
  const c = text.charCodeAt(start - 1);
  return c === 0xff1a || c === 0x3a;
};
/** 决定日期：/ 公示期限：/ 有效期至： — a card's field whose day is the decision's or the disclosure's, not the story's. */
const DAY_FIELD = new RegExp(`(?:${DECISION_DAY_LABEL}|(?:公示|有效|公开|更新)[\\u4e00-\\u9fff]{0,4}[：:])$`);

/**
 * The days a card gives in its fields (决定日期：2031-03-24, 公示期限：2031-03-31至2034-03-24 — the range's end too):
 * none of them tells when the conduct was (a card may give its fields before its 违法事实).
 */
function fieldDays(text: string, dates: readonly DateMention[]): Set<DateMention> | null {
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

/**
 * 另，网民吴某…转发… / 此外，… / 在调查中，… — the story goes on to another party of the same events: with no date of its own, the
 * case is dated to the month of the case told before it (the day is the other party's).
 */
const GOES_ON =
  /^(?:另[，,]|另外[，,]|此外[，,]|在?(?:此次|本次|该案)?(?:调查|侦查|侦办|办案)(?:中|过程中)[，,])/;

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
  const agency =
    short === null || shared.declared.size === 0 ? short : declaredAgency(short, shared.declared);
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
 * 10月4日，我局依据…，对林某处以…；某派出所依据同一规定，对吴某…: the writer is the subject of the sentence the
 * decision opens (before its first 对-clause, where no other unit is named) — the unit it signs as, else null. Kept
 * apart: read only where the case names a unit its decision's own words do not.
 */
function writerDecidedFirst(
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
const writerInStory = (own: string): boolean =>
  (own.includes('我') || own.includes('本')) && WRITER_ACTS.test(own);

/**
 * The day under a decision document's signature: a line that is only a full date, right below the signing unit's
 * line or its seal (某分局 / （印） / 二〇二六年一月二十六日, or 某分局 / 2026年3月27日 / （印）); the last such.
 */
function signatureDay(text: string): PartialDate | null {
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

/** The unit that issues the bulletin: named in its title or introduction, preferably where it reports enforcement. */
function issuingAgency(preamble: readonly string[]): string | null {
  let first: string | null = null;
  for (const [i, line] of preamble.entries()) {
    // 各市（州）党委网信办：… / 各区县卫生健康局 — the addressees, not the issuer.
    // 某省互联网信息办公室 on the notice's first line, its own: the issuer's header.
    const header = i === 0 ? signatureUnit(line) : null;
    if (header !== null) return header;
    // 青峪网信 | 首页 网信动态 执法公示… — the site's name on its navigation bar, not the issuer.
    if (NAVIGATION.test(line)) continue;
    const units = findAgencies(line).filter((u) => !/各[^，。；]{0,8}$/.test(line.slice(0, u.start)));
    if (units.length === 0) continue;
    if (/处罚|查处|执法|通报|发布|公布/.test(line)) return units[0]!.name;
    first ??= units[0]!.name;
  }
  return first;
}

/**
 * Citations of quoted statute text are not citations for the case (see the dev label of jiangxi-jian): a sentence
 * "《网络安全法》第二十一条规定：国家实行…网络运营者应当…" restates the law, whatever article it names.
 */
const QUOTE_HEAD = /第[^。！？\n]{1,16}条[^。！？\n]{0,8}?(规定的是|规定|明确)[：:“"]/;
/** 依据…第二十一条规定，对该公司… / 违反了…第十条规定，…: a citation the sentence applies, before its 规定， */
const APPLIES = /依据|根据|依照|按照|违反/;

/**
 * 《某法》第二十七条规定，任何个人…不得…: a statute quoted after a comma (a warning list's) cites nothing, unless its
 * sentence applies the article (looked at only for a citation followed right by 规定，).
 */
function withoutCommaQuotes(text: string, citations: Citation[]): Citation[] {
  if (!text.includes('条规定，')) return citations;
  return citations.filter((c) => {
    if (!text.startsWith('规定，', c.end)) return true;
    const start = Math.max(text.lastIndexOf('。', c.start - 1), text.lastIndexOf('\n', c.start - 1)) + 1;
    if (APPLIES.test(text.slice(start, c.start))) return true;
    const stop = text.indexOf('。', c.end);
    return !STATUTE_WORDS.test(text.slice(c.end + 3, stop < 0 ? text.length : stop));
  });
}
const STATUTE_WORDS = /本法|本条例|本办法|本规定|应当|不得|的，由|以上|以下|下列/;

function withoutQuotedStatutes(text: string, all: Citation[]): Citation[] {
  const citations = withoutCommaQuotes(text, all);
  if (!citations.some((c) => QUOTE_HEAD.test(text.slice(c.start, c.end + 12)))) return citations;
  return citations.filter((c) => {
    const start = Math.max(text.lastIndexOf('。', c.start - 1), text.lastIndexOf('\n', c.start - 1)) + 1;
    const ends = [text.indexOf('。', c.end), text.indexOf('\n', c.end)].filter((i) => i >= 0);
    const sentence = text.slice(start, ends.length ? Math.min(...ends) : text.length);
    const head = QUOTE_HEAD.exec(sentence);
    // 原第五十九条第一款规定的是“责令改正，给予警告”: what an article says, weighed in reasoning — its sentence cites none.
    return !(
      head &&
      (head[1] === '规定的是' || STATUTE_WORDS.test(sentence.slice(head.index + head[0].length)))
    );
  });
}

/** 根据行政处罚法“从旧兼从轻”的原则: what follows a law named with no article is a principle it lays down. */
const PRINCIPLE_AFTER = /^[^，。；！？\n]{0,16}?(?:原则|精神)/;

/**
 * A law named as the source of a principle (根据行政处罚法“从旧兼从轻”的原则，应适用…) is reasoning, not the case's
 * basis: its article-less citation is dropped. Looked at only where an article-less citation and 原则/精神 are both.
 */
function withoutPrinciples(text: string, citations: Citation[]): Citation[] {
  if (!citations.some((c) => c.article === null) || !(text.includes('原则') || text.includes('精神')))
    return citations;
  return citations.filter((c) => c.article !== null || !PRINCIPLE_AFTER.test(text.slice(c.end, c.end + 24)));
}

/**
 * Advice after the decision (警方提醒，根据《网络安全法》第二十四条…; 律师王某表示，…) cites laws for the reader, not for
 * the case: citations from such a sentence to the end of its paragraph count only if a sanction follows there.
 */
const ADVICE =
  /(?:^|[。！？\n])\s*((?:[\u4e00-\u9fff]{0,16}(?:网信办|公安局|分局|公安机关|警方|网警|民警))(?:郑重|特别|再次)?(?:提醒|提示|呼吁)|[^，。！？\n]{0,20}(?:律师|专家|学者|教授|记者)[^，。！？\n]{0,6}(?:表示|认为|指出|提醒|说))/g;

function withoutAdvice(
  text: string,
  citations: Citation[],
  sentences: readonly SanctionSentence[],
): Citation[] {
  if (!/提醒|提示|呼吁|表示|认为|指出|说/.test(text)) return citations;
  const ranges: [number, number][] = [];
  for (const m of allMatches(ADVICE, text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (!sentences.some((s) => s.start >= start && s.start < end)) ranges.push([start, end]);
  }
  if (ranges.length === 0) return citations;
  return citations.filter((c) => !ranges.some(([a, b]) => c.start >= a && c.start < b));
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
  for (const m of allMatches(REVOKED, text)) last = m.index;
  return last >= 0 && part.sentences.every((x) => x.start < last);
}

/**
 * Sanctions with no one to bear them and no law cited: talk about the law or a tally (新法明确了“警告阶段可以罚款”;
 * 其中警告112起、罚款58起), not a case. A case whose party the text does not name keeps its record when it cites
 * its law (a doubt the preview shows).
 */
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

/** 处罚类别：罚款 处罚内容：罚款二万元 — an outcome field that is a later cell of a row of labelled cells. */
const MID_OUTCOME = / (?:行政)?(?:处罚结果|处罚内容|处罚决定|处理结果|处罚种类)[：:]/;
/** The space before a cell's label and colon. */
const CELL_GAP = / (?=[\u4e00-\u9fff、]{2,20}(?:（[\u4e00-\u9fff]{1,4}）)?[：:])/g;

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

/** 根据《某医院职工违规违纪行为处理办法》，经院长办公会研究决定：… — an organisation's own rules for its staff: no law cited. */
function withoutInternal(text: string, citations: Citation[]): Citation[] {
  if (citations.length === 0 || !mayTellInternal(text)) return citations;
  const internal = splitSentences(text).filter((s) => internalDecision(s.text));
  if (internal.length === 0) return citations;
  return citations.filter(
    (c) => !internal.some((s) => c.start >= s.start && c.start < s.start + s.text.length),
  );
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

type Splitter = (text: string, part: Part) => Part[];

/** The splitters, in the order they apply: each one splits the parts the previous ones left. */
const SPLITTERS: readonly Splitter[] = [
  splitBasisClauses,
  splitObjects,
  splitEnumerated,
  splitGroups,
  splitCounted,
  splitClosedObjects,
  splitDatedClauses,
  splitListed,
];

/** A case's parts after every splitter (a plain loop: most parts come back whole from every one of them). */
function splitAll(text: string, parts: Part[]): Part[] {
  let current = parts;
  for (const split of SPLITTERS) {
    const next: Part[] = [];
    for (const part of current) {
      const pieces = split(text, part);
      if (pieces.length === 1) next.push(pieces[0]!);
      else for (const piece of pieces) next.push(piece);
    }
    current = next;
  }
  return current;
}

/** Case records of a bulletin's text, in text order. Never throws on any string, unless `maxCases` is passed. */
export function extractCases(text: string, options: ExtractOptions = {}): CaseRecord[] {
  return extractWithDoubts(text, options).records;
}

/** Citations whose law the catalogue knows under another spelling (《中华人民共和国网络安全》), renamed. */
function withRepairedLaws(citations: Citation[], repairs: Repair[]): Citation[] {
  return citations.map((c) => {
    const law = repairLawName(c.law);
    if (law === null) return c;
    const from = `《${c.law}》`;
    if (!repairs.some((r) => r.from === from)) repairs.push({ from, to: `《${law}》` });
    return { ...c, law };
  });
}

/**
 * 依据上述规定对其给予警告 / 依据同一规定对赵某处以罚款: the case applies the articles the case told before it cited
 * (a cheap look first).
 */
const ABOVE = /(?:依据|根据|依照|按照)(?:(?:上述|前述)(?:法律)?|同一|同样的?|相同的?)规定/;
const citesAbove = (text: string): boolean =>
  (text.includes('述') || text.includes('同')) && ABOVE.test(text);

/** The records and, beside each, what it leaves in doubt (doubts.ts). */
export function extractWithDoubts(
  written: string,
  options: ExtractOptions = {},
): { records: CaseRecord[]; doubts: Doubt[][] } {
  clearSanctionMemo();
  const { text, repairs: textRepairs } = repairCitationText(
    courtRecital(
      rejoinShortLines(
        rejoinHardWraps(joinLabelLines(fromMarkdown(withoutSubtitleTiming(repairOcr(written))))),
      ),
    ),
  );
  const seg = segment(text);
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
  const intro = introDate(seg.preamble, ctx);
  const year = stated === null ? null : String(stated);
  const signed = seg.cases.length === 1 && text.includes('决定书') ? signatureDay(text) : null;
  const listLaw = leadLaw(seg.preamble);
  const listCited = leadCitations(seg.preamble);
  const records: CaseRecord[] = [];
  const doubts: Doubt[][] = [];
  /** The last day the previous case told: a case that opens with 同日 took place on it. */
  let lastDay: PartialDate | null = null;
  /** The year of the last date the previous case told: a case that opens with 同年 took place in it. */
  let lastYear: number | null = null;
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
    const sentences = decidedIn(cells, sanctionSentences(cells));
    // A case that imposes nothing and stops mid-sentence was cut off by the page (an excerpt): not a case.
    if (sentences.length === 0 && !/[。！？.!?”"」）)]$/.test(caseText.trim())) continue;
    const repairs = textRepairs.filter((r) => caseText.includes(r.to));
    const read = /《|条|法/.test(caseText)
      ? withoutInternal(
          caseText,
          withoutAdvice(
            caseText,
            withoutPrinciples(
              caseText,
              withoutQuotedStatutes(caseText, withRepairedLaws(parseCitations(caseText), repairs)),
            ),
            sentences,
          ),
        )
      : [];
    // Entries under a lead that named the law once (依据第十六条…): read under that law when they name none.
    let citations =
      listLaw !== null && !read.some((c) => c.article !== null) ? underLeadLaw(caseText, listLaw) : read;
    // 依据该办法第十二条 in a case that names no law: the law a case before it named.
    if (citations.length === 0 && earlierLaw !== null && caseText.includes('该'))
      citations = underEarlierLaw(caseText, earlierLaw);
    earlierLaw = citations.findLast((c) => c.article !== null)?.law ?? earlierLaw;
    const parts = splitAll(caseText, splitParts(caseText, block.title, sentences, citations));
    // An entry of a news list is dated by its own publication, not by the page's first date.
    const entryYear = block.published === undefined ? null : Number(block.published.slice(0, 4));
    const dates = findDates(
      caseText,
      entryYear === null
        ? { year: bulletinYear, publishedYear, lastDay, lastYear }
        : { year: entryYear, publishedYear: entryYear, lastDay, lastYear },
    );
    lastDay = dates.findLast((d) => d.date?.length === 10)?.date ?? lastDay;
    const lastDated = dates.findLast((d) => d.date !== null)?.date;
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
      if (record.provisions.length === 0 && records.length > 0 && citesAbove(caseText))
        record.provisions = records[records.length - 1]!.provisions;
      if (imposesNothing(record) || nobodyPunished(record) || revokedLater(caseText, part)) return;
      if (onlyOrderedToCorrect(caseText, part, record)) return;
      if (seg.cases.length > 1 && summarises(caseText, part, record)) return;
      // An entry that cites nothing under a lead citing articles for every listed party (分别作出处罚): the lead's.
      if (listCited.length > 0 && record.provisions.length === 0)
        record.provisions = provisionsFrom(listCited);
      records.push(record);
      const cited = new Set(record.provisions.map((p) => `《${p.law}》`));
      doubts.push(
        doubtsOf(
          record,
          repairs.filter((r) => !r.to.startsWith('《') || cited.has(r.to)),
        ),
      );
    });
  }
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
  return { records, doubts };
}

/** The case's identity as a retelling repeats it: the party named, the articles cited, every sanction. */
const retellingKey = (r: CaseRecord): string =>
  [
    r.party.name,
    r.provisions
      .map((p) => `${p.law}${p.article}.${p.paragraph}.${p.item}`)
      .sort()
      .join(','),
    r.sanctions.map(sanctionKey).sort().join(','),
  ].join('|');

/** Of two dates that agree, the more precise (2025 and 2025-03: 2025-03); the first when they disagree. */
const finer = (a: string | null, b: string | null): string | null =>
  a === null ? b : b !== null && b.length > a.length && b.startsWith(a) ? b : a;

/**
 * A case told twice on one page — a summary table's row and the commentary's section below — is one case: the later
 * telling (same party named, same articles, same sanctions with an amount or term) is dropped, its finer dates kept.
 */
function mergeRetold(records: CaseRecord[], doubts: Doubt[][]): void {
  // A cheap look first: most pages name each party once, and a telling can only repeat one named again (the key
  // holds the name), so only those are keyed.
  const named = new Map<string, boolean>();
  let again = false;
  for (const r of records) {
    const name = r.party.name;
    if (name === UNNAMED_PARTY || name.length < 4) continue;
    const seen = named.has(name);
    named.set(name, seen);
    again ||= seen;
  }
  if (!again) return;
  const keys = records.map((r) =>
    named.get(r.party.name) === true && measuredOf(r).length > 0 ? retellingKey(r) : null,
  );
  for (let j = records.length - 1; j > 0; j--) {
    const i = keys[j] === null ? -1 : keys.indexOf(keys[j]!);
    if (i < 0 || i === j) continue;
    const [first, later] = [records[i]!, records[j]!];
    first.date = finer(first.date, later.date);
    first.decision_date = finer(first.decision_date ?? null, later.decision_date ?? null);
    records.splice(j, 1);
    doubts.splice(j, 1);
    keys.splice(j, 1);
  }
}

/**
 * 【处罚】某App未经评估向境外传输… / 【编造谣言，男子被拘7日】: a round-up item's tag, or the brackets around a whole
 * headline, are no part of the case's title.
 */
function untagged(title: string): string {
  if (title.charCodeAt(0) !== 0x3010) return title;
  const close = title.indexOf('】');
  const rest =
    close === title.length - 1 ? title.slice(1, -1) : close > 1 && close <= 5 ? title.slice(close + 1) : '';
  return rest.trim() === '' ? title : rest.trim();
}

/**
 * A record of a feature's lead that previews a case told below: a party described, not named (一家科技企业), no law,
 * no date, and each measured sanction (被罚30万元) that of a later record.
 */
function previews(record: CaseRecord, later: readonly CaseRecord[]): boolean {
  if (record.provisions.length > 0 || record.date !== null || record.party.name.includes('某')) return false;
  return toldIn(record, later);
}

/** A fine's amount or a detention's days, with its target: what a retelling repeats. */
const measuredOf = (r: CaseRecord): string[] =>
  r.sanctions.filter((s) => s.amount_yuan !== null || s.days !== null).map(sanctionKey);

/** Every measured sanction of `record` (there is one at least) is imposed in one of `others`: it retells them. */
function toldIn(record: CaseRecord, others: readonly CaseRecord[]): boolean {
  const told = measuredOf(record);
  return told.length > 0 && told.every((k) => others.some((r) => measuredOf(r).includes(k)));
}

/**
 * A news lead that gives the outcome first (…对涉事公司没收违法所得、罚款15万元，对公司负责人处以行政拘留) and a body
 * that tells the same decision in full after another party's story: the first record cites nothing, and a later
 * record of a party of the same kind, citing its articles, imposes every amount and term the lead names. The lead is
 * that case told twice, not a case of its own.
 */
function leadRetold(records: readonly CaseRecord[]): boolean {
  const lead = records[0]!;
  if (lead.provisions.length > 0) return false;
  return records.some(
    (r, i) => i > 0 && r.provisions.length > 0 && r.party.kind === lead.party.kind && toldIn(lead, [r]),
  );
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
