/**
 * A case block split into parts, one per record: which sanction sentences and which span of its text each party
 * punished in it gets (several parties in one sentence, dated clauses, listed and enumerated objects, groups).
 */
import type { Sanction } from '../shared/case-record.js';
import { type Citation } from '../citations/parse-citations.js';
import { extractParty, partyKind, type PartyGuess } from './fields/party.js';
import {
  extractSanctions,
  sanctionKey,
  sanctionSentences,
  type SanctionSentence,
} from './fields/sanctions.js';
import { GROUP_CUE, groupClauses, listedParties, namedMembers, partiesCounted } from './groups.js';
import { namesInList, respectivePhrases, respectiveValues } from './respective.js';
import { listedEntries } from './listed-entries.js';
import { findAgencies } from './fields/agency.js';
import { allMatches } from '../shared/regex.js';
import { citesSameArticle } from './refers-back.js';
import { declaredResponsible } from './fields/responsible.js';

/** One record's share of a case block: a span of its text and the sanction sentences in it. */
export interface Part {
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
  /** A case told whole in a later clause (its own day, its own law): its story is its span, none before it. */
  whole?: true;
}

/**
 * 对刘某处以… / 对该物业公司责令改正、给予警告 / 没收何某违法所得… / ，给予刘某警告 / ；对某某软件开发有限公司作出…: the
 * object of a clause that imposes, in a sentence that may punish several parties (the name is the first group that
 * took part).
 */
const OBJECT_CLAUSE =
  /对([^，。；：、]{1,10}?)(?:处以|处|给予|予以|作出|没收|责令)|(?<=^|[，；,;])对([^，。；：、]{1,12}某{1,2})[，,][^，。；]{0,24}?对其(?:处以|处|给予|予以|作出)|没收([\u4e00-\u9fff]{1,3}某{1,2})(?=违法所得|非法所得|非法获利)|(?:^|[，；,;])(?:并|依法|同时)?给予([\u4e00-\u9fff]{1,3}某{1,2})(?=警告|罚款|行政|治安|拘留)|(?<=[；;])([\u4e00-\u9fff]{1,3}某{1,2})(?=的|情节|因|系)[^，。；]{0,12}[，,](?:[^，。；]{0,24}[，,])?对其(?:处以|处|给予|予以|作出)/g;
const objectOf = (m: RegExpExecArray): string => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
/**
 * 对方某处以…，对转发扩散的黎某、龚某分别处以罚款五百元、三百元: a list of people (perhaps described) that 分别 spreads
 * over, the object of a clause of its own (looked for only where 分别 is written; respective.ts reads the list).
 */
const LIST_OBJECT =
  /对((?:[^，。；：、]{1,12}的)?[\u4e00-\u9fff]{1,2}某{1,2}(?:、[\u4e00-\u9fff]{1,2}某{1,2})+)(?=分别)/g;
/** ；对某某软件开发有限公司作出…: a company's full name as the object (looked for only where 有限公司 is written). */
const COMPANY_OBJECT =
  /(?<=[，；,;]|[：；:;]\d{1,2}[.．、]\s?)对([^，。；：、“”]{2,24}?某[^，。；：、“”]{0,16}?(?:有限(?:责任)?公司|学校|学院|医院))(?=作出|处以|给予|予以)/g;

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
/** 罗某, 邝某某: a person by masked name alone, who may be a unit's responsible person the story declared. */
const MASKED_PERSON = /^[\u4e00-\u9fff]某{1,2}$/;
/** The objects that are not a responsible person the text declared (declaredResponsible). */
function notDeclared(text: string, objects: RegExpExecArray[]): RegExpExecArray[] {
  const declared = declaredResponsible(text);
  return declared.length === 0 ? objects : objects.filter((m) => !declared.includes(objectOf(m)));
}
/** 对该物流公司…；对该软件开发公司…: a unit referred to by what it does, told apart from another so referred to. */
const DESCRIBED_UNIT = /^该[\u4e00-\u9fff]{2,8}(?:公司|企业)$/;

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
    const objects = allMatches(OBJECT_CLAUSE, sentence);
    const extra = [
      ...(sentence.includes('有限') || sentence.includes('校') || sentence.includes('院')
        ? allMatches(COMPANY_OBJECT, sentence)
        : []),
      ...(sentence.includes('分别') ? allMatches(LIST_OBJECT, sentence) : []),
    ];
    if (extra.length > 0) {
      for (const m of extra) if (!objects.some((o) => o.index === m.index)) objects.push(m);
      objects.sort((a, b) => a.index - b.index);
    }
    const own = objects.filter((m) => !NOT_OWN_PARTY.test(objectOf(m)) || DESCRIBED_UNIT.test(objectOf(m)));
    // 对罗某处罚款三万元 where the story declared 罗某 the unit's responsible person: the unit's record, no party of its own.
    const clauses = own.some((m) => MASKED_PERSON.test(objectOf(m))) ? notDeclared(text, own) : own;
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

