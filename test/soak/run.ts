/**
 * `npm run soak [-- --minutes M] [--rate R] [--warmup S]`: mixed traffic at a fixed rate (R requests a second,
 * default 10) for M minutes (default 10; SOAK_MINUTES, SOAK_RATE work too) against a real server started as a child
 * process (the built CLI when dist/ exists, else the sources through tsx), SQLite in a temporary data directory
 * removed at the end. An administrator from WANGAN_ADMIN_PASSWORD creates the officers, the reviewer and the leader;
 * traffic is case search, case reads, legality checks, bulletin imports (preview, then commit with `again`),
 * the workflow of proceedings from the lead to the archive, logins and logouts — each from the application's own
 * Origin. Reports requests by kind, status counts, 5xx, latency p50/p95 and the server's RSS after the warm-up and
 * at the end. Exit 1 when a target is missed: any 5xx or network error, RSS growth of 10% or more, the server died.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fixturesDir, packageRoot } from '../../src/paths.js';
import { COUNTY_ORGAN } from '../../src/db/testing/organs.js';
import { NEW_CASE, walkSteps, type Step } from '../api/proceedings.walk.js';
import type { Harness } from '../api/harness.js';
import { DOCUMENT_FIELDS } from '../api/document-fields.js';

const { values } = parseArgs({
  options: { minutes: { type: 'string' }, rate: { type: 'string' }, warmup: { type: 'string' } },
});
const minutes = Number(values.minutes ?? process.env['SOAK_MINUTES'] ?? 10);
const rate = Number(values.rate ?? process.env['SOAK_RATE'] ?? 10);
const warmupSeconds = Number(values.warmup ?? process.env['SOAK_WARMUP'] ?? Math.min(60, minutes * 6));
if (!(minutes > 0 && rate > 0 && warmupSeconds >= 0)) {
  console.error('usage: npm run soak -- [--minutes M] [--rate R] [--warmup SECONDS]');
  process.exit(2);
}

const ADMIN_PASSWORD = 'Soak-Pass-2026!x';
const PASSWORD = 'Wangan-Soak-2026!';
const ACCOUNTS = { officer: 'officer', officer2: 'officer', reviewer: 'reviewer', leader: 'leader' } as const;
type Account = keyof typeof ACCOUNTS | 'admin';
const QUERIES = [
  '个人信息',
  '等级保护',
  '网络安全法',
  '罚款',
  '公司',
  '实名',
  '数据安全',
  '网吧',
  '警告',
  '整改',
];
const BULLETIN = readFileSync(join(fixturesDir, 'bulletins/dev/ningxia-2021.txt'), 'utf8');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** The server's resident set in bytes (Linux /proc; extraction workers are threads of the same process). */
function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) * 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

interface Sample {
  kind: string;
  status: number;
  ms: number;
}

class Client {
  readonly cookies = new Map<Account, string>();
  readonly samples: Sample[] = [];
  recording = false;
  constructor(readonly origin: string) {}

