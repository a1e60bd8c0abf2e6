/**
 * The text index of fined cases (0021, PostgreSQL): the fine distribution of a text search is read through it, and
 * gives what the whole index gives (its down drops it, its up makes it again). SQLite: 0021 does nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { finedTextIndexMigration } from './migrations/0021-fined-text-index.js';
import { SYSTEM } from './repositories/audit.js';
import { caseFilterPlan } from './repositories/case-filter.js';
import { CaseRepository } from './repositories/cases.js';
import { StatsRepository } from './repositories/stats.js';
import { testAppliedOf } from './testing/applied.js';
import { expectNoSchemaChange, expectSameAnswersAcrossDownAndUp } from './testing/migration-checks.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

// Fined or not, matching 个人信息 or not, in two regions.
const record = (k: number, fine: number, facts: string): CaseRecord => ({
  sanctions: fine ? [{ kind: 'fine', target: 'party', amount_yuan: fine, days: null }] : [],
  facts,
  region: k % 2 ? '银川市' : '石嘴山市',
  title: `某公司案${k}`,
  provisions: [],
  date: `202${k % 4}-0${1 + (k % 9)}`,
  party: { kind: 'organization', name: `某公司${k}` },
  agency: '公安局',
});

describe.each(testEngines())('the text index of fined cases on %s', (engine) => {
  let store: TestStore;
  let stats: StatsRepository;
  beforeAll(async () => {
    store = await createTestStore(engine);
    stats = new StatsRepository(store.db, store.search);
    const cases = new CaseRepository(store.db, store.search, testAppliedOf);
    for (let k = 0; k < 24; k++) {
      await cases.create(
        {
          record: record(k, k % 3 ? 1000 * k : 0, k % 4 ? '出售公民个人信息' : '倒卖游戏账号'),
          status: k % 5 ? 'published' : 'internal',
        },
        SYSTEM,
      );
    }
  });
  afterAll(() => store.dispose());

  const filters = [
    { q: '个人信息' },
    { q: '个人信息', region: '银川' },
    { q: '游戏账号' },
    { q: '个人信息', fine_min: 5000 },
  ];
  const fines = () =>
    Promise.all(
      filters.flatMap((f) => [true, false].map((publishedOnly) => stats.fines(f, { publishedOnly }))),
    );

  it('gives the fine distribution the whole index gives', async () => {
    const applied = await expectSameAnswersAcrossDownAndUp(store.db, finedTextIndexMigration(engine), fines);
    expect(applied.some((d) => d.fined_cases > 0)).toBe(true);
  });

  // One test per engine (none skipped): what 0021 means there.
  const writesNothing = () => expectNoSchemaChange(store.db, engine, finedTextIndexMigration(engine));
  const isReadByTheDistribution = async () => {
    const plan = caseFilterPlan({ q: '个人信息' }, store.search, { publishedOnly: true });
    // The same query as StatsRepository.liveFines; sequential scans off, as a table this small would be read whole.
    const lines = await store.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      return trx
        .selectFrom('case_search')
        .select(['case_search.fine_total_yuan as yuan', sql<number>`count(*)`.as('cases')])
        .where(plan.searchRows!)
        .where('case_search.fine_total_yuan', '>', 0)
        .groupBy('case_search.fine_total_yuan')
        .explain();
    });
    const text = lines.map((l) => String(Object.values(l)[0])).join('\n');
    // Each part's copy of case_search_fined_idx is named after the part's expression index (…_expr_idx1).
    expect(text).toMatch(/Bitmap Index Scan on case_search_\d+_expr_idx1/);
  };
  if (engine === 'sqlite') it('writes nothing on SQLite, whose plans read its FTS5 index', writesNothing);
  else it('is the index the distribution of a text search reads', isReadByTheDistribution);
});
