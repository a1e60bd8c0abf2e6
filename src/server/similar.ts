/**
 * The similar-cases view of a case record as the API gives it: the record checked (its applied rules and tiers),
 * every stored case that applied a matching (rule, tier) to a party of its kind read from `case_applied` (no check
 * per candidate, no cap), the distribution over all of them, and the nearest `LISTED` ranked with their fact tokens
 * (core `ranking.ts`: exact without reading every case's tokens), flattened for the response.
 */
import type { z } from 'zod';
import type { CheckResult } from '../core/penalties/check-result.js';
import type { CaseRecord } from '../core/shared/case-record.js';
import { BENCHMARKS } from '../core/similar/benchmarks/index.js';
import {
  comparableOf,
  regionLevel,
  tiered,
  type Comparable,
  type RegionLevel,
} from '../core/similar/comparables.js';
import { conductKeys } from '../core/similar/conduct.js';
import {
  partyFine,
  PENALTY_KINDS,
  sanctionSummary,
  summaryDistribution,
  usesKind,
} from '../core/similar/distribution.js';
import type { Region, SimilarCase } from '../core/similar/model.js';
import { nearCandidates, topByRegion, type CandidateSummary } from '../core/similar/ranking.js';
import { splitRegion } from '../core/similar/region.js';
import { loadGazetteer } from '../law-data/places.js';
import { viewOf, type SimilarView } from '../core/similar/similar.js';
import { ruleIndex } from '../law-data/checker.js';
import {
  candidateRegions,
  candidateSanctions,
  caseTokens,
  recordsOf,
  similarCandidates,
  tokensOf,
  type CandidateRow,
} from '../db/repositories/similar-candidates.js';
import type { Services } from './services.js';
import { checkOrExplain } from './routes/cases.js';
import type { similarResponseSchema } from './schemas/similar.js';

/** How many comparables a view lists, nearest first (the distribution and advice count all of them). */
export const LISTED = 100;

export interface SimilarSubject {
  /** The store's id of the case (left out of its own comparables), or null for a proposal not stored as a case. */
  id: number | null;
  record: CaseRecord;
  /** Fact tokens of the subject; read from the store by id when not given. */
  tokens?: string[];
}

function toSimilar(
  id: string,
  record: CaseRecord,
  applied: CheckResult['applied'] | CandidateSummary['applied'],
  tokens: readonly string[],
): SimilarCase {
  return {
    id,
    title: record.title,
    applied,
    party_kind: record.party.kind,
    region: splitRegion(record.region, loadGazetteer()),
    date: record.decision_date ?? record.date,
    tokens,
    sanctions: record.sanctions,
    established_facts: record.established_facts,
    absent_facts: record.absent_facts,
  };
}

/**
 * `publishedOnly`: an anonymous reader's view compares with published cases only (an internal case is never named
 * to the public); staff compare with every case.
 */
export async function similarOf(
  s: Services,
  subject: SimilarSubject,
  opts: { publishedOnly: boolean },
): Promise<ReturnType<typeof similarResponse>> {
  const rules = ruleIndex();
  const db = s.deps.store.db;
  const check = checkOrExplain(s, subject.record);
  const tokens = subject.tokens ?? (subject.id === null ? [] : await caseTokens(db, subject.id));
  const me = toSimilar(String(subject.id ?? 'proposal'), subject.record, check.applied, tokens);
  const mine = tiered(me);
  const q = {
    keys: mine.flatMap((k) => conductKeys(rules, k)),
    tiered: mine.length,
    party_kind: subject.record.party.kind,
    exclude: subject.id ?? -1,
    publishedOnly: opts.publishedOnly,
  };
  const regions = new Map<string | null, Region | null>();
  const regionOf = (r: string | null) => {
    if (!regions.has(r)) regions.set(r, splitRegion(r, loadGazetteer()));
    return regions.get(r)!;
  };
  const summariesOf = (rows: readonly CandidateRow[]) =>
    rows.map((r): CandidateSummary => ({
      id: String(r.id),
      applied: r.applied,
      party_kind: r.party_kind as CandidateSummary['party_kind'],
      region: regionOf(r.region),
      date: r.date,
      fine_yuan: r.fine_yuan,
      kinds: r.kinds,
    }));
  // Region strings by their level from the subject's: the candidates are read nearest level first, and the farther
  // levels only while the top LISTED may still change (core topByRegion).
  const byLevel = new Map<RegionLevel, (string | null)[]>();
  for (const r of q.keys.length === 0 ? [] : await candidateRegions(db, q)) {
    const level = regionLevel(me.region, regionOf(r));
    byLevel.set(level, [...(byLevel.get(level) ?? []), r]);
  }
  // The distribution counts every comparable: with one tiered rule every candidate is one (the keys are the pairs
  // the subject's rule matches), counted in the store; with several, their rules are paired here.
  const { all, found } = await (async () => {
    if (q.tiered === 1) {
      const sanctions = await candidateSanctions(db, { ...q, tiered: 1 });
      return { all: sanctions, found: sanctions.length };
    }
    const rows = await similarCandidates(db, q);
    return { all: nearCandidates(rules, me, summariesOf(rows)).map((c) => c.summary), found: rows.length };
  })();
  const distribution = summaryDistribution(sanctionSummary(me.sanctions), all);
  const top = await topByRegion(
    rules,
    me,
    new Set(byLevel.keys()),
    async (level) => summariesOf(await similarCandidates(db, { ...q, regions: byLevel.get(level)! })),
    LISTED,
    async (ids) => {
      const t = await tokensOf(db, ids.map(Number));
      return new Map(ids.map((id) => [id, t.get(Number(id)) ?? []]));
    },
  );
  const records = await recordsOf(
    db,
    top.map((t) => Number(t.id)),
  );
  const listed = top.flatMap((t): Comparable[] => {
    const record = records.get(Number(t.id));
    const applied = t.candidate.summary.applied;
    const c = record && comparableOf(rules, me, toSimilar(t.id, record, applied, t.tokens));
    return c ? [c] : [];
  });
  return similarResponse(viewOf(me, listed, distribution, BENCHMARKS), me, records, found);
}

function similarResponse(
  view: SimilarView,
  subject: SimilarCase,
  records: Map<number, CaseRecord>,
  candidates: number,
) {
  return {
    subject: {
      applied: subject.applied.map((a) => ({ rule: a.rule, tier: a.tier })),
      region: subject.region,
    },
    candidates,
    comparables: view.comparables.map((c) => {
      const r = records.get(Number(c.case.id))!;
      return {
        id: Number(c.case.id),
        title: c.case.title,
        region: r.region,
        date: c.case.date,
        fine_yuan: partyFine(c.case.sanctions),
        kinds: PENALTY_KINDS.filter((k) => usesKind(c.case.sanctions, k)),
        conduct: c.conduct,
        region_level: c.region,
        days_apart: c.days_apart,
        overlap: c.overlap,
        score: c.score,
        reasons: c.why,
      };
    }),
    distribution: view.distribution,
    findings: view.findings,
    benchmarks: view.benchmarks,
    notes: view.notes,
  };
}

export type SimilarResponse = Awaited<ReturnType<typeof similarOf>>;

/** Compile-time guard: what this module builds fits the response schema (a field missing there would be dropped). */
type Fits<A, B> = [A] extends [B] ? true : false;
export const similarSchemaAgrees: Fits<SimilarResponse, z.output<typeof similarResponseSchema>> = true;
