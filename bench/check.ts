/**
 * Legality-check throughput on one core over 100,000 generated records (target ≥ 100,000 checks/s).
 * Records vary the law, the article cited (penalty or obligation), the dates on both sides of the 2025
 * amendment, the party, the agency and the sanctions, so every path of the engine is exercised.
 */
import type { CaseRecord, ProvisionRef, Sanction } from '../src/core/shared/case-record.js';
import { createChecker } from '../src/law-data/checker.js';
import type { BenchResult } from './run.js';

const N = 100_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const CITES: ProvisionRef[][] = [
  [
    { law: '网络安全法', article: 21, paragraph: null, item: 2 },
    { law: '网络安全法', article: 59, paragraph: 1, item: null },
  ],
  [{ law: '网络安全法', article: 64, paragraph: 2, item: null }],
  [
    { law: '网络安全法', article: 44, paragraph: null, item: null },
    { law: '网络安全法', article: 64, paragraph: 2, item: null },
  ],
  [{ law: '网络安全法', article: 46, paragraph: null, item: null }],
  [
    { law: '网络安全法', article: 22, paragraph: null, item: null },
    { law: '网络安全法', article: 60, paragraph: null, item: null },
  ],
  [
    { law: '网络安全法', article: 23, paragraph: null, item: null },
    { law: '网络安全法', article: 61, paragraph: 1, item: null },
  ],
  [
    { law: '计算机信息网络国际联网安全保护管理办法', article: 5, paragraph: null, item: 5 },
    { law: '计算机信息网络国际联网安全保护管理办法', article: 20, paragraph: null, item: null },
  ],
  [{ law: '计算机信息网络国际联网安全保护管理办法', article: 23, paragraph: null, item: null }],
  [{ law: '个人信息保护法', article: 66, paragraph: 1, item: null }],
  [{ law: '数据安全法', article: 45, paragraph: 1, item: null }],
  [{ law: '网络信息内容生态治理规定', article: 35, paragraph: null, item: null }],
];
const AGENCIES = ['某市公安局网安支队', '金凤网安部门', '某市网信办', null];
const DATES: [string | null, string | null][] = [
  ['2021-01', null],
  [null, null],
  ['2025-12-01', '2026-02-01'],
  ['2026-01-15', '2026-02-01'],
  ['2023-07-13', '2023-08-01'],
];

export function generate(n: number, seed = 42): CaseRecord[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const [date, decision] = pick(DATES);
    const sanctions: Sanction[] = [];
    if (r() < 0.6)
      sanctions.push({ kind: 'fine', amount_yuan: Math.round(r() * 20) * 5000, days: null, target: 'party' });
    if (r() < 0.3) sanctions.push({ kind: 'warning', amount_yuan: null, days: null, target: 'party' });
    if (r() < 0.2)
      sanctions.push({
        kind: 'fine',
        amount_yuan: Math.round(r() * 10) * 5000,
        days: null,
        target: 'responsible_person',
      });
    if (r() < 0.1)
      sanctions.push({
        kind: 'detention',
        amount_yuan: null,
        days: 1 + Math.floor(r() * 16),
        target: 'party',
      });
    return {
      title: `生成案例${i}`,
      date,
      decision_date: decision,
      region: null,
      agency: pick(AGENCIES),
      party: { kind: r() < 0.5 ? 'individual' : 'organization', name: '某某' },
      facts: '生成的事实',
      provisions: pick(CITES),
      sanctions,
      illegal_gains_yuan: r() < 0.3 ? Math.round(r() * 10000) : null,
    };
  });
}

export async function run(): Promise<BenchResult[]> {
  const records = generate(N);
  const check = createChecker();
  for (const rec of records.slice(0, 2000)) check(rec, { at: '2026-11-28' }); // warm-up
  // The machine is shared: report CPU time on this (single) thread beside the best wall-clock pass of three.
  let unlawful = 0;
  let bestWall = Infinity;
  let bestCpu = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    unlawful = 0;
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const rec of records) if (check(rec, { at: '2026-11-28' }).lawful === false) unlawful++;
    bestWall = Math.min(bestWall, Number(process.hrtime.bigint() - t0) / 1e9);
    const cpu = process.cpuUsage(cpu0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  }
  return [
    {
      name: `check: ${N} generated records (${unlawful} unlawful), CPU time, one core`,
      value: N / bestCpu,
      unit: 'checks/s',
      target: '≥ 100000',
    },
    {
      name: 'check: same records, wall clock (best of 3 passes)',
      value: N / bestWall,
      unit: 'checks/s',
      target: '≥ 100000',
    },
  ];
}
