/**
 * Provisions cited for a case, through the citation parser: every provision in the case's own text (not its
 * lesson, not quoted statute articles — the segmenter drops those), once each, in order of citation. A law
 * named without an article (依据《网络安全法》) is kept only when no article of that law is cited for the case.
 */
import { parseCitations } from '../../citations/parse-citations.js';
import type { ProvisionRef } from '../../shared/case-record.js';

const key = (p: ProvisionRef): string => `${p.law}|${p.article}|${p.paragraph}|${p.item}`;

export function extractProvisions(text: string): ProvisionRef[] {
  const refs: ProvisionRef[] = parseCitations(text).map((c) => ({
    law: c.law,
    article: c.article,
    paragraph: c.paragraph,
    item: c.item,
  }));
  const withArticle = new Set(refs.filter((r) => r.article !== null).map((r) => r.law));
  const seen = new Set<string>();
  const out: ProvisionRef[] = [];
  for (const r of refs) {
    if (r.article === null && withArticle.has(r.law)) continue;
    const k = key(r);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}
