/**
 * API latency with 100,000 generated cases in SQLite: a filtered Chinese text search and the stats endpoint,
 * through real HTTP on 127.0.0.1 (the full stack: Fastify, zod, Kysely, better-sqlite3, FTS5).
 * Targets (issue 4): search p95 ≤ 100 ms, stats p95 ≤ 300 ms. bench/scale.ts measures the same at 1,000,000.
 */
import { FINES, ingestGenerated, SEARCHES, STATS } from './generated-cases.js';
import { createUsers, login, measure, serve, withStore } from './harness.js';
import type { BenchResult } from './run.js';

const CASES = 100_000;

export async function run(): Promise<BenchResult[]> {
  return withStore('sqlite', async (store) => {
    const ingestSeconds = await ingestGenerated(store, CASES);
    await store.optimize(); // what `wangan serve` does at start and hourly
    const app = await serve(store);
    try {
      const search = await measure(app.base, SEARCHES);
      const stat = await measure(app.base, STATS);
      const fines = await measure(app.base, FINES);
      // Signed in, internal cases count too (no status filter): the officer's view of the same figures.
      await createUsers(store, [{ username: 'bench', role: 'officer' }]);
      const cookie = await login(app.base, 'bench');
      const officerSearch = await measure(app.base, SEARCHES, { headers: { cookie } });
      const officerStats = await measure(app.base, STATS, { headers: { cookie } });
      return [
        {
          name: 'api: ingest of generated cases (importBulletin, SQLite)',
          value: CASES / ingestSeconds,
          unit: 'cases/s',
        },
        { name: 'api: filtered text search, 100k cases, p50', value: search.p50, unit: 'ms' },
        {
          name: 'api: filtered text search, 100k cases, p95',
          value: search.p95,
          unit: 'ms',
          target: '≤ 100 ms',
        },
        { name: 'api: stats (group_by, 6 dimensions), 100k cases, p50', value: stat.p50, unit: 'ms' },
        {
          name: 'api: stats (group_by, 6 dimensions), 100k cases, p95',
          value: stat.p95,
          unit: 'ms',
          target: '≤ 300 ms',
        },
        { name: 'api: fine distribution, 100k cases, p95', value: fines.p95, unit: 'ms', target: '≤ 300 ms' },
        {
          name: 'api: filtered text search signed in (internal too), p95',
          value: officerSearch.p95,
          unit: 'ms',
          target: '≤ 100 ms',
        },
        {
          name: 'api: stats signed in (internal too), p95',
          value: officerStats.p95,
          unit: 'ms',
          target: '≤ 300 ms',
        },
      ];
    } finally {
      await app.close();
    }
  });
}
