/**
 * Similar cases at scale (issue 10 §3): GET /api/cases/{id}/similar over 100,000 generated cases, through real HTTP
 * on 127.0.0.1, signed in (staff compare with every case). The library is skewed the way real ones are: many cases
 * on a few rules. The worst case is a subject of 网络安全法(2016) 第五十九条第一款 in its aggravated tier, with
 * ~30,000 comparables (its own rule, and 2025 第六十一条第一款 in the tier of the same words). Target: p95 ≤ 100 ms.
 *
 * SQLite always; PostgreSQL too when WANGAN_BENCH_PG_URL is set (a schema of its own, dropped afterwards).
 */
import type { CaseRecord, Fact, ProvisionRef, Sanction } from '../src/core/shared/case-record.js';
import { SYSTEM } from '../src/db/repositories/audit.js';
import { importBulletin } from '../src/db/repositories/bulletins.js';
import type { TestStore } from '../src/db/testing/engines.js';
import { appliedRules } from '../src/law-data/applied.js';
import { syncStatutes } from '../src/server/bootstrap.js';
import { realChecker } from '../src/server/wiring.js';
import { createUsers, login, measure, rng, serve, withStore } from './harness.js';
import type { BenchResult } from './run.js';

const CASES = 100_000;
const BATCH = 2_000;
const SAMPLES = 100;

const REGIONS = [
  '宁夏回族自治区银川市兴庆区',
  '宁夏回族自治区银川市金凤区',
  '宁夏回族自治区吴忠市利通区',
  '宁夏回族自治区固原市西吉县',
  '山西省太原市小店区',
  '山西省大同市平城区',
  '辽宁省大连市中山区',
  '福建省厦门市思明区',
  '湖南省衡阳市衡阳县',
  '江苏省苏州市相城区',
  '北京市朝阳区',
  '北京市昌平区',
];
const PHRASES = [
  '未落实网络安全等级保护制度',
  '门户网站被攻击',
  '未留存网络日志',
  '未采取防范计算机病毒和网络攻击的技术措施',
  '经责令改正后拒不改正',
  '系统存在高危漏洞',
  '未开展等级测评',
  '未明确网络安全负责人',
  '数据库弱口令',
  '发布违法信息',
  '未制定网络安全事件应急预案',
  '未对重要数据进行备份和加密',
  '超范围收集用户个人信息',
  '网站被植入赌博链接',
  '服务器遭勒索病毒攻击',
];

const CSL = '网络安全法';
const prov = (law: string, article: number, paragraph: number | null): ProvisionRef => ({
  law,
  article,
  paragraph,
  item: null,
});
const party = (
  kind: Sanction['kind'],
  amount_yuan: number | null = null,
  days: number | null = null,
): Sanction => ({
  kind,
  amount_yuan,
  days,
  target: 'party',
});

/** A conduct and how often the library holds it; `make` gives its provisions, facts and sanctions. */
interface Theme {
  share: number;
  title: string;
  individual: boolean;
  years: [number, number];
  make: (r: () => number) => {
    provisions: ProvisionRef[];
    sanctions: Sanction[];
    established_facts?: Fact[];
  };
}

const fineIn = (r: () => number, min: number, max: number) =>
  Math.round((min + r() * (max - min)) / 1000) * 1000;

const THEMES: Theme[] = [
  {
    // 2016 第五十九条第一款「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」: the worst case.
    share: 0.26,
    title: '未落实网络安全等级保护制度拒不改正案',
    individual: false,
    years: [2017, 2025],
    make: (r) => ({
      provisions: [prov(CSL, 21, null), prov(CSL, 59, 1)],
      sanctions: [...(r() < 0.4 ? [party('warning')] : []), party('fine', fineIn(r, 10_000, 100_000))],
      established_facts: ['refused_rectification'],
    }),
  },
  {
    // 2025 第六十一条第一款, the same words: comparable with the above.
    share: 0.04,
    title: '未履行网络安全保护义务拒不改正案',
    individual: false,
    years: [2026, 2026],
    make: (r) => ({
      provisions: [prov(CSL, 21, null), prov(CSL, 61, 1)],
      sanctions: [party('fine', fineIn(r, 50_000, 500_000))],
      established_facts: ['refused_rectification'],
    }),
  },
  {
    // 2016 第五十九条第一款「由有关主管部门责令改正，给予警告」.
    share: 0.15,
    title: '未落实网络安全等级保护制度案',
    individual: false,
    years: [2017, 2025],
    make: () => ({
      provisions: [prov(CSL, 21, null), prov(CSL, 59, 1)],
      sanctions: [party('warning')],
    }),
  },
  {
    share: 0.2,
    title: '非法获取公民个人信息案',
    individual: true,
    years: [2017, 2025],
    make: (r) => ({
      provisions: [prov(CSL, 44, null), prov(CSL, 64, 2)],
      sanctions: [party('confiscation'), party('fine', fineIn(r, 5_000, 500_000))],
    }),
  },
  {
    share: 0.15,
    title: '利用信息网络发布违法信息案',
    individual: true,
    years: [2017, 2025],
    make: (r) => ({
      provisions: [prov(CSL, 46, null), prov(CSL, 67, 1)],
      sanctions: [party('detention', null, 1 + Math.floor(r() * 5))],
    }),
  },
  {
    share: 0.2,
    title: '数据泄露未采取补救措施案',
    individual: false,
    years: [2022, 2025],
    make: (r) => ({
      provisions: [prov('数据安全法', 27, null), prov('数据安全法', 45, 1)],
      sanctions: [party('warning'), party('fine', fineIn(r, 50_000, 500_000))],
    }),
  },
];

