/**
 * The case list's filtered text searches (SEARCHES) one by one at the repository level, on a store filled once and
 * kept (issue 12): `node --import tsx bench/search-queries.ts sqlite FILE | postgres URL [CASES]`. Fills the store
 * with CASES generated cases (200,000 unless given) when it has none; then per query the p50/p95 of 20 anonymous
 * list calls after 2 warm-ups, the total and whether it is bounded, and the same for the fine distribution of a text
 * search (FINES). Not part of `npm run bench` (the server-level
 * figures are bench/scale.ts's); it exists to compare query plans before and after a change on the same data.
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { realChecker } from '../src/server/wiring.js';
import { appliedRules } from '../src/law-data/applied.js';
import { CaseRepository } from '../src/db/repositories/cases.js';
import { StatsRepository } from '../src/db/repositories/stats.js';
import { migrateToLatest, openStore, type StoreLocation } from '../src/db/store.js';
import { caseListQuerySchema } from '../src/server/schemas/cases.js';
import { fineStatsQuerySchema } from '../src/server/schemas/stats.js';
import { syncCaseSearch } from '../src/server/derived-sync.js';
import { createLogger } from '../src/server/logger.js';
import { percentile } from './harness.js';
import { FINES, ingestGenerated, SEARCHES } from './generated-cases.js';

const [engine, where, n] = process.argv.slice(2);
const location: StoreLocation =
  engine === 'postgres' ? { engine: 'postgres', url: where! } : { engine: 'sqlite', file: where! };
const store = openStore(location);
await migrateToLatest(store);
const have = Number(
  (
    await store.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
// A kept store filled by an older release: its derived rows made current first, as `wangan serve` does at start.
if (have > 0) await syncCaseSearch(store, createLogger('info'));
if (have === 0) {
  const seconds = await ingestGenerated(store, Number(n ?? 200_000));
  console.error(`ingested in ${seconds.toFixed(0)} s`);
  if (store.engine === 'postgres') await sql`analyze`.execute(store.db);
}
const repo = new CaseRepository(store.db, store.search, appliedRules(realChecker()));
console.log(
  `${engine}, ${have || n} cases, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
/** p50/p95 of 20 calls after 2 warm-ups, and the last call's answer. */
async function time<T>(call: () => Promise<T>): Promise<{ p: (x: number) => string; last: T }> {
  for (let k = 0; k < 2; k++) await call();
  const times: number[] = [];
  let last: T | undefined;
  for (let k = 0; k < 20; k++) {
    const start = performance.now();
    last = await call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p: (x) => percentile(times, x).toFixed(1), last: last! };
}
for (const url of SEARCHES) {
  const query = caseListQuerySchema.parse(Object.fromEntries(new URL(url, 'http://x').searchParams));
  const { page, page_size, sort, order, ...filter } = query;
  const { p, last } = await time(() =>
    repo.list(filter, { page, page_size, sort, order }, { publishedOnly: true }),
  );
  console.log(
    `${decodeURIComponent(url)}\tp50 ${p(50)} ms\tp95 ${p(95)} ms\ttotal ${JSON.stringify(last.total)}`,
  );
}
// The fine distribution of a text search (the whole one is read from case_stats).
const stats = new StatsRepository(store.db, store.search);
for (const url of FINES.filter((u) => u.includes('?'))) {
  const filter = fineStatsQuerySchema.parse(Object.fromEntries(new URL(url, 'http://x').searchParams));
  const { p, last } = await time(() => stats.fines(filter, { publishedOnly: true }));
  console.log(`${decodeURIComponent(url)}\tp50 ${p(50)} ms\tp95 ${p(95)} ms\tfined ${last.fined_cases}`);
}
await store.close();
