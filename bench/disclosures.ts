/**
 * The public 双公示 list (issue 10): GET /api/disclosures over 100,000 published records in SQLite, through real HTTP
 * on 127.0.0.1, unfiltered and with each filter (agency, decision days, text). Target: p95 ≤ 50 ms.
 */
import { PENALTY_FIELDS } from '../src/core/disclosure/fields.js';
import { appliedRules } from '../src/law-data/applied.js';
import { loadCalendar } from '../src/law-data/calendar.js';
import { SYSTEM } from '../src/db/repositories/audit.js';
import { ProceedingRepository } from '../src/db/repositories/proceedings.js';
import { realChecker } from '../src/server/wiring.js';
import { measure, serve, withStore } from './harness.js';
import type { BenchResult } from './run.js';

const RECORDS = 100_000;
const BATCH = 500;
const AGENCIES = ['某县公安局', '某市公安局某某分局', '某区公安分局', '某市公安局'];
const NAMES = ['某科技有限公司', '某网络公司', '某医院', '张某某', '李某', '某传媒工作室'];

/** Record `i`: a decision day in 2024–2026, public until three years later, every field of the standard filled. */
function row(i: number, proceeding_id: number, case_id: number) {
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 1000) * 86_400_000).toISOString().slice(0, 10);
  const end = `${Number(day.slice(0, 4)) + 3}${day.slice(4)}`;
  const agency = AGENCIES[i % AGENCIES.length]!;
  const name = `${NAMES[i % NAMES.length]!}${i}`;
  const number = `某公（网安）行罚决字〔${day.slice(0, 4)}〕${i + 1}号`;
  const cells = PENALTY_FIELDS.map((f) => ({
    code: f.code,
    label: f.label,
    value: f.code === 'cf_xdr_mc' ? name : f.code === 'cf_wsh' ? number : `${f.label}（第${i}条记录的内容）`,
  }));
  return {
    proceeding_id,
    case_id,
    party: `p${i}`,
    agency,
    party_name: name,
    decision_number: number,
    decision_date: day,
    end_date: end,
    period_basis: JSON.stringify(['《失信行为纠正后的信用信息修复管理办法（试行）》']),
    cells: JSON.stringify(cells),
    status: 'published' as const,
    published_by: 'bench',
    published_by_id: null,
    published_at: `${day}T02:00:00.000Z`,
    published_on: day,
    verdict: 'lawful',
    override_reason: null,
  };
}

export async function run(): Promise<BenchResult[]> {
  return withStore('sqlite', async (store) => {
    // One proceeding holds every record (one per party): the list reads the disclosures table only.
    const p = await new ProceedingRepository(store.db, store.search, appliedRules(realChecker())).open(
      {
        title: '公示基准',
        agency: { name: AGENCIES[0]!, kind: 'police', level: 'county' },
        case_kind: 'OTHER_ADMIN',
        parties: [{ id: 'p0', kind: 'organization', name: '某科技有限公司' }],
        facts: '基准',
        received_at: '2024-01-01T10:00:00+08:00',
      },
      SYSTEM,
      loadCalendar(),
    );
    for (let b = 0; b < RECORDS / BATCH; b++) {
      const rows = Array.from({ length: BATCH }, (_, k) => row(b * BATCH + k, p.id, p.case_id));
      await store.db.insertInto('disclosures').values(rows).execute();
    }
    await store.optimize();
    const app = await serve(store, { now: () => new Date('2026-06-01T02:00:00Z') });
    try {
      const q = (s: string) => encodeURIComponent(s);
      const list = await measure(
        app.base,
        [
          '/disclosures',
          `/disclosures?agency=${q(AGENCIES[1]!)}`,
          '/disclosures?from=2025-03-01&to=2025-03-31',
          `/disclosures?q=${q('某医院1234')}`,
          '/disclosures?limit=20',
        ],
        { warmup: 5 },
      );
      return [
        { name: 'disclosures: public list, 100k records, p50', value: list.p50, unit: 'ms' },
        {
          name: 'disclosures: public list, 100k records, p95',
          value: list.p95,
          unit: 'ms',
          target: '≤ 50 ms',
        },
      ];
    } finally {
      await app.close();
    }
  });
}
