/**
 * Province scale (issue 12): 1,000,000 generated cases (WANGAN_BENCH_SCALE_CASES to measure fewer) on SQLite and on
 * PostgreSQL 15 — WANGAN_BENCH_PG_URL, or one the bench starts and removes. Per engine: the ingest through the
 * application's import (importBulletin: the same rows, search text and applied rules as any import), then `wangan
 * serve` as a child process on the store, so that its memory is measured apart from the generator, and through real
 * HTTP on 127.0.0.1: filtered Chinese text search, statistics, the case page (GET /api/cases/{id}) — sequential
 * p50/p95 — and case reads per second from CONCURRENCY clients at once; then the server's RSS.
 * Targets: ingest ≤ 10 min, search p95 ≤ 50 ms, statistics p95 ≤ 300 ms, RSS ≤ 300 MB. The machine's load average
 * is printed beside the figures (stderr): on a shared machine they move with it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { TestStore } from '../src/db/testing/engines.js';
import type { StoreLocation } from '../src/db/store.js';
import { FINES, ingestGenerated, SEARCHES, STATS } from './generated-cases.js';
import { measure, withOwnPostgres, withStore } from './harness.js';
import type { BenchResult } from './run.js';

const CASES = Number(process.env.WANGAN_BENCH_SCALE_CASES ?? 1_000_000);
const CONCURRENCY = 16;
const THROUGHPUT_SECONDS = 15;
const ROOT = resolve(import.meta.dirname, '..');

const say = (s: string) =>
  console.error(`[scale ${new Date().toISOString().slice(11, 19)} load ${loadavg()[0]!.toFixed(2)}] ${s}`);

/** `WANGAN_BENCH_SCALE_ENGINES=postgres` (or `sqlite`) runs one engine only; both by default. */
const ENGINES = (process.env.WANGAN_BENCH_SCALE_ENGINES ?? 'sqlite,postgres').split(',');

export async function run(): Promise<BenchResult[]> {
  const results = ENGINES.includes('sqlite')
    ? await withStore('sqlite', (store) => bench(store, 'SQLite'))
    : [];
  const onPostgres = (url: string) => withStore('postgres', (store) => bench(store, 'PostgreSQL'), url);
  const url = process.env.WANGAN_BENCH_PG_URL;
  if (ENGINES.includes('postgres'))
    results.push(...(await (url ? onPostgres(url) : withOwnPostgres(onPostgres))));
  return results;
}

async function bench(store: TestStore, engine: string): Promise<BenchResult[]> {
  const n = CASES.toLocaleString('en');
  const name = (s: string) => `scale (${engine}, ${n}): ${s}`;
  let next = 0;
  const ingestSeconds = await ingestGenerated(store, CASES, {
    progress: (done) => {
      if (done < next) return;
      say(`${engine}: ${done.toLocaleString('en')} cases imported`);
      next = done + CASES / 10;
    },
  });
  const ingestLoad = loadavg()[0]!;
  say(`${engine}: ingest ${ingestSeconds.toFixed(0)} s`);
  // PostgreSQL's autovacuum analyzes the tables soon after a bulk import; the bench does not wait for it.
  if (store.engine === 'postgres') await sql`analyze`.execute(store.db);
  // Case pages to read: published cases spread over the whole id range (anonymous readers see only those).
  const ids = (
    await store.db
      .selectFrom('cases')
      .select('id')
      .where('status', '=', 'published')
      .where(sql<boolean>`id % 1997 = 0`)
      .orderBy('id')
      .execute()
  ).map((r) => `/cases/${r.id}`);
  await store.close(); // the server opens it
  const server = await startServer(store.where);
  try {
    say(`${engine}: server up (pid ${server.pid}), measuring`);
    const searchLoad = loadavg()[0]!;
    const search = await measure(server.base, SEARCHES);
    const stats = await measure(server.base, STATS, { samples: 120 });
    const fines = await measure(server.base, FINES, { samples: 60 });
    const page = await measure(server.base, ids);
    const throughputLoad = loadavg()[0]!;
    const reads = await throughput(server.base, ids);
    const rss = memoryOf(server.pid);
    say(`${engine}: done; RSS ${rss.rss} MB (peak ${rss.peak} MB, anonymous ${rss.anon} MB)`);
    const load = (l: number) => `load ${l.toFixed(1)}`;
    return [
      {
        name: name(`ingest, ${load(ingestLoad)}`),
        value: ingestSeconds,
        unit: 's',
        target: '≤ 600 s',
      },
      { name: name('ingest rate'), value: CASES / ingestSeconds, unit: 'cases/s' },
      { name: name(`filtered text search p50, ${load(searchLoad)}`), value: search.p50, unit: 'ms' },
      { name: name('filtered text search p95'), value: search.p95, unit: 'ms', target: '≤ 50 ms' },
      { name: name('stats (6 group-bys) p50'), value: stats.p50, unit: 'ms' },
      { name: name('stats (6 group-bys) p95'), value: stats.p95, unit: 'ms', target: '≤ 300 ms' },
      { name: name('fine distribution p95'), value: fines.p95, unit: 'ms', target: '≤ 300 ms' },
      { name: name('case page p50'), value: page.p50, unit: 'ms' },
      { name: name('case page p95'), value: page.p95, unit: 'ms' },
      {
        name: name(`case reads, ${CONCURRENCY} clients, ${load(throughputLoad)}`),
        value: reads,
        unit: 'req/s',
      },
      { name: name('server RSS after the run'), value: rss.rss, unit: 'MB', target: '≤ 300 MB' },
      { name: name('server RSS peak'), value: rss.peak, unit: 'MB', target: '≤ 300 MB' },
      { name: name('server RSS anonymous (heap; the rest is mapped file)'), value: rss.anon, unit: 'MB' },
    ];
  } finally {
    await server.stop();
  }
}

/** Case reads answered per second by CONCURRENCY clients reading `urls` in turn for THROUGHPUT_SECONDS. */
async function throughput(base: string, urls: readonly string[]): Promise<number> {
  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  let ok = 0;
  let next = 0;
  const client = async () => {
    while (performance.now() < until) {
      const url = base + urls[next++ % urls.length]!;
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
      ok++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return ok / ((performance.now() - started) / 1000);
}

/** VmRSS, VmHWM (peak) and RssAnon of a process, in MB (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number; anon: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024, anon: kb('RssAnon') / 1024 };
}

interface Server {
  pid: number;
  base: string;
  stop(): Promise<void>;
}

/**
 * `wangan serve` on the store as `npm start` runs it (compiled first when the sources are newer: no TypeScript
 * loader in the measured process), on a free loopback port, rate limits off.
 */
async function startServer(where: StoreLocation): Promise<Server> {
  execFileSync(process.execPath, [join(ROOT, 'bin/build-if-needed.js')], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'wangan-bench-serve-'));
  const databaseUrl =
    where.engine === 'sqlite'
      ? where.file
      : `${where.url}?options=${encodeURIComponent(`-c search_path=${where.schema}`)}`;
  const child = spawn(process.execPath, [join(ROOT, 'bin/wangan.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      WANGAN_DATA_DIR: dataDir,
      WANGAN_ADMIN_PASSWORD: 'Bench-Pass-2026-xyz',
      WANGAN_RATE_LIMIT_PUBLIC: '0',
      WANGAN_RATE_LIMIT_LOGIN: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((done, fail) => {
      let out = '';
      let err = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) done(Number(m[1]));
      });
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      child.once('exit', (code) => fail(new Error(`wangan serve exited (${code}): ${err || out}`)));
    });
    return { pid: child.pid!, base: `http://127.0.0.1:${port}/api`, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
