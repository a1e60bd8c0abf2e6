/**
 * The comparable cases of one case (同案同罚): those that applied the same rule (or its predecessor or successor,
 * `conduct.ts`) in the same tier to the same kind of party, ranked by nearness of region, date and facts.
 *
 * Ranking is a weighted sum of three closenesses, each in [0, 1], written on every comparable:
 *   region  same 区县 1, same 市 0.75, same 省 0.5 (a provincial 裁量基准 binds the whole province), else 0;
 *   date    1 / (1 + years between the midpoints of the two dates), 0 when either is unknown;
 *   facts   Jaccard overlap of the fact-token sets.
 * score = 0.4·region + 0.3·date + 0.3·facts; ties by id. The weights are a choice (NOTES.md, Similar cases).
 */
import { assertPartialDate, dateSpan } from '../shared/dates.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import { matchConduct, type ConductMatch } from './conduct.js';
import type { Region, SimilarCase } from './model.js';

export const WEIGHTS = { region: 0.4, date: 0.3, facts: 0.3 } as const;

export type RegionLevel = 'county' | 'city' | 'province' | 'none';

/** The region levels, nearest first. */
export const REGION_LEVELS: readonly RegionLevel[] = ['county', 'city', 'province', 'none'];

export const REGION_CLOSENESS: Readonly<Record<RegionLevel, number>> = {
  county: 1,
  city: 0.75,
  province: 0.5,
  none: 0,
};

const REGION_WORDS: Readonly<Record<RegionLevel, string>> = {
  county: '同一区县',
  city: '同一市',
  province: '同一省',
  none: '地区不同或不明',
};

export interface Comparable {
  case: SimilarCase;
  /** How each of the subject's applied rules is matched in this case. */
  conduct: ConductMatch[];
  region: RegionLevel;
  /** Days between the midpoints of the two dates; null when either is unknown. */
  days_apart: number | null;
  /** Jaccard overlap of the fact tokens. */
  overlap: number;
  score: number;
  /** Why it is comparable and where it ranks, in words. */
  why: string[];
}

export interface Comparables {
  comparables: Comparable[];
  /** Why there are none, when the subject cannot be compared (no applied tier). */
  note: string | null;
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  a != null && b != null && a === b;

export function regionLevel(a: Region | null, b: Region | null): RegionLevel {
  if (!a || !b || !same(a.province, b.province)) return 'none';
  if (!same(a.city, b.city)) return 'province';
  return same(a.county, b.county) ? 'county' : 'city';
}

const DAY = 86_400_000;

function midpoint(d: string): number {
  const { first, last } = dateSpan(assertPartialDate(d));
  return (Date.parse(first) + Date.parse(last)) / 2;
}

export function daysApart(a: string | null, b: string | null): number | null {
  return a === null || b === null ? null : Math.round(Math.abs(midpoint(a) - midpoint(b)) / DAY);
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  if (x.size === 0 && y.size === 0) return 0;
  let both = 0;
  for (const t of x) if (y.has(t)) both += 1;
  return both / (x.size + y.size - both);
}

/** The applied rules that take part: those with a tier. */
export const tiered = (c: Pick<SimilarCase, 'applied'>) =>
  c.applied.flatMap((a) => (a.tier === null ? [] : [{ rule: a.rule, tier: a.tier }]));

/** Each of the subject's tiered rules matched by a distinct one of the candidate's, and no more of them. */
export function matchAll(
  rules: RuleIndex,
  subject: Pick<SimilarCase, 'applied'>,
  candidate: Pick<SimilarCase, 'applied'>,
): ConductMatch[] | null {
  const mine = tiered(subject);
  const theirs = tiered(candidate);
  if (mine.length !== theirs.length) return null;
  const used = new Set<number>();
  const out: ConductMatch[] = [];
  for (const m of mine) {
    const found = theirs
      .map((t, k) => ({ k, match: used.has(k) ? null : matchConduct(rules, m, t) }))
      .find((x) => x.match !== null);
    if (!found) return null;
    used.add(found.k);
    out.push(found.match!);
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Region and date closeness of a candidate: the part of the score known without its fact tokens. */
export interface Nearness {
  region: RegionLevel;
  days_apart: number | null;
  /** WEIGHTS.region·region + WEIGHTS.date·date closeness; facts can add at most WEIGHTS.facts. */
  near: number;
}

export function nearness(
  subject: Pick<SimilarCase, 'region' | 'date'>,
  candidate: Pick<SimilarCase, 'region' | 'date'>,
  days = daysApart,
  level = regionLevel,
): Nearness {
  const region = level(subject.region, candidate.region);
  const d = days(subject.date, candidate.date);
  const dateCloseness = d === null ? 0 : 1 / (1 + d / 365);
  return {
    region,
    days_apart: d,
    near: WEIGHTS.region * REGION_CLOSENESS[region] + WEIGHTS.date * dateCloseness,
  };
}

export const scoreOf = (near: number, overlap: number) => near + WEIGHTS.facts * overlap;

/** The ranking order: higher score first, ties by id. */
export const byRank = (a: { score: number; id: string }, b: { score: number; id: string }) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const NO_TIER_NOTE = '本案没有确定适用的规则和档次（检查结果 applied 无 tier），无法比较同类案件。';
export const NONE_FOUND_NOTE = '案件库中没有同一规则、档次和当事人类别的案件。';

/** The candidate as a comparable of the subject (with its reasons), or null when it is not one. */
export function comparableOf(
  rules: RuleIndex,
  subject: SimilarCase,
  candidate: SimilarCase,
): Comparable | null {
  if (candidate.id === subject.id || candidate.party_kind !== subject.party_kind) return null;
  const conduct = matchAll(rules, subject, candidate);
  if (!conduct) return null;
  const { region, days_apart: days, near } = nearness(subject, candidate);
  const overlap = jaccard(subject.tokens, candidate.tokens);
  return {
    case: candidate,
    conduct,
    region,
    days_apart: days,
    overlap,
    score: scoreOf(near, overlap),
    why: [
      ...conduct.map((c) => c.why),
      `同为${subject.party_kind === 'individual' ? '个人' : '单位'}`,
      REGION_WORDS[region],
      days === null ? '日期不明' : `相隔${days}日`,
      `事实词重合 ${pct(overlap)}`,
    ],
  };
}

/** The pool's cases comparable to the subject, nearest first (the subject itself, by id, is left out). */
export function findComparables(
  rules: RuleIndex,
  subject: SimilarCase,
  pool: readonly SimilarCase[],
): Comparables {
  if (tiered(subject).length === 0) return { comparables: [], note: NO_TIER_NOTE };
  const comparables = pool
    .map((candidate) => comparableOf(rules, subject, candidate))
    .filter((c): c is Comparable => c !== null);
  comparables.sort((a, b) => byRank({ score: a.score, id: a.case.id }, { score: b.score, id: b.case.id }));
  return { comparables, note: comparables.length === 0 ? NONE_FOUND_NOTE : null };
}
