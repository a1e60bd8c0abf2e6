/**
 * When two applied rules punish the same conduct, and two tiers the same circumstances, across law versions.
 *
 * A rule and a rule reachable from it by `successors` (CSL2016.59.1 → CSL2025.61.1, PSAL2012.29 → PSAL2025.33) carry
 * the same conduct. The relation follows successor chains in either direction but never sideways: two successors of
 * one rule (CSL2025.61.1 and CSL2025.61.3) are not thereby the same conduct as each other.
 * Within one rule a tier is its id; across rules of the same conduct a tier is the facts that trigger it (`when`),
 * so 2016 第五十九条「拒不改正或者导致危害网络安全等后果」 matches the same words of 2025 第六十一条 whatever its bounds.
 */
import type { PenaltyRule, Tier } from '../penalties/model.js';
import type { RuleIndex } from '../penalties/rule-index.js';

export interface ConductMatch {
  /** same_rule, or the successor step that links them (renumbered, amended, referral, same). */
  link: 'same_rule' | 'successor' | 'predecessor';
  /** The candidate's rule and tier. */
  rule: string;
  tier: string;
  /** In words, for the comparable's explanation. */
  why: string;
}

/** Is `to` reachable from `from` by successors? (The successor graph is small and acyclic.) */
function succeeds(rules: RuleIndex, from: string, to: string, seen = new Set<string>()): boolean {
  if (seen.has(from)) return false;
  seen.add(from);
  const rule = rules.byId(from);
  return (rule?.successors ?? []).some((s) => s.rule === to || succeeds(rules, s.rule, to, seen));
}

const whenKey = (t: Tier): string =>
  t.when
    .map((g) => [...g].sort().join('+'))
    .sort()
    .join('|');

function tierOf(rule: PenaltyRule | undefined, id: string): Tier | undefined {
  return rule?.tiers.find((t) => t.id === id);
}

/** How the candidate's applied rule and tier match the subject's, or null when they do not. */
export function matchConduct(
  rules: RuleIndex,
  subject: { rule: string; tier: string },
  candidate: { rule: string; tier: string },
): ConductMatch | null {
  const base = { rule: candidate.rule, tier: candidate.tier };
  if (subject.rule === candidate.rule)
    return subject.tier === candidate.tier
      ? { ...base, link: 'same_rule', why: `同一规则 ${candidate.rule}、同一档次 ${candidate.tier}` }
      : null;
  const link = succeeds(rules, subject.rule, candidate.rule)
    ? 'successor'
    : succeeds(rules, candidate.rule, subject.rule)
      ? 'predecessor'
      : null;
  if (!link) return null;
  const a = tierOf(rules.byId(subject.rule), subject.tier);
  const b = tierOf(rules.byId(candidate.rule), candidate.tier);
  if (!a || !b || whenKey(a) !== whenKey(b)) return null;
  const word = link === 'successor' ? '后继规则' : '前身规则';
  return {
    ...base,
    link,
    why: `${candidate.rule} 是 ${subject.rule} 的${word}（同一违法行为），档次「${b.label}」的触发事实相同；两者罚款幅度可能不同`,
  };
}

/**
 * The rules of the same conduct family as these: the rules themselves and every rule linked to them by successors in
 * either direction, transitively (网络安全法 2016 第五十九条第一款 ↔ 2025 第六十一条第一款, a referral's target).
 */
export function conductFamily(rules: RuleIndex, ruleIds: readonly string[]): PenaltyRule[] {
  const linked = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!linked.has(a)) linked.set(a, new Set());
    linked.get(a)!.add(b);
  };
  for (const r of rules.rules)
    for (const s of r.successors ?? []) {
      link(r.id, s.rule);
      link(s.rule, r.id);
    }
  const seen = new Set<string>();
  const todo = [...ruleIds];
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(linked.get(id) ?? []));
  }
  return [...seen].map((id) => rules.byId(id)).filter((r): r is PenaltyRule => r !== undefined);
}

/**
 * Every (rule, tier) a comparable may have applied for the subject's (rule, tier) — exactly the pairs
 * `matchConduct` accepts: the same tier of the same rule, and the tiers with the same triggering facts of the rules
 * reachable by successors either way. Small (a few pairs), so a store can look candidates up by it.
 */
export function conductKeys(rules: RuleIndex, subject: { rule: string; tier: string }): ConductKey[] {
  return rules.rules.flatMap((r) =>
    r.tiers
      .map((t) => ({ rule: r.id, tier: t.id }))
      .filter((candidate) => matchConduct(rules, subject, candidate) !== null),
  );
}

export interface ConductKey {
  rule: string;
  tier: string;
}
