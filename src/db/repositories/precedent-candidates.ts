/**
 * The store's side of the self-check's precedents (合规自查): published cases that cite one of the given penalty
 * articles, read per article over the index `case_provisions (law_id, article, case_id)` newest row first and bounded,
 * with the provisions among those articles they cite (from which the server reads the rules they applied).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../types.js';

/** The most cases read per cited article (a bound on the work of one report). */
export const MAX_PER_ARTICLE = 50;

export interface ProvisionKey {
  /** Catalogue id of the law (csl). */
  law_id: string;
  article: number;
}

export interface PrecedentRow {
  id: number;
  title: string;
  date: string | null;
  region: string | null;
  party_kind: string;
  party_name: string;
  /** The provisions it cites among the asked articles. */
  provisions: { law_id: string; article: number; paragraph: number | null }[];
}

/**
 * Published cases citing each key (at most `limit` per key, the newest stored first), one row per case with the
 * asked provisions it cites. One indexed range read per key, the case row joined by its key: no second pass.
 */
export async function precedentCandidates(
  db: Kysely<Database>,
  keys: readonly ProvisionKey[],
  limit = MAX_PER_ARTICLE,
): Promise<PrecedentRow[]> {
  const out = new Map<number, PrecedentRow>();
  for (const k of keys) {
    const rows = await db
      .selectFrom('case_provisions')
      .innerJoin('cases', 'cases.id', 'case_provisions.case_id')
      .select([
        'case_provisions.case_id',
        'case_provisions.paragraph',
        'cases.title',
        'cases.date',
        'cases.region',
        'cases.party_kind',
        'cases.party_name',
      ])
      .where('case_provisions.law_id', '=', k.law_id)
      .where('case_provisions.article', '=', k.article)
      .where('cases.status', '=', 'published')
      .orderBy('case_provisions.case_id', 'desc')
      .limit(limit)
      .execute();
    for (const r of rows) {
      const id = Number(r.case_id);
      let row = out.get(id);
      if (!row) {
        const { case_id: _, paragraph: __, ...c } = r;
        out.set(id, (row = { ...c, id, provisions: [] }));
      }
      row.provisions.push({ law_id: k.law_id, article: k.article, paragraph: r.paragraph });
    }
  }
  return [...out.values()];
}
