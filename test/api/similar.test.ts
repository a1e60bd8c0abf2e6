import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/core/shared/case-record.js';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness } from './harness.js';
import { stepIndex, walkedTo } from './proceedings.walk.js';
import { LISTED } from '../../src/server/similar.js';

/**
 * 网络安全法(2016) 第五十九条第一款「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」: every
 * case below applies CSL2016.59.1 in that tier to a company, so all are comparable to one another.
 */
function gradeCase(n: number, fine: number, region = '宁夏回族自治区银川市兴庆区'): CaseRecord {
  return {
    title: `某公司${n}未落实网络安全等级保护制度案`,
    date: `2020-0${1 + (n % 9)}-01`,
    region,
    agency: '银川市公安局',
    party: { kind: 'organization', name: `某公司${n}` },
    facts: '未落实网络安全等级保护制度，经责令改正后拒不改正',
    provisions: [
      { law: '网络安全法', article: 21, paragraph: null, item: null },
      { law: '网络安全法', article: 59, paragraph: 1, item: null },
    ],
    sanctions: [{ kind: 'fine', amount_yuan: fine, days: null, target: 'party' }],
    established_facts: ['refused_rectification'],
  };
}

describe.each(testEngines())('similar cases on %s', (engine) => {
  let h: Harness;
  let subject: number;
  let internal: number;
  const pool: number[] = [];
  const create = async (record: CaseRecord, status: 'published' | 'internal') =>
    (await h.as('officer', { method: 'POST', url: '/api/cases', payload: { record, status } })).json().case
      .id as number;

  beforeAll(async () => {
    h = await createHarness(engine);
    for (let n = 1; n <= 12; n++) pool.push(await create(gradeCase(n, 10_000 + n * 2_000), 'published'));
    subject = await create(gradeCase(99, 100_000, '宁夏回族自治区吴忠市利通区'), 'published');
    internal = await create(gradeCase(50, 20_000), 'internal');
  });
  afterAll(async () => h?.close());

  it('names the comparables, the distribution, where the case sits and the 同案同罚 advice (p90)', async () => {
    const res = await h.as('anonymous', { method: 'GET', url: `/api/cases/${subject}/similar` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.subject.applied).toEqual([{ rule: 'CSL2016.59.1', tier: 'aggravated' }]);
    expect(body.subject.region).toEqual({ province: '宁夏回族自治区', city: '吴忠市', county: '利通区' });
    const ids = body.comparables.map((c: { id: number }) => c.id);
    expect(ids).toEqual(expect.arrayContaining(pool));
    expect(ids).not.toContain(subject);
    expect(ids).not.toContain(internal);
    const first = body.comparables.find((c: { id: number }) => c.id === pool[0]);
    expect(first).toMatchObject({
      title: '某公司1未落实网络安全等级保护制度案',
      region: '宁夏回族自治区银川市兴庆区',
      fine_yuan: 12_000,
      kinds: ['fine'],
      region_level: 'province',
    });
    expect(first.reasons).toEqual(expect.arrayContaining(['同一省']));
    expect(body.distribution.subject).toMatchObject({ fine_yuan: 100_000, kinds: ['fine'] });
    expect(body.distribution.fines.max).toBeLessThan(100_000);
    const above = body.findings.find((f: { code: string }) => f.code === 'FINE_ABOVE_P90');
    expect(above).toMatchObject({ severity: 'info' });
    expect(above.message).toContain('仅供参考');
    expect(body.benchmarks.views).toHaveLength(1);
    expect(body.benchmarks.views[0]).toMatchObject({ rule: 'CSL2016.59.1', binds: false });
    expect(body.benchmarks.views[0].benchmark.source).toBeTruthy();
  });

  it('staff compare with internal cases too; the public never sees an internal case or its view', async () => {
    const staff = await h.as('viewer', { method: 'GET', url: `/api/cases/${subject}/similar` });
    expect(staff.json().comparables.map((c: { id: number }) => c.id)).toContain(internal);
    expect(
      (await h.as('anonymous', { method: 'GET', url: `/api/cases/${internal}/similar` })).statusCode,
    ).toBe(404);
    expect((await h.as('viewer', { method: 'GET', url: `/api/cases/${internal}/similar` })).statusCode).toBe(
      200,
    );
  });

  it('a case without an applied tier has no comparables and says why', async () => {
    const bare = await create(
      {
        ...gradeCase(77, 5_000),
        provisions: [{ law: '某不存在的法', article: 1, paragraph: null, item: null }],
      },
      'published',
    );
    const body = (await h.as('anonymous', { method: 'GET', url: `/api/cases/${bare}/similar` })).json();
    expect(body).toMatchObject({ comparables: [], findings: [], candidates: 0 });
    expect(body.notes[0]).toContain('无法比较');
  });

  it('404 for a case that does not exist', async () => {
    expect((await h.as('anonymous', { method: 'GET', url: '/api/cases/999999/similar' })).statusCode).toBe(
      404,
    );
  });
});

describe.each(testEngines())('similar cases of a proceeding on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { caseHandling: true });
    for (let n = 1; n <= 11; n++)
      await h.as('officer', {
        method: 'POST',
        url: '/api/cases',
        payload: { record: gradeCase(n, 10_000 + n * 1_000), status: 'published' },
      });
  });
  afterAll(async () => h?.close());

  it('at propose_penalty the proposal is compared: its fine above p90 and its 警告 are advice, not a block', async () => {
    // The walk's proposal (网络安全法 第五十九条第一款): 警告 and 50 000 yuan on the company, 10 000 on its manager.
    const id = await walkedTo(h, stepIndex(h, 'propose_penalty') + 1);
    const p = (await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}` })).json();
    const res = await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}/similar` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.subject.applied).toEqual([{ rule: 'CSL2016.59.1', tier: 'aggravated' }]);
    expect(body.comparables.map((c: { id: number }) => c.id)).not.toContain(p.case_id);
    expect(body.distribution.subject).toMatchObject({ fine_yuan: 50_000, kinds: ['warning', 'fine'] });
    const codes = body.findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['FINE_ABOVE_P90', 'RARE_SANCTION_KIND']));
    expect(body.findings.every((f: { severity: string }) => f.severity === 'info')).toBe(true);
  });

  it('a draft proposal is compared before it is sent (POST): a fine inside the band gives no fine advice', async () => {
    const id = await walkedTo(h, stepIndex(h, 'propose_penalty'));
    const p = (await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}` })).json();
    const record = { ...gradeCase(0, 16_000), title: p.title };
    const res = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/similar`,
      payload: { record },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.distribution.n).toBeGreaterThanOrEqual(10);
    expect(body.comparables.map((c: { id: number }) => c.id)).not.toContain(p.case_id);
    expect(body.findings).toEqual([]);
  });

  it('needs a login; 404 for a proceeding that does not exist', async () => {
    expect((await h.as('anonymous', { method: 'GET', url: '/api/proceedings/1/similar' })).statusCode).toBe(
      401,
    );
    expect((await h.as('viewer', { method: 'GET', url: '/api/proceedings/999999/similar' })).statusCode).toBe(
      404,
    );
  });
});

