/**
 * Case handling through HTTP: one case walked from LEAD to ARCHIVED by an officer, a reviewer and a leader; the
 * decided case in the case library; the 待办 list; evidence files; concurrent actions; the new roles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness } from './harness.js';
import { multipart, PDF } from './multipart.js';
import { act, at, NEW_CASE, openCase, PROPOSAL, stepIndex, walkedTo, walkSteps } from './proceedings.walk.js';

describe.each(testEngines())('case handling API on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { caseHandling: true, maxEvidenceBytes: 64 * 1024 });
  });
  afterAll(async () => h?.close());

  it('POST /api/proceedings opens the proceeding at LEAD with its case row (internal)', async () => {
    const res = await h.as('officer', { method: 'POST', url: '/api/proceedings', payload: NEW_CASE });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ stage: 'LEAD', title: NEW_CASE.title, version: 1 });
    expect(p.case_id).toBeGreaterThan(0);
    expect(p.allowed_actions).toEqual(expect.arrayContaining(['register', 'on_the_spot', 'transfer']));
    expect(p.history).toEqual([
      expect.objectContaining({
        action: 'receive',
        from: null,
        to: 'LEAD',
        at: NEW_CASE.received_at,
        by_name: 'officer',
      }),
    ]);
    expect(p.parties[0]).toMatchObject({ id: 'co', credit_code: '91640100MA00000000' });
    const c = await h.as('officer', { method: 'GET', url: `/api/cases/${p.case_id}` });
    expect(c.json().case).toMatchObject({
      status: 'internal',
      record: { title: NEW_CASE.title, agency: '某县公安局' },
    });
    expect((await h.as('anonymous', { method: 'GET', url: `/api/cases/${p.case_id}` })).statusCode).toBe(404);
    // A single `party` and a plain agency name are accepted too.
    const one = await h.as('officer', {
      method: 'POST',
      url: '/api/proceedings',
      payload: {
        ...NEW_CASE,
        parties: undefined,
        party: { kind: 'individual', name: '李某' },
        agency: '某县公安局',
      },
    });
    expect(one.statusCode, one.body).toBe(201);
    expect(one.json()).toMatchObject({ parties: [{ id: 'p1', name: '李某' }], agency: { kind: 'police' } });
  });

  it('walks one case from LEAD to ARCHIVED as officer, reviewer and leader (procedure.md §3)', async () => {
    const id = await openCase(h);
    const stages: string[] = [];
    for (const [who, body] of walkSteps(h)) {
      const res = await act(h, who, id, body);
      expect(res.statusCode, `${String(body['action'])}: ${res.body}`).toBe(200);
      stages.push(res.json().stage);
    }
    expect(stages.at(-1)).toBe('ARCHIVED');
    expect(stages).toEqual(
      expect.arrayContaining(['INTAKE', 'FILED', 'INVESTIGATING', 'CONCLUDED', 'NOTICE']),
    );
    expect(stages).toEqual(expect.arrayContaining(['HEARING_REQUESTED', 'HEARING', 'REVIEW', 'APPROVAL']));
    expect(stages).toEqual(expect.arrayContaining(['DECIDED', 'SERVED', 'CLOSED']));
    const p = (await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}` })).json();
    expect(p.allowed_actions).toEqual([]);
    expect(p.history).toHaveLength(walkSteps(h).length + 1);
    expect(p.officers.map((o: { username: string }) => o.username)).toEqual(['officer', 'officer2']);
    expect([p.reviewer.username, p.approver.username]).toEqual(['reviewer', 'leader']);
    expect(p.decision).toMatchObject({ verdict: 'lawful', sanctions: PROPOSAL.sanctions });
    expect(p.check).toMatchObject({ verdict: 'lawful' });
    const decide = p.history.find((e: { action: string }) => e.action === 'decide');
    expect(decide).toMatchObject({
      by_name: 'leader',
      at: at('2025-04-11'),
      from: 'APPROVAL',
      to: 'DECIDED',
    });
    expect(Date.parse(decide.recorded_at)).toBeGreaterThan(Date.parse(decide.at));
    expect(p.deadlines.find((d: { timer: string }) => d.timer === 'hearing_request_window')).toMatchObject({
      party: 'co',
      status: 'met',
      basis: expect.arrayContaining(['行政处罚法 第六十四条第（一）项']),
    });
    // Every action audited with who did it.
    const audit = await h.as('auditor', {
      method: 'GET',
      url: `/api/audit?entity=proceeding&entity_id=${id}&page_size=100`,
    });
    expect(audit.json().items).toHaveLength(walkSteps(h).length + 1);
    expect(audit.json().items[0]).toMatchObject({ action: 'archive', username: 'officer' });
  });

  it('a decided proceeding fills its case record: provisions, sanctions, decision day (案例库, 统计)', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide') + 1);
    const p = (await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}` })).json();
    const c = (await h.as('officer', { method: 'GET', url: `/api/cases/${p.case_id}` })).json();
    expect(c.case.status).toBe('internal');
    expect(c.case.record).toMatchObject({
      provisions: PROPOSAL.provisions,
      sanctions: [
        { kind: 'warning', amount_yuan: null, target: 'party' },
        { kind: 'fine', amount_yuan: 50000, target: 'party' },
        { kind: 'fine', amount_yuan: 10000, target: 'responsible_person' },
      ],
      decision_date: '2025-04-11',
      date: '2025-03-01',
      agency: '某县公安局',
      party: { kind: 'organization', name: '某科技有限公司' },
      established_facts: ['refused_rectification'],
    });
    expect(c.case.fine_total_yuan).toBe(60000);
    const list = await h.as('officer', { method: 'GET', url: `/api/cases?law=csl&article=59&page_size=200` });
    expect(list.json().items.map((i: { id: number }) => i.id)).toContain(p.case_id);
    // A case that carries a proceeding is not deleted.
    expect((await h.as('officer', { method: 'DELETE', url: `/api/cases/${p.case_id}` })).statusCode).toBe(
      409,
    );
  });

  it('待办: assigned=me&due_within=3d lists my proceedings with deadlines due (overdue included), soonest first', async () => {
    const overdue = await walkedTo(h, stepIndex(h, 'start_investigation') + 1); // 2025: the 90 days ran out
    const mine = (
      await h.as('officer2', {
        method: 'GET',
        url: '/api/proceedings?assigned=me&due_within=3d&page_size=200',
      })
    ).json();
    const item = mine.items.find((i: { id: number }) => i.id === overdue);
    expect(item).toBeDefined();
    expect(item.deadlines.map((d: { status: string }) => d.status)).toContain('overdue');
    expect(item.deadlines[0]).toMatchObject({ name: expect.any(String), basis: expect.any(Array) });
    const dues = mine.items.map((i: { deadlines: { due_at: string }[] }) => i.deadlines[0]!.due_at);
    expect(dues).toEqual([...dues].sort());
    // A lead received an hour ago: its 24 hours to transfer it (程序规定 第六十一条第（二）项) are within 3 days, not 1 hour.
    const now = new Date(Date.now() - 3600_000).toISOString();
    const fresh = await openCase(h, { ...NEW_CASE, received_at: now, violation: undefined });
    const soon = (
      await h.as('officer', { method: 'GET', url: '/api/proceedings?due_within=3d&page_size=200' })
    ).json();
    expect(soon.items.find((i: { id: number }) => i.id === fresh).deadlines).toEqual([
      expect.objectContaining({ timer: 'transfer_out', status: 'pending' }), // due soon = within 2 hours for hours
    ]);
    const hour = (
      await h.as('officer', { method: 'GET', url: '/api/proceedings?due_within=1h&page_size=200' })
    ).json();
    expect(hour.items.map((i: { id: number }) => i.id)).not.toContain(fresh);
    const open = (await h.as('officer', { method: 'GET', url: '/api/proceedings?page_size=200' })).json();
    expect(open.items.map((i: { id: number }) => i.id)).toContain(fresh);
    // Not assigned to the reviewer: their own list holds only what waits on them (review, hearings); per unit for
    // leaders, reviewers and admins only.
    const reviewers = (
      await h.as('reviewer', { method: 'GET', url: '/api/proceedings?due_within=3d&page_size=200' })
    ).json();
    expect(reviewers.items.map((i: { id: number }) => i.id)).not.toContain(overdue);
    const unit = (
      await h.as('leader', {
        method: 'GET',
        url: '/api/proceedings?assigned=unit&due_within=3d&page_size=200',
      })
    ).json();
    expect(unit.items.map((i: { id: number }) => i.id)).toContain(overdue);
    expect(unit.total).toBeGreaterThanOrEqual(mine.total);
    expect((await h.as('officer', { method: 'GET', url: '/api/proceedings?assigned=unit' })).statusCode).toBe(
      403,
    );
    expect(
      (await h.as('officer', { method: 'GET', url: '/api/proceedings?due_within=3 days' })).statusCode,
    ).toBe(400);
    // Archived proceedings leave the list.
    const archived = await walkedTo(h, walkSteps(h).length);
    const all = (
      await h.as('admin', { method: 'GET', url: '/api/proceedings?assigned=unit&page_size=200' })
    ).json();
    expect(all.items.map((i: { id: number }) => i.id)).not.toContain(archived);
  });

  it('待办 of a reviewer and a leader: the proceedings waiting on them (法制审核; the 负责人’s approval), not the officers’', async () => {
    const atReview = await walkedTo(h, stepIndex(h, 'pass_review'));
    const atApproval = await walkedTo(h, stepIndex(h, 'decide'));
    const list = async (who: 'reviewer' | 'leader' | 'officer') =>
      (await h.as(who, { method: 'GET', url: '/api/proceedings?assigned=me&page_size=200' }))
        .json()
        .items.map((i: { id: number; stage: string }) => [i.id, i.stage]);
    const reviewer = await list('reviewer');
    expect(reviewer).toContainEqual([atReview, 'REVIEW']);
    expect(reviewer.map(([id]: [number]) => id)).not.toContain(atApproval);
    const leader = await list('leader');
    expect(leader).toContainEqual([atApproval, 'APPROVAL']);
    expect(leader.map(([id]: [number]) => id)).not.toContain(atReview);
    // the officers of the case still have both
    const officer = (await list('officer')).map(([id]: [number]) => id);
    expect(officer).toEqual(expect.arrayContaining([atReview, atApproval]));
  });

  it('evidence files: typed by their first bytes, size-limited, named by add_evidence, downloaded as stored', async () => {
    const id = await walkedTo(h, stepIndex(h, 'add_evidence'));
    const up = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/files`,
      ...multipart('现场照片.pdf', PDF),
    });
    expect(up.statusCode, up.body).toBe(201);
    const file = up.json().file;
    expect(file).toMatchObject({ media_type: 'application/pdf', size: PDF.length, filename: '现场照片.pdf' });
    const text = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/files`,
      ...multipart('evil.pdf', Buffer.from('<script>alert(1)</script>')),
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.details.field).toBe('file');
    const big = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/files`,
      ...multipart('big.pdf', Buffer.concat([PDF, Buffer.alloc(100 * 1024)])),
    });
    expect(big.statusCode).toBe(413);
    const viewer = await h.as('viewer', {
      method: 'POST',
      url: `/api/proceedings/${id}/files`,
      ...multipart('a.pdf', PDF),
    });
    expect(viewer.statusCode).toBe(403);
    const ev = await act(h, 'officer', id, {
      action: 'add_evidence',
      at: at('2025-03-05'),
      kind: '现场照片',
      description: '机房照片',
      file_ids: [file.id],
    });
    expect(ev.statusCode, ev.body).toBe(200);
    expect(ev.json().files).toHaveLength(1);
    expect(ev.json().evidence[0]).toMatchObject({ kind: '现场照片' });
    const down = await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}/files/${file.id}` });
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(down.rawPayload).equals(PDF)).toBe(true);
    expect(
      (await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}/files/999999` })).statusCode,
    ).toBe(404);
  });

  it('concurrent actions: each is judged on the state the other left (optimistic locking, re-judged)', async () => {
    const id = await openCase(h);
    const results = await Promise.all([
      act(h, 'officer', id, { action: 'register', at: at('2025-03-03') }),
      act(h, 'officer2', id, { action: 'register', at: at('2025-03-03') }),
      act(h, 'admin', id, { action: 'register', at: at('2025-03-03') }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409]);
    const refused = results.filter((r) => r.statusCode === 409).map((r) => r.json().error.code);
    expect(refused).toEqual(['WRONG_STAGE', 'WRONG_STAGE']);
    const p = (await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}` })).json();
    expect([p.stage, p.version, p.history.length]).toEqual(['INTAKE', 2, 2]);
  });

  it('POST /api/users accepts the roles reviewer (法制审核) and leader (审批负责人)', async () => {
    for (const role of ['reviewer', 'leader'] as const) {
      const res = await h.as('admin', {
        method: 'POST',
        url: '/api/users',
        payload: { username: `new-${role}`, password: 'a-long-password-1', role },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().user.role).toBe(role);
    }
  });

  it('the contract is documented in /api/docs', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/proceedings', '/api/proceedings/{id}', '/api/proceedings/{id}/actions']),
    );
  });
});
