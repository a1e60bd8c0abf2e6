/**
 * The store's side of the self-check's precedents (合规自查): published cases that cite one of the given penalty
 * articles, read per article over the index `case_provisions (law_id, article, case_id)` newest row first and bounded,
 * with every provision they cite (from which the server reads the rules they applied).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../types.js';

/** The most cases read per cited article (a bound on the work of one report). */
export const MAX_PER_ARTICLE = 200;

export interface ProvisionKey {
  /** Catalogue id of the law (csl). */
  law_id: string;
  article: number;
}

export interface PrecedentRow {
  id: number;
  title: string;
  date: string | null;
  date_first: string | null;
  date_last: string | null;
  region: string | null;
  party_kind: string;
  party_name: string;
  provisions: { law_id: string | null; article: number | null; paragraph: number | null }[];
}

/** Published cases citing each key (at most MAX_PER_ARTICLE per key, the newest stored first), deduplicated. */
export async function precedentCandidates(
  db: Kysely<Database>,
  keys: readonly ProvisionKey[],
  limit = MAX_PER_ARTICLE,
): Promise<PrecedentRow[]> {
  const ids = new Set<number>();
  for (const k of keys) {
    const rows = await db
      .selectFrom('case_provisions')
      .innerJoin('cases', 'cases.id', 'case_provisions.case_id')
      .select('case_provisions.case_id')
      .where('case_provisions.law_id', '=', k.law_id)
      .where('case_provisions.article', '=', k.article)
      .where('cases.status', '=', 'published')
      .orderBy('case_provisions.case_id', 'desc')
      .limit(limit)
      .execute();
    for (const r of rows) ids.add(Number(r.case_id));
  }
  if (ids.size === 0) return [];
  const list = [...ids];
  const [cases, provisions] = await Promise.all([
    db
      .selectFrom('cases')
      .select(['id', 'title', 'date', 'date_first', 'date_last', 'region', 'party_kind', 'party_name'])
      .where('id', 'in', list)
      .execute(),
    db
      .selectFrom('case_provisions')
      .select(['case_id', 'law_id', 'article', 'paragraph'])
      .where('case_id', 'in', list)
      .orderBy('position')
      .execute(),
  ]);
  const byCase = new Map<number, PrecedentRow['provisions']>();
  for (const p of provisions) {
    const k = Number(p.case_id);
    const xs = byCase.get(k) ?? [];
    xs.push({ law_id: p.law_id, article: p.article, paragraph: p.paragraph });
    byCase.set(k, xs);
  }
  return cases.map((c) => ({ ...c, id: Number(c.id), provisions: byCase.get(Number(c.id)) ?? [] }));
}
