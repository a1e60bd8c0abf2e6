/**
 * The document store on every engine of testEngines(): 文号 serials taken in concurrent transactions (no gap, no
 * duplicate, a rolled-back serial given back), issued documents that only ever gain their PDF, corrections linked both
 * ways, the issuing organs' settings audited.
 */
import { COUNTY_ORGAN } from './testing/organs.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LegalDocument } from '../core/documents/model.js';
import { fakeCheck, SEED } from '../core/cases/transitions/walk.test-support.js';
import { loadCalendar } from '../law-data/calendar.js';
import { listAudit } from './repositories/audit.js';
import { listOrgans, organOf, saveOrgan } from './repositories/document-organs.js';
import { takeSerial } from './repositories/document-sequences.js';
import {
  fillPdf,
  insertDocument,
  listDocuments,
  readDocx,
  readPdf,
  type NewDocument,
} from './repositories/documents.js';
import { ProceedingRepository } from './repositories/proceedings.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';
import { testAppliedOf } from './testing/applied.js';

const officer = { id: 11, username: 'officer-a' };
const admin = { id: 1, username: 'admin' };
const CONTENT: LegalDocument = {
  kind: 'rectification_notice',
  title: '责令改正通知书',
  number: null,
  page: 'A4',
  blocks: [{ type: 'title', text: '责令改正通知书' }],
};

