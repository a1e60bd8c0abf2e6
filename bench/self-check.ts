/**
 * 合规自查 (issue 11): POST /api/self-check over the full questionnaire — a profile every requirement applies to, all
 * of them answered "no" — with a library of 100,000 published cases in SQLite citing the penalty articles the gaps
 * are enforced by (so every gap has precedents to rank), through real HTTP on 127.0.0.1. Target: p95 ≤ 200 ms.
 */
import { questionnaire } from '../src/server/self-check.js';
import { percentile, serve, withStore } from './harness.js';
import type { BenchResult } from './run.js';

const CASES = 100_000;
const BATCH = 400;
const SAMPLES = 100;
const DATE = '2026-06-01';
/** Penalty articles cases cite (law id, article, paragraph): both 网络安全法 numberings and the other laws. */
const CITED: readonly [string, number, number | null][] = [
  ['csl', 59, 1],
  ['csl', 59, 2],
  ['csl', 61, 1],
  ['csl', 64, 1],
  ['csl', 64, 2],
  ['csl', 66, null],
  ['csl', 68, 1],
  ['csl', 71, null],
  ['intlnet', 23, null],
  ['intlnet', 20, null],
  ['pipl', 66, 1],
  ['dsl', 45, 1],
  ['netcafe', 31, null],
  ['actf', 40, null],
];
const NAMES = ['某医院', '某科技有限公司', '某律师事务所', '某县某局', '某网吧', '张某'];

/** Every flag set and the highest bands: every requirement in force applies. */
const PROFILE = {
  org_kind: 'company',
  sector: 'internet',
  pi_volume: 'at_least_10m',
  mlps_level: '3',
  icp: 'commercial',
  runs_network: true,
  internet_connected: true,
  website: true,
  app: true,
  mini_program: true,
  public_account: true,
  user_accounts: true,
  processes_pi: true,
  sensitive_pi: true,
  cross_border: true,
  important_data: true,
  cii: true,
  network_products: true,
  security_services: true,
  internet_cafe: true,
  telecom_operator: true,
  internet_service_provider: true,
  financial_institution: true,
};

function caseRow(i: number) {
  const day = new Date(Date.UTC(2018, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 10);
  const name = `${NAMES[i % NAMES.length]!}${i}`;
  return {
    title: `${name}未履行网络安全保护义务案`,
    date: day,
    date_first: day,
    date_last: day,
    region: '宁夏回族自治区吴忠市利通区',
    agency: '某县公安局',
    party_kind: i % NAMES.length === 5 ? 'individual' : 'organization',
    party_name: name,
    party_roles: null,
    facts: '未落实网络安全保护义务',
    theme: null,
    lesson: null,
    decision_date: day,
    illegal_gains_yuan: null,
    fine_total_yuan: 10_000,
    extra: null,
    status: 'published',
    bulletin_id: null,
    bulletin_position: null,
    created_by: 'bench',
    created_at: `${day}T02:00:00.000Z`,
    updated_by: 'bench',
    updated_at: `${day}T02:00:00.000Z`,
    version: 1,
  };
}

export async function run(): Promise<BenchResult[]> {
  return withStore('sqlite', async (store) => {
    for (let b = 0; b < CASES / BATCH; b++) {
      const rows = Array.from({ length: BATCH }, (_, k) => caseRow(b * BATCH + k));
      const ids = await store.db.insertInto('cases').values(rows).returning('id').execute();
      await store.db
        .insertInto('case_provisions')
        .values(
          ids.map((r, k) => {
            const [law_id, article, paragraph] = CITED[(b * BATCH + k) % CITED.length]!;
            return {
              case_id: Number(r.id),
              position: 0,
              law: law_id,
              law_id,
              article,
              paragraph,
              item: null,
            };
          }),
        )
        .execute();
    }
    await store.optimize();
    const app = await serve(store, { now: () => new Date(`${DATE}T02:00:00Z`) });
    const url = `${app.base}/self-check`;
    const requirements = questionnaire(undefined, DATE);
    const body = JSON.stringify({
      profile: PROFILE,
      answers: Object.fromEntries(requirements.map((r) => [r.id, 'no'])),
      date: DATE,
    });
    const post = async () => {
      const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      const json = (await res.json()) as { gaps: { precedents: string[] }[] };
      if (res.status !== 200) throw new Error(`self-check: HTTP ${res.status} ${JSON.stringify(json)}`);
      return json;
    };
    const first = await post(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const start = performance.now();
      await post();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    await app.close();
    return [
      {
        name: `self-check: ${requirements.length} requirements all "no" (${first.gaps.length} gaps), 100k cases, p50`,
        value: percentile(times, 50),
        unit: 'ms',
      },
      {
        name: 'self-check: full questionnaire, 100k cases, p95',
        value: percentile(times, 95),
        unit: 'ms',
        target: '≤ 200 ms',
      },
      {
        name: 'self-check: gaps with precedents',
        value: first.gaps.filter((g) => g.precedents.length > 0).length,
        unit: 'gaps',
      },
    ];
  });
}
