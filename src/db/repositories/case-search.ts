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
import { recordFilterKeys } from '../search/filter-keys.js';

/**
 * Bump when `recordSearchText`, `recordFilterKeys` or the tokenizer changes what a case's row holds. 2: law names,
 * 3: filter keys (issue 12).
 */
const SEARCH_TEXT_VERSION = 3;

export function searchTextFingerprint(): string {
  const laws = LAWS.map((l) => [l.id, l.name, l.title]);
  return createHash('sha256')
    .update(JSON.stringify([SEARCH_TEXT_VERSION, laws]))
    .digest('hex');
}

/** Makes every case's search text and filter keys again, a batch per transaction. Returns the number of cases. */
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
            .set({
              search_text: recordSearchText(c.record),
              filter_keys: recordFilterKeys(c.record, c.row.status),
            })
            .where('case_id', '=', c.id)
            .execute();
        }
      });
    },
    opts,
  );
}
