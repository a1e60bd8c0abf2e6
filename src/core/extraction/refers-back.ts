/**
 * A decision that applies the articles the case before it cited instead of citing its own: 依据上述规定对其给予警告 /
 * 依据同一规定对赵某处以罚款 / 依据同一条款对其给予警告 / 依据同法同条款作出…. One pattern for both readers: the part
 * splitter (split-parts.ts: another party punished under the same article is its own part) and the record builder
 * (extract.ts: the record takes the earlier record's articles and, naming no unit, its unit).
 */
const REFERS_BACK =
  /(?:依据|根据|依照|按照)((?:上述|前述)(?:法律)?|同一|同样的?|相同的?|同法同)(?:规定|条款|法条)/;

/** Whether the text applies the articles told before it (上述规定 or 同一条款; a cheap look first). */
export const citesArticlesAbove = (text: string): boolean =>
  (text.includes('述') || text.includes('同')) && REFERS_BACK.test(text);

/**
 * Whether a sentence applies the very article cited just before (同一条款, 同法同条款), which names it as the earlier
 * case's — not 上述规定, which in a sentence of its own may be the same party's story going on.
 */
export function citesSameArticle(sentence: string): boolean {
  if (!sentence.includes('同')) return false;
  const m = REFERS_BACK.exec(sentence);
  return m !== null && !m[1]!.endsWith('述') && !m[1]!.endsWith('法律');
}
