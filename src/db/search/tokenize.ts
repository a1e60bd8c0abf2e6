/**
 * Chinese word segmentation for full-text search (@node-rs/jieba, search mode: 个人信息 → 个人 信息 个人信息).
 * Documents and queries go through the same function, so a query matches whatever segmentation the text got.
 * A few abbreviations the bulletins use are expanded to the full term (等保 → 等级保护), in both directions
 * of use: the document gets the full term's tokens too, so 等级保护 finds a text that only says 等保.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));

/** Abbreviation → full term, as enforcement texts use them. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  等保: '等级保护',
  关基: '关键信息基础设施',
  个保法: '个人信息保护法',
  网安法: '网络安全法',
  数安法: '数据安全法',
  反诈: '反电信网络诈骗',
};

/** A token worth indexing: letters or digits (drops punctuation and whitespace). */
const WORD = /^[\p{L}\p{N}]+$/u;

function cut(text: string): string[] {
  const lower = text.toLowerCase();
  let expanded = lower;
  for (const [abbr, full] of Object.entries(ABBREVIATIONS)) {
    if (lower.includes(abbr)) expanded += ` ${full}`;
  }
  return segmenter()
    .cutForSearch(expanded, true)
    .filter((t) => WORD.test(t));
}

/** The space-joined token list stored in a search_text column (each token once). */
export function toSearchText(...parts: (string | null | undefined)[]): string {
  const text = parts.filter((p): p is string => !!p).join('\n');
  return [...new Set(cut(text))].join(' ');
}

/**
 * Tokens a query must all match. A query for 等保 matches documents that say 等级保护 (they are indexed with
 * 等 and 保 only if they say 等保), so abbreviations are replaced by their full term in queries.
 * A token another of them implies is left out (`impliedBy`): it finds the same documents, and each token is one more
 * posting list the index intersects (at 1,000,000 cases 个人 and 信息 beside 个人信息 doubled PostgreSQL's lookup).
 */
export function queryTokens(query: string): string[] {
  let q = query.toLowerCase();
  for (const [abbr, full] of Object.entries(ABBREVIATIONS)) q = q.replaceAll(abbr, full);
  const tokens = [...new Set(cut(q))];
  const implied = new Set<string>();
  for (const w of tokens) for (const t of impliedBy(w)) if (t !== w) implied.add(t);
  return tokens.filter((t) => !implied.has(t));
}

/**
 * The tokens a document holding token `w` is sure to hold too. Search mode (jieba-rs `cut_for_search`) writes beside
 * each word of more than two characters its two-character windows that are dictionary words, and beside each word of
 * more than three its three-character ones; a token of two or three characters is either such a word or such a
 * window of a longer word, whose windows include its own. So a document with `w` has every dictionary window of `w`
 * of those lengths: the dictionary words full mode (`cutAll`) finds inside `w`.
 */
export function impliedBy(w: string): string[] {
  const length = [...w].length;
  if (length <= 2) return [];
  return segmenter()
    .cutAll(w)
    .filter((t) => {
      const n = [...t].length;
      return n === 2 || (n === 3 && length > 3);
    });
}
