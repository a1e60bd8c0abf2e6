/**
 * The public list's kept counts on every engine of testEngines(): a record published, a record withdrawn and the day
 * moving past a 公示截止期 each give the new total on the next request, whoever wrote the record; a count is kept per
 * filter until then.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../core/cases/transitions/walk.test-support.js';
import { loadCalendar } from '../law-data/calendar.js';
import { PublicDisclosureCounts } from './repositories/disclosure-counts.js';
import {
  countPublicDisclosures,
  insertDisclosure,
  withdrawDisclosure,
  type NewDisclosure,
} from './repositories/disclosures.js';
import { ProceedingRepository } from './repositories/proceedings.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

const officer = { id: 11, username: 'officer-a' };
const DAY = '2026-06-01';

describe.each(testEngines())('public disclosure counts on %s', (engine) => {
  let store: TestStore;
  let proceeding: { id: number; case_id: number };
  let parties = 0;
  beforeAll(async () => {
    store = await createTestStore(engine);
    proceeding = await new ProceedingRepository(store.db, store.search, testAppliedOf).open(
      SEED,
      officer,
      loadCalendar(),
    );
  });
  afterAll(async () => store?.dispose());

  const publish = (over: Partial<NewDisclosure> = {}) =>
    insertDisclosure(store.db, {
      proceeding_id: proceeding.id,
      case_id: proceeding.case_id,
      party: `p${++parties}`,
      agency: '某县公安局',
      decision_date: '2026-05-20',
      end_date: '2029-05-20',
      period_basis: [],
      cells: [{ code: 'cf_xdr_mc', label: '行政相对人名称', value: `某科技有限公司${parties}` }],
      published_by: officer,
      published_at: new Date(`${DAY}T02:00:00Z`),
      published_on: DAY,
      verdict: 'lawful',
      override_reason: null,
      replaces: null,
      ...over,
    });
  const withdraw = (id: number) =>
    withdrawDisclosure(store.db, id, {
      reason: '复议机关撤销处罚决定',
      by: officer,
      at: new Date(`${DAY}T03:00:00Z`),
      on: DAY,
      changed_on: DAY,
      due: '2026-06-04',
    });

  // 行政处罚法 第四十八条第一款 「具有一定社会影响的行政处罚决定应当依法公开。」 and 第二款 「…撤回行政处罚决定信息…」
  it('gives the new total after a record is published or withdrawn, the write made past the counts', async () => {
    const counts = new PublicDisclosureCounts(store.db);
    const start = await counts.count({ day: DAY });
    const d = await publish();
    expect(await counts.count({ day: DAY })).toBe(start + 1);
    expect(await counts.count({ day: DAY, agency: '某县公安局' })).toBe(
      await countPublicDisclosures(store.db, { day: DAY, agency: '某县公安局' }),
    );
    expect(await withdraw(d.id)).toBe(true);
    expect(await counts.count({ day: DAY })).toBe(start);
    expect(await counts.count({ day: DAY, agency: '某县公安局' })).toBe(
      await countPublicDisclosures(store.db, { day: DAY, agency: '某县公安局' }),
    );
  });

  // disclosure.md §2.4 (aid): 最长公示期三年; a record leaves the list the day after its 公示截止期.
  it('counts by the day asked: a record past its 公示截止期 leaves the total the next day', async () => {
    const counts = new PublicDisclosureCounts(store.db);
    await publish({ decision_date: '2026-05-01', end_date: '2026-06-02' });
    const before = await counts.count({ day: '2026-06-02' });
    expect(await counts.count({ day: '2026-06-03' })).toBe(before - 1);
    expect(await counts.count({ day: '2026-06-02' })).toBe(before);
  });

  it('keeps a count per filter until the table changes (records are only inserted and withdrawn, never edited)', async () => {
    const counts = new PublicDisclosureCounts(store.db);
    const county = { day: DAY, agency: '某县公安局' };
    const kept = await counts.count(county);
    expect(kept).toBeGreaterThan(0);
    // An edit in place, which no code makes, is not seen: the count is the one kept.
    await sql`update disclosures set agency = '某市公安局'`.execute(store.db);
    try {
      expect(await counts.count(county)).toBe(kept);
      expect(await counts.count({ ...county, q: '科技' })).toBe(0);
      await publish({ agency: '某市公安局' });
      expect(await counts.count(county)).toBe(0);
    } finally {
      await sql`update disclosures set agency = '某县公安局'`.execute(store.db);
    }
  });
});
