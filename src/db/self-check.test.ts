/**
 * The self-check store (合规自查) on every engine of testEngines(): organisations and their operator accounts, saved
 * assessments with their answers, the previous one of the same organisation, evidence files per answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, SYSTEM } from './repositories/audit.js';
import { createOrganisation, listOrganisations } from './repositories/organisations.js';
import {
  listAssessments,
  listSelfCheckEvidence,
  previousAssessment,
  readAssessment,
  readSelfCheckEvidence,
  saveAssessment,
  storeSelfCheckEvidence,
  type NewAssessment,
} from './repositories/self-check.js';
import { UserRepository } from './repositories/users.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

const operator = { id: 7, username: 'hospital-it' };

describe.each(testEngines())('self-check store on %s', (engine) => {
  let store: TestStore;
  let hospital: number;
  let firm: number;
  beforeAll(async () => {
    store = await createTestStore(engine);
    hospital = (await createOrganisation(store.db, '某市人民医院', SYSTEM)).id;
    firm = (await createOrganisation(store.db, '某律师事务所', SYSTEM)).id;
  });
  afterAll(async () => store?.dispose());

  const assessment = (organisationId: number, answer: 'yes' | 'no'): NewAssessment => ({
    organisationId,
    profile: { kind: 'public_institution', sector: 'medical' },
    date: '2026-06-01',
    summary: { gaps: answer === 'no' ? 1 : 0 },
    answers: [
      {
        requirement_id: 'csl-2025-23-mlps',
        answer,
        note: answer === 'no' ? '未定级' : null,
        fingerprint: 'f1',
      },
      { requirement_id: 'csl-2025-24-realname', answer: 'n/a', note: null, fingerprint: 'f2' },
    ],
  });

  it('an organisation name is unique', async () => {
    await expect(createOrganisation(store.db, '某市人民医院', SYSTEM)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await listOrganisations(store.db)).map((o) => o.name)).toEqual(['某市人民医院', '某律师事务所']);
  });

  it('an operator account belongs to exactly one existing organisation; other roles to none', async () => {
    const users = new UserRepository(store.db);
    const u = await users.create(
      { username: 'op', passwordHash: 'x', role: 'operator', organisationId: hospital },
      SYSTEM,
    );
    expect(u).toMatchObject({ role: 'operator', organisation_id: hospital });
    expect((await users.byId(u.id))?.organisation_id).toBe(hospital);
    await expect(
      users.create({ username: 'op2', passwordHash: 'x', role: 'operator' }, SYSTEM),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { field: 'organisation_id' } });
    await expect(
      users.create({ username: 'off', passwordHash: 'x', role: 'officer', organisationId: hospital }, SYSTEM),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      users.create({ username: 'op3', passwordHash: 'x', role: 'operator', organisationId: 999 }, SYSTEM),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('saves an assessment with its answers, lists an organisation’s own newest first, finds the previous one', async () => {
    const first = await saveAssessment(store.db, assessment(hospital, 'no'), operator);
    await saveAssessment(store.db, assessment(firm, 'yes'), SYSTEM);
    const second = await saveAssessment(store.db, assessment(hospital, 'yes'), operator);

    expect((await listAssessments(store.db, hospital)).map((a) => a.id)).toEqual([second.id, first.id]);
    const read = await readAssessment(store.db, first.id);
    expect(read).toMatchObject({
      organisation_id: hospital,
      date: '2026-06-01',
      summary: { gaps: 1 },
      profile: { sector: 'medical' },
      created_by: 'hospital-it',
    });
    expect(read?.answers).toEqual([
      { requirement_id: 'csl-2025-23-mlps', answer: 'no', note: '未定级', fingerprint: 'f1' },
      { requirement_id: 'csl-2025-24-realname', answer: 'n/a', note: null, fingerprint: 'f2' },
    ]);
    expect((await previousAssessment(store.db, hospital, second.id))?.id).toBe(first.id);
    expect(await previousAssessment(store.db, hospital, first.id)).toBeUndefined();
    const audit = await listAudit(store.db, { entity: 'self_check_assessment', page: 1, page_size: 10 });
    expect(audit.total).toBe(3);
  });

  it('keeps evidence files per answered requirement, and refuses one for a requirement not answered', async () => {
    const a = await saveAssessment(store.db, assessment(hospital, 'no'), operator);
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    const f = await storeSelfCheckEvidence(
      store.db,
      {
        assessmentId: a.id,
        requirementId: 'csl-2025-23-mlps',
        filename: '定级备案.pdf',
        mediaType: 'application/pdf',
        content: bytes,
      },
      operator,
    );
    expect(f).toMatchObject({ requirement_id: 'csl-2025-23-mlps', size: 6, uploaded_by: 'hospital-it' });
    expect((await listSelfCheckEvidence(store.db, a.id)).map((x) => x.id)).toEqual([f.id]);
    expect(Buffer.from((await readSelfCheckEvidence(store.db, a.id, f.id))!.content)).toEqual(
      Buffer.from(bytes),
    );
    await expect(
      storeSelfCheckEvidence(
        store.db,
        {
          assessmentId: a.id,
          requirementId: 'nope',
          filename: 'x',
          mediaType: 'application/pdf',
          content: bytes,
        },
        operator,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
