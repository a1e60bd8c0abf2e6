/**
 * Where a text names a law: a title in book-title marks (《中华人民共和国网络安全法》, also 〈〉, «», <<>>),
 * a catalogue name or alias written bare (网络安全法, 网安法, 计算机信息网络国际联网安全保护管理办法), a
 * reference to the enclosing law (本法, 本条例, 本办法) or back to the last law named (该法, 同法).
 * Names are normalised to the catalogue `name` (src/core/statutes/catalogue.ts); a law the catalogue does not
 * hold keeps its written title without a leading 中华人民共和国.
 */
import { findLaw, LAW_NAMES } from '../statutes/catalogue.js';

export interface LawName {
  law: string;
  known: boolean;
}

export interface TitleMatch {
  /** Title between the marks, trimmed. */
  title: string;
  /** Index just past the closing mark. */
  end: number;
}

const MAX_TITLE = 80;
/**
 * A Map, not an object: readTitle asks at every character the parser stops at, and a missed property lookup with a
 * CJK character as key costs a string internalisation each time.
 */
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['《', '》'],
  ['〈', '〉'],
  ['«', '»'],
  ['＜', '＞'],
  ['<', '>'],
]);
const PRC = '中华人民共和国';
/** The openers of CLOSERS by UTF-16 code unit. */
const OPENER_CODES = codeTable(CLOSERS.keys());

/** A table marking the first code unit of each string (a lookup is one array read, no string made). */
function codeTable(strings: Iterable<string>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const s of strings) t[s.charCodeAt(0)] = 1;
  return t;
}

/** A title ending like this names a law, regulation, rule or normative document. */
const LAW_LIKE_TITLE =
  /(?:法|法典|条例|规定|办法|细则|规则|决定|解释|通知|意见|准则|规范|章程|公约|条约|标准|纲要)$/u;
/** A short note in parentheses after a title: （试行）, （2016年）, (2021修订). */
const TRAILING_NOTE = /[(（][^()（）]{1,16}[)）]$/u;

/** Reads a title in book-title marks at `p`, or null (no opener there, no closer within 80 characters). */
export function readTitle(text: string, p: number): TitleMatch | null {
  // Most characters the parser stops at open no title: a code-unit test before making a one-character string.
  if (OPENER_CODES[text.charCodeAt(p)] !== 1) return null;
  let open = text.charAt(p);
  let close = CLOSERS.get(open);
  if (close === undefined) return null;
  let from = p + 1;
  if (open === '<' && text.charAt(from) === '<') {
    // <<网络安全法>>
    from += 1;
    close = '>>';
    open = '<<';
  }
  const limit = Math.min(text.length, from + MAX_TITLE);
  const opener = open.charCodeAt(0);
  const closer = close.charCodeAt(0);
  for (let q = from; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c === NEWLINE || c === RETURN || c === opener) return null;
    if (c === closer && text.startsWith(close, q)) {
      const title = text.slice(from, q).trim();
      return title === '' ? null : { title, end: q + close.length };
    }
  }
  return null;
}

const stripPrc = (name: string): string => {
  const n = name.trim();
  return n.startsWith(PRC) && n.length > PRC.length ? n.slice(PRC.length) : n;
};

/** The law a written name denotes: the catalogue entry's name, or the written name without 中华人民共和国. */
export function normaliseLawName(written: string): LawName {
  // 《中华人民共和国网络安全法（2016年）》, 《…办法（试行）》: the note in parentheses is not part of the name.
  const entry = findLaw(written) ?? findLaw(written.replace(TRAILING_NOTE, ''));
  if (entry !== undefined) return { law: entry.name, known: true };
  return { law: stripPrc(written.replace(/^《|》$/gu, '')), known: false };
}

/** True when a title reads as the name of a law or normative document (not a newspaper or a system name). */
export function isLawLikeTitle(title: string): boolean {
  if (findLaw(title) !== undefined) return true;
  return LAW_LIKE_TITLE.test(title.replace(TRAILING_NOTE, ''));
}

/** Catalogue names and aliases by the code unit they start with (a number key: no string made per lookup). */
const namesByFirstChar = new Map<number, string[]>();
for (const name of LAW_NAMES) {
  const first = name.charCodeAt(0);
  const list = namesByFirstChar.get(first) ?? [];
  list.push(name); // LAW_NAMES is longest first, so each list is too
  namesByFirstChar.set(first, list);
}

