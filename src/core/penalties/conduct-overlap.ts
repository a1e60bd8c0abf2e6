/**
 * How much of a case's described conduct a rule's text speaks of: the distinct two-character sequences of the facts
 * that also occur in the rule's text, leaving out the words every penalty sentence shares (违反本法, 责令改正, 罚款…).
 * Used only to choose between readings of one citation (old or new numbering across an amendment); it never decides
 * legality.
 */
import type { PenaltyRule } from './model.js';

/** Pairs every penalty paragraph uses: they say nothing about the conduct. */
const BOILERPLATE =
  '违反本法规定的由有关主管部门责令改正给予警告处以上以下万元罚款没收违法所得拒不改正或者导致直接负责的主管人员和其他责任人员情节严重尚不构成犯罪依照法律行政法规第条款项并可以处';

const CJK = /[\u4e00-\u9fff]/;

function bigrams(text: string, into: Set<string> = new Set()): Set<string> {
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i]!;
    const b = text[i + 1]!;
    if (CJK.test(a) && CJK.test(b)) into.add(a + b);
  }
  return into;
}

const STOP = bigrams(BOILERPLATE);
const byRule = new WeakMap<PenaltyRule, Set<string>>();

function ruleBigrams(rule: PenaltyRule): Set<string> {
  let out = byRule.get(rule);
  if (!out) {
    out = new Set([...bigrams(rule.text)].filter((g) => !STOP.has(g)));
    byRule.set(rule, out);
  }
  return out;
}

/** The facts of the case being checked, split once (one check asks about several rules). */
let lastFacts = '';
let lastPairs: string[] = [];

function factPairs(facts: string): string[] {
  if (facts !== lastFacts) {
    lastFacts = facts;
    lastPairs = [...bigrams(facts)].filter((g) => !STOP.has(g));
  }
  return lastPairs;
}

/** Number of distinct conduct pairs of `facts` the rule's text contains. */
export function conductOverlap(rule: PenaltyRule, facts: string | null | undefined): number {
  if (!facts) return 0;
  const own = ruleBigrams(rule);
  let hits = 0;
  for (const g of factPairs(facts)) if (own.has(g)) hits++;
  return hits;
}
