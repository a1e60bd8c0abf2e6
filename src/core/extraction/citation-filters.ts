/**
 * Citations a case's text names but does not apply (quoted statutes, principles, advice, internal decisions), and
 * law names mended by OCR repair.
 */
import { type Citation } from '../citations/parse-citations.js';
import { internalDecision, mayTellInternal, type SanctionSentence } from './fields/sanctions.js';
import { splitSentences } from './sentences.js';
import { repairLawName, type Repair } from './repair.js';
import { allMatches } from '../shared/regex.js';

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
export function withoutCommaQuotes(text: string, citations: Citation[]): Citation[] {
  if (!text.includes('条规定，') && !text.includes('条的规定，')) return citations;
  return citations.filter((c) => {
    const of = text.startsWith('的', c.end) ? 1 : 0;
    if (!text.startsWith('规定，', c.end + of)) return true;
    const start = Math.max(text.lastIndexOf('。', c.start - 1), text.lastIndexOf('\n', c.start - 1)) + 1;
    const stop = text.indexOf('。', c.end);
    const rest = text.slice(c.end + of + 3, stop < 0 ? text.length : stop);
    // 根据…第三十七条的规定，实施行政处罚适用…；…应当适用…: a rule explained, with nothing decided after it.
    if (APPLIES.test(text.slice(start, c.start))) return !STATUTE_WORDS.test(rest) || DECIDES.test(rest);
    return !STATUTE_WORDS.test(rest);
  });
}
const STATUTE_WORDS = /本法|本条例|本办法|本规定|应当|不得|的，由|以上|以下|下列/;
/** What a sentence that applies an article goes on to do to the party. */
const DECIDES = /处以|罚款|警告|责令|拘留|没收|吊销|给予|予以|作出|对该|对其|并处/;

