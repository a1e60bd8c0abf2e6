/**
 * Fills the pre-aggregated statistics (case_stats, migration 0013) from every case once, at the first start after
 * the migration or after a release that stores more of them (CASE_STATS_VERSION) — from then on every case write
 * keeps them — and records the version in `meta`.
 */
import type { Logger } from 'pino';
import { CASE_STATS_VERSION, rebuildCaseStats } from '../db/repositories/case-stats.js';
import { getMeta, setMeta } from '../db/repositories/meta.js';
import type { Store } from '../db/store.js';

export const CASE_STATS_KEY = 'case_stats_version';

/** Returns how many cases were counted, or null when the table was filled by this version before. */
export async function syncCaseStats(store: Store, log: Pick<Logger, 'info'>): Promise<number | null> {
  if ((await getMeta(store.db, CASE_STATS_KEY)) === CASE_STATS_VERSION) return null;
  const started = Date.now();
  const cases = await rebuildCaseStats(store.db);
  await setMeta(store.db, CASE_STATS_KEY, CASE_STATS_VERSION);
  log.info({ cases, ms: Date.now() - started }, 'statistics of every case counted');
  return cases;
}
