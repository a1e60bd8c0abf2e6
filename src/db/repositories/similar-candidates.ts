/**
 * The store's side of similar cases: the candidate comparables of a case, prefiltered in SQL so the checker runs
 * on few of them. A candidate has the subject's party kind and cites at least one provision of a law of the
 * subject's conduct family (the laws of its applied rules and of every rule linked to them by successors, either
 * way: 网络安全法 2016 and 2025, a referral's target law). The core then keeps only those whose check applied the
 * same rule and tier; the prefilter only has to be a superset of those.
 */
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { findLaw } from '../../core/statutes/catalogue.js';
import type { CaseRow, Database } from '../types.js';
import { rowToRecord } from './case-rows.js';

/** The most candidates read for one view, newest first (a bound on the checker's work per request). */
export const MAX_CANDIDATES = 2000;

export interface Candidate {
  id: number;
  record: CaseRecord;
  status: string;
  /** The jieba tokens of the case's search index. */
  tokens: string[];
}

export async function similarCandidates(
  db: Kysely<Database>,
  q: { laws: readonly string[]; party_kind: string; exclude: number; publishedOnly: boolean },
): Promise<Candidate[]> {
  if (q.laws.length === 0) return [];
  const ids = [...new Set(q.laws.map((l) => findLaw(l)?.id).filter((x): x is string => !!x))];
  let query = db
    .selectFrom('cases')
    .selectAll('cases')
    .where('cases.party_kind', '=', q.party_kind)
    .where('cases.id', '!=', q.exclude)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_provisions')
          .select('case_provisions.case_id')
          .whereRef('case_provisions.case_id', '=', 'cases.id')
          .where((w) =>
            w.or([
              w('case_provisions.law', 'in', [...q.laws]),
              ...(ids.length ? [w('case_provisions.law_id', 'in', ids)] : []),
            ]),
          ),
      ),
    );
  if (q.publishedOnly) query = query.where('cases.status', '=', 'published');
  const rows = await query
    .orderBy('cases.date_last', (ob) => ob.desc().nullsLast())
    .orderBy('cases.id', 'desc')
    .limit(MAX_CANDIDATES)
    .execute();
  return withChildren(db, rows);
}

async function withChildren(db: Kysely<Database>, rows: CaseRow[]): Promise<Candidate[]> {
  const ids = rows.map((r) => Number(r.id));
  if (ids.length === 0) return [];
  const [provisions, sanctions, search] = await Promise.all([
    db.selectFrom('case_provisions').selectAll().where('case_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('case_sanctions').selectAll().where('case_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('case_search').selectAll().where('case_id', 'in', ids).execute(),
  ]);
  const group = <T extends { case_id: number }>(xs: T[]) => {
    const m = new Map<number, T[]>();
    for (const x of xs) {
      const k = Number(x.case_id);
      m.set(k, [...(m.get(k) ?? []), x]);
    }
    return m;
  };
  const p = group(provisions);
  const s = group(sanctions);
  const t = new Map(search.map((x) => [Number(x.case_id), x.search_text]));
  return rows.map((r) => {
    const id = Number(r.id);
    return {
      id,
      record: rowToRecord(r, p.get(id) ?? [], s.get(id) ?? []),
      status: r.status,
      tokens: searchTokens(t.get(id)),
    };
  });
}

/** The tokens of one case's search index (the subject's own, read the same way). */
export async function caseTokens(db: Kysely<Database>, id: number): Promise<string[]> {
  const row = await db
    .selectFrom('case_search')
    .select('search_text')
    .where('case_id', '=', id)
    .executeTakeFirst();
  return searchTokens(row?.search_text);
}

const searchTokens = (text: string | undefined) => (text ? text.split(' ').filter((t) => t !== '') : []);
