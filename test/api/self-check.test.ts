/**
 * 合规自查 over HTTP: the questionnaire of a profile, the anonymous report with the Ningxia precedents, its downloads,
 * an operator's saved assessments (its own only), the change since the previous one and since the law changed,
 * evidence files per answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/db/repositories/audit.js';
import { createOrganisation } from '../../src/db/repositories/organisations.js';
import { UserRepository } from '../../src/db/repositories/users.js';
import { testEngines } from '../../src/db/testing/engines.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { SESSION_COOKIE } from '../../src/server/auth/session.js';
import { createHarness, PASSWORD, type Harness } from './harness.js';
import { multipart, PDF } from './multipart.js';
import { HOSPITAL } from '../../src/core/self-check/profiles.test-support.js';

const MLPS = 'csl2025-23-mlps';
/** 网络安全法(2025) is in force from 2026-01-01. */
const DATE = '2026-06-01';

describe.each(testEngines())('self-check API on %s', (engine) => {
  let h: Harness;
  let hospitalCase: string;
  let otherOperator: string;
  beforeAll(async () => {
    h = await createHarness(engine, { now: () => new Date('2026-06-02T02:00:00Z') });
    const list = await h.as('anonymous', { method: 'GET', url: '/api/cases?page_size=50' });
    hospitalCase = String(
      list.json().items.find((c: { title: string }) => c.title.includes('吴忠市某医院')).id,
    );
    // a second organisation's operator
    const org = await createOrganisation(h.store.db, '某律师事务所', SYSTEM);
    await new UserRepository(h.store.db).create(
      {
        username: 'lawfirm',
        passwordHash: await hashPassword(PASSWORD),
        role: 'operator',
        organisationId: org.id,
      },
      SYSTEM,
    );
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lawfirm', password: PASSWORD },
    });
    otherOperator = login.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  });
  afterAll(async () => h?.close());

  const report = (answers: Record<string, unknown>, profile: object = HOSPITAL) =>
    h.as('anonymous', { method: 'POST', url: '/api/self-check', payload: { profile, answers, date: DATE } });

  it('lists every requirement in force without a profile, and a profile’s own with one', async () => {
    const all = await h.as('anonymous', { method: 'GET', url: `/api/self-check/requirements?date=${DATE}` });
    expect(all.statusCode, all.body).toBe(200);
    const mlps = all.json().items.find((r: { id: string }) => r.id === MLPS);
    expect(mlps).toMatchObject({
      article: '《中华人民共和国网络安全法》第二十三条',
      question: expect.stringContaining('等级保护'),
      applies_to: expect.stringContaining('适用于'),
      rules: expect.arrayContaining(['CSL2025.61.1']),
    });
    const mine = await h.as('anonymous', {
      method: 'GET',
      url: `/api/self-check/requirements?date=${DATE}&profile=${encodeURIComponent(JSON.stringify(HOSPITAL))}`,
    });
    expect(mine.json().items.map((r: { id: string }) => r.id)).toContain(MLPS);
    const bad = await h.as('anonymous', { method: 'GET', url: '/api/self-check/requirements?profile=%7Bx' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.field).toBe('profile');
    const wrong = await h.as('anonymous', {
      method: 'GET',
      url: `/api/self-check/requirements?profile=${encodeURIComponent(JSON.stringify({ ...HOSPITAL, sector: 'x' }))}`,
    });
    expect(wrong.json().error.details.field).toBe('profile.sector');
  });

  it('a hospital without 等级保护: 网络安全法 第二十三条, 第六十一条第一款 with both tiers, 公安机关, the Ningxia hospital case (anonymous, nothing stored)', async () => {
    const res = await report({ [MLPS]: { value: 'no', note: '尚未定级' } });
    expect(res.statusCode, res.body).toBe(200);
    const gap = res.json().gaps.find((g: { requirement: string }) => g.requirement === MLPS);
    expect(gap).toMatchObject({
      article: '《中华人民共和国网络安全法》第二十三条',
      answer: 'no',
      note: '尚未定级',
      rule_today: { id: 'CSL2025.61.1', citation: '《中华人民共和国网络安全法》第六十一条第一款' },
      authority: expect.stringContaining('公安机关'),
    });
    // 第六十一条第一款「责令改正，给予警告，可以处一万元以上五万元以下罚款；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款」
    const words = gap.ranges.flatMap((t: { sanctions: { words?: string }[] }) =>
      t.sanctions.map((s) => s.words),
    );
    expect(words).toContain('可以处一万元以上五万元以下罚款');
    expect(words).toContain('处五万元以上五十万元以下罚款');
    expect(gap.precedents).toContain(hospitalCase);
    // the hospital's sector is inferred from its name, and the answer says so
    expect(res.json().cases.find((c: { id: string }) => c.id === hospitalCase)).toMatchObject({
      title: expect.stringContaining('吴忠市某医院'),
      sector: 'healthcare',
      sector_from: 'party_name',
      sector_note: '行业（据当事人名称推断）：医疗卫生',
    });
    const stored = await h.store.db
      .selectFrom('self_check_assessments')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(0);
  });

  it('an unfiled website: 国际联网办法 第十二条 and 第二十三条 (警告或者停机整顿), the Ningxia law-firm case first', async () => {
    // 第二十三条「违反本办法第十一条、第十二条规定，不履行备案职责的，由公安机关给予警告或者停机整顿不超过六个月的处罚」
    const firm = {
      org_kind: 'company',
      sector: 'legal_services',
      runs_network: true,
      internet_connected: true,
      website: true,
    };
    const res = await report({ 'intlnet-12-filing': 'no' }, firm);
    expect(res.statusCode, res.body).toBe(200);
    const gap = res.json().gaps[0];
    expect(gap).toMatchObject({
      article: '《计算机信息网络国际联网安全保护管理办法》第十二条第一款',
      rule_today: { id: 'INTLNET.23', citation: '《计算机信息网络国际联网安全保护管理办法》第二十三条' },
      authority: '公安机关',
    });
    const title = (id: string) => res.json().cases.find((c: { id: string }) => c.id === id).title;
    expect(title(gap.precedents[0])).toBe('利通区某律师事务所不履行国际联网备案职责案');
  });

  it('refuses an answer to a requirement that does not exist, and an answer that is not yes/no/partly/n/a', async () => {
    const unknown = await report({ 'csl2025-99-nope': 'no' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.field).toBe('answers.csl2025-99-nope');
    expect((await report({ [MLPS]: 'maybe' })).statusCode).toBe(400);
  });

  it('downloads the anonymous report as .docx and PDF from the same body', async () => {
    for (const ext of ['docx', 'pdf']) {
      const res = await h.as('anonymous', {
        method: 'POST',
        url: `/api/self-check/report.${ext}`,
        payload: { profile: HOSPITAL, answers: { [MLPS]: 'no' }, date: DATE },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain(ext === 'pdf' ? 'application/pdf' : 'wordprocessingml');
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('合规自查报告'));
      // the stand-in renderers print the page's text
      expect(res.body).toContain('网络安全合规自查报告');
      expect(res.body).toContain('《中华人民共和国网络安全法》第六十一条第一款');
      expect(res.body).toContain('吴忠市某医院');
    }
  });

  it('an operator saves, lists and reads its own assessments; the re-take shows the gap closed', async () => {
    const save = (answer: string) =>
      h.as('operator', {
        method: 'POST',
        url: '/api/self-check/assessments',
        payload: { profile: HOSPITAL, answers: { [MLPS]: answer }, date: DATE },
      });
    const first = await save('no');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().assessment).toMatchObject({ organisation_id: h.organisationId, date: DATE });
    expect(first.json().assessment.summary.counts.no).toBe(1);
    const second = (await save('yes')).json().assessment;

    const list = await h.as('operator', { method: 'GET', url: '/api/self-check/assessments' });
    expect(list.json().items.map((a: { id: number }) => a.id)).toEqual([
      second.id,
      first.json().assessment.id,
    ]);

    const view = await h.as('operator', { method: 'GET', url: `/api/self-check/assessments/${second.id}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().assessment).toMatchObject({
      organisation: '某市人民医院',
      answers: { [MLPS]: { value: 'yes' } },
    });
    expect(view.json().changes).toMatchObject({
      previous: { id: first.json().assessment.id },
      closed: [MLPS],
      opened: [],
      law: [],
    });

    // another organisation's operator does not see it, nor that it exists
    const other = await h.app.inject({
      method: 'GET',
      url: `/api/self-check/assessments/${second.id}`,
      cookies: { [SESSION_COOKIE]: otherOperator },
    });
    expect(other.statusCode).toBe(404);
    const otherList = await h.app.inject({
      method: 'GET',
      url: '/api/self-check/assessments',
      cookies: { [SESSION_COOKIE]: otherOperator },
    });
    expect(otherList.json().items).toEqual([]);

    const docx = await h.as('operator', {
      method: 'GET',
      url: `/api/self-check/assessments/${first.json().assessment.id}/report.docx`,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.body).toContain('某市人民医院');
  });

  it('says which saved answers a change of law touches (a fingerprint that no longer matches)', async () => {
    const saved = (
      await h.as('operator', {
        method: 'POST',
        url: '/api/self-check/assessments',
        payload: { profile: HOSPITAL, answers: { [MLPS]: 'yes' }, date: DATE },
      })
    ).json().assessment;
    // as if saved against another wording of 第二十三条
    await h.store.db
      .updateTable('self_check_answers')
      .set({ fingerprint: 'then.then' })
      .where('assessment_id', '=', saved.id)
      .execute();
    const view = await h.as('operator', { method: 'GET', url: `/api/self-check/assessments/${saved.id}` });
    expect(view.json().changes.law).toContainEqual(
      expect.objectContaining({ requirement: MLPS, change: 'requirement_changed' }),
    );
  });

  it('keeps evidence files per answer: type sniffed from the bytes, downloadable by the organisation only', async () => {
    const a = (
      await h.as('operator', {
        method: 'POST',
        url: '/api/self-check/assessments',
        payload: { profile: HOSPITAL, answers: { [MLPS]: 'yes' }, date: DATE },
      })
    ).json().assessment;
    const up = await h.as('operator', {
      method: 'POST',
      url: `/api/self-check/assessments/${a.id}/answers/${MLPS}/files`,
      ...multipart('备案证明.pdf', PDF),
    });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().file).toMatchObject({ requirement_id: MLPS, media_type: 'application/pdf' });
    const evil = await h.as('operator', {
      method: 'POST',
      url: `/api/self-check/assessments/${a.id}/answers/${MLPS}/files`,
      ...multipart('evil.pdf', Buffer.from('<script>alert(1)</script>')),
    });
    expect(evil.statusCode).toBe(400);
    const view = await h.as('operator', { method: 'GET', url: `/api/self-check/assessments/${a.id}` });
    expect(view.json().assessment.files).toHaveLength(1);
    const url = `/api/self-check/assessments/${a.id}/files/${up.json().file.id}`;
    const got = await h.as('operator', { method: 'GET', url });
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PDF)).toBe(true);
    const other = await h.app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: otherOperator } });
    expect(other.statusCode).toBe(404);
  });
});