function generate(i: number, r: () => number): CaseRecord {
  let x = r();
  const t = THEMES.find((th) => (x -= th.share) < 0) ?? THEMES[0]!;
  const region = REGIONS[Math.floor(r() * REGIONS.length)]!;
  const year = t.years[0] + Math.floor(r() * (t.years[1] - t.years[0] + 1));
  const day = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const facts = PHRASES.filter(() => r() < 0.25).join('，') || PHRASES[0]!;
  return {
    title: `${region}${t.individual ? '某人' : '某单位'}${t.title}（${i}）`,
    date: day.slice(0, 7),
    region,
    agency: `${region}公安局网安大队`,
    party: t.individual
      ? { kind: 'individual', name: `某人${i}` }
      : { kind: 'organization', name: `某科技有限公司${i}` },
    facts: `${facts}（编号${i}）`,
    decision_date: day,
    ...t.make(r),
  };
}

async function bench(store: TestStore, engine: string): Promise<BenchResult[]> {
  await syncStatutes(store);
  const check = realChecker();
  const appliedOf = appliedRules(check);
  const r = rng(20261205);
  const started = performance.now();
  for (let b = 0; b < CASES / BATCH; b++) {
    const cases = Array.from({ length: BATCH }, (_, k) => generate(b * BATCH + k, r));
    await importBulletin(
      store.db,
      store.search,
      appliedOf,
      {
        bulletin: { text: `生成的公告 ${b}`, format: 'text', encoding: 'utf-8' },
        cases,
        status: 'published',
      },
      SYSTEM,
    );
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  await store.optimize();
  const app = await serve(store, { check });
  try {
    const base = app.base;
    await createUsers(store, [{ username: 'bench', role: 'officer' }]);
    const headers = { cookie: await login(base, 'bench') };
    // Subjects: cases of the biggest conduct (the worst case), and one case of every other theme.
    const byRule = async (rule: string, tier: string, n: number) =>
      (
        await store.db
          .selectFrom('case_applied')
          .select('case_id')
          .where('rule', '=', rule)
          .where('tier', '=', tier)
          .orderBy('case_id')
          .limit(n)
          .execute()
      ).map((x) => `/cases/${x.case_id}/similar`);
    const worst = await byRule('CSL2016.59.1', 'aggravated', 20);
    const first = await fetch(base + worst[0]!, { headers });
    const view = (await first.json()) as { distribution: { n: number }; comparables: unknown[] };
    const mixed = [
      ...worst.slice(0, 4),
      ...(await byRule('CSL2016.59.1', 'base', 4)),
      ...(await byRule('CSL2016.64.2', 'base', 4)),
      ...(await byRule('DSL.45.1', 'base', 4)),
      ...(await byRule('CSL2025.61.1', 'aggravated', 4)),
    ];
    const w = await measure(base, worst, { headers, samples: SAMPLES, warmup: 5 });
    const m = await measure(base, mixed, { headers, samples: SAMPLES, warmup: 5 });
    return [
      {
        name: `similar (${engine}): ingest with the applied rules`,
        value: CASES / ingestSeconds,
        unit: 'cases/s',
      },
      {
        name: `similar (${engine}): comparables of the worst-case subject`,
        value: view.distribution.n,
        unit: 'cases',
      },
      { name: `similar (${engine}): worst case (~30k comparables), p50`, value: w.p50, unit: 'ms' },
      {
        name: `similar (${engine}): worst case (~30k comparables), p95`,
        value: w.p95,
        unit: 'ms',
        target: '≤ 100 ms',
      },
      { name: `similar (${engine}): mixed subjects, 100k cases, p50`, value: m.p50, unit: 'ms' },
      {
        name: `similar (${engine}): mixed subjects, 100k cases, p95`,
        value: m.p95,
        unit: 'ms',
        target: '≤ 100 ms',
      },
    ];
  } finally {
    await app.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const results = await withStore('sqlite', (store) => bench(store, 'SQLite'));
  const url = process.env.WANGAN_BENCH_PG_URL;
  if (url) results.push(...(await withStore('postgres', (store) => bench(store, 'PostgreSQL'), url)));
  return results;
}
