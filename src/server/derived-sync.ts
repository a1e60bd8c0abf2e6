/**
 * Keeps what is derived from the stored cases in step with this release, each with a fingerprint in `meta`: when
 * this release's differs, every case is derived again, in batches, with progress logged. `case_applied` follows the
 * rule set (new rules, changed tiers or bounds, or the first start after migration 0006); `case_search` follows how
 * the search text is made (law names entered it in issue 12) and the law catalogue's names.
 */
import type { Logger } from 'pino';
import { rederiveApplied, type AppliedOf } from '../db/repositories/case-applied.js';
import { rebuildSearchText, searchTextFingerprint } from '../db/repositories/case-search.js';
import { getMeta, setMeta } from '../db/repositories/meta.js';
import type { Store } from '../db/store.js';
import { appliedFingerprint } from '../law-data/applied.js';

export const APPLIED_FINGERPRINT_KEY = 'case_applied_fingerprint';
export const SEARCH_FINGERPRINT_KEY = 'case_search_fingerprint';

type Log = Pick<Logger, 'info'>;
interface SyncOptions {
  fingerprint?: string;
  batch?: number;
}
type Rebuild = (opts: { batch?: number; progress: (done: number) => void }) => Promise<number>;

/** Returns how many cases were derived again, or null when the stored rows are current. */
async function syncByFingerprint(
  store: Store,
  log: Log,
  what: { key: string; fingerprint: string; name: string; rebuild: Rebuild },
  batch: number | undefined,
): Promise<number | null> {
  if ((await getMeta(store.db, what.key)) === what.fingerprint) return null;
  log.info({ fingerprint: what.fingerprint }, `${what.name} changed: deriving it again for every case`);
  const started = Date.now();
  const cases = await what.rebuild({
    ...(batch ? { batch } : {}),
    progress: (done) => log.info({ done }, `${what.name} derived`),
  });
  await setMeta(store.db, what.key, what.fingerprint);
  log.info({ cases, ms: Date.now() - started }, `${what.name} of every case derived`);
  return cases;
}

export function syncCaseApplied(
  store: Store,
  appliedOf: AppliedOf,
  log: Log,
  opts: SyncOptions = {},
): Promise<number | null> {
  const what = {
    key: APPLIED_FINGERPRINT_KEY,
    fingerprint: opts.fingerprint ?? appliedFingerprint(),
    name: 'applied rules (case_applied)',
    rebuild: (o: Parameters<Rebuild>[0]) => rederiveApplied(store.db, appliedOf, o),
  };
  return syncByFingerprint(store, log, what, opts.batch);
}

export function syncCaseSearch(store: Store, log: Log, opts: SyncOptions = {}): Promise<number | null> {
  const what = {
    key: SEARCH_FINGERPRINT_KEY,
    fingerprint: opts.fingerprint ?? searchTextFingerprint(),
    name: 'search text (case_search)',
    rebuild: (o: Parameters<Rebuild>[0]) => rebuildSearchText(store.db, o),
  };
  return syncByFingerprint(store, log, what, opts.batch);
}
