/**
 * The similar-cases view of a case record as the API gives it: the record checked (its applied rules and tiers),
 * the candidates the store prefilters (same party kind, a provision of a law of the same conduct family) each
 * checked in turn, and the core's `similarView` over them, flattened for the response.
 */
import type { z } from 'zod';
import type { CheckResult } from '../core/penalties/check-result.js';
import type { CaseRecord } from '../core/shared/case-record.js';
import { BENCHMARKS } from '../core/similar/benchmarks/index.js';
import { conductLaws } from '../core/similar/conduct.js';
import { partyFine, PENALTY_KINDS, usesKind } from '../core/similar/distribution.js';
import type { SimilarCase } from '../core/similar/model.js';
import { splitRegion } from '../core/similar/region.js';
import { similarView, type SimilarView } from '../core/similar/similar.js';
import { ruleIndex } from '../law-data/checker.js';
import { caseTokens, similarCandidates } from '../db/repositories/similar-candidates.js';
import type { Services } from './app.js';
import { checkOrExplain } from './routes/cases.js';
import type { similarResponseSchema } from './schemas/similar.js';

export interface SimilarSubject {
  /** The store's id of the case (left out of its own comparables), or null for a proposal not stored as a case. */
  id: number | null;
  record: CaseRecord;
  /** Fact tokens of the subject; read from the store by id when not given. */
  tokens?: string[];
}

function toSimilar(id: string, record: CaseRecord, check: CheckResult, tokens: string[]): SimilarCase {
  return {
    id,
    title: record.title,
    applied: check.applied,
    party_kind: record.party.kind,
    region: splitRegion(record.region),
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
  const me = toSimilar(String(subject.id ?? 'proposal'), subject.record, check, tokens);
  const candidates = await similarCandidates(db, {
    laws: conductLaws(
      rules,
      check.applied.filter((a) => a.tier !== null).map((a) => a.rule),
    ),
    party_kind: subject.record.party.kind,
    exclude: subject.id ?? -1,
    publishedOnly: opts.publishedOnly,
  });
  const records = new Map(candidates.map((c) => [String(c.id), c.record]));
  const pool = candidates.map((c) =>
    toSimilar(String(c.id), c.record, checkOrExplain(s, c.record), c.tokens),
  );
  return similarResponse(similarView(rules, me, pool, BENCHMARKS), me, records, candidates.length);
}

function similarResponse(
  view: SimilarView,
  subject: SimilarCase,
  records: Map<string, CaseRecord>,
  candidates: number,
) {
  return {
    subject: {
      applied: subject.applied.map((a) => ({ rule: a.rule, tier: a.tier })),
      region: subject.region,
    },
    candidates,
    comparables: view.comparables.map((c) => {
      const r = records.get(c.case.id)!;
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
