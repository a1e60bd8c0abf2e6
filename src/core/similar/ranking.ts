/**
 * Similar cases over a large case library (tens of thousands of comparables of one rule): the store gives a
 * summary of every candidate (its applied rules, party kind, region, date and sanction summary — no facts), and
 * only the nearest candidates' fact tokens are read.
 *
 * Which candidates are comparable and the distribution of their sanctions use every summary. The ranking is exact
 * without every candidate's tokens: score = near (region and date) + WEIGHTS.facts·overlap with overlap ≤ 1, so
 * candidates are scored in order of `near`, and once the next one's `near + WEIGHTS.facts` is below the n-th best
 * score found, no later one can enter the top n. The result equals the top n of `findComparables` over the same
 * cases (ranking.test.ts holds it).
 */
import type { PartyKind } from '../shared/case-record.js';
import type { PartialDate } from '../shared/dates.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import {
  byRank,
  daysApart,
  jaccard,
  matchAll,
  nearness,
  scoreOf,
  WEIGHTS,
  type Nearness,
} from './comparables.js';
import type { ConductMatch } from './conduct.js';
import type { SanctionSummary } from './distribution.js';
import type { Region, SimilarCase } from './model.js';

/** A candidate as the store summarises it (case_applied). */
export interface CandidateSummary extends SanctionSummary {
  id: string;
  applied: readonly { rule: string; tier: string | null }[];
  party_kind: PartyKind;
  region: Region | null;
  date: PartialDate | null;
}

export interface NearCandidate extends Nearness {
  summary: CandidateSummary;
  conduct: ConductMatch[];
}

export interface Scored {
  id: string;
  candidate: NearCandidate;
  near: number;
  overlap: number;
  score: number;
  tokens: readonly string[];
}

/** Loads the fact tokens of some candidates by id. */
export type TokensOf = (ids: readonly string[]) => Promise<ReadonlyMap<string, readonly string[]>>;

/** The summaries comparable to the subject (itself left out), nearest by region and date first, then by id. */
export function nearCandidates(
  rules: RuleIndex,
  subject: SimilarCase,
  summaries: readonly CandidateSummary[],
): NearCandidate[] {
  // Many candidates share a date: the days between the subject's date and one date are computed once.
  const days = new Map<string | null, number | null>();
  const apart = (a: string | null, b: string | null) => {
    if (!days.has(b)) days.set(b, daysApart(a, b));
    return days.get(b)!;
  };
  // …and so do their applied rules (a store hands one list per (rule, tier)): paired with the subject's once per list.
  const pairings = new Map<CandidateSummary['applied'], ConductMatch[] | null>();
  const pairing = (c: CandidateSummary) => {
    if (!pairings.has(c.applied)) pairings.set(c.applied, matchAll(rules, subject, c));
    return pairings.get(c.applied)!;
  };
  const out: NearCandidate[] = [];
  for (const summary of summaries) {
    if (summary.id === subject.id || summary.party_kind !== subject.party_kind) continue;
    const conduct = pairing(summary);
    if (!conduct) continue;
    const { region, days_apart, near } = nearness(subject, summary, apart);
    out.push({ summary, conduct, region, days_apart, near });
  }
  return out.sort(
    (a, b) => b.near - a.near || (a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0),
  );
}

/** Slack for rounding in `near + WEIGHTS.facts` against a computed score. */
const EPSILON = 1e-9;

/** The n best of `ordered` (nearCandidates' order) by the full score, best first; tokens read `batch` at a time. */
export async function topScored(
  subject: Pick<SimilarCase, 'tokens'>,
  ordered: readonly NearCandidate[],
  n: number,
  tokensOf: TokensOf,
  batch = 500,
): Promise<Scored[]> {
  const best: Scored[] = [];
  for (let i = 0; i < ordered.length && n > 0; i += batch) {
    // The n-th best so far: a candidate whose near plus the most facts can add stays below it cannot enter.
    const floor = best.length >= n ? best[n - 1]!.score : -Infinity;
    const slice = ordered.slice(i, i + batch);
    const open = slice.filter((c) => c.near + WEIGHTS.facts + EPSILON >= floor);
    if (open.length === 0) break;
    const tokens = await tokensOf(open.map((c) => c.summary.id));
    for (const c of open) {
      const t = tokens.get(c.summary.id) ?? [];
      const overlap = jaccard(subject.tokens, t);
      best.push({
        id: c.summary.id,
        candidate: c,
        near: c.near,
        overlap,
        score: scoreOf(c.near, overlap),
        tokens: t,
      });
    }
    best.sort(byRank);
    best.length = Math.min(best.length, n);
    // `ordered` is by near, descending: after the first candidate that cannot enter, none can.
    if (open.length < slice.length) break;
  }
  return best;
}
