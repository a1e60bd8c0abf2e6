/**
 * Fills the pre-aggregated statistics (case_stats, migration 0013) from every case once, at the first start after
 * the migration — from then on every case write keeps them — and records that in `meta`.
 */
import type { Logger } from 'pino';
import { rebuildCaseStats } from '../db/repositories/case-stats.js';
import { getMeta, setMeta } from '../db/repositories/meta.js';
import type { Store } from '../db/store.js';

export const CASE_STATS_KEY = 'case_stats_built';

/** Returns how many cases were counted, or null when the table was filled before. */
export async function syncCaseStats(store: Store, log: Pick<Logger, 'info'>): Promise<number | null> {
  if (await getMeta(store.db, CASE_STATS_KEY)) return null;
  const started = Date.now();
  const cases = await rebuildCaseStats(store.db);
  await setMeta(store.db, CASE_STATS_KEY, new Date().toISOString());
  log.info({ cases, ms: Date.now() - started }, 'statistics of every case counted');
  return cases;
}
