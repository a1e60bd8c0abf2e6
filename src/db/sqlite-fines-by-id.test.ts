/**
 * The fines of cases by id (0022, SQLite): the fine distribution of a text search reads them from the covering index
 * once the planner's statistics are in, and gives what the case rows give (its down drops it, its up makes it again).
 * PostgreSQL: 0022 does nothing.
 */
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { sqliteFinesByIdMigration } from './migrations/0022-sqlite-fines-by-id.js';
import { SYSTEM } from './repositories/audit.js';
import { importBulletin } from './repositories/bulletins.js';
import { caseFilterPlan } from './repositories/case-filter.js';
import { CaseRepository } from './repositories/cases.js';
import { StatsRepository } from './repositories/stats.js';
import { testAppliedOf } from './testing/applied.js';
import { expectNoSchemaChange, expectSameAnswersAcrossDownAndUp } from './testing/migration-checks.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

const record = (k: number): CaseRecord => ({
  sanctions: k % 3 ? [{ kind: 'fine', target: 'party', amount_yuan: 500 * k, days: null }] : [],
  facts: k % 4 ? '非法获取公民个人信息' : '未落实实名登记',
  region: '银川市',
  title: `某店案${k}`,
  provisions: [],
  date: `2022-0${1 + (k % 9)}`,
  party: { kind: 'organization', name: `某店${k}` },
  agency: '公安局',
});

describe.each(testEngines())('the fines of cases by id on %s', (engine) => {
  let store: TestStore;
  let stats: StatsRepository;
  beforeAll(async () => {
    store = await createTestStore(engine);
    stats = new StatsRepository(store.db, store.search);
    // Enough cases that the planner weighs the lookups as it does at scale (a few dozen rows are read whole).
    await importBulletin(
      store.db,
      store.search,
      testAppliedOf,
      { bulletin: null, cases: Array.from({ length: 20_000 }, (_, k) => record(k)), status: 'published' },
      SYSTEM,
    );
    const cases = new CaseRepository(store.db, store.search, testAppliedOf);
    for (let k = 0; k < 6; k++) await cases.create({ record: record(k), status: 'internal' }, SYSTEM);
  });
  afterAll(() => store.dispose());

  const fines = () =>
    Promise.all(
      [{ q: '个人信息' }, { q: '实名登记', fine_min: 2000 }].flatMap((f) =>
        [true, false].map((publishedOnly) => stats.fines(f, { publishedOnly })),
      ),
    );

  it('gives the distribution the case rows give, before and after its down and up', async () => {
    const applied = await expectSameAnswersAcrossDownAndUp(store.db, sqliteFinesByIdMigration(engine), fines);
    expect(applied.some((d) => d.fined_cases > 0)).toBe(true);
  });

  // One test per engine (none skipped): what 0022 means there.
  const isReadByTheDistribution = async () => {
    await sql`analyze`.execute(store.db);
    const plan = caseFilterPlan({ q: '个人信息' }, store.search, { publishedOnly: true });
    // The same query as StatsRepository.liveFines reads on SQLite (its plan has no searchRows).
    const query = store.db
      .selectFrom('cases')
      .select(['cases.fine_total_yuan as yuan', sql<number>`count(*)`.as('cases')])
      .where(plan.where)
      .where('cases.fine_total_yuan', '>', 0)
      .groupBy('cases.fine_total_yuan')
      .compile();
    const { rows } = await store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    expect(rows.map((r) => r.detail).join('\n')).toContain('USING COVERING INDEX cases_fines_by_id');
  };
  const writesNothing = () => expectNoSchemaChange(store.db, engine, sqliteFinesByIdMigration(engine));
  if (engine === 'sqlite')
    it('is the index the distribution of a text search reads', isReadByTheDistribution);
  else it('writes nothing on PostgreSQL, whose plan reads the fines from case_search', writesNothing);
});
