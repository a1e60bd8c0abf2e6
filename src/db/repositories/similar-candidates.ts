/**
 * The store's side of similar cases, read from `case_applied` (0006) so that no check runs per candidate and no
 * candidate is dropped: the summaries of every case that applied one of the subject's (rule, tier) pairs (the
 * core's `conductKeys`) to a party of its kind, then the fact tokens of the nearest ones and the records of those
 * the view lists.
 */
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../core/shared/case-record.js';
import type { ConductKey } from '../../core/similar/conduct.js';
import type { PenaltyKind, SanctionSummary } from '../../core/similar/distribution.js';
import type { Database } from '../types.js';
import { rowToRecord } from './case-rows.js';

/** A candidate as `case_applied` summarises it: its tiered applied rules and the fields ranking reads. */
export interface CandidateRow {
  id: number;
  applied: { rule: string; tier: string }[];
  party_kind: string;
  date: string | null;
  region: string | null;
  fine_yuan: number | null;
  kinds: PenaltyKind[];
}

/** Which cases are candidates: see `similarCandidates`. */
export interface CandidateQuery {
  keys: readonly ConductKey[];
  tiered: number;
  party_kind: string;
  exclude: number;
  publishedOnly: boolean;
}

/** The rows of one (rule, tier) pair that `q` looks for, in the covering index. */
function matchingRows(db: Kysely<Database>, q: CandidateQuery, k: ConductKey) {
  const m = db
    .selectFrom('case_applied as m')
    .where('m.rule', '=', k.rule)
    .where('m.tier', '=', k.tier)
    .where('m.party_kind', '=', q.party_kind)
    .where('m.tiered_count', '=', q.tiered)
    .where('m.case_id', '!=', q.exclude);
  return q.publishedOnly ? m.where('m.status', '=', 'published') : m;
}

/** The distinct region strings of the candidates (a few), so that they can be read nearest region first. */
export async function candidateRegions(db: Kysely<Database>, q: CandidateQuery): Promise<(string | null)[]> {
  const per = await Promise.all(
    q.keys.map((k) => matchingRows(db, q, k).select('m.region').distinct().execute()),
  );
  return [...new Set(per.flat().map((r) => r.region))];
}

/**
 * The candidates' sanction summaries, counted in the store (a few hundred distinct fines and kind lists, not tens of
 * thousands of rows): one entry per candidate, the entries of a group the same object. For one tiered rule only,
 * where every candidate row is one case.
 */
export async function candidateSanctions(
  db: Kysely<Database>,
  q: CandidateQuery & { tiered: 1 },
): Promise<SanctionSummary[]> {
  const per = await Promise.all(
    q.keys.map((k) =>
      matchingRows(db, q, k)
        .select(['m.party_fine_yuan', 'm.penalty_kinds', (eb) => eb.fn.countAll().as('n')])
        .groupBy(['m.party_fine_yuan', 'm.penalty_kinds'])
        .execute(),
    ),
  );
  const out: SanctionSummary[] = [];
  for (const g of per.flat()) {
    const summary = {
      fine_yuan: g.party_fine_yuan === null ? null : Number(g.party_fine_yuan),
      kinds: kindList(g.penalty_kinds),
    };
    for (let i = Number(g.n); i > 0; i--) out.push(summary);
  }
  return out;
}

const kindList = (k: string) => (k === '' ? [] : (k.split(',') as PenaltyKind[]));

/**
 * Every case (but `exclude`) of the party kind with `tiered` tiered applied rules, one of them among `keys`, with
 * all its tiered applied rules (a case of several rules is comparable only when they pair up with the subject's).
 * With one tiered rule (nearly every case) the matching rows are the candidates, read from the covering index.
 */
