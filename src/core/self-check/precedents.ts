/**
 * Ranking published cases as precedents for a gap: cases that applied the gap's rule itself first, then cases that
 * applied a rule linked to it by successors with a tier of the same circumstances (the same conduct across law
 * versions, src/core/similar/conduct.ts); within each, those nearest the profile (same sector, same party kind); then
 * the newest.
 *
 * Fast on a large library: which (rule, tier) pairs match a rule is computed once per rule index, a candidate list is
 * bucketed by applied rule once (remembered for a list passed again), and a report's ranker keeps only the best few of
 * each bucket, so a gap looks at a few short lists, not at every case.
 */
import { matchConduct } from '../similar/conduct.js';
import type { PenaltyRule } from '../penalties/model.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import type { PrecedentCandidate, PrecedentSource, Profile } from './model.js';

/** How many precedents a gap lists. */
export const PRECEDENTS_PER_GAP = 5;

/** For a rule: 0 for itself (any tier), 1 for (rule, tier) pairs of the same conduct; keyed `rule|tier` and `rule|*`. */
type Links = ReadonlyMap<string, 0 | 1>;

const linksMemo = new WeakMap<RuleIndex, WeakMap<PenaltyRule, Links>>();

function linksOf(index: RuleIndex, subject: PenaltyRule): Links {
  let byRule = linksMemo.get(index);
  if (!byRule) linksMemo.set(index, (byRule = new WeakMap()));
  let out = byRule.get(subject);
  if (!out) {
    const links = new Map<string, 0 | 1>([[`${subject.id}|*`, 0]]);
    for (const other of index.rules) {
      if (other.id === subject.id) continue;
      for (const t of other.tiers) {
        const same = subject.tiers.some(
          (s) =>
            matchConduct(index, { rule: subject.id, tier: s.id }, { rule: other.id, tier: t.id }) !== null,
        );
        if (same) {
          links.set(`${other.id}|${t.id}`, 1);
          // A case whose tier the check could not fix counts if some tier of its rule is the same conduct.
          links.set(`${other.id}|*`, 1);
        }
      }
    }
    byRule.set(subject, (out = links));
  }
  return out;
}

type Buckets = ReadonlyMap<string, readonly { c: PrecedentCandidate; tier: string | null }[]>;
const bucketMemo = new WeakMap<readonly PrecedentCandidate[], Buckets>();

function bucketsOf(candidates: readonly PrecedentCandidate[]): Buckets {
  let out = bucketMemo.get(candidates);
  if (!out) {
    const m = new Map<string, { c: PrecedentCandidate; tier: string | null }[]>();
    for (const c of candidates)
      for (const a of c.applied) {
        const list = m.get(a.rule);
        if (list) list.push({ c, tier: a.tier });
        else m.set(a.rule, [{ c, tier: a.tier }]);
      }
    bucketMemo.set(candidates, (out = m));
  }
  return out;
}

/** The candidate's party kind for a profile: individuals are persons, everyone else an organisation. */
const partyKindOf = (p: Profile) => (p.org_kind === 'individual' ? 'individual' : 'organization');

type Ranked = { c: PrecedentCandidate; key: number };

/** Does `a` rank before `b`: smaller key (link, nearness), then newer date, then smaller id. */
function before(a: Ranked, b: Ranked): boolean {
  if (a.key !== b.key) return a.key < b.key;
  const da = a.c.date ?? '';
  const db = b.c.date ?? '';
  if (da !== db) return da > db;
  return a.c.id < b.c.id;
}

/** Inserts `e` into `top` (sorted, at most `limit` long) if it ranks there. */
function offer(top: Ranked[], e: Ranked, limit: number): void {
  if (top.length === limit && !before(e, top[limit - 1]!)) return;
  let i = top.length;
  while (i > 0 && before(e, top[i - 1]!)) i--;
  top.splice(i, 0, e);
  if (top.length > limit) top.pop();
}

/**
 * A ranker for one report: ranks candidates for a gap's rules. With a list of candidates, each applied rule's bucket is
 * reduced once to its best `limit` cases per tier (and overall), so a gap costs a few short lists whatever the library.
 */
export function precedentRanker(
  index: RuleIndex,
  source: PrecedentSource,
  profile: Profile | undefined,
  limit = PRECEDENTS_PER_GAP,
): (rules: readonly PenaltyRule[]) => string[] {
  const near = (c: PrecedentCandidate) =>
    (profile && c.sector && c.sector === profile.sector ? 0 : 1) +
    (profile && c.party_kind === partyKindOf(profile) ? 0 : 1);
  /** Per candidate list and applied rule: tier (or '*' for all, '' for cases without a tier) → best cases. */
  const tops = new WeakMap<Buckets, Map<string, Map<string, Ranked[]>>>();
  const topsOf = (buckets: Buckets, rule: string): Map<string, Ranked[]> => {
    let byRule = tops.get(buckets);
    if (!byRule) tops.set(buckets, (byRule = new Map()));
    let out = byRule.get(rule);
    if (!out) {
      out = new Map<string, Ranked[]>([['*', []]]);
      for (const e of buckets.get(rule) ?? []) {
        const r = { c: e.c, key: near(e.c) };
        offer(out.get('*')!, r, limit);
        const t = e.tier ?? '';
        if (!out.has(t)) out.set(t, []);
        offer(out.get(t)!, r, limit);
      }
      byRule.set(rule, out);
    }
    return out;
  };
  return (rules) => {
    const candidates = typeof source === 'function' ? source(rules.map((r) => r.id)) : source;
    const buckets = bucketsOf(candidates);
    const best = new Map<PrecedentCandidate, number>();
    for (const rule of rules) {
      for (const [key, link] of linksOf(index, rule)) {
        const [ruleId, tier] = key.split('|') as [string, string];
        // Own rule: any tier; a linked rule: its matching tier, or ('*') its cases without a tier.
        const list = topsOf(buckets, ruleId).get(link === 0 ? '*' : tier === '*' ? '' : tier) ?? [];
        for (const { c } of list) {
          const prev = best.get(c);
          if (prev === undefined || link < prev) best.set(c, link);
        }
      }
    }
    const top: Ranked[] = [];
    for (const [c, link] of best) offer(top, { c, key: link * 10 + near(c) }, limit);
    return top.map((e) => e.c.id);
  };
}

/** The candidates that punished the same obligation as `rules`, most similar first, at most `limit` ids. */
export function rankPrecedents(
  index: RuleIndex,
  rules: readonly PenaltyRule[],
  source: PrecedentSource,
  profile: Profile | undefined,
  limit = PRECEDENTS_PER_GAP,
): string[] {
  return precedentRanker(index, source, profile, limit)(rules);
}