  async call(
    kind: string,
    who: Account | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Response | null> {
    const started = performance.now();
    let status = 0;
    try {
      const res = await fetch(this.origin + path, {
        method,
        headers: {
          origin: this.origin,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(who && this.cookies.has(who) ? { cookie: this.cookies.get(who)! } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      status = res.status;
      // The body is read in full (its time counts), then kept for the caller.
      const text = await res.text();
      return new Response(text, { status: res.status, headers: res.headers });
    } catch {
      return null;
    } finally {
      if (this.recording) this.samples.push({ kind, status, ms: performance.now() - started });
    }
  }

  async login(who: Account, kind = 'login'): Promise<void> {
    const res = await this.call(kind, null, 'POST', '/api/auth/login', {
      username: who,
      password: who === 'admin' ? ADMIN_PASSWORD : PASSWORD,
    });
    const cookie = res?.headers.get('set-cookie')?.split(';')[0];
    if (res?.status !== 200 || !cookie) throw new Error(`login ${who}: ${res?.status} ${await res?.text()}`);
    this.cookies.set(who, cookie);
  }
}

/**
 * Proceedings walked from the lead to the archive, one step per call and one call at a time per proceeding; a
 * finished one is replaced by a new one. While every open proceeding has a step under way, the call reads one.
 */
class Workflow {
  private readonly walks: { id: number; next: number; busy: boolean }[] = [];
  constructor(
    private readonly c: Client,
    private readonly steps: Step[],
  ) {}

  async act(): Promise<void> {
    const idle = this.walks.filter((w) => !w.busy);
    if (idle.length === 0 && this.walks.length >= 6) {
      const any = this.walks[Math.floor(Math.random() * this.walks.length)]!;
      await this.c.call('workflow', 'officer', 'GET', `/api/proceedings/${any.id}`);
      return;
    }
    if (idle.length === 0 || this.walks.length < 3) {
      const res = await this.c.call('workflow', 'officer', 'POST', '/api/proceedings', NEW_CASE);
      if (res?.status === 201)
        this.walks.push({ id: ((await res.json()) as { id: number }).id, next: 0, busy: false });
      return;
    }
    const walk = idle[Math.floor(Math.random() * idle.length)]!;
    const [who, body] = this.steps[walk.next]!;
    walk.busy = true;
    const res = await this.c.call(
      'workflow',
      who as Account,
      'POST',
      `/api/proceedings/${walk.id}/actions`,
      body,
    );
    walk.busy = false;
    walk.next++;
    // Archived, or a step refused (a 4xx of the procedure; the server must not have failed on it): the walk ends.
    if (walk.next === this.steps.length || !res || res.status >= 400)
      this.walks.splice(this.walks.indexOf(walk), 1);
  }
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wangan-soak-'));
  let server: ChildProcess | undefined;
  /** Stops the server (SIGTERM, SIGKILL after 10 s) and removes the data directory. */
  const stop = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const gone = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      if ((await Promise.race([gone, sleep(10_000).then(() => 'late')])) === 'late') {
        server.kill('SIGKILL');
        await gone;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    const port = await freePort();
    const built = existsSync(join(packageRoot, 'dist', 'cli', 'run.js'));
    const args = built
      ? [join(packageRoot, 'bin', 'wangan.js'), 'serve']
      : ['--import', 'tsx', join(packageRoot, 'src', 'cli', 'run.ts'), 'serve'];
    server = spawn(process.execPath, args, {
      cwd: packageRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        WANGAN_DATA_DIR: dataDir,
        WANGAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOG_LEVEL: 'warn',
        // The limits stay on (their bookkeeping is soaked too), well above what this traffic sends a minute.
        WANGAN_RATE_LIMIT_LOGIN: String(Math.ceil(rate * 60)),
        WANGAN_RATE_LIMIT_PUBLIC: String(Math.ceil(rate * 60)),
      },
    });
    let serverErrors = '';
    server.stderr!.on('data', (d: Buffer) => (serverErrors = (serverErrors + d.toString()).slice(-4000)));
    let exited: number | string | null = null;
    server.on('exit', (code, signal) => (exited = signal ?? code));
    const c = new Client(`http://127.0.0.1:${port}`);
    for (let k = 0; ; k++) {
      if (exited !== null) throw new Error(`the server exited (${exited}): ${serverErrors}`);
      if ((await c.call('health', null, 'GET', '/api/health'))?.status === 200) break;
      if (k > 600) throw new Error('the server did not answer /api/health within a minute');
      await sleep(100);
    }
    console.log(
      `soak: server ${built ? 'dist' : 'sources (tsx)'} pid ${server.pid}, port ${port}, data ${dataDir}`,
    );

    await c.login('admin');
    const userIds: Record<string, number> = {};
    for (const [username, role] of Object.entries(ACCOUNTS)) {
      const res = await c.call('setup', 'admin', 'POST', '/api/users', {
        username,
        password: PASSWORD,
        role,
      });
      if (res?.status !== 201) throw new Error(`create ${username}: ${res?.status} ${await res?.text()}`);
      const created = (await res.json()) as { id?: number; user?: { id: number } };
      userIds[username] = created.user?.id ?? created.id!;
      await c.login(username as Account);
    }
    // The agency of the walked proceedings issues its 决定书 with this organ's settings (文书设置).
    const organ = await c.call('setup', 'admin', 'PUT', '/api/document-organs', COUNTY_ORGAN);
    if (organ?.status !== 200) throw new Error(`document organ: ${organ?.status} ${await organ?.text()}`);
    // The 决定书 issued at the decision needs the parties' particulars the proceeding does not hold.
    const steps = walkSteps({ userIds } as unknown as Harness).map(([who, body]): Step =>
      body['action'] === 'decide' ? [who, { ...body, document_fields: DOCUMENT_FIELDS }] : [who, body],
    );
    const workflow = new Workflow(c, steps);
    const caseIds: number[] = [];
    let imports = 0;

    const importBulletin = async () => {
      const text = `${BULLETIN}\n（第 ${++imports} 次转载）`;
      const preview = await c.call('import', 'officer', 'POST', '/api/imports/preview', { text });
      if (preview?.status !== 200) return;
      const p = (await preview.json()) as {
        bulletin: { text: string; format: string; title: string | null };
        cases: { record: unknown }[];
      };
      if (!p.cases.length) return;
      const res = await c.call('import', 'officer', 'POST', '/api/imports', {
        bulletin: {
          text: p.bulletin.text,
          format: p.bulletin.format,
          ...(p.bulletin.title ? { title: p.bulletin.title } : {}),
        },
        cases: p.cases.map((x) => x.record),
        status: 'published',
        again: true,
      });
      if (res?.status === 201 || res?.status === 200)
        caseIds.push(...((await res.json()) as { case_ids: number[] }).case_ids);
    };
    await importBulletin();
    if (!caseIds.length) throw new Error('the first import stored no case');
    const someCase = () => caseIds[Math.floor(Math.random() * caseIds.length)]!;
    const someone = (): Account =>
      (['officer', 'officer2', 'reviewer', 'leader'] as const)[Math.floor(Math.random() * 4)]!;

    /** The mix, by weight: reads dominate, as in use. */
    const MIX: [number, () => Promise<unknown>][] = [
      [
        30,
        () =>
          c.call(
            'search',
            null,
            'GET',
            `/api/cases?q=${encodeURIComponent(QUERIES[Math.floor(Math.random() * QUERIES.length)]!)}`,
          ),
      ],
      [8, () => c.call('search', someone(), 'GET', '/api/cases?sort=date&page=2')],
      [25, () => c.call('case_read', someone(), 'GET', `/api/cases/${someCase()}`)],
      [5, () => c.call('case_read', null, 'GET', `/api/cases/${someCase()}`)],
      [
        8,
        async () => {
          const res = await c.call('check', null, 'GET', `/api/cases/${someCase()}`);
          const record =
            res?.status === 200
              ? ((await res.json()) as { case: { record: unknown } }).case.record
              : undefined;
          if (record) await c.call('check', null, 'POST', '/api/check', { record });
        },
      ],
      [15, () => workflow.act()],
      [3, importBulletin],
      [
        4,
        async () => {
          const who = someone();
          await c.login(who);
          await c.call('login', who, 'GET', '/api/auth/me');
        },
      ],
      [2, () => c.call('health', null, 'GET', '/api/health')],
    ];
    const totalWeight = MIX.reduce((s, [w]) => s + w, 0);
    const pick = () => {
      let r = Math.random() * totalWeight;
      for (const [w, f] of MIX) if ((r -= w) < 0) return f;
      return MIX[0]![1];
    };

    const inFlight = new Set<Promise<unknown>>();
    const drive = async (seconds: number) => {
      const started = performance.now();
      for (let n = 0; ; n++) {
        const due = started + (n * 1000) / rate;
        if (due - started >= seconds * 1000) break;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        if (exited !== null) throw new Error(`the server exited (${exited}): ${serverErrors}`);
        const p = pick()().catch((e: unknown) => console.error(`soak request: ${String(e)}`));
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
      }
      await Promise.all(inFlight);
    };

    console.log(`warm-up ${warmupSeconds} s at ${rate}/s …`);
    await drive(warmupSeconds);
    const rssStart = rssOf(server.pid!);
    c.recording = true;
    console.log(`soak ${minutes} min at ${rate}/s, RSS at start ${(rssStart / 2 ** 20).toFixed(1)} MB …`);
    const began = Date.now();
    await drive(minutes * 60);
    c.recording = false;
    const rssEnd = rssOf(server.pid!);

    const byKind = new Map<string, Sample[]>();
    for (const s of c.samples) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
    const statuses = new Map<number, number>();
    for (const s of c.samples) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
    const line = (name: string, ss: Sample[]) => {
      const ms = ss.map((s) => s.ms).sort((a, b) => a - b);
      const by = new Map<number, number>();
      for (const s of ss) by.set(s.status, (by.get(s.status) ?? 0) + 1);
      const codes = [...by]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s || 'net'}×${n}`)
        .join(' ');
      return `${name.padEnd(10)} ${String(ss.length).padStart(7)}  p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(7)} ms  ${codes}`;
    };
    const fivexx = c.samples.filter((s) => s.status >= 500).length;
    const network = c.samples.filter((s) => s.status === 0).length;
    const growth = (rssEnd - rssStart) / rssStart;
    console.log(`\nrequests by kind (${((Date.now() - began) / 1000).toFixed(0)} s):`);
    for (const [kind, ss] of [...byKind].sort()) console.log(line(kind, ss));
    console.log(line('all', c.samples));
    console.log(
      `statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s || 'network error'}: ${n}`)
        .join(', ')}`,
    );
    console.log(`5xx: ${fivexx} (target 0); network errors: ${network} (target 0)`);
    console.log(
      `RSS: start ${(rssStart / 2 ** 20).toFixed(1)} MB, end ${(rssEnd / 2 ** 20).toFixed(1)} MB, growth ${(growth * 100).toFixed(1)}% (target < 10%)`,
    );
    console.log(`imports: ${imports}; load: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    const missed = [
      ...(fivexx ? [`${fivexx} responses 5xx`] : []),
      ...(network ? [`${network} network errors`] : []),
      ...(growth >= 0.1 ? [`RSS grew ${(growth * 100).toFixed(1)}%`] : []),
    ];
    if (missed.length) {
      console.log(`MISSED: ${missed.join('; ')}`);
      if (serverErrors) console.log(`server stderr (last lines):\n${serverErrors}`);
    } else console.log('all targets met');
    return missed.length ? 1 : 0;
  } finally {
    await stop();
  }
}

process.exit(await main());
