/**
 * The proceeding store on every engine of testEngines(): opening, actions through the core (one transaction each,
 * audited), refusals that save nothing, concurrent actions, the deadline and assignee rows, the 待办 query, the
 * case record filled at the decision, evidence files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCalendar } from '../law-data/calendar.js';
import type { NewProceeding } from '../core/cases/open.js';
import type { ActionInput } from '../core/cases/transitions/types.js';
import { fakeCheck, PROPOSAL, SEED } from '../core/cases/transitions/walk.test-support.js';
import { listAudit } from './repositories/audit.js';
import { CaseRepository } from './repositories/cases.js';
import { listEvidenceFiles, readEvidenceFile, storeEvidenceFile } from './repositories/evidence-files.js';
import { listTodo } from './repositories/proceeding-todo.js';
import { ProceedingRepository, type ActionContext } from './repositories/proceedings.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';
import { testAppliedOf } from './testing/applied.js';

const calendar = loadCalendar();
const officer = { id: 11, username: 'officer-a' };
const officer2 = { id: 12, username: 'officer-b' };
const reviewer = { id: 21, username: 'reviewer' };
const leader = { id: 31, username: 'leader' };
const ctx: ActionContext = { calendar, check: fakeCheck('lawful') };
const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;
const server = new Date('2026-06-01T00:00:00Z');

const TO_CONCLUDED: [typeof officer, ActionInput][] = [
  [officer, { action: 'register', at: at('2025-03-03') }],
  [officer, { action: 'file', at: at('2025-03-04') }],
  [officer, { action: 'start_investigation', at: at('2025-03-04', '11:00'), officers: ['11', '12'] }],
  [officer, { action: 'add_evidence', at: at('2025-03-05'), kind: '电子数据', description: '未定级备案' }],
  [
    officer,
    {
      action: 'record_event',
      event: 'rectification_ordered',
      at: at('2025-03-05', '11:00'),
      party: 'co',
      due: '2025-03-20',
    },
  ],
  [
    officer2,
    {
      action: 'record_event',
      event: 'rectification_checked',
      at: at('2025-03-21'),
      party: 'co',
      complied: false,
    },
  ],
  [officer, { action: 'conclude', at: at('2025-03-24') }],
];

describe.each(testEngines())('proceeding store on %s', (engine) => {
  let store: TestStore;
  let repo: ProceedingRepository;
  let cases: CaseRepository;

  beforeAll(async () => {
    store = await createTestStore(engine);
    repo = new ProceedingRepository(store.db, store.search, testAppliedOf);
    cases = new CaseRepository(store.db, store.search, testAppliedOf);
  });
  afterAll(async () => store?.dispose());

  async function walk(steps: [typeof officer, ActionInput][], seed: NewProceeding = SEED): Promise<number> {
    const p = await repo.open(seed, officer, calendar, server);
    for (const [who, input] of steps) {
      const res = await repo.act(p.id, input, ctx, who, server);
      if (!res.ok) throw new Error(`${input.action}: ${JSON.stringify(res)}`);
    }
    return p.id;
  }

  it('opens a proceeding with its case row (internal), its first event, its creator assigned; audited', async () => {
    const p = await repo.open(SEED, officer, calendar, server);
    expect(p).toMatchObject({ version: 1, state: { stage: 'LEAD' } });
    expect(p.events).toEqual([
      expect.objectContaining({
        seq: 0,
        action: 'receive',
        from: null,
        to: 'LEAD',
        by: 11,
        at: SEED.received_at,
      }),
    ]);
    const c = await cases.get(p.case_id);
    expect(c).toMatchObject({
      status: 'internal',
      record: { title: SEED.title, party: { name: '某科技有限公司' } },
    });
    const assignees = await store.db
      .selectFrom('proceeding_assignees')
      .selectAll()
      .where('proceeding_id', '=', p.id)
      .execute();
    expect(assignees.map((a) => Number(a.user_id))).toEqual([11]);
    const audit = await listAudit(store.db, {
      entity: 'proceeding',
      entity_id: String(p.id),
      page: 1,
      page_size: 10,
    });
    expect(audit.items.map((a) => a.action)).toEqual(['open']);
  });

  it('an action saves the state, its event (event time and server time, from → to), deadlines and assignees', async () => {
    const id = await walk(TO_CONCLUDED.slice(0, 3));
    const p = (await repo.get(id))!;
    expect([p.state.stage, p.version]).toEqual(['INVESTIGATING', 4]);
    expect(p.events.at(-1)).toMatchObject({
      seq: 3,
      action: 'start_investigation',
      from: 'FILED',
      to: 'INVESTIGATING',
      at: at('2025-03-04', '11:00'),
      recorded_at: server.toISOString(),
      payload: { officers: ['11', '12'] },
    });
    const assignees = await store.db
      .selectFrom('proceeding_assignees')
      .select('user_id')
      .where('proceeding_id', '=', id)
      .execute();
    expect(assignees.map((a) => Number(a.user_id)).sort()).toEqual([11, 12]);
    const deadlines = await store.db
      .selectFrom('proceeding_deadlines')
      .selectAll()
      .where('proceeding_id', '=', id)
      .execute();
    // 行政处罚法 第六十条 「…自行政处罚案件立案之日起九十日内作出行政处罚决定」: open, and overdue by server time 2026-06-01.
    const limit = deadlines.find((d) => d.timer === 'case_time_limit');
    expect(limit).toMatchObject({ kind: 'duty', status: 'overdue' });
    expect(Number(limit!.open)).toBe(1);
    expect(limit!.due_at.endsWith('Z')).toBe(true);
  });

  it('a refusal saves nothing and names its guard', async () => {
    const id = await walk(TO_CONCLUDED.slice(0, 3));
    const before = (await repo.get(id))!;
    const res = await repo.act(id, { action: 'conclude', at: at('2025-03-06') }, ctx, officer, server);
    expect(res).toMatchObject({ ok: false, refusal: { code: 'NO_EVIDENCE' } });
    const after = (await repo.get(id))!;
    expect([after.version, after.events.length]).toEqual([before.version, before.events.length]);
  });

  it('concurrent actions are each judged on the state the other left (one succeeds, the rest are refused)', async () => {
    const p = await repo.open(SEED, officer, calendar, server);
    const results = await Promise.all(
      [officer, officer2, leader].map((who) =>
        repo.act(p.id, { action: 'register', at: at('2025-03-03') }, ctx, who, server),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      results.filter((r) => !r.ok).map((r) => (!r.ok && 'refusal' in r ? r.refusal.code : 'conflict')),
    ).toEqual(['WRONG_STAGE', 'WRONG_STAGE']);
    expect((await repo.get(p.id))!.version).toBe(2);
  });

  it('the decision fills the case record (provisions, sanctions, decision day) in the same transaction', async () => {
    const id = await walk([
      ...TO_CONCLUDED,
      [officer, { action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL }],
      [officer, { action: 'waive_hearing', party: 'co', at: at('2025-03-26') }],
      [officer, { action: 'waive_hearing', party: 'mgr', at: at('2025-03-26', '11:00') }],
      [officer, { action: 'proceed_to_review', at: at('2025-03-26', '12:00') }],
      [reviewer, { action: 'pass_review', at: at('2025-03-27') }],
      [leader, { action: 'decide', at: at('2025-03-28') }],
    ]);
    const p = (await repo.get(id))!;
    expect(p.state.stage).toBe('DECIDED');
    expect(p.last_check).toMatchObject({ verdict: 'lawful' });
    const c = (await cases.get(p.case_id))!;
    expect(c.status).toBe('internal');
    expect(c.record).toMatchObject({
      decision_date: '2025-03-28',
      provisions: PROPOSAL.provisions,
      sanctions: [
        { kind: 'warning', target: 'party' },
        { kind: 'fine', amount_yuan: 50000, target: 'party' },
        { kind: 'fine', amount_yuan: 10000, target: 'responsible_person' },
      ],
    });
    expect(c.fine_total_yuan).toBe(60000);
    // The decided record's applied rule is stored with it (case_applied), for similar cases.
    const applied = await store.db
      .selectFrom('case_applied')
      .select(['rule', 'tier', 'status', 'party_fine_yuan', 'penalty_kinds'])
      .where('case_id', '=', p.case_id)
      .execute();
    expect(applied).toEqual([
      {
        rule: 'CSL2016.59.1',
        tier: 'aggravated',
        status: 'internal',
        party_fine_yuan: 50000,
        penalty_kinds: 'warning,fine',
      },
    ]);
    const caseAudit = await listAudit(store.db, {
      entity: 'case',
      entity_id: String(p.case_id),
      page: 1,
      page_size: 10,
    });
    expect(caseAudit.items.map((a) => [a.action, a.username])).toContainEqual(['update', 'leader']);
    await expect(cases.delete(p.case_id, officer)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('待办: per officer and per unit, due by a time, soonest first; closed-off proceedings (not accepted) leave it', async () => {
    const mine = await walk(TO_CONCLUDED.slice(0, 3));
    const other = await repo.open(
      { ...SEED, agency: { ...SEED.agency, name: '某市公安局' } },
      officer2,
      calendar,
      server,
    );
    const due = '2026-06-04T00:00:00.000Z';
    const a = await listTodo(store.db, { userId: 12, dueBy: due, page: 1, page_size: 500 });
    expect(a.items.map((i) => i.id)).toEqual(expect.arrayContaining([mine, other.id]));
    const firsts = a.items.map((i) => i.deadlines[0]!.due_at);
    expect(firsts).toEqual([...firsts].sort());
    const b = await listTodo(store.db, { userId: 99, dueBy: due, page: 1, page_size: 500 });
    expect(b).toEqual({ items: [], total: 0 });
    const unit = await listTodo(store.db, {
      userId: null,
      agency: '某市公安局',
      dueBy: due,
      page: 1,
      page_size: 500,
    });
    expect(unit.items.map((i) => i.id)).toEqual([other.id]);
    const page2 = await listTodo(store.db, { userId: 12, dueBy: due, page: 2, page_size: 1 });
    expect(page2.items).toHaveLength(1);
    expect(page2.total).toBe(a.total);
    const notAccepted = await walk([
      [officer, { action: 'refuse', reason: '不属于公安机关职责范围', at: at('2025-03-03', '11:00') }],
    ]);
    const open = await listTodo(store.db, { userId: 11, page: 1, page_size: 500 });
    expect(open.items.map((i) => i.id)).not.toContain(notAccepted);
  });

  it('evidence files: stored with size and sha256, read back byte for byte, per proceeding', async () => {
    const p = await repo.open(SEED, officer, calendar, server);
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0xff]);
    const f = await storeEvidenceFile(
      store.db,
      { proceedingId: p.id, filename: '笔录.pdf', mediaType: 'application/pdf', content: bytes },
      officer,
    );
    expect(f).toMatchObject({ size: 8, media_type: 'application/pdf', uploaded_by: 'officer-a' });
    expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await listEvidenceFiles(store.db, p.id)).toEqual([f]);
    const back = (await readEvidenceFile(store.db, p.id, f.id))!;
    expect(Buffer.from(back.content).equals(Buffer.from(bytes))).toBe(true);
    expect(await readEvidenceFile(store.db, p.id + 1000, f.id)).toBeUndefined();
    await expect(
      storeEvidenceFile(
        store.db,
        { proceedingId: 999999, filename: 'x', mediaType: 'application/pdf', content: bytes },
        officer,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