export async function similarCandidates(
  db: Kysely<Database>,
  q: CandidateQuery & {
    /** Only the cases with one of these region strings (all when not given). */
    regions?: readonly (string | null)[];
  },
): Promise<CandidateRow[]> {
  const { regions } = q;
  if (q.keys.length === 0 || regions?.length === 0) return [];
  const matching = (k: ConductKey) => {
    const m = matchingRows(db, q, k);
    if (!regions) return m;
    const named = regions.filter((r): r is string => r !== null);
    return m.where((eb) =>
      eb.or([
        ...(named.length > 0 ? [eb('m.region', 'in', named)] : []),
        ...(regions.includes(null) ? [eb('m.region', 'is', null)] : []),
      ]),
    );
  };
  // A few distinct kind lists over tens of thousands of rows: each split once, its array shared by its rows.
  const kindLists = new Map<string, PenaltyKind[]>();
  const kindsOf = (k: string) => {
    if (!kindLists.has(k)) kindLists.set(k, kindList(k));
    return kindLists.get(k)!;
  };
  const summary = (r: {
    date: string | null;
    region: string | null;
    party_fine_yuan: number | null;
    penalty_kinds: string;
  }) => ({
    party_kind: q.party_kind,
    date: r.date,
    region: r.region,
    fine_yuan: r.party_fine_yuan === null ? null : Number(r.party_fine_yuan),
    kinds: kindsOf(r.penalty_kinds),
  });
  const columns = ['date', 'region', 'party_fine_yuan', 'penalty_kinds'] as const;
  if (q.tiered === 1) {
    // One query per pair (each a range of the covering index; no row is in two), reading only what ranking needs.
    const per = await Promise.all(
      q.keys.map(async (k) => {
        // One applied list shared by every row of the pair (the core pairs it with the subject's once).
        const applied = [{ rule: k.rule, tier: k.tier }];
        const rows = await matching(k)
          .select(['m.case_id', ...columns.map((c) => `m.${c}` as const)])
          .execute();
        return rows.map((r): CandidateRow => ({ id: Number(r.case_id), applied, ...summary(r) }));
      }),
    );
    return per.flat();
  }
  const rows = await db
    .selectFrom('case_applied')
    .select(['case_id', 'rule', 'tier', ...columns])
    .where('tier', 'is not', null)
    .where(
      'case_id',
      'in',
      q.keys.map((k) => matching(k).select('m.case_id')).reduce((a, b) => a.union(b)),
    )
    .orderBy('case_id')
    .orderBy('position')
    .execute();
  const out: CandidateRow[] = [];
  for (const r of rows) {
    const id = Number(r.case_id);
    const last = out[out.length - 1];
    if (last?.id === id) last.applied.push({ rule: r.rule, tier: r.tier! });
    else out.push({ id, applied: [{ rule: r.rule, tier: r.tier! }], ...summary(r) });
  }
  return out;
}

/** The fact tokens of some cases' search index, by case id. */
export async function tokensOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('case_search')
    .select(['case_id', 'search_text'])
    .where('case_id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [Number(r.case_id), searchTokens(r.search_text)]));
}

/** The records of some cases, by id. */
export async function recordsOf(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, CaseRecord>> {
  if (ids.length === 0) return new Map();
  const list = [...ids];
  const [rows, provisions, sanctions] = await Promise.all([
    db.selectFrom('cases').selectAll().where('id', 'in', list).execute(),
    db.selectFrom('case_provisions').selectAll().where('case_id', 'in', list).execute(),
    db.selectFrom('case_sanctions').selectAll().where('case_id', 'in', list).execute(),
  ]);
  return new Map(
    rows.map((r) => {
      const id = Number(r.id);
      return [
        id,
        rowToRecord(
          r,
          provisions.filter((p) => Number(p.case_id) === id),
          sanctions.filter((s) => Number(s.case_id) === id),
        ),
      ];
    }),
  );
}

/** The tokens of one case's search index (the subject's own, read the same way). */
export async function caseTokens(db: Kysely<Database>, id: number): Promise<string[]> {
  return (await tokensOf(db, [id])).get(id) ?? [];
}

const searchTokens = (text: string | undefined) => (text ? text.split(' ').filter((t) => t !== '') : []);
