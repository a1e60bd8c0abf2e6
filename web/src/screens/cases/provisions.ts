/** Cited provisions in words, and the link to the article text of the version that applied. */
import { formatChineseInteger } from '../../../../src/core/shared/numerals.js';
import { findLaw } from '../../../../src/core/statutes/catalogue.js';
import { firstDayOf } from '../laws/versions.js';

export interface ProvisionLike {
  law: string;
  article: number | null;
  paragraph: number | null;
  item: number | null;
}

/** 《网络安全法》第六十四条第二款; 第二十一条第（二）项; a law without article: 《网络安全法》. */
export function formatProvision(p: ProvisionLike): string {
  let s = `《${p.law}》`;
  if (p.article !== null) s += `第${formatChineseInteger(p.article)}条`;
  if (p.paragraph !== null) s += `第${formatChineseInteger(p.paragraph)}款`;
  if (p.item !== null) s += `第（${formatChineseInteger(p.item)}）项`;
  return s;
}

/**
 * The article page for a cited provision, read at the date that applied: the version the check applied if it
 * names one (its first day in force), else the case date. null when the law is unknown or no article is cited.
 */
export function provisionHref(
  p: ProvisionLike,
  caseDate: string | null | undefined,
  appliedVersionEffective?: string,
): string | null {
  const law = findLaw(p.law);
  if (!law || p.article === null) return null;
  const at = appliedVersionEffective ?? firstDayOf(caseDate);
  const q = new URLSearchParams();
  if (at) q.set('at', at);
  if (p.paragraph !== null) q.set('paragraph', String(p.paragraph));
  const qs = q.toString();
  return `/laws/${law.id}/articles/${p.article}${qs ? `?${qs}` : ''}`;
}

/** The effective day of a catalogue version (for links to an applied rule's version). */
export function versionEffective(lawName: string, versionId: string): string | undefined {
  return findLaw(lawName)?.versions.find((v) => v.id === versionId)?.effective;
}

/** Several citations, the law named once per run: 《网络安全法》第二十一条第（一）项、第二十五条、第五十九条第一款. */
export function formatProvisionList(list: readonly ProvisionLike[]): string {
  const parts: string[] = [];
  let lastLaw: string | null = null;
  for (const p of list) {
    const full = formatProvision(p);
    if (p.law === lastLaw && p.article !== null) {
      parts[parts.length - 1] += `、${full.slice(p.law.length + 2)}`;
    } else {
      parts.push(full);
    }
    lastLaw = p.law;
  }
  return parts.join('，');
}
