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
  REGION_CLOSENESS,
  REGION_LEVELS,
  regionLevel,
  scoreOf,
  WEIGHTS,
  type Nearness,
  type RegionLevel,
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

/**
 * The summaries comparable to the subject (itself left out), in the store's order; `topScored` takes them nearest
 * by region and date first, then by id, without sorting them all.
 */
export function nearCandidates(
  rules: RuleIndex,
  subject: SimilarCase,
  summaries: readonly CandidateSummary[],
): NearCandidate[] {
  // Many candidates share a date, a region and an applied list (a store hands one list per (rule, tier), one region
  // object per region string): each is compared with the subject's once.
  const days = new Map<string | null, number | null>();
  const apart = (a: string | null, b: string | null) => {
    if (!days.has(b)) days.set(b, daysApart(a, b));
    return days.get(b)!;
  };
  const levels = new Map<Region | null, RegionLevel>();
  const level = (a: Region | null, b: Region | null) => {
    if (!levels.has(b)) levels.set(b, regionLevel(a, b));
    return levels.get(b)!;
  };
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
    const { region, days_apart, near } = nearness(subject, summary, apart, level);
    out.push({ summary, conduct, region, days_apart, near });
  }
  return out;
}

/** Nearer first, then by id: the order in which `topScored` takes candidates. */
const nearer = (a: NearCandidate, b: NearCandidate) =>
  b.near - a.near || (a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0);

/**
 * The candidates in `nearer` order, taken `k` at a time: a binary heap built in linear time, so that only the few
 * candidates taken (those that may still enter the top n) pay for being ordered, not all tens of thousands.
 */
function inNearOrder(candidates: readonly NearCandidate[]): (k: number) => NearCandidate[] {
  const heap = [...candidates];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && nearer(heap[l]!, heap[top]!) < 0) top = l;
      if (r < heap.length && nearer(heap[r]!, heap[top]!) < 0) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  return (k) => {
    const out: NearCandidate[] = [];
    while (out.length < k && heap.length > 0) {
      out.push(heap[0]!);
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        down(0);
      }
    }
    return out;
  };
}

/** Slack for rounding in `near + WEIGHTS.facts` against a computed score. */
const EPSILON = 1e-9;

/** The n best of `candidates` by the full score, best first; tokens read `batch` at a time, nearest first. */
export async function topScored(
  subject: Pick<SimilarCase, 'tokens'>,
  candidates: readonly NearCandidate[],
  n: number,
  tokensOf: TokensOf,
  batch = 500,
): Promise<Scored[]> {
  const best: Scored[] = [];
  const next = inNearOrder(candidates);
  for (let slice = next(batch); slice.length > 0 && n > 0; slice = next(batch)) {
    // The n-th best so far: a candidate whose near plus the most facts can add stays below it cannot enter.
    const floor = best.length >= n ? best[n - 1]!.score : -Infinity;
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
    // Candidates come by near, descending: after the first one that cannot enter, none can.
    if (open.length < slice.length) break;
  }
  return best;
}

/** Reads the summaries of the candidates whose region is at one level from the subject's. */
export type SummariesAt = (level: RegionLevel) => Promise<readonly CandidateSummary[]>;

/**
 * The n best by the full score, reading the candidates one region level at a time, nearest first (the region weighs
 * most): once the n-th best score is above what any candidate of the next level can reach (its region closeness with
 * the closest date and full facts overlap), the farther levels are not read. `levels`: the levels with candidates.
 * The result equals `topScored` over every candidate (ranking.test.ts holds it).
 */
export async function topByRegion(
  rules: RuleIndex,
  subject: SimilarCase,
  levels: ReadonlySet<RegionLevel>,
  read: SummariesAt,
  n: number,
  tokensOf: TokensOf,
): Promise<Scored[]> {
  const seen = new Map<string, readonly string[]>();
  const cached: TokensOf = async (ids) => {
    const fresh = await tokensOf(ids.filter((id) => !seen.has(id)));
    for (const [id, t] of fresh) seen.set(id, t);
    return new Map(ids.map((id) => [id, seen.get(id) ?? []]));
  };
  const near: NearCandidate[] = [];
  let top: Scored[] = [];
  for (const level of REGION_LEVELS.filter((l) => levels.has(l))) {
    const floor = top.length >= n ? top[n - 1]!.score : -Infinity;
    const best = WEIGHTS.region * REGION_CLOSENESS[level] + WEIGHTS.date + WEIGHTS.facts;
    if (best + EPSILON < floor) break;
    for (const c of nearCandidates(rules, subject, await read(level))) near.push(c);
    top = await topScored(subject, near, n, cached);
  }
  return top;
}
