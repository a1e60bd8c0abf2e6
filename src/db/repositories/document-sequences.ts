/**
 * 文号 serials (documents.md §2.6 [R]: 序号 per issuing organ, 文书代字 and year): taken inside the issuing transaction by
 * one upsert of the sequence row, which holds the row's lock until that transaction ends — PostgreSQL's row lock, SQLite's
 * write transaction — so concurrent issues wait for each other, and a rolled-back issue gives its serial back: no gaps,
 * no duplicates.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../types.js';

export interface SequenceKey {
  /** The issuing organ: the agency its settings are keyed by. */
  organ: string;
  /** 文书代字 (行罚决字). */
  code: string;
  year: number;
}

/** The next serial of the sequence (1 for its first document); call it inside the transaction that issues. */
export async function takeSerial(trx: Kysely<Database>, key: SequenceKey): Promise<number> {
  const row = await trx
    .insertInto('document_sequences')
    .values({ ...key, next: 2 })
    .onConflict((oc) =>
      oc.columns(['organ', 'code', 'year']).doUpdateSet({ next: sql<number>`document_sequences.next + 1` }),
    )
    .returning('next')
    .executeTakeFirstOrThrow();
  return Number(row.next) - 1;
}