/**
 * The catalogue name or alias written bare at `p` (longest first), or null. A name followed by 律
 * (网络安全法律法规) is a different word.
 */
export function readBareLawName(text: string, p: number): { name: string; end: number } | null {
  const candidates = namesByFirstChar.get(text.charCodeAt(p));
  if (candidates === undefined) return null;
  for (const name of candidates) {
    if (text.startsWith(name, p)) {
      const end = p + name.length;
      if (text.charAt(end) === '律') return null;
      return { name, end };
    }
  }
  return null;
}

const SELF_REFS = ['本条例', '本办法', '本规定', '本细则', '本决定', '本法'] as const;
const ANAPHORA = ['该条例', '该办法', '该规定', '同条例', '同办法', '同规定', '该法', '同法'] as const;
/** 同一法律第二十七条 / 该法律第五条: the law named last, by the general word. */
const BY_WORD = ['同一法律', '该法律'] as const;
const NEWLINE = 10;
const RETURN = 13;
const BEN = '本'.charCodeAt(0);
const GAI = '该'.charCodeAt(0);
const TONG = '同'.charCodeAt(0);
/** 根本法, 基本法: words that end in 本法 without referring to the enclosing law. */
const NOT_SELF_BEFORE = new Set(['根', '基']);

/** 本法 / 本条例 / 本办法 … at p: the law the text itself is. */
export function readSelfReference(text: string, p: number): number | null {
  if (text.charCodeAt(p) !== BEN || NOT_SELF_BEFORE.has(text.charAt(p - 1))) return null;
  for (const r of SELF_REFS) if (text.startsWith(r, p)) return p + r.length;
  return null;
}

/**
 * 该法 / 同法 / 该条例 … at p: the law named last. Only taken when an article follows (该法第五十九条), because
 * 该法人 or 该法院 are other words.
 */
export function readAnaphora(text: string, p: number): number | null {
  const c = text.charCodeAt(p);
  if (c !== GAI && c !== TONG) return null;
  for (const r of ANAPHORA) if (text.startsWith(r, p)) return p + r.length;
  for (const r of BY_WORD) if (text.startsWith(r, p)) return p + r.length;
  return null;
}

/**
 * Every character at which a law mention (title mark, name, 本法, 该法, basis verb) can start: the parser looks
 * closer only there.
 */
export function mentionStartChars(): string {
  return [
    ...CLOSERS.keys(),
    ...[...namesByFirstChar.keys()].map((code) => String.fromCharCode(code)),
    ...SELF_REFS.map((r) => r.charAt(0)),
    ...ANAPHORA.map((r) => r.charAt(0)),
    ...BASIS_VERBS.map((v) => v.charAt(0)),
  ].join('');
}

/** Words that make the law titles right after them a legal basis: 依据《网络安全法》, 违反了《数据安全法》. */
const BASIS_VERBS = ['依据', '根据', '依照', '按照', '遵照', '违反', '违背', '触犯', '适用', '依'] as const;
const BASIS_VERB_CODES = codeTable(BASIS_VERBS);

/** The basis verb at p, or null. A lone 依 counts only right before a title mark (依《网络安全法》). */
export function readBasisVerb(text: string, p: number): number | null {
  if (BASIS_VERB_CODES[text.charCodeAt(p)] !== 1) return null;
  for (const v of BASIS_VERBS) {
    if (!text.startsWith(v, p)) continue;
    const end = p + v.length;
    if (v === '依' && text.charAt(end) !== '《') return null;
    return end;
  }
  return null;
}

/** Endings of a law's name written bare, and the words ending so that are not law names (依法, 有关规定). */
const BARE_LAW_ENDINGS: readonly [ending: string, notAfter: string][] = [
  ['条例', ''],
  ['办法', ''],
  ['细则', ''],
  ['规则', ''],
  ['规定', '的之关该本此等'],
  ['法', '依方违合非守执司立办'],
];

/**
 * Where a name of a law missing from the catalogue ends right at `p` (刑法 in 刑法第二百八十七条, 网络信息内容生态治理规定
 * 第三十五条): the start of its ending, or null. Lets the parser refuse to give that article to the law named
 * before it in the sentence.
 */
export function uncataloguedLawEndingAt(text: string, p: number): number | null {
  for (const [ending, notAfter] of BARE_LAW_ENDINGS) {
    const s = p - ending.length;
    if (s <= 0 || !text.startsWith(ending, s)) continue;
    return notAfter.includes(text.charAt(s - 1)) ? null : s;
  }
  return null;
}