/** 第二十七条（修改前为第二十五条）: the article's number before an amendment, in brackets after the one applied. */
const FORMER_NUMBER = /[（(](?:修改前|修订前|修正前|原|旧法)(?:为|系|是)?$/;

/**
 * The former numbers of amended articles (（修改前为第二十五条）, （原第六十条）, and 原第二十一条、现第二十三条 side by side)
 * are no citations.
 */
export function withoutFormerNumbers(text: string, citations: Citation[]): Citation[] {
  if (!text.includes('前为第') && !text.includes('原第')) return citations;
  return citations.filter(
    (c) => !FORMER_NUMBER.test(text.slice(Math.max(0, c.start - 6), c.start)) && !besideCurrent(text, c),
  );
}

/** 原第二十一条、现第二十三条: the former number, the current one right after it. */
const besideCurrent = (text: string, c: Citation): boolean =>
  text.charCodeAt(c.start - 1) === FORMER && CURRENT_NEXT.test(text.slice(c.end, c.end + 4));
const FORMER = '原'.charCodeAt(0);
const CURRENT_NEXT = /^[、，,和及或/／]?现(?:为|行)?第/;

/** 法律依据：… / 处罚依据：… — a case's basis part: the articles it quotes or paraphrases are the case's citations. */
const BASIS_PART = /^[\s\u3000]*(?:法律|处罚|处理)依据[：:]/;
function inBasisPart(text: string, at: number): boolean {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  return BASIS_PART.test(text.slice(line, line + 10));
}

/**
 * 法律依据：《某法》第四十七条规定：“…。”第六十八条第一款规定：“…” — the next article of the same law after the quote
 * of one: the text to parse, with the quote's closing 。 read as a comma (offsets kept), so its law carries on.
 */
export function quotedArticlesJoined(text: string): string {
  return text.includes('。”第') ? text.replaceAll('。”第', '，”第') : text;
}

export function withoutQuotedStatutes(text: string, every: Citation[]): Citation[] {
  // (A basis part's citations are kept whatever follows them: 法律依据：…第五十二条规定，…)
  const basis = text.includes('依据：') ? every.filter((c) => inBasisPart(text, c.start)) : [];
  const all = basis.length > 0 ? every.filter((c) => !basis.includes(c)) : every;
  const kept = statuteQuotesDropped(text, all);
  return basis.length > 0 ? [...kept, ...basis].sort((a, b) => a.start - b.start) : kept;
}

function statuteQuotesDropped(text: string, all: Citation[]): Citation[] {
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

/** 对单位的罚款起点为五万元 / 罚款上限为一千元: the bounds of a range the law sets, not an amount decided. */
const RANGE_TALK = /(?:起点|上限|下限)(?:为|是|提高到|降至|调整为)/;

/**
 * 按照修正后的《…》第六十一条第一款，对单位的罚款起点为五万元，重于修正前的规定: an article cited for the range it
 * sets (起点/上限/下限为…), in a sentence that decides nothing, is reasoning, not the case's basis. Only the rest of the
 * sentence of a citation outside every sanction's sentence is read.
 */
export function withoutRangeTalk(
  text: string,
  citations: Citation[],
  sentences: readonly SanctionSentence[],
): Citation[] {
  if (citations.length === 0) return citations;
  let out: Citation[] | null = null;
  for (const [i, c] of citations.entries()) {
    let decided = false;
    for (const x of sentences) if (x.start <= c.start && x.end >= c.end) decided = true;
    const stop = decided ? -1 : text.indexOf('。', c.end);
    const talk = !decided && RANGE_TALK.test(text.slice(c.end, stop < 0 ? text.length : stop));
    if (talk) out ??= citations.slice(0, i);
    else out?.push(c);
  }
  return out ?? citations;
}

/** 根据行政处罚法“从旧兼从轻”的原则: what follows a law named with no article is a principle it lays down. */
const PRINCIPLE_AFTER = /^[^，。；！？\n]{0,16}?(?:原则|精神)/;

/**
 * A law named as the source of a principle (根据行政处罚法“从旧兼从轻”的原则，应适用…) is reasoning, not the case's
 * basis: its article-less citation is dropped. Looked at only where an article-less citation and 原则/精神 are both.
 */
export function withoutPrinciples(text: string, citations: Citation[]): Citation[] {
  if (!citations.some((c) => c.article === null) || !(text.includes('原则') || text.includes('精神')))
    return citations;
  return citations.filter((c) => c.article !== null || !PRINCIPLE_AFTER.test(text.slice(c.end, c.end + 24)));
}

/**
 * Advice after the decision (警方提醒，根据《网络安全法》第二十四条…; 律师王某表示，…) cites laws for the reader, not for
 * the case (教授向记者分析，原…第五十九条… too): citations from such a sentence to the end of its paragraph count only if a sanction follows there.
 */
const ADVICE =
  /(?:^|[。！？\n])\s*((?:[\u4e00-\u9fff]{0,16}(?:网信办|网信部门|公安局|分局|公安机关|警方|网警|民警))(?:郑重|特别|再次)?(?:提醒|提示|呼吁)|[^，。！？\n]{0,20}(?:律师|专家|学者|教授|记者)[^，。！？\n]{0,6}(?:表示|认为|指出|提醒|说|分析))/g;

export function withoutAdvice(
  text: string,
  citations: Citation[],
  sentences: readonly SanctionSentence[],
): Citation[] {
  if (!/提醒|提示|呼吁|表示|认为|指出|说|分析/.test(text)) return citations;
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

/** 下一步，某局将…督促…落实《某法》第二十一条规定的义务: a paragraph of the writer's plans. */
const PLANS = /^[\s\u3000]*(?:下一步|下阶段|今后|接下来)[，,]/;
/** The first characters PLANS can open with (下, 今, 接): the cheap look before it. */
const XIA = 0x4e0b;
const JIN = 0x4eca;
const JIE = 0x63a5;
const opensPlans = (c: number): boolean => c === XIA || c === JIN || c === JIE;

/**
 * The writer's plans after the cases (下一步，某分局将…督促网络运营者落实《网络安全法》第二十一条规定的义务) name the law
 * for what is yet to come, not for a case: a paragraph (of the case's, joined by line breaks) that opens so cites
 * nothing unless it imposes something itself.
 */
export function withoutPlans(
  text: string,
  paragraphs: readonly string[],
  citations: Citation[],
  sentences: readonly SanctionSentence[],
): Citation[] {
  let ranges: [number, number][] | null = null;
  let at = 0;
  for (const p of paragraphs) {
    const start = at;
    at += p.length + 1;
    const c = p.charCodeAt(0);
    if (!opensPlans(c) && !(c <= 0x3000 && opensPlans(p.trimStart().charCodeAt(0)))) continue;
    if (!PLANS.test(p) || sentences.some((s) => s.start < start + p.length && s.end > start)) continue;
    (ranges ??= []).push([start, start + p.length]);
  }
  if (ranges === null || citations.length === 0) return citations;
  return citations.filter((c) => !ranges.some(([a, b]) => c.start >= a && c.start < b));
}

/** 根据《某医院职工违规违纪行为处理办法》，经院长办公会研究决定：… — an organisation's own rules for its staff: no law cited. */
export function withoutInternal(text: string, citations: Citation[]): Citation[] {
  if (citations.length === 0 || !mayTellInternal(text)) return citations;
  const internal = splitSentences(text).filter((s) => internalDecision(s.text));
  if (internal.length === 0) return citations;
  return citations.filter(
    (c) => !internal.some((s) => c.start >= s.start && c.start < s.start + s.text.length),
  );
}

/** 听证 / 陈述、申辩 / 告知: the steps of the procedure before a decision (行政处罚法 第四十四条、第六十三条、第六十四条). */
const PROCEDURE_STEP = /听证|陈述|申辩|告知/;

/**
 * 依照《行政处罚法》第六十三条、第六十四条规定，某办于…举行听证: the procedure law's articles cited for a step of the
 * procedure (a hearing, the notice before the decision) in a sentence that decides nothing are no provisions of the
 * case. Looked at only where 听证 is written.
 */
export function withoutProcedure(
  text: string,
  citations: Citation[],
  sentences: readonly SanctionSentence[],
): Citation[] {
  if (!text.includes('听证')) return citations;
  return citations.filter((c) => {
    if (c.law !== '行政处罚法') return true;
    const start = Math.max(text.lastIndexOf('。', c.start - 1), text.lastIndexOf('\n', c.start - 1)) + 1;
    const stop = text.indexOf('。', c.end);
    const end = stop < 0 ? text.length : stop;
    return (
      !PROCEDURE_STEP.test(text.slice(start, end)) || sentences.some((s) => s.start >= start && s.start < end)
    );
  });
}

/** Citations whose law the catalogue knows under another spelling (《中华人民共和国网络安全》), renamed. */
export function withRepairedLaws(citations: Citation[], repairs: Repair[]): Citation[] {
  return citations.map((c) => {
    const law = repairLawName(c.law);
    if (law === null) return c;
    const from = `《${c.law}》`;
    if (!repairs.some((r) => r.from === from)) repairs.push({ from, to: `《${law}》` });
    return { ...c, law };
  });
}
