import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, NINGXIA, type Harness } from './harness.js';

describe.each(testEngines())('stats routes on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
    // An internal case anonymous readers must not count.
    await h.as('officer', {
      method: 'POST',
      url: '/api/cases',
      payload: { record: { ...NINGXIA[5], date: '2021-01-20' }, status: 'internal' },
    });
  });
  afterAll(async () => h?.close());
  const groups = async (who: 'anonymous' | 'viewer', query: string) => {
    const res = await h.as(who, { method: 'GET', url: `/api/stats?${query}` });
    expect(res.statusCode, query).toBe(200);
    return res.json().groups as { key: string | null; label: string; cases: number; fine_sum: number }[];
  };

  it('groups by month, with Chinese labels and undated cases last', async () => {
    const g = await groups('anonymous', 'group_by=month');
    expect(g.map((x) => x.key)).toEqual(['2021-01', '2021-03', '2021-04', '2021-09', null]);
    expect(g[0]).toEqual({ key: '2021-01', label: '2021年1月', cases: 3, fine_sum: 16500 });
    expect(g.at(-1)).toMatchObject({ label: '未载明', cases: 4 });
    const signedIn = await groups('viewer', 'group_by=month');
    expect(signedIn[0]).toMatchObject({ key: '2021-01', cases: 4, fine_sum: 31500 });
  });

  it('groups by law, article, sanction, party kind and region, under the case filters', async () => {
    expect((await groups('anonymous', 'group_by=law'))[0]).toMatchObject({ key: '网络安全法', cases: 8 });
    const art = await groups('anonymous', 'group_by=article&law=csl');
    expect(art.find((x) => x.key === '网络安全法第64条')).toMatchObject({
      label: '网络安全法第六十四条',
      cases: 3,
      fine_sum: 4500,
    });
    const sanction = await groups('anonymous', 'group_by=sanction');
    expect(sanction.find((x) => x.key === 'fine')).toMatchObject({
      label: '罚款',
      cases: 4,
      fine_sum: 21500,
    });
    expect(await groups('anonymous', `group_by=party_kind&q=${encodeURIComponent('个人信息')}`)).toEqual([
      { key: 'individual', label: '个人', cases: 2, fine_sum: 4500 },
      { key: 'organization', label: '单位', cases: 1, fine_sum: 0 }, // 西吉县某购物中心: 会员卡收集个人信息
    ]);
    expect(await groups('anonymous', 'group_by=region&sanction=detention')).toEqual([
      { key: '平罗县', label: '平罗县', cases: 1, fine_sum: 0 },
    ]);
  });

  it('gives the fine distribution', async () => {
    const res = await h.as('anonymous', { method: 'GET', url: '/api/stats/fines' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ fined_cases: 4, total_yuan: 21500, median_yuan: 2500, max_yuan: 15000 });
    expect(body.buckets[1]).toEqual({ min: 1000, max: 5000, label: '1000–5000元', cases: 3 });
    expect(body.buckets.at(-1)).toMatchObject({ min: 1000000, max: null, label: '100万元以上' });
  });

  it('400s a missing or unknown group_by, naming it', async () => {
    for (const query of ['', 'group_by=color']) {
      const res = await h.as('anonymous', { method: 'GET', url: `/api/stats?${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.field).toBe('group_by');
    }
    expect(
      (await h.as('anonymous', { method: 'GET', url: '/api/stats/fines?fine_max=abc' })).json().error.details
        .field,
    ).toBe('fine_max');
  });
});
