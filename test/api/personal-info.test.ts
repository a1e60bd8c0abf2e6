/**
 * 个人信息保护 (GB/T 22239-2019 8.1.4.11; 个人信息保护法 第五十一条 「去标识化等安全技术措施」): a party's ID number, phone
 * number and address are masked in the case API for everyone, signed in or not; a signed-in user reveals them with
 * `reveal=pi`, which the audit log records, as it records every read of a case by a signed-in user (8.1.4.3 a
 * 「审计覆盖到每个用户」); they never reach the request log.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createApp } from '../../src/server/app.js';
import { SESSION_COOKIE } from '../../src/server/auth/session.js';
import { realChecker, realExtractor } from '../../src/server/wiring.js';
import { fakeDocuments } from './documents.fakes.js';
import { createHarness, NINGXIA, type Harness } from './harness.js';

const ID = '640102199001011234';
const PHONE = '13912345678';
const ADDRESS = '银川市金凤区长城中路88号';

describe.each(testEngines())('personal information on %s', (engine) => {
  let h: Harness;
  let id: number;
  beforeAll(async () => {
    h = await createHarness(engine);
    const record = {
      ...NINGXIA[0],
      title: `张某（${PHONE}）非法获取公民个人信息案`,
      facts: `张某，身份证号${ID}，住${ADDRESS}，手机${PHONE}，出售公民个人信息。`,
    };
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/cases',
      payload: { record, status: 'published' },
    });
    id = res.json().case.id;
  });
  afterAll(async () => h?.close());

  it('masks them by default, for a signed-in user and for a visitor, in the case and in the list', async () => {
    for (const who of ['officer', 'anonymous'] as const) {
      const res = await h.as(who, { method: 'GET', url: `/api/cases/${id}` });
      expect(res.statusCode).toBe(200);
      for (const pi of [ID, PHONE, '长城中路88号']) expect(res.body).not.toContain(pi);
      expect(res.json().case.record.facts).toContain('***');
      const list = await h.as(who, { method: 'GET', url: '/api/cases?page_size=100' });
      expect(list.body).not.toContain(PHONE);
    }
  });

  it('reveals them on request to a signed-in user and audits the reveal and every read', async () => {
    const res = await h.as('officer', { method: 'GET', url: `/api/cases/${id}?reveal=pi` });
    expect(res.json().case.record.facts).toContain(ID);
    const anonymous = await h.as('anonymous', { method: 'GET', url: `/api/cases/${id}?reveal=pi` });
    expect(anonymous.statusCode).toBe(401);
    const audit = await h.as('auditor', { method: 'GET', url: `/api/audit?entity=case&entity_id=${id}` });
    const actions = audit
      .json()
      .items.map((a: { action: string; username: string }) => `${a.action}:${a.username}`);
    expect(actions.slice(0, 2)).toEqual(['reveal_pi:officer', 'read:officer']);
    expect(actions).not.toContain('read:anonymous');
  });

  it('masks them in proceedings (the view, the to-do list) by default; reveal=pi gives the party form, audited', async () => {
    const opened = await h.as('officer', {
      method: 'POST',
      url: '/api/proceedings',
      payload: {
        title: `张某（${PHONE}）出售公民个人信息案`,
        agency: { name: '某县公安局', kind: 'police', level: 'county' },
        case_kind: 'OTHER_ADMIN',
        parties: [
          { id: 'p1', kind: 'individual', name: '张某', id_number: ID, address: ADDRESS, phone: PHONE },
        ],
        facts: `张某，手机${PHONE}，出售公民个人信息。`,
        received_at: '2025-03-03T01:00:00.000Z',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const pid = opened.json().id as number;
    for (const res of [opened, await h.as('officer', { method: 'GET', url: `/api/proceedings/${pid}` })]) {
      for (const pi of [ID, PHONE, '长城中路88号']) expect(res.body).not.toContain(pi);
      expect(res.json().parties[0]).toMatchObject({ name: '张某', id_number: '***', phone: '***' });
    }
    const todo = await h.as('officer', { method: 'GET', url: '/api/proceedings?assigned=me' });
    expect(todo.statusCode).toBe(200);
    expect(todo.body).toContain('出售公民个人信息案');
    expect(todo.body).not.toContain(PHONE);
    // The party form loads the full data, so that a save does not write the mask back; the reveal is audited.
    const full = await h.as('officer', { method: 'GET', url: `/api/proceedings/${pid}?reveal=pi` });
    expect(full.json().parties[0]).toMatchObject({ id_number: ID, address: ADDRESS, phone: PHONE });
    const audit = await h.as('auditor', {
      method: 'GET',
      url: `/api/audit?entity=proceeding&entity_id=${pid}&action=reveal_pi`,
    });
    expect(audit.json().items).toEqual([
      expect.objectContaining({ username: 'officer', action: 'reveal_pi' }),
    ]);
  });

  it('masks them in the similar cases, for every reader', async () => {
    // The case above is a copy of the first Ningxia case: it is among that case's similar cases.
    for (const who of ['officer', 'anonymous'] as const) {
      const res = await h.as(who, { method: 'GET', url: `/api/cases/${h.caseIds[0]}/similar` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).toContain('非法获取公民个人信息案');
      for (const pi of [ID, PHONE, '长城中路88号']) expect(res.body).not.toContain(pi);
    }
  });

  it('keeps them out of the request log, even at trace level', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const app = await createApp({
      store: h.store,
      check: realChecker(),
      extract: realExtractor(),
      documents: fakeDocuments(),
      version: 'test',
      logger: pino({ level: 'trace' }, sink),
    });
    try {
      const cookies = { [SESSION_COOKIE]: h.cookies.officer! };
      expect(
        (await app.inject({ method: 'GET', url: `/api/cases/${id}?reveal=pi`, cookies })).body,
      ).toContain(ID);
      await app.inject({ method: 'GET', url: `/api/cases/${id}`, cookies });
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(log).toContain(`/api/cases/${id}`);
    for (const pi of [ID, PHONE, '长城中路88号']) expect(log).not.toContain(pi);
  });
});
