/**
 * Provisions cited for a case, through the citation parser: every provision in the case's own text (not its
 * lesson, not quoted statute articles — the segmenter drops those), once each, in order of citation. A law
 * named without an article (依据《网络安全法》) is kept only when no article of that law is cited for the case, and an
 * article named bare only when no paragraph or item of it is cited.
 */
import { parseCitations, type Citation } from '../../citations/parse-citations.js';
import type { ProvisionRef } from '../../shared/case-record.js';

/**
 * 《某省互联网行业自律公约》, an association's 章程 or 倡议书: rules its members keep among themselves, no legal basis of a
 * penalty (an association's 行业内通报 under it is no sanction either).
 */
const SELF_REGULATION = /(?:公约|章程|守则|倡议书?|承诺书|自律规范)$/;

const key = (p: ProvisionRef): string => `${p.law}|${p.article}|${p.paragraph}|${p.item}`;

export function extractProvisions(text: string): ProvisionRef[] {
  return provisionsFrom(parseCitations(text));
}

/** The same from citations already parsed (a case's text is parsed once for all its records). */
export function provisionsFrom(citations: readonly Citation[]): ProvisionRef[] {
  const refs: ProvisionRef[] = citations.map((c) => ({
    law: c.law,
    article: c.article,
    paragraph: c.paragraph,
    item: c.item,
  }));
  const withArticle = new Set(refs.filter((r) => r.article !== null).map((r) => r.law));
  // 依据第二十五条第（一）项…，违反了第二十五条: the article named bare is the one cited more precisely.
  const precise = new Set(
    refs
      .filter((r) => r.article !== null && (r.paragraph !== null || r.item !== null))
      .map((r) => `${r.law}|${r.article}`),
  );
  const seen = new Set<string>();
  const out: ProvisionRef[] = [];
  for (const r of refs) {
    if (r.article === null && (withArticle.has(r.law) || SELF_REGULATION.test(r.law))) continue;
    if (r.paragraph === null && r.item === null && precise.has(`${r.law}|${r.article}`)) continue;
    const k = key(r);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}
