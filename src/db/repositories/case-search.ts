/**
 * `case_search.search_text` kept in step with how it is made (`recordSearchText`): a fingerprint of its version and
 * of the law catalogue's names (a case's text holds the names of the laws it cites) is kept in `meta`; when this
 * release's differs — as when law names entered the text (issue 12) — every case's text is made again.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { LAWS } from '../../core/statutes/catalogue.js';
import type { Database } from '../types.js';
import { eachCaseBatch } from './case-batches.js';
import { recordSearchText } from './case-rows.js';

/** Bump when `recordSearchText` or the tokenizer changes what a case's text holds. 2: law names (issue 12). */
const SEARCH_TEXT_VERSION = 2;

export function searchTextFingerprint(): string {
  const laws = LAWS.map((l) => [l.id, l.name, l.title]);
  return createHash('sha256')
    .update(JSON.stringify([SEARCH_TEXT_VERSION, laws]))
    .digest('hex');
}

/** Makes every case's search text again, a batch per transaction. Returns the number of cases. */
export async function rebuildSearchText(
  db: Kysely<Database>,
  opts: { batch?: number; progress?: (done: number) => void } = {},
): Promise<number> {
  return eachCaseBatch(
    db,
    async (cases) => {
      await db.transaction().execute(async (trx) => {
        for (const c of cases) {
          await trx
            .updateTable('case_search')
            .set({ search_text: recordSearchText(c.record) })
            .where('case_id', '=', c.id)
            .execute();
        }
      });
    },
    opts,
  );
}
