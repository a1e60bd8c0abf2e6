/**
 * Which penalty rules enforce a requirement (derived from the rules' `enforces`, never typed by hand), and how a
 * requirement or rule is cited in Chinese.
 */
import { formatCitation } from '../citations/citation.js';
import type { PenaltyRule } from '../penalties/model.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import { findLaw } from '../statutes/catalogue.js';
import type { Requirement } from './model.js';

/** Does an `enforces` entry cover the requirement's provision? A whole-article entry or requirement covers its parts. */
function covers(o: PenaltyRule['enforces'][number], r: Requirement): boolean {
  if (o.article !== r.article) return false;
  if (o.paragraph !== undefined && r.paragraph !== undefined && o.paragraph !== r.paragraph) return false;
  return !(o.item !== undefined && r.item !== undefined && o.item !== r.item);
}

/** The rules of the requirement's law version whose `enforces` names its provision, in rule order. */
export function enforcingRules(index: RuleIndex, r: Requirement): PenaltyRule[] {
  return index
    .enforcing(r.law, r.version, r.article)
    .filter((rule) => rule.enforces.some((o) => covers(o, r)));
}

/** 《中华人民共和国网络安全法》 — the official title. */
export function lawTitle(law: string): string {
  return `《${findLaw(law)?.title ?? law}》`;
}

/** 《中华人民共和国网络安全法》第二十三条 (第N款、第（N）项 when given). */
export function citeProvision(p: {
  law: string;
  article: number;
  paragraph?: number | null;
  item?: number | null;
}): string {
  return (
    lawTitle(p.law) +
    formatCitation(
      { law: p.law, article: p.article, paragraph: p.paragraph ?? null, item: p.item ?? null },
      { withLaw: false },
    )
  );
}
