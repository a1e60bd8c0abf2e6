import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../shared/errors.js';
import { findLaw, type LawEntry } from './catalogue.js';
import { parseStatute } from './parse-statute.js';
import { assertDay, buildLawVersions, StatuteBase } from './statute-base.js';

const articlesOf = (file: string) =>
  parseStatute(readFileSync(new URL(`../../../data/law/${file}`, import.meta.url), 'utf8'), file).articles;

const csl = findLaw('网络安全法')!;
const base = new StatuteBase(buildLawVersions(csl, (e) => articlesOf(e.file)));

const codeOf = (f: () => unknown): [string, Record<string, unknown>] => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return [e.code, e.details];
    throw e;
  }
  throw new Error('expected a DomainError');
};

describe('StatuteBase versions', () => {
  it('derives superseded dates from the next version', () => {
    const vs = base.versions('网安法');
    expect(vs.map((v) => [v.id, v.effective, v.superseded])).toEqual([
      ['2016-11-07', '2017-06-01', '2026-01-01'],
      ['2025-10-28', '2026-01-01', null],
    ]);
    expect(base.laws().map((l) => l.id)).toEqual(['csl']);
  });

  it('picks the version in force on the boundaries', () => {
    expect(base.versionAt('网络安全法', '2017-06-01').id).toBe('2016-11-07');
    expect(base.versionAt('网络安全法', '2025-12-31').id).toBe('2016-11-07');
    expect(base.versionAt('中华人民共和国网络安全法', '2026-01-01').id).toBe('2025-10-28');
    expect(base.versionAt('csl', '2030-05-05').id).toBe('2025-10-28');
  });

  it('gives every day from 2017-06-01 on exactly the version whose interval holds it', () => {
    const day = fc
      .date({
        min: new Date('2017-06-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const v = base.versionAt('网络安全法', d);
        expect(v.effective <= d && (v.superseded === null || d < v.superseded)).toBe(true);
        expect(v.id).toBe(d < '2026-01-01' ? '2016-11-07' : '2025-10-28');
      }),
      { numRuns: 500 },
    );
  });

  it('has no version before the first took effect', () => {
    const [code, details] = codeOf(() => base.versionAt('网络安全法', '2017-05-31'));
    expect(code).toBe('NO_VERSION_IN_FORCE');
    expect(details).toMatchObject({ law: '网络安全法', date: '2017-05-31', firstEffective: '2017-06-01' });
  });

  it('rejects malformed dates, unknown laws and unknown versions naming the input', () => {
    expect(codeOf(() => base.versionAt('网络安全法', '2021-13-01'))).toEqual([
      'INVALID_DATE',
      { field: 'date', value: '2021-13-01' },
    ]);
    expect(codeOf(() => assertDay('2021-06'))[0]).toBe('INVALID_DATE');
    expect(codeOf(() => base.versionAt('网络法', '2021-01-01'))).toEqual(['UNKNOWN_LAW', { law: '网络法' }]);
    expect(codeOf(() => base.versions('数据安全法'))).toEqual(['UNKNOWN_LAW', { law: '数据安全法' }]);
    const [code, details] = codeOf(() => base.versionById('网络安全法', '2017-06-01'));
    expect(code).toBe('UNKNOWN_VERSION');
    expect(details).toMatchObject({ version: '2017-06-01', known: ['2016-11-07', '2025-10-28'] });
    expect(base.versionById('网络安全法', '2025-10-28').effective).toBe('2026-01-01');
  });

  it('refuses a catalogue whose versions do not follow each other', () => {
    const bad: LawEntry = { ...csl, versions: [csl.versions[1]!, csl.versions[0]!] };
    expect(codeOf(() => buildLawVersions(bad, () => []))[0]).toBe('CONFLICT');
  });
});

describe('StatuteBase articles', () => {
  it('finds an article by number or label, by date or by version', () => {
    const old59 = base.article('网络安全法', 59, { at: '2021-06-01' });
    expect(old59.version.id).toBe('2016-11-07');
    expect(old59.article.text.startsWith('第五十九条 网络运营者不履行本法第二十一条、第二十五条')).toBe(true);
    const new61 = base.article('网络安全法', '第六十一条', { version: '2025-10-28' });
    expect(new61.article.text).toContain('第二十三条');
    expect(base.article('网络安全法', '61', { at: '2026-01-01' }).article).toBe(new61.article);
  });

  it('says which article is missing', () => {
    const [code, details] = codeOf(() => base.article('网络安全法', 80, { version: '2016-11-07' }));
    expect(code).toBe('UNKNOWN_ARTICLE');
    expect(details).toEqual({ law: '网络安全法', version: '2016-11-07', article: 80, count: 79 });
    expect(codeOf(() => base.article('网络安全法', '第零条', { version: '2016-11-07' }))[0]).toBe(
      'INVALID_INPUT',
    );
  });

  it('searches article texts, optionally at a date', () => {
    const all = base.searchArticles('关键信息基础设施');
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((h) => h.article.text.slice(h.index).startsWith('关键信息基础设施'))).toBe(true);
    const ai = base.searchArticles('人工智能', { at: '2026-02-01' });
    expect(ai.map((h) => h.article.number)).toContain(20);
    expect(ai.every((h) => h.version.id === '2025-10-28')).toBe(true);
    expect(base.searchArticles('人工智能', { at: '2020-01-01' })).toEqual([]);
    expect(base.searchArticles('网络', { limit: 3 })).toHaveLength(3);
    expect(codeOf(() => base.searchArticles('  '))[0]).toBe('INVALID_INPUT');
  });

  it('loads laws lazily through a loader, once', () => {
    let calls = 0;
    const lazy = new StatuteBase([], (law) => {
      calls++;
      return buildLawVersions(law, (e) => articlesOf(e.file));
    });
    expect(lazy.versionAt('数安法', '2022-01-01').articles).toHaveLength(55);
    expect(lazy.article('数据安全法', 45, { at: '2022-01-01' }).article.label).toBe('第四十五条');
    expect(calls).toBe(1);
  });
});
