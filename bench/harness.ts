/**
 * What the benches share: a store of their own (SQLite in a temp folder, or a schema of its own in PostgreSQL,
 * removed afterwards), the application on it in this process, sign-in, latency percentiles over real HTTP, and a
 * PostgreSQL 15 of the bench's own when none is given.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM } from '../src/db/repositories/audit.js';
import { UserRepository, type Role } from '../src/db/repositories/users.js';
import { createTestStore, type TestStore } from '../src/db/testing/engines.js';
import type { Engine } from '../src/db/types.js';
import { createApp } from '../src/server/app.js';
import { hashPassword } from '../src/server/auth/password.js';
import type { AppDeps } from '../src/server/deps.js';
import { realChecker, realDocuments, realExtractor } from '../src/server/wiring.js';

export const BENCH_PASSWORD = 'bench-password';

/** mulberry32 (the core's seeded generator): every run measures the same data. */
export { seededRandom as rng } from '../src/core/shared/seeded-random.js';

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** p50 and p95 of `samples` sequential GETs cycling through `urls`, after a warm-up; throws on a non-200. */
export async function measure(
  base: string,
  urls: readonly string[],
  opts: { headers?: Record<string, string>; samples?: number; warmup?: number } = {},
): Promise<{ p50: number; p95: number }> {
  const headers = opts.headers ?? {};
  for (const u of urls.slice(0, opts.warmup ?? 10)) await (await fetch(base + u, { headers })).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < (opts.samples ?? 200); i++) {
    const url = base + urls[i % urls.length]!;
    const start = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Runs `fn` on a fresh migrated store (PostgreSQL at `pgUrl`), removed afterwards whatever happens. */
export async function withStore<T>(
  engine: Engine,
  fn: (store: TestStore) => Promise<T>,
  pgUrl?: string,
): Promise<T> {
  const store = await createTestStore(engine, pgUrl);
  try {
    return await fn(store);
  } finally {
    await store.dispose();
  }
}

export interface Served {
  /** http://127.0.0.1:PORT/api */
  base: string;
  close(): Promise<void>;
}

/** The application on `store` with the real checker, extractor and documents, on a free loopback port. */
export async function serve(store: TestStore, deps: Partial<AppDeps> = {}): Promise<Served> {
  const app = await createApp({
    store,
    check: realChecker(),
    extract: realExtractor(),
    documents: realDocuments(),
    version: 'bench',
    logger: false,
    webDir: null,
    ...deps,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return {
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`,
    close: () => app.close(),
  };
}

/** Creates the accounts (password BENCH_PASSWORD); returns their ids in order. */
export async function createUsers(
  store: TestStore,
  users: readonly { username: string; role: Role }[],
): Promise<number[]> {
  const repo = new UserRepository(store.db);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const ids: number[] = [];
  for (const u of users) ids.push((await repo.create({ ...u, passwordHash }, SYSTEM)).id);
  return ids;
}

/** Signs in; returns the session cookie (`name=value`). */
export async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: HTTP ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

/**
 * Runs `fn` with the URL of a PostgreSQL 15 started for it (as .ci/run does: initdb and pg_ctl as the postgres
 * user, 127.0.0.1 and a free port only, a temp folder), stopped and removed afterwards whatever happens.
 */
export async function withOwnPostgres<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'wangan-bench-pg-'));
  const data = join(dir, 'data');
  const asPostgres = (cmd: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args], { stdio: 'ignore' });
  let started = false;
  try {
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
    asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    const port = await freePort();
    // fsync stays on (unlike CI's): the ingest figure includes the disk flushes a real server makes. The memory and
    // the SSD's cost of a random read as the README's "Province scale" advises for a province's server: the 128 MB
    // default holds a tenth of a million cases' text index, and at the default random_page_cost (4, a disk's) the
    // planner reads every case's vector for a common word's statistics (2.1 s) instead of its index (0.8 s). No
    // parallel workers on this 2-core machine shared with other jobs: a worker waits for a core the leader and the
    // server need (a common word's fine distribution 800 → 550 ms without, a capped count 200 → 40 ms; NOTES.md).
    const settings = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c shared_buffers=2GB -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0`;
    asPostgres('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', settings, 'start']);
    started = true;
    return await fn(`postgres://postgres@127.0.0.1:${port}/postgres`);
  } finally {
    if (started) asPostgres('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  }
}
