import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lawDataDir } from '../paths.js';
import { LAWS } from '../core/statutes/catalogue.js';
import { catalogueDateProblems } from '../core/statutes/catalogue-check.js';
import { articleMapProblems } from '../core/statutes/article-map.js';
import { DomainError } from '../core/shared/errors.js';
import { LawData, lawData, loadAllLaws } from './load.js';

describe('loading data/law', () => {
  const data = loadAllLaws();

  it('reads every version of every catalogued law, articles numbered 1..N', () => {
    const counts = Object.fromEntries(
      data.base
        .laws()
        .flatMap((l) => data.base.versions(l).map((v) => [`${l.name}(${v.id})`, v.articles.length])),
    );
    expect(counts).toMatchObject({
      '网络安全法(2016-11-07)': 79,
      '网络安全法(2025-10-28)': 81,
      '治安管理处罚法(2012-10-26)': 119,
      '治安管理处罚法(2025-06-27)': 144,
      '个人信息保护法(2021-08-20)': 74,
      '数据安全法(2021-06-10)': 55,
      '行政处罚法(2021-01-22)': 86,
      '关键信息基础设施安全保护条例(2021-07-30)': 51,
      '网络数据安全管理条例(2024-09-24)': 64,
      '计算机信息网络国际联网安全保护管理办法(2011-01-08)': 25,
    });
    expect(Object.keys(counts)).toHaveLength(LAWS.reduce((n, l) => n + l.versions.length, 0));
    for (const law of data.base.laws()) {
      for (const v of data.base.versions(law)) {
        expect(v.articles.map((a) => a.number)).toEqual(v.articles.map((_, i) => i + 1));
      }
    }
  });

  it('has catalogue dates that agree with what each text says', () => {
    const problems = LAWS.flatMap((law) =>
      law.versions.flatMap((entry) => catalogueDateProblems(law, entry, data.parsedText(entry.file))),
    );
    expect(problems).toEqual([]);
  });

  it('would notice a wrong effective date', () => {
    const csl = LAWS.find((l) => l.id === 'csl')!;
    const entry = { ...csl.versions[1]!, effective: '2025-12-01' };
    expect(catalogueDateProblems(csl, entry, data.parsedText(entry.file))).toEqual([
      '网络安全法(2025-10-28)：题注“自2026年1月1日起施行”，目录为 2025-12-01',
    ]);
    const old = { ...csl.versions[0]!, effective: '2016-11-07' };
    expect(catalogueDateProblems(csl, old, data.parsedText(old.file))).toHaveLength(1);
  });

  it('has article maps whose every row names existing articles and covers both texts', () => {
    for (const law of LAWS.filter((l) => l.articleMaps)) {
      expect(articleMapProblems(data.articleMap(law), data.base)).toEqual([]);
    }
    expect(
      data
        .articleMap('网络安全法')
        .forward('2016-11-07', 59)
        .map((r) => r.article),
    ).toEqual([61]);
  });

  it('answers the boundary dates of 网络安全法', () => {
    expect(data.base.versionAt('网络安全法', '2025-12-31').id).toBe('2016-11-07');
    expect(data.base.versionAt('网络安全法', '2026-01-01').id).toBe('2025-10-28');
  });
});

describe('caching and laziness', () => {
  it('returns one instance per directory and parses a law once', () => {
    expect(lawData()).toBe(lawData(lawDataDir));
    const a = lawData().base.versions('网络安全法');
    expect(lawData().base.versions('网安法')).toBe(a);
  });

  it('reads only the files of the laws asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangan-law-'));
    for (const f of ['网络安全法(2016-11-07).md', '网络安全法(2025-10-28).md'])
      copyFileSync(join(lawDataDir, f), join(dir, f));
    const partial = new LawData(dir);
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    expect(partial.base.article('网络安全法', 59, { at: '2021-06-01' }).version.id).toBe('2016-11-07');
    try {
      partial.base.versions('数据安全法');
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('UNREADABLE_INPUT');
      expect((e as DomainError).details.file).toBe('数据安全法(2021-06-10).md');
    }
    // The map file is missing too: asked for only when needed.
    expect(() => partial.articleMap('网络安全法')).toThrow(/网络安全法-条文对照.tsv/);
  });
});
