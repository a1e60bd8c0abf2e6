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
 */
export function queryTokens(query: string): string[] {
  let q = query.toLowerCase();
  for (const [abbr, full] of Object.entries(ABBREVIATIONS)) q = q.replaceAll(abbr, full);
  return [...new Set(cut(q))];
}
