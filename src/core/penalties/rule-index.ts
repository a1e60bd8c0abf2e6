/**
 * Lookup of penalty rules by id, by the article that sets the penalty, and by the obligation article it enforces.
 */
import type { PenaltyRule } from './model.js';

const key = (law: string, version: string, article: number) => `${law}|${version}|${article}`;
const NONE: PenaltyRule[] = [];

export class RuleIndex {
  private readonly ids = new Map<string, PenaltyRule>();
  private readonly byArticle = new Map<string, PenaltyRule[]>();
  private readonly byObligation = new Map<string, PenaltyRule[]>();
  private readonly byParagraph = new Map<string, PenaltyRule[]>();

  constructor(readonly rules: readonly PenaltyRule[]) {
    for (const r of rules) {
      this.ids.set(r.id, r);
      push(this.byArticle, key(r.law, r.version, r.article), r);
      for (const o of r.enforces) push(this.byObligation, key(r.law, r.version, o.article), r);
    }
  }

  byId(id: string): PenaltyRule | undefined {
    return this.ids.get(id);
  }

  private readonly lookups = new Map<string, Map<string, Map<number, PenaltyRule[]>>>();

  /** Rules set by this article (all its penalty paragraphs), or by one paragraph of it (memoised: a hot path). */
  penaltyArticle(
    law: string,
    version: string,
    article: number,
    paragraph: number | null = null,
  ): PenaltyRule[] {
    let byVersion = this.lookups.get(law);
    if (!byVersion) this.lookups.set(law, (byVersion = new Map()));
    let byArticle = byVersion.get(version);
    if (!byArticle) byVersion.set(version, (byArticle = new Map()));
    const k = article * 1000 + (paragraph ?? 0);
    let out = byArticle.get(k);
    if (!out) {
      const all = this.byArticle.get(key(law, version, article)) ?? NONE;
      out = paragraph === null ? all : all.filter((r) => r.paragraph === paragraph || r.paragraph === null);
      byArticle.set(k, out);
    }
    return out;
  }

  /** Rules that enforce this obligation article. */
  enforcing(law: string, version: string, article: number): PenaltyRule[] {
    return this.byObligation.get(key(law, version, article)) ?? NONE;
  }

  /** Does this law version have any penalty rule at all (i.e. can we judge its citations)? */
  hasVersion(law: string, version: string): boolean {
    return this.rules.some((r) => r.law === law && r.version === version);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