describe.each(testEngines())('document store on %s', (engine) => {
  let store: TestStore;
  let repo: ProceedingRepository;
  let proceeding: { id: number; case_id: number };
  beforeAll(async () => {
    store = await createTestStore(engine);
    repo = new ProceedingRepository(store.db, store.search, testAppliedOf);
    proceeding = await repo.open(SEED, officer, loadCalendar());
  });
  afterAll(async () => store?.dispose());

  const doc = (over: Partial<NewDocument> = {}): NewDocument => ({
    proceeding_id: proceeding.id,
    case_id: proceeding.case_id,
    kind: 'rectification_notice',
    party: 'co',
    numbered: null,
    date: '2026-06-01',
    issued_at: '2026-06-01T02:00:00.000Z',
    issued_by: officer,
    replaces: null,
    reason: null,
    request: {},
    document: CONTENT,
    text: '责令改正通知书\n',
    docx: Buffer.from('docx bytes'),
    ...over,
  });

  it('what an action issues runs in the action’s transaction: when it fails, the action is not saved either', async () => {
    const ctx = { calendar: loadCalendar(), check: fakeCheck('lawful') };
    const input = { action: 'register', at: '2025-03-03T10:00:00+08:00' } as const;
    const failing = repo.act(proceeding.id, input, ctx, officer, new Date(), async (trx, done) => {
      await takeSerial(trx, { organ: '某县公安局', code: '受案字', year: 2025 });
      expect(done).toMatchObject({
        before: { stage: 'LEAD' },
        after: { stage: 'INTAKE' },
        event: { action: 'register' },
      });
      throw new Error('document failed');
    });
    await expect(failing).rejects.toThrow('document failed');
    const after = await repo.get(proceeding.id);
    expect(after).toMatchObject({ version: 1, state: { stage: 'LEAD' } });
    expect(after!.events).toHaveLength(1);
    const audit = await listAudit(store.db, {
      entity: 'proceeding',
      entity_id: String(proceeding.id),
      page: 1,
      page_size: 5,
    });
    expect(audit.items.map((a) => a.action)).toEqual(['open']);
    const issued: number[] = [];
    const res = await repo.act(proceeding.id, input, ctx, officer, new Date(), async (trx) => {
      issued.push(await takeSerial(trx, { organ: '某县公安局', code: '受案字', year: 2025 }));
    });
    expect(res.ok).toBe(true);
    expect(issued).toEqual([1]);
  });

  it('50 concurrent transactions take the serials 1..50 of one sequence; another sequence starts at 1', async () => {
    const key = { organ: '某县公安局', code: '责通字', year: 2026 };
    const serials = await Promise.all(
      Array.from({ length: 50 }, () => store.db.transaction().execute((trx) => takeSerial(trx, key))),
    );
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await store.db.transaction().execute((trx) => takeSerial(trx, { ...key, year: 2027 }))).toBe(1);
    expect(await store.db.transaction().execute((trx) => takeSerial(trx, { ...key, code: '行罚决字' }))).toBe(
      1,
    );
  });

  it('a serial taken in a transaction that rolls back is given back (no gap)', async () => {
    const key = { organ: '某县公安局', code: '催字', year: 2026 };
    await expect(
      store.db.transaction().execute(async (trx) => {
        expect(await takeSerial(trx, key)).toBe(1);
        throw new Error('rendering failed');
      }),
    ).rejects.toThrow('rendering failed');
    expect(await store.db.transaction().execute((trx) => takeSerial(trx, key))).toBe(1);
  });

  it('a number is stored once: the same organ, code, year and serial cannot be issued twice', async () => {
    const numbered = {
      organ: '某县公安局',
      code: '责通字',
      year: 2025,
      serial: 7,
      number: '某公（网安）责通字〔2025〕7号',
    };
    await insertDocument(store.db, doc({ numbered }));
    await expect(insertDocument(store.db, doc({ numbered }))).rejects.toThrow();
  });

  it('the PDF is filled once and then kept; the Word file never changes', async () => {
    const d = await insertDocument(store.db, doc());
    expect((await readPdf(store.db, d.id))!.pdf).toBeNull();
    const first = await fillPdf(store.db, d.id, Buffer.from('%PDF first'));
    const second = await fillPdf(store.db, d.id, Buffer.from('%PDF second'));
    expect(Buffer.from(second.bytes).toString()).toBe('%PDF first');
    expect(second.sha256).toBe(first.sha256);
    const read = await readPdf(store.db, d.id);
    expect(read!.content).toEqual(CONTENT);
    expect(Buffer.from(read!.pdf!.bytes).toString()).toBe('%PDF first');
    expect(Buffer.from((await readDocx(store.db, d.id))!.bytes).toString()).toBe('docx bytes');
  });

  it('a correction names the document it replaces; the listing shows replaced_by; a document is replaced once', async () => {
    const old = await insertDocument(store.db, doc());
    const fix = await insertDocument(store.db, doc({ replaces: old.id, reason: '笔误' }));
    const listed = await listDocuments(store.db, proceeding.id);
    expect(listed.find((d) => d.id === old.id)).toMatchObject({ replaced_by: fix.id, replaces: null });
    expect(listed.find((d) => d.id === fix.id)).toMatchObject({
      replaces: old.id,
      reason: '笔误',
      replaced_by: null,
    });
    await expect(insertDocument(store.db, doc({ replaces: old.id, reason: '再次' }))).rejects.toThrow();
  });

  it('the issuing organ of an agency is created, then replaced, each change audited with before and after', async () => {
    const organ = {
      ...COUNTY_ORGAN,
      bank: '某银行',
      hearing_office: '法制大队',
      sentences: { remedy: '如不服本决定…' },
      codes: { penalty_decision: '罚决字' },
      credit_code: null,
    };
    expect(await saveOrgan(store.db, organ, admin)).toEqual(organ);
    const changed = { ...organ, department: '', date_style: 'chinese' as const };
    expect(await saveOrgan(store.db, changed, admin)).toEqual(changed);
    expect(await organOf(store.db, organ.agency)).toEqual(changed);
    expect(await listOrgans(store.db)).toEqual([changed]);
    const audit = await listAudit(store.db, { entity: 'document_organ', page: 1, page_size: 5 });
    expect(audit.items.map((a) => [a.action, a.username])).toEqual([
      ['update', 'admin'],
      ['create', 'admin'],
    ]);
    expect(audit.items[0]).toMatchObject({ before: organ, after: changed });
    // Another agency with the same 机关代字 and 部门简称 would print the same numbers from its own sequence.
    await expect(
      saveOrgan(store.db, { ...changed, agency: '某县公安局某派出所' }, admin),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { agency: '某县公安局' },
    });
    await saveOrgan(store.db, { ...changed, agency: '某县公安局某派出所', department: '某所' }, admin);
  });
});