const BASIS_AFTER_SEMICOLON =
  /；(?:(?:并|同时|另|同日|当日)，?)?(?:针对[^，。；]{2,40}?的行为，)?(?:依据|根据|依照)/;
/** A clause after 「；」 that opens on its own legal basis (；依据《数据安全法》第二十七条… / ；同时，依据… / ；同日，依据…). */
const BASIS_CLAUSE =
  /；(?=(?:(?:并|同时|另|同日|当日)，?)?(?:针对[^，。；]{2,40}?的行为，)?(?:依据|根据|依照)[^，。；]{0,40}?(?:《|第[一二三四五六七八九十百\d]+条))/g;

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
    // ；依据该法第五十条…，对其辱骂他人的行为处以…: 其 is the party of the clause before (one person's two acts).
    if (pieces.some((p) => p.guess!.name.startsWith('其'))) continue;
    if (new Set(pieces.map((p) => partyHead(p.guess!.name))).size !== pieces.length) continue;
    const shift = (p: (typeof pieces)[number]): SanctionSentence[] =>
      p.found.map((f) => ({ ...f, start: f.start + p.start, end: f.end + p.start, at: f.at + p.start }));
    const others = (i: number): [number, number][] =>
      pieces.filter((_, j) => j !== i).map((p): [number, number] => [p.start, p.end]);
    // 对张某处以行政拘留，对何某给予警告 in a news lead before the decision: a summary of every piece, told again in full.
    const summary = (x: SanctionSentence): boolean =>
      pieces.every((p) => text.slice(x.start, x.end).includes(p.guess!.name));
    const first: Part = {
      ...part,
      sentences: [
        ...part.sentences.slice(0, k).filter((x) => !summary(x)),
        ...shift(pieces[0]!),
        ...part.sentences.slice(k + 1),
      ],
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
/** (对张某、李某分别处以… / 分别对张某、李某处以… is read by respective.ts: not split here.) */
const ENUMERATED = new RegExp(
  `(?<!分别)(?:对|给予)((?:${PERSON}、)+${PERSON})(?!分别|均|各)(?:等[\\d一二三四五六七八九十两]+人)?`,
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
        const each = splitRespective(sentence, part, k) ?? splitEachPhrase(text, sentence, part, k);
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
  // 对杜某…。…分局分别没收林某…、宋某…: the part's own party, decided before, keeps its sentences; the people named
  // share its story.
  if (k > 0 && part.party !== null && !r.names.includes(part.party.name))
    return [
      { ...part, sentences: part.sentences.filter((_, j) => j !== k) },
      ...r.names.map((name, i): Part => ({
        ...part,
        start: s.start,
        sentences: [{ ...s, sanctions: [r.sanctions[i]!, ...others] }],
        party: { name, kind: 'individual', explicit: true },
        shares: part,
      })),
    ];
  const first: Part = {
    ...part,
    sentences: own(0),
    party: { name: r.names[0]!, kind: 'individual', explicit: true },
  };
  // (A list in a clause of its own, after another's (对方某…，对黎某、龚某分别…), shares that one's story.)
  return [
    first,
    ...r.names.slice(1).map((name, i): Part => ({
      ...first,
      sentences: own(i + 1),
      party: { name, kind: 'individual', explicit: true },
      shares: first.shares ?? first,
    })),
  ];
}

/**
 * 吴某（…）、黎某（…）…二人…分别处以行政拘留五日并处罚款一万元、行政拘留三日: one record per person named before, each with
 * the phrase in their place, sharing the story.
 */
function splitEachPhrase(text: string, sentence: string, part: Part, k: number): Part[] | null {
  const r = respectivePhrases(sentence, text.slice(part.start, part.sentences[k]!.start));
  const each = r?.phrases.map((p) => extractSanctions(p));
  if (!r || !each || each.some((x) => x.length === 0)) return null;
  const own = (i: number): SanctionSentence[] =>
    part.sentences.map((x, j) => (j === k ? { ...x, sanctions: each[i]! } : x));
  const person = (name: string): PartyGuess => ({ name, kind: 'individual', explicit: true });
  const first: Part = { ...part, sentences: own(0), party: person(r.names[0]!) };
  return [
    first,
    ...r.names
      .slice(1)
      .map((name, i): Part => ({ ...first, sentences: own(i + 1), party: person(name), shares: first })),
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
    if (s.each !== undefined) continue;
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
  const names =
    listedParties(part.party.name, text.slice(part.start, part.end)) ??
    listedForEach(text, part, part.party.name);
  return names ? perName(part, names) : [part];
}

/**
 * 对甲县某网吧、乙县某网咖分别作出警告并处罚款二千元的行政处罚: the party read is the list, and a decision of the part
 * spreads its measures over it (分别): each name's (else null).
 */
function listedForEach(text: string, part: Part, name: string): string[] | null {
  const names = namesInList(name);
  if (names === null) return null;
  return part.sentences.some((s) => text.slice(s.start, s.end).includes('分别')) ? names : null;
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
  /^(?:其中|此外|另外|另)?[，,]?(?:\d{1,2}月\d{1,2}日[，,])?([\u4e00-\u9fff“”（）()]{2,30}?(?:有限责任公司|有限公司|公司|学院|学校|大学|医院|集团|网吧|网咖|会所|酒店|宾馆|工作室|协会))/;

/** What a ；-clause opens with (a party's name, a deciding unit), as written, or null when it opens with no such thing. */
type Opening = (clause: string) => string | null;

/** 其中，沅江某职业学院招生系统…: the organisation's name the clause opens with. */
const openingName: Opening = (clause) => OPENS_NAMED.exec(clause.trimStart())?.[1] ?? null;

/** As openingName, but a reference (该科技公司) names no party of its own. */
const namedNotReferred: Opening = (clause) => {
  const name = openingName(clause);
  return name === null || /^(?:该|此|其|上述)/.test(name) ? null : name;
};

/** 甲市委网信办对…, 乙市委网信办查明，…: the deciding unit the clause opens with (looked for in its first 24 characters). */
const openingUnit: Opening = (clause) => {
  const head = clause.slice(0, 24);
  const u = findAgencies(head)[0];
  return u?.start === head.length - head.trimStart().length ? u.name : null;
};

/**
 * The clauses with what each opens with, when every clause opens with one of its own (`opening`), all different
 * (else null).
 */
function openingEach(
  text: string,
  clauses: readonly [number, number][],
  opening: Opening,
): [number, number, string][] | null {
  const out: [number, number, string][] = [];
  const seen = new Set<string>();
  for (const [a, b] of clauses) {
    const found = opening(text.slice(a, b));
    if (found === null || seen.has(found)) return null;
    seen.add(found);
    out.push([a, b, found]);
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
    // One ； only: two clauses, the second opening on its day (…对其作出…；同日，对乙某作出…) or with a company of its
    // own (…：甲公司…；乙公司…) — kept apart only when each names a party of its own (clauseParts).
    const single = sentence.indexOf('；', semi + 1) < 0;
    if (single) {
      const second = sentence.slice(semi + 1);
      if (!DATED_CLAUSE.test(second) && namedNotReferred(second) === null) continue;
    }
    const parts = clauseParts(text, part, s, s.start + semi, single);
    if (parts !== null) return parts;
  }
  return [part];
}

/**
 * The records of one sentence's ；-clauses (`first` is its first ；, `single` when it is the only one), or null when
 * they are not kept apart. Apart from splitDatedClauses's scan, which rejects almost every sentence, so that the scan
 * stays small.
 */
function clauseParts(
  text: string,
  part: Part,
  s: SanctionSentence,
  first: number,
  single: boolean,
): Part[] | null {
  const clauses: [number, number][] = [];
  let from = s.start;
  for (let i = first; i >= 0 && i < s.end; i = text.indexOf('；', i + 1)) {
    clauses.push([from, i]);
    from = i + 1;
  }
  clauses.push([from, s.end]);
  // The first case follows the lead's colon (连续查处4起网络谣言案件：1月5日，…). With one ； the first clause may open
  // on its law instead (根据…规定，我局于…对甲公司…；同日，依据同一规定对乙公司…).
  const afterColon = clauses.map(([a, b]): [number, number] => [
    text.lastIndexOf('：', b - 1) >= a ? text.lastIndexOf('：', b - 1) + 1 : a,
    b,
  ]);
  const dated = afterColon.filter(([a, b], k) => (single && k === 0) || DATED_CLAUSE.test(text.slice(a, b)));
  // Or every clause opens with its own party's name (其中，甲学院…作出警告；乙公司…处罚款…；丙公司…处罚款…); with one
  // ；, after the lead's colon (查处了两家网站：甲公司…；乙公司…).
  const named =
    dated.length >= 2
      ? null
      : single
        ? openingEach(text, afterColon, namedNotReferred)
        : openingEach(text, clauses, openingName);
  // Or every clause opens with its own deciding unit (甲市委网信办对…；乙市委网信办查明，…；丙市委网信办对…).
  const byUnit =
    dated.length < 2 && !single && named === null ? openingEach(text, clauses, openingUnit) : null;
  if (dated.length < 2 && named === null && byUnit === null) return null;
  const after = text.slice(s.end, part.end);
  const forAll = FOR_ALL_ABOVE.exec(after);
  const also: [number, number] | undefined = forAll
    ? [s.end + forAll.index, s.end + (after.indexOf('。', forAll.index) + 1 || after.length)]
    : undefined;
  const parts = (named ?? byUnit ?? dated).flatMap(([a, b], k): Part[] => {
    const found = sanctionSentences(text.slice(a, b)).map((f) => ({
      ...f,
      start: f.start + a,
      end: f.end + a,
      at: f.at + a,
    }));
    if (found.length === 0 || found.every((f) => f.generic)) return [];
    // A passive clause (郑某…被处罚款五百元) names its party as its subject: the clause is the context.
    // A clause that opens with its party's name refers to it after (对该公司…): the opening name is the party.
    const guess = named
      ? { name: named[k]![2], kind: partyKind(named[k]![2]), explicit: true }
      : extractParty(text.slice(a, b), [text.slice(a, b)]);
    // 乙区网信办查明，某公司…，对其处罚款…: a unit's own clause names the party its 其 stands for.
    const party = byUnit !== null && guess?.explicit === false ? { ...guess, explicit: true } : guess;
    return [{ start: a, end: b, sentences: found, party, ...(also ? { also } : {}) }];
  });
  if (parts.length < 2 || (byUnit !== null && !ownParties(parts))) return null;
  if (!single) return parts;
  // Two parties of one decision sentence: the story told before it, its unit and its law are both theirs.
  if (!ownParties(parts)) return named === null ? datedCases(text, parts) : null;
  const head: Part = { ...parts[0]!, start: part.start };
  if (named === null && ownStory(text, parts[1]!)) return [head, { ...parts[1]!, whole: true }];
  return [head, ...parts.slice(1).map((p): Part => ({ ...p, shares: head }))];
}

/** 依据《网络安全法》第二十五条… — a clause's own legal basis. */
const OWN_BASIS = /(?:依据|根据|依照)[^；。]{0,40}?第[一二三四五六七八九十百\d]+条/;

/** 2026年1月9日，… / 3月2日，… — a clause opening on a day of its own (not 同日/次日, the day of the clause before). */
const OWN_DAY = /^\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?[，,]/;

/**
 * …12月30日，某局依据…第二十五条…对甲某行政拘留五日；2026年1月9日，网民乙某…，1月11日，某局依据…第二十九条…对乙某…:
 * the clause after the ； opens on a day of its own and cites its own article — a case told whole, sharing neither
 * the story nor the law of the clause before.
 */
const ownStory = (text: string, clause: Part): boolean => {
  const told = text.slice(clause.start, clause.end);
  return OWN_DAY.test(told) && OWN_BASIS.test(told);
};

/**
 * 3月，…市局依据…第二十一条…对该公司处以罚款…；8月，某学校…，某分局依据…第二十五条…，责令其改正: two dated clauses,
 * each with its own story, its own law and a party of its own (the second perhaps its subject, referred to by 其) —
 * two cases told in one sentence, neither sharing the other's story; else null.
 */
function datedCases(text: string, parts: readonly Part[]): Part[] | null {
  // (其中，3月，… — the first clause may open on the 其中 that leads from the figures to the cases.)
  const dated = (p: Part): boolean =>
    DATED_CLAUSE.test(text.slice(p.start, p.end).replace(/^\s*其中[，,]/, ''));
  if (!parts.every((p) => p.party !== null && dated(p))) return null;
  if (!parts.every((p) => OWN_BASIS.test(text.slice(p.start, p.end)))) return null;
  const names = parts.map((p) => p.party!.name);
  if (names.some((n) => NOT_OWN_PARTY.test(n)) || new Set(names).size !== names.length) return null;
  return parts.map((p): Part => ({ ...p, party: { ...p.party!, explicit: true } }));
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

/** The party of a sentence read in its own paragraph, when the part's last sentence lies in an earlier one (else null). */
function paragraphParty(
  text: string,
  s: SanctionSentence,
  current: Part,
  sentenceText: string,
  title: string | null,
): PartyGuess | null {
  const last = current.sentences[current.sentences.length - 1];
  const paragraph = text.lastIndexOf('\n', s.start) + 1;
  if (last === undefined || paragraph <= last.end) return null;
  return extractParty(sentenceText, [text.slice(paragraph, s.end), text, title ?? '']);
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

export function splitParts(
  text: string,
  title: string | null,
  sentences: SanctionSentence[],
  citations: readonly Citation[],
): Part[] {
  const parts: Part[] = [{ start: 0, end: text.length, sentences: [], party: null }];
  for (const s of sentences) {
    const current = parts[parts.length - 1]!;
    const sentenceText = text.slice(s.start, s.end);
    const same = !s.generic && citesSameArticle(sentenceText);
    const cites = !s.generic && (same || citesArticle(citations, s.start, s.end));
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
    const guessed = !needParty
      ? null
      : s.generic && current.party
        ? current.party
        : extractParty(
            sentenceText,
            // 考虑到乙某…，…依据同一条款对其处以…: 其 is the one this sentence names first.
            told ? [told, text, title ?? ''] : same ? [sentenceText, text, title ?? ''] : [text, title ?? ''],
          );
    // 另一起发生在…。某学校…。…认定该公司…，责令其改正: a cited decision whose object is only 其, in a paragraph of its
    // own after the part's last sentence, is about the unit that paragraph names.
    const party =
      cites && guessed !== null && !guessed.explicit
        ? (paragraphParty(text, s, current, sentenceText, title) ?? guessed)
        : guessed;
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
    } else if (cites && !same && party && otherUnitDecides(text, s, current, citations)) {
      // One party, a second decision by another unit on other articles (a 网吧: 公安局 for 实名, 文化执法 for minors).
      current.end = s.start;
      parts.push({ start: s.start, end: text.length, sentences: [s], party, cites: true });
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
  if (text.includes('周') || text.includes('星期')) ownLogEntry(text, parts[0]!);
  return parts;
}

/** 3月11日（周二）… — an entry of a daily log, opening on its day and weekday. */
const LOG_ENTRY = /^\d{1,2}月\d{1,2}日[（(](?:周|星期)[一二三四五六日天][）)]/;

/**
 * 3月10日（周一）盗窃…刑事拘留。␤3月11日（周二）网民刘某…对刘某处以…: the first record of a daily log begins at the entry of
 * its first sanction, not at the entries above it (each its own day, none of them its story).
 */
function ownLogEntry(text: string, part: Part): void {
  const first = part.sentences[0];
  if (first === undefined) return;
  const paragraph = text.lastIndexOf('\n', first.start) + 1;
  if (paragraph > part.start && LOG_ENTRY.test(text.slice(paragraph, paragraph + 12))) part.start = paragraph;
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

/**
 * 12月5日，甲县公安局依据…第二十三条…给予该网吧警告…。（new paragraph）12月9日，县文化执法大队依据…第二十一条…对该网吧作出…:
 * a sentence in a later paragraph where another unit, named before its sanction, decides on articles the part's
 * sentences did not cite, where they cite some — a second decision on the same party.
 */
function otherUnitDecides(
  text: string,
  s: SanctionSentence,
  part: Part,
  citations: readonly Citation[],
): boolean {
  const last = part.sentences[part.sentences.length - 1]!;
  if (text.lastIndexOf('\n', s.start) < last.end) return false;
  const unit = findAgencies(text.slice(s.start, s.at))[0]?.name;
  if (unit === undefined) return false;
  const earlier = part.sentences
    .map((x) => findAgencies(text.slice(x.start, x.at))[0]?.name)
    .find((n) => n !== undefined);
  if (earlier === undefined || earlier.endsWith(unit) || unit.endsWith(earlier)) return false;
  const articles = (a: number, b: number): (number | null)[] =>
    citations.filter((c) => c.article !== null && c.start >= a && c.start < b).map((c) => c.article);
  const before = part.sentences.flatMap((x) => articles(x.start, x.end));
  const own = articles(s.start, s.end);
  // (Both decisions cite: a lead or caption that only retells the decision cites nothing.)
  return own.length > 0 && before.length > 0 && !own.some((a) => before.includes(a));
}

/** A dated sentence telling what a unit once did (2023年11月，某局曾对…作出): another, earlier case. */
const RECALLED = /^(?:\d{4}年)?\d{1,2}月[^。，]{0,12}[，,]?[^。，]{0,20}曾(?:对|给予|向|依法)/;

/** 一家健身公司, 一名男子: how a news lead describes a party it names later. */
const LEAD_DESCRIPTION = /^[\u4e00-\u9fff]{0,4}一(?:家|名|个|所)/;

/**
 * 对上述三家企业分别给予警告并处罚款5万元、警告并处罚款8万元、警告的行政处罚，并责令其限期改正: one record per party the story
 * named before, in order, each with its own item of the list and what the sentence imposes on all of them, sharing
 * the story. When the story names no such parties the sentence is no one's decision (a count, as before).
 */
function splitRespectiveList(text: string, part: Part): Part[] {
  for (const [k, s] of part.sentences.entries()) {
    if (s.each === undefined) continue;
    const each = s.each.lists;
    const names = s.each.names ?? partiesCounted(text.slice(part.start, s.start), each.length);
    if (names === null)
      return s.each.counted ? [{ ...part, sentences: part.sentences.filter((_, j) => j !== k) }] : [part];
    const own = (i: number): SanctionSentence[] =>
      part.sentences.map((x, j) => (j === k ? { ...x, sanctions: each[i]!.map((c) => ({ ...c })) } : x));
    const party = (name: string): PartyGuess => ({ name, kind: partyKind(name), explicit: true });
    const first: Part = { ...part, sentences: own(0), party: party(names[0]!) };
    return [
      first,
      ...names
        .slice(1)
        .map((name, i): Part => ({ ...first, sentences: own(i + 1), party: party(name), shares: first })),
    ];
  }
  return [part];
}

type Splitter = (text: string, part: Part) => Part[];

/** The splitters, in the order they apply: each one splits the parts the previous ones left. */
const SPLITTERS: readonly Splitter[] = [
  splitRespectiveList,
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
export function splitAll(text: string, parts: Part[]): Part[] {
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
