/**
 * The citations of a case as a bulletin writes them: the law's full title in 《》 once, then its provisions joined
 * by 、 — 《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款 (titles from ../statutes/catalogue.ts).
 */
import type { ProvisionRef } from '../shared/case-record.js';
import { formatArticleLabel, formatChineseInteger } from '../shared/numerals.js';
import { findLaw } from '../statutes/catalogue.js';

/** 第二十一条第（二）项, 第五十九条第一款; a provision without an article is the law alone (empty). */
export function provisionLabel(p: ProvisionRef): string {
  if (p.article === null) return '';
  const paragraph = p.paragraph === null ? '' : `第${formatChineseInteger(p.paragraph)}款`;
  const item = p.item === null ? '' : `第（${formatChineseInteger(p.item)}）项`;
  return `${formatArticleLabel(p.article)}${paragraph}${item}`;
}

/** The title a citation gives a law: the catalogue's official title, else the record's name as it stands. */
export const lawTitle = (law: string): string => findLaw(law)?.title ?? law;

/** Provisions grouped by law in the order first cited: 《A》第…、第…和《B》第…. */
export function formatCitations(provisions: readonly ProvisionRef[]): string {
  const byLaw = new Map<string, ProvisionRef[]>();
  for (const p of provisions) byLaw.set(p.law, [...(byLaw.get(p.law) ?? []), p]);
  return [...byLaw]
    .map(([law, ps]) => `《${lawTitle(law)}》${ps.map(provisionLabel).filter(Boolean).join('、')}`)
    .join('和');
}
