import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { ArticleMap, articleMapProblems, parseArticleMap } from './article-map.js';
import { findLaw, type LawEntry } from './catalogue.js';
import { parseStatute } from './parse-statute.js';
import { buildLawVersions, StatuteBase } from './statute-base.js';

const read = (file: string): string =>
  readFileSync(new URL(`../../../data/law/${file}`, import.meta.url), 'utf8');
const csl = findLaw('网络安全法')!;
const cslMap = csl.articleMaps![0]!;
const rows = parseArticleMap(read(cslMap), csl, cslMap);
const map = new ArticleMap(csl, rows);
const OLD = '2016-11-07';
const NEW = '2025-10-28';

describe('网络安全法 2016 ↔ 2025 article map', () => {
  it('maps old 59 forward to new 61, amended, with the note', () => {
    const [r, ...rest] = map.forward(OLD, 59);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ article: 61, version: NEW, change: 'amended' });
    expect(r!.note).toContain('CII运营者');
  });

  it('maps new 61 backward to old 59', () => {
    expect(map.backward(NEW, 61).map((r) => [r.article, r.version, r.change])).toEqual([
      [59, OLD, 'amended'],
    ]);
  });

  it('maps deleted old 64 and 66 into new 71 as merged, with the note saying so', () => {
    const [r64] = map.forward(OLD, 64);
    expect(r64).toMatchObject({ article: 71, change: 'merged' });
    expect(r64!.note).toContain('新第七十一条第二款');
    expect(map.forward(OLD, 66).map((r) => [r.article, r.change])).toEqual([[71, 'merged']]);
    expect(
      map
        .backward(NEW, 71)
        .map((r) => r.article)
        .sort(),
    ).toEqual([64, 66, 70]);
  });

  it('keeps renumbered and unchanged articles', () => {
    expect(map.forward(OLD, 1).map((r) => [r.article, r.change])).toEqual([[1, 'same']]);
    expect(map.forward(OLD, 67).map((r) => [r.article, r.change])).toEqual([[68, 'renumbered']]);
    expect(map.forward(OLD, 21).map((r) => [r.article, r.change])).toEqual([[23, 'renumbered']]);
  });

  it('says new 3 has no old article', () => {
    expect(map.backward(NEW, 3).map((r) => [r.article, r.change])).toEqual([[null, 'new']]);
  });

  it('derives split from the notes: old 18 went into new 19 and new 20', () => {
    expect(map.forward(OLD, 18).map((r) => [r.article, r.change])).toEqual([
      [19, 'split'],
      [20, 'split'],
    ]);
    expect(map.backward(NEW, 20).map((r) => r.article)).toEqual([18, null]);
  });

  it('mentions every article of both texts, and only articles that exist', () => {
    const v = (file: string) => parseStatute(read(file), file).articles;
    const base = new StatuteBase(buildLawVersions(csl, (e) => v(e.file)));
    expect(articleMapProblems(map, base)).toEqual([]);
    const broken = new ArticleMap(csl, [...rows, { ...rows[0]!, from: 99, to: 99 }]);
    expect(articleMapProblems(broken, base)).toEqual([`${OLD} 没有第99条`, `${NEW} 没有第99条`]);
  });

  it('answers both directions consistently for every row', () => {
    for (const r of rows) {
      if (r.from !== null) expect(map.forward(OLD, r.from).map((m) => m.article)).toContain(r.to);
      if (r.to !== null) expect(map.backward(NEW, r.to).map((m) => m.article)).toContain(r.from);
    }
    const kinds = new Set(rows.map((r) => r.change));
    expect([...kinds].sort()).toEqual(['amended', 'merged', 'new', 'renumbered', 'same', 'split']);
  });

  it('is the identity for the same version, and names an unknown article or version', () => {
    expect(map.forward(NEW, 61, NEW).map((r) => [r.article, r.change])).toEqual([[61, 'same']]);
    expect(() => map.forward(OLD, 80)).toThrow(DomainError);
    expect(() => map.forward('2017-06-01', 1)).toThrow(/没有版本/);
    expect(() => map.forward(NEW, 1, OLD)).toThrow(DomainError);
  });
});

describe('chains over more than two versions', () => {
  const law: LawEntry = {
    ...csl,
    id: 'x',
    name: '测试法',
    versions: [
      { id: '2001-01-01', file: 'a.md', adopted: '2001-01-01', effective: '2001-06-01', basis: '' },
      { id: '2010-01-01', file: 'b.md', adopted: '2010-01-01', effective: '2010-06-01', basis: '' },
      { id: '2020-01-01', file: 'c.md', adopted: '2020-01-01', effective: '2020-06-01', basis: '' },
    ],
  };
  const step1 = parseArticleMap(
    'article_2001\tarticle_2010\tchange\tnote\n1\t1\tsame\t\n2\t3\trenumbered\t顺延\n\t2\tnew\t新增\n3\t\tdeleted\t并入新第三条\n',
    law,
  );
  const step2 = parseArticleMap(
    'article_2010-01-01\tarticle_2020-01-01\tchange\tnote\n1\t1\tsame\t\n2\t\tdeleted\t删除\n3\t2\tamended\t修改罚款\n',
    law,
  );
  const chain = new ArticleMap(law, [...step2, ...step1]);

  it('composes the kinds and notes of every step', () => {
    expect(chain.forward('2001-01-01', 1).map((r) => [r.article, r.change])).toEqual([[1, 'same']]);
    const [r2] = chain.forward('2001-01-01', 2);
    expect(r2).toMatchObject({ article: 2, version: '2020-01-01', change: 'merged' });
    expect(r2!.path).toHaveLength(2);
    expect(r2!.note).toBe('顺延 → 修改罚款');
    expect(chain.forward('2001-01-01', 3).map((r) => [r.article, r.change])).toEqual([[2, 'merged']]);
    expect(chain.forward('2001-01-01', 2, '2010-01-01').map((r) => r.article)).toEqual([3]);
  });

  it('goes backward through every step', () => {
    expect(
      chain
        .backward('2020-01-01', 2)
        .map((r) => r.article)
        .sort(),
    ).toEqual([2, 3]);
    expect(chain.forward('2010-01-01', 2).map((r) => [r.article, r.change])).toEqual([[null, 'deleted']]);
  });

  it('reports a missing step', () => {
    const gap = new ArticleMap(law, step1);
    expect(() => gap.forward('2001-01-01', 1)).toThrow(/没有 2010-01-01 与 2020-01-01 之间的条文对照表/);
  });
});

describe('parseArticleMap rejects malformed files naming the line', () => {
  const head = 'article_2016\tarticle_2025\tchange\tnote\n';
  it.each([
    ['bad header', 'a\tb\n1\t1\tsame\tx', 1],
    ['unknown kind', `${head}1\t1\tmoved\tx`, 2],
    ['new with an old number', `${head}1\t2\tnew\tx`, 2],
    ['deleted with a new number', `${head}\n3\t4\tdeleted\tx`, 3],
    ['not a number', `${head}一\t1\tsame\tx`, 2],
    ['wrong column count', `${head}1\t1\tsame`, 2],
  ])('%s', (_name, tsv, line) => {
    try {
      parseArticleMap(tsv, csl, 'm.tsv');
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('UNREADABLE_INPUT');
      expect((e as DomainError).details).toMatchObject({ source: 'm.tsv', line });
    }
  });

  it('rejects versions that are not consecutive', () => {
    expect(() => parseArticleMap('article_2025\tarticle_2016\tchange\tnote\n', csl)).toThrow(
      /不是网络安全法相邻/,
    );
  });
});
