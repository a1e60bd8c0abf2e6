/**
 * Ranking published cases as precedents for a gap: cases that applied the gap's rule, or a rule linked to it by
 * successors (the same conduct across law versions, src/core/similar/conduct.ts), first; then those nearest the
 * profile (same sector, same party kind); then the newest.
 */
import { matchConduct } from '../similar/conduct.js';
import type { PenaltyRule } from '../penalties/model.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import type { PrecedentCandidate, PrecedentSource, Profile } from './model.js';

/** How many precedents a gap lists. */
export const PRECEDENTS_PER_GAP = 5;

/** The candidate's party kind for a profile: individuals are persons, everyone else an organisation. */
const partyKindOf = (p: Profile) => (p.org_kind === 'individual' ? 'individual' : 'organization');

/** 0: applied one of the rules itself; 1: applied a predecessor or successor (same conduct); null: unrelated. */
function link(index: RuleIndex, rules: readonly PenaltyRule[], c: PrecedentCandidate): 0 | 1 | null {
  let best: 0 | 1 | null = null;
  for (const a of c.applied) {
    for (const rule of rules) {
      if (a.rule === rule.id) return 0;
      if (best === null && linked(index, rule, a)) best = 1;
    }
  }
  return best;
}

/**
 * Some tier of `rule` is the same conduct and circumstances as the candidate's applied rule and tier (a candidate
 * whose tier the check could not fix is tried with each tier of its rule).
 */
function linked(
  index: RuleIndex,
  rule: PenaltyRule,
  applied: { rule: string; tier: string | null },
): boolean {
  const tiers =
    applied.tier !== null ? [applied.tier] : (index.byId(applied.rule)?.tiers.map((t) => t.id) ?? []);
  return rule.tiers.some((t) =>
    tiers.some(
      (tier) => matchConduct(index, { rule: rule.id, tier: t.id }, { rule: applied.rule, tier }) !== null,
    ),
  );
}

/**
 * The candidates that punished the same obligation (applied one of `rules` or a rule of the same conduct), most
 * similar first, at most `limit` ids.
 */
export function rankPrecedents(
  index: RuleIndex,
  rules: readonly PenaltyRule[],
  source: PrecedentSource,
  profile: Profile | undefined,
  limit = PRECEDENTS_PER_GAP,
): string[] {
  const ids = rules.map((r) => r.id);
  const candidates = typeof source === 'function' ? source(ids) : source;
  const scored: { c: PrecedentCandidate; key: number }[] = [];
  for (const c of candidates) {
    const l = link(index, rules, c);
    if (l === null) continue;
    const near =
      (profile && c.sector && c.sector === profile.sector ? 0 : 1) +
      (profile && c.party_kind === partyKindOf(profile) ? 0 : 1);
    scored.push({ c, key: l * 10 + near });
  }
  scored.sort(
    (a, b) => a.key - b.key || (b.c.date ?? '').localeCompare(a.c.date ?? '') || a.c.id.localeCompare(b.c.id),
  );
  return scored.slice(0, limit).map((s) => s.c.id);
}
