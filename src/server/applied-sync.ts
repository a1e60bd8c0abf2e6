/**
 * Keeps `case_applied` in step with the rules: the fingerprint of the rule set the rows were derived with is kept
 * in `meta`; when this release's differs (new rules, changed tiers or bounds, or the first start after migration
 * 0006), every case's rows are derived again, in batches, with progress logged.
 */
import type { Logger } from 'pino';
import { rederiveApplied, type AppliedOf } from '../db/repositories/case-applied.js';
import { getMeta, setMeta } from '../db/repositories/meta.js';
import type { Store } from '../db/store.js';
import { appliedFingerprint } from '../law-data/applied.js';

export const APPLIED_FINGERPRINT_KEY = 'case_applied_fingerprint';

/** Returns how many cases were re-derived, or null when the stored rows are current. */
export async function syncCaseApplied(
  store: Store,
  appliedOf: AppliedOf,
  log: Pick<Logger, 'info'>,
  opts: { fingerprint?: string; batch?: number } = {},
): Promise<number | null> {
  const fingerprint = opts.fingerprint ?? appliedFingerprint();
  if ((await getMeta(store.db, APPLIED_FINGERPRINT_KEY)) === fingerprint) return null;
  log.info({ fingerprint }, 'penalty rules changed: deriving the applied rules of every case again');
  const started = Date.now();
  const cases = await rederiveApplied(store.db, appliedOf, {
    ...(opts.batch ? { batch: opts.batch } : {}),
    progress: (done) => log.info({ done }, 'applied rules derived'),
  });
  await setMeta(store.db, APPLIED_FINGERPRINT_KEY, fingerprint);
  log.info({ cases, ms: Date.now() - started }, 'applied rules of every case derived');
  return cases;
}
