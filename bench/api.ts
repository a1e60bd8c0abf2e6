/**
 * API latency with 100,000 generated cases in SQLite: a filtered Chinese text search and the stats endpoint,
 * through real HTTP on 127.0.0.1 (the full stack: Fastify, zod, Kysely, better-sqlite3, FTS5).
 * Targets (issue 4): search p95 ≤ 100 ms, stats p95 ≤ 300 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseRecord, SanctionKind } from '../src/core/shared/case-record.js';
import { SYSTEM } from '../src/db/repositories/audit.js';
import { importBulletin } from '../src/db/repositories/bulletins.js';
import { appliedRules } from '../src/law-data/applied.js';
import { migrateToLatest, openStore } from '../src/db/store.js';
import { UserRepository } from '../src/db/repositories/users.js';
import { createApp } from '../src/server/app.js';
import { hashPassword } from '../src/server/auth/password.js';
import { syncStatutes } from '../src/server/bootstrap.js';
import { realChecker, realDocuments, realExtractor } from '../src/server/wiring.js';
import type { BenchResult } from './run.js';

const CASES = 100_000;
const BATCH = 2_000;
const SAMPLES = 200;

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = [
  '银川市兴庆区',
  '金凤区',
  '西吉县',
  '大连市',
  '厦门市思明区',
  '衡阳市',
  '苏州市相城区',
  '吉安市',
  '开封市禹王台区',
  '海西州',
  '北京市朝阳区',
  '昌平区',
];
const THEMES: {
  title: string;
  facts: string;
  law: string;
  article: number;
  paragraph: number | null;
  sanctions: SanctionKind[];
}[] = [
  {
    title: '非法获取公民个人信息案',
    facts: '通过购买手机号注册新用户，非法获取公民个人信息并出售牟利',
    law: '网络安全法',
    article: 64,
    paragraph: 2,
    sanctions: ['fine', 'confiscation'],
  },
  {
    title: '未落实网络安全等级保护制度案',
    facts: '未落实网络安全等级保护制度，门户网站被攻击并发布违法信息',
    law: '网络安全法',
    article: 59,
    paragraph: 1,
    sanctions: ['warning', 'fine'],
  },
  {
    title: '未履行网络安全保护义务案',
    facts: '未采取防范计算机病毒和网络攻击的技术措施，未留存网络日志',
    law: '网络安全法',
    article: 59,
    paragraph: 1,
    sanctions: ['warning'],
  },
  {
    title: '不履行国际联网备案职责案',
    facts: '未按规定办理国际联网备案手续',
    law: '计算机信息网络国际联网安全保护管理办法',
    article: 23,
    paragraph: null,
    sanctions: ['warning'],
  },
  {
    title: '利用信息网络发布违法信息案',
    facts: '在微信朋友圈发布收购驾驶证分的违法信息',
    law: '网络安全法',
    article: 46,
    paragraph: null,
    sanctions: ['detention'],
  },
  {
    title: '数据泄露未采取补救措施案',
    facts: '数据库弱口令导致大量数据泄露，未及时采取补救措施',
    law: '数据安全法',
    article: 45,
    paragraph: 1,
    sanctions: ['rectification', 'fine'],
  },
  {
    title: '违法处理个人信息案',
    facts: '应用程序超范围收集用户个人信息，未取得个人同意',
    law: '个人信息保护法',
    article: 66,
    paragraph: 1,
    sanctions: ['warning', 'rectification'],
  },
  {
    title: '网络产品存在安全漏洞未补救案',
    facts: '网络产品、服务存在安全缺陷、漏洞等风险，未立即采取补救措施',
    law: '网络安全法',
    article: 60,
    paragraph: null,
    sanctions: ['rectification', 'warning'],
  },
];
const NAMES = [
  '某科技有限公司',
  '某网络公司',
  '某医院',
  '某学校',
  '某律师事务所',
  '某购物中心',
  '某传媒工作室',
];
const PEOPLE = ['闫某', '李某', '王某某', '张某', '赵某', '某微信网民'];

function generate(i: number, r: () => number): CaseRecord {
  const t = THEMES[Math.floor(r() * THEMES.length)]!;
  const region = REGIONS[Math.floor(r() * REGIONS.length)]!;
  const individual = t.sanctions.includes('detention') || r() < 0.25;
  const year = 2017 + Math.floor(r() * 9);
  const month = 1 + Math.floor(r() * 12);
  const fine = Math.round((500 + r() * 200_000) / 100) * 100;
  return {
    title: `${region}${individual ? '' : '某单位'}${t.title}（${i}）`,
    date: r() < 0.85 ? `${year}-${String(month).padStart(2, '0')}` : null,
    region,
    agency: `${region}网安部门`,
    party: individual
      ? { kind: 'individual', name: PEOPLE[Math.floor(r() * PEOPLE.length)]! }
      : { kind: 'organization', name: NAMES[Math.floor(r() * NAMES.length)]! },
    facts: `${t.facts}，经查属实（编号${i}）`,
    provisions: [{ law: t.law, article: t.article, paragraph: t.paragraph, item: null }],
    sanctions: t.sanctions.map((kind) => ({
      kind,
      amount_yuan: kind === 'fine' ? fine : null,
      days: kind === 'detention' ? 1 + Math.floor(r() * 10) : null,
      target: 'party' as const,
    })),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(
  base: string,
  urls: string[],
  headers: Record<string, string> = {},
): Promise<{ p50: number; p95: number }> {
  for (const u of urls.slice(0, 10)) await (await fetch(base + u, { headers })).arrayBuffer(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
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

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wangan-bench-'));
  const store = openStore({ engine: 'sqlite', file: join(dir, 'bench.sqlite') });
  try {
    await migrateToLatest(store);
    await syncStatutes(store);
    const appliedOf = appliedRules(realChecker());
    const r = rng(20211);
    const started = performance.now();
    for (let b = 0; b < CASES / BATCH; b++) {
      const cases = Array.from({ length: BATCH }, (_, k) => generate(b * BATCH + k, r));
      await importBulletin(
        store.db,
        appliedOf,
        {
          bulletin: { text: `生成的公告 ${b}`, format: 'text', encoding: 'utf-8' },
          cases,
          status: r() < 0.8 ? 'published' : 'internal',
        },
        SYSTEM,
      );
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    await store.optimize(); // what `wangan serve` does at start and hourly
    const app = await createApp({
      store,
      check: realChecker(),
      extract: realExtractor(),
      documents: realDocuments(),
      version: 'bench',
      logger: false,
      webDir: null,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`;
    const q = (s: string) => encodeURIComponent(s);
    const searches = [
      `/cases?q=${q('个人信息')}&region=${q('银川')}&sort=date&order=desc`,
      `/cases?q=${q('等级保护')}&sanction=fine&fine_min=10000&sort=fine`,
      `/cases?q=${q('数据泄露')}&date_from=2020-01-01&date_to=2023-12-31&party_kind=organization`,
      `/cases?q=${q('驾驶证')}&law=csl&article=46&page=2`,
      `/cases?q=${q('备案')}&agency=${q('大连')}&sort=title&order=asc`,
    ];
    const stats = ['month', 'region', 'law', 'article', 'sanction', 'party_kind'].map(
      (g) => `/stats?group_by=${g}`,
    );
    const search = await measure(base, searches);
    const stat = await measure(base, stats);
    const fines = await measure(base, ['/stats/fines', `/stats/fines?q=${q('个人信息')}`]);
    // Signed in, internal cases count too (no status filter): the officer's view of the same figures.
    await new UserRepository(store.db).create(
      { username: 'bench', passwordHash: await hashPassword('bench-password'), role: 'officer' },
      SYSTEM,
    );
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench', password: 'bench-password' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const officerSearch = await measure(base, searches, { cookie });
    const officerStats = await measure(base, stats, { cookie });
    await app.close();
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
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
