import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness } from './harness.js';

describe.each(testEngines())('statute routes on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { now: () => new Date('2026-03-01T00:00:00Z') });
  });
  afterAll(async () => h?.close());
  const get = (url: string) => h.app.inject({ method: 'GET', url });

  it('lists every law with its versions and superseded dates', async () => {
    const res = await get('/api/laws');
    expect(res.statusCode).toBe(200);
    const csl = res.json().find((l: { id: string }) => l.id === 'csl');
    expect(csl).toMatchObject({ name: '网络安全法', title: '中华人民共和国网络安全法', kind: 'law' });
    expect(csl.versions).toEqual([
      expect.objectContaining({
        id: '2016-11-07',
        effective: '2017-06-01',
        superseded: '2026-01-01',
        article_count: 79,
      }),
      expect.objectContaining({ id: '2025-10-28', effective: '2026-01-01', superseded: null }),
    ]);
  });

  it('gives all articles of a version, with paragraphs and items', async () => {
    const res = await get('/api/laws/csl/versions/2016-11-07/articles');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version.id).toBe('2016-11-07');
    expect(body.articles).toHaveLength(79);
    const a21 = body.articles.find((a: { number: number }) => a.number === 21);
    expect(a21.label).toBe('第二十一条');
    expect(a21.paragraphs[0].items.length).toBeGreaterThanOrEqual(5);
  });

  it('picks the version in force on the date (at), and today by default', async () => {
    const old = await get('/api/laws/csl/articles/59?at=2021-05-01');
    expect(old.statusCode).toBe(200);
    expect(old.json().version).toEqual({
      id: '2016-11-07',
      effective: '2017-06-01',
      superseded: '2026-01-01',
    });
    expect(old.json().article.text).toMatch(/^第五十九条/);
    const now = await get('/api/laws/网络安全法/articles/61');
    expect(now.json().version.id).toBe('2025-10-28');
  });

  it('404s an unknown law, version, article or a date before the law; 400s a malformed date', async () => {
    expect((await get('/api/laws/nolaw/articles/1')).json().error.code).toBe('UNKNOWN_LAW');
    expect((await get('/api/laws/csl/versions/1999-01-01/articles')).statusCode).toBe(404);
    const art = await get('/api/laws/csl/articles/500?at=2021-01-01');
    expect(art.statusCode).toBe(404);
    expect(art.json().error).toMatchObject({ code: 'UNKNOWN_ARTICLE', details: { field: 'number' } });
    const early = await get('/api/laws/csl/articles/1?at=2010-01-01');
    expect(early.statusCode).toBe(404);
    expect(early.json().error.code).toBe('NO_VERSION_IN_FORCE');
    const bad = await get('/api/laws/csl/articles/1?at=2021-13-01x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.field).toBe('at');
    expect((await get('/api/laws/csl/articles/abc')).json().error.details.field).toBe('number');
  });

  it('compares 2016 and 2025 through the article map, with character diffs', async () => {
    const res = await get('/api/laws/csl/compare?from=2016-11-07&to=2025-10-28');
    expect(res.statusCode).toBe(200);
    const pairs = res.json().pairs as {
      old: { number: number } | null;
      new: { number: number } | null;
      change: string;
      diff: { op: string; text: string }[];
    }[];
    const p59 = pairs.find((p) => p.old?.number === 59)!;
    expect(p59.new?.number).toBe(61);
    expect(p59.change).toBe('amended');
    expect(p59.diff.some((d) => d.op === 'insert')).toBe(true);
    const p58 = pairs.find((p) => p.old?.number === 58)!;
    expect(p58).toMatchObject({ new: { number: 60 }, change: 'renumbered' });
    expect(p58.diff.every((d) => d.op === 'equal')).toBe(true);
    expect(pairs.find((p) => p.old === null && p.new?.number === 3)?.change).toBe('new');
    // old 64 lives on in new 71 (derived from the map's notes).
    expect(pairs.some((p) => p.old?.number === 64 && p.new?.number === 71)).toBe(true);
    // 新增第二十条 (the map: 「新增：人工智能条款…第二款吸收原第十八条第二款」) is listed once, as new; old 18 → new 19.
    expect(pairs.filter((p) => p.new?.number === 20)).toMatchObject([{ old: null, change: 'new' }]);
    expect(pairs.filter((p) => p.old?.number === 18)).toMatchObject([{ new: { number: 19 } }]);
    const reverse = await get('/api/laws/csl/compare?from=2025-10-28&to=2016-11-07');
    expect(
      reverse.json().pairs.find((p: { old: { number: number } | null }) => p.old?.number === 61).new.number,
    ).toBe(59);
    expect(
      reverse.json().pairs.filter((p: { old: { number: number } | null }) => p.old?.number === 20),
    ).toMatchObject([{ new: null, change: 'deleted' }]);
  });

  it('validates compare: missing `to` is a 400 naming it; an unknown version 404 naming it', async () => {
    const res = await get('/api/laws/csl/compare?from=2016-11-07');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.field).toBe('to');
    const unknown = await get('/api/laws/csl/compare?from=2016-11-07&to=2030-01-01');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'UNKNOWN_VERSION', details: { field: 'to' } });
  });

  it('searches articles in Chinese, current versions first, with a snippet', async () => {
    const res = await get(`/api/statutes/search?q=${encodeURIComponent('个人信息')}&law=csl&limit=5`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.length).toBe(5);
    expect(items[0]).toMatchObject({ law: 'csl', law_name: '网络安全法', version: '2025-10-28' });
    expect(items[0].snippet).toContain('个人信息');
    const dj = await get(`/api/statutes/search?q=${encodeURIComponent('等级保护')}&law=csl`);
    expect(
      dj.json().items.map((i: { article: number; version: string }) => `${i.version}/${i.article}`),
    ).toContain('2016-11-07/21');
    expect((await get('/api/statutes/search?q=')).statusCode).toBe(400);
    expect((await get('/api/statutes/search?q=x&limit=1000')).json().error.details.field).toBe('limit');
  });
});