describe.each(testEngines())('similar cases over more comparables than a view lists on %s', (engine) => {
  let h: Harness;
  let ids: number[];
  let successor: number;
  /** Comparables of the first generated case: the other 109, the 2025 one, and the dev bulletin's 金凤区 case. */
  const ALL = LISTED + 9 + 1 + 1;
  const view = async (id: number, who: 'anonymous' | 'viewer' = 'anonymous') =>
    (await h.as(who, { method: 'GET', url: `/api/cases/${id}/similar` })).json();

  beforeAll(async () => {
    h = await createHarness(engine);
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/imports',
      payload: {
        bulletin: { text: '生成的通报', format: 'text' },
        cases: Array.from({ length: LISTED + 10 }, (_, n) => gradeCase(n + 1, 10_000 + (n % 10) * 1_000)),
        status: 'published',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids = res.json().case_ids;
    // 网络安全法(2025) 第六十一条第一款 carries the conduct of 2016 第五十九条第一款 in the tier of the same words
    // 「拒不改正或者导致危害网络安全等后果的」: a case decided under it in 2026 is comparable too.
    successor = (
      await h.as('officer', {
        method: 'POST',
        url: '/api/cases',
        payload: {
          record: {
            ...gradeCase(500, 80_000),
            date: '2026-02-01',
            decision_date: '2026-02-01',
            provisions: [
              { law: '网络安全法', article: 21, paragraph: null, item: null },
              { law: '网络安全法', article: 61, paragraph: 1, item: null },
            ],
          },
          status: 'published',
        },
      })
    ).json().case.id;
  });
  afterAll(async () => h?.close());

  it('the distribution counts every comparable; the list is the nearest LISTED of them', async () => {
    const body = await view(ids[0]!);
    expect(body.candidates).toBe(ALL);
    expect(body.distribution.n).toBe(ALL);
    expect(body.distribution.fines).toMatchObject({ n: ALL, max: 80_000 });
    expect(body.comparables).toHaveLength(LISTED);
    const scores = body.comparables.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const other = (await view(successor)).comparables.find((c: { id: number }) => c.id === ids[0]);
    expect(other.conduct[0]).toMatchObject({ link: 'predecessor', rule: 'CSL2016.59.1' });
  });

  it('an edit is seen at once: a case made internal leaves the public view, a deleted one every view', async () => {
    const target = ids[1]!;
    const stored = (await h.as('viewer', { method: 'GET', url: `/api/cases/${target}` })).json().case;
    const put = await h.as('officer', {
      method: 'PUT',
      url: `/api/cases/${target}`,
      payload: { record: stored.record, status: 'internal', version: stored.version },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await view(ids[0]!)).distribution.n).toBe(ALL - 1);
    expect((await view(ids[0]!, 'viewer')).distribution.n).toBe(ALL);
    await h.as('officer', { method: 'DELETE', url: `/api/cases/${target}` });
    expect((await view(ids[0]!, 'viewer')).distribution.n).toBe(ALL - 1);
  });
});
