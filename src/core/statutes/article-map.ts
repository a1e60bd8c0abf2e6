/**
 * The article map between consecutive versions of a law (data/law/<law>-条文对照.tsv), answered both ways:
 * forward (old article → the article(s) of a later version carrying its rule) and backward.
 *
 * TSV: a header `article_<old>\tarticle_<new>\tchange\tnote` (version ids or their years), then one row per
 * article: old number, new number, change (same / renumbered / amended / new / deleted), a note. An empty side
 * is an added (new) or deleted article.
 *
 * Derived beyond the listed rows:
 * - a note naming where the rule went (“并入新第七十一条第一款第二项”) or came from (“吸收原第十八条第二款”) adds
 *   that old → new link: old 64 and 66 were deleted as articles, but their rules live on in new 71;
 * - several old articles → one new article: `merged`; one old article → several new: `split`.
 *
 * Chains over any number of versions: forward from the 2016 text to the latest passes every map between.
 */
import { DomainError } from '../shared/errors.js';
import { formatArticleLabel, parseChineseInteger } from '../shared/numerals.js';
import type { LawEntry } from './catalogue.js';
import type { ArticleChange, ArticleMapping } from './model.js';
import type { StatuteBase } from './statute-base.js';

const LISTED: readonly ArticleChange[] = [
  'same',
  'renumbered',
  'amended',
  'new',
  'deleted',
  'merged',
  'split',
];
const NUM = '[〇零一二三四五六七八九十百千两]+';
/** “新第七十一条” in a note: the rule went to that article of the newer version. */
const TO_NEW = new RegExp(`新第(${NUM})条`, 'gu');
/** “原第十八条” in a note: the rule came from that article of the older version. */
const FROM_OLD = new RegExp(`原第(${NUM})条`, 'gu');

const bad = (source: string, line: number, reason: string, text: string): DomainError =>
  new DomainError('UNREADABLE_INPUT', `${source} 第${line}行：${reason}`, { source, line, text });

/** The version of `law` a header column names: `article_2016` (year) or `article_2016-11-07` (id). */
function versionOfColumn(law: LawEntry, column: string, source: string): string {
  const key = column.replace(/^article_/, '');
  const matches = law.versions.filter((v) => v.id === key || v.id.startsWith(`${key}-`));
  if (matches.length !== 1) {
    throw bad(source, 1, `表头“${column}”不能唯一对应${law.name}的一个版本`, column);
  }
  return (matches[0] as { id: string }).id;
}

const numbersIn = (note: string, re: RegExp): number[] =>
  [...note.matchAll(re)].map((m) => parseChineseInteger(m[1] as string));

/**
 * Parses one map file and returns its rows with the derived links and kinds (merged / split).
 * The two versions must be consecutive versions of `law`.
 */
export function parseArticleMap(tsv: string, law: LawEntry, source = 'article map'): ArticleMapping[] {
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const head = (lines[0] ?? '').split('\t');
  if (head.length < 4 || head[2] !== 'change' || head[3] !== 'note') {
    throw bad(source, 1, '表头应为 article_<旧>\\tarticle_<新>\\tchange\\tnote', lines[0] ?? '');
  }
  const fromVersion = versionOfColumn(law, head[0] as string, source);
  const toVersion = versionOfColumn(law, head[1] as string, source);
  const fromIdx = law.versions.findIndex((v) => v.id === fromVersion);
  if (law.versions[fromIdx + 1]?.id !== toVersion) {
    throw bad(source, 1, `${fromVersion} 与 ${toVersion} 不是${law.name}相邻的两个版本`, lines[0] as string);
  }

  const listed: ArticleMapping[] = [];
  const num = (cell: string, line: number, text: string): number | null => {
    if (cell.trim() === '') return null;
    if (!/^\d+$/.test(cell.trim()) || Number(cell) < 1)
      throw bad(source, line, `条号“${cell}”不是正整数`, text);
    return Number(cell);
  };
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (text.trim() === '') return;
    const cells = text.split('\t');
    if (cells.length !== 4) throw bad(source, line, `应有4列，实有${cells.length}列`, text);
    const [f, t, c, note] = cells as [string, string, string, string];
    const from = num(f, line, text);
    const to = num(t, line, text);
    const change = c.trim() as ArticleChange;
    if (!LISTED.includes(change)) throw bad(source, line, `未知的变化类型“${c}”`, text);
    if (from === null && to === null) throw bad(source, line, '新旧条号不能都为空', text);
    if ((from === null) !== (change === 'new') || (to === null) !== (change === 'deleted')) {
      throw bad(
        source,
        line,
        `变化类型“${change}”与条号不符（新增条文旧条号为空，删除条文新条号为空）`,
        text,
      );
    }
    listed.push({ law: law.id, fromVersion, toVersion, from, to, change, note: note.trim() });
  });

  // Links the notes state: where a deleted or amended article's rule went, where a new article's came from.
  const links = new Map<string, ArticleMapping>();
  const key = (from: number, to: number): string => `${from}>${to}`;
  for (const row of listed) {
    if (row.from !== null && row.to !== null) links.set(key(row.from, row.to), row);
  }
  const derived: ArticleMapping[] = [];
  for (const row of listed) {
    const pairs: [number, number][] = [];
    if (row.from !== null) for (const to of numbersIn(row.note, TO_NEW)) pairs.push([row.from, to]);
    if (row.to !== null) for (const from of numbersIn(row.note, FROM_OLD)) pairs.push([from, row.to]);
    for (const [from, to] of pairs) {
      if (links.has(key(from, to))) continue;
      const link: ArticleMapping = { ...row, from, to, change: 'merged' };
      links.set(key(from, to), link);
      derived.push(link);
    }
  }
  // A deleted row whose rule moved elsewhere is replaced by the links; a new row keeps saying it is new.
  const movedAway = new Set(derived.map((d) => d.from));
  const rows = [...listed.filter((r) => !(r.change === 'deleted' && movedAway.has(r.from))), ...derived];

  const sources = new Map<number, number>();
  const targets = new Map<number, number>();
  for (const r of rows) {
    if (r.from === null || r.to === null) continue;
    sources.set(r.to, (sources.get(r.to) ?? 0) + 1);
    targets.set(r.from, (targets.get(r.from) ?? 0) + 1);
  }
  return rows
    .map((r): ArticleMapping => {
      if (r.from === null || r.to === null) return r;
      if ((sources.get(r.to) ?? 0) > 1) return { ...r, change: 'merged' };
      if ((targets.get(r.from) ?? 0) > 1) return { ...r, change: 'split' };
      return r;
    })
    .sort((a, b) => (a.from ?? a.to ?? 0) - (b.from ?? b.to ?? 0) || (a.to ?? 0) - (b.to ?? 0));
}

/** Where an article's rule is found in another version, through every map in between. */
export interface MappedArticle {
  /** Article number in the target version (forward) or source version (backward); null if none. */
  article: number | null;
  version: string;
  change: ArticleChange;
  /** The notes of each step, oldest first. */
  note: string;
  /** The rows followed. */
  path: ArticleMapping[];
}

const RANK: Record<ArticleChange, number> = {
  same: 0,
  renumbered: 1,
  amended: 2,
  split: 3,
  merged: 4,
  new: 5,
  deleted: 5,
};

/** The kind of change over several steps: the strongest step's, renumbered if only the number moved. */
function compose(path: ArticleMapping[], fromNumber: number, toNumber: number | null): ArticleChange {
  const terminal = path.find((p) => p.change === 'deleted' || p.change === 'new');
  if (terminal) return terminal.change;
  const strongest = path.reduce<ArticleChange>(
    (acc, p) => (RANK[p.change] > RANK[acc] ? p.change : acc),
    'same',
  );
  return strongest === 'same' && toNumber !== fromNumber ? 'renumbered' : strongest;
}

export class ArticleMap {
  private readonly steps: { from: string; to: string; rows: ArticleMapping[] }[] = [];

  /** `mappings`: the rows of every map file of the law (any order). */
  constructor(
    readonly law: LawEntry,
    mappings: readonly ArticleMapping[],
  ) {
    for (let i = 0; i + 1 < law.versions.length; i++) {
      const from = (law.versions[i] as { id: string }).id;
      const to = (law.versions[i + 1] as { id: string }).id;
      this.steps.push({
        from,
        to,
        rows: mappings.filter((m) => m.fromVersion === from && m.toVersion === to),
      });
    }
  }

  private index(version: string): number {
    const i = this.law.versions.findIndex((v) => v.id === version);
    if (i < 0) {
      throw new DomainError('UNKNOWN_VERSION', `${this.law.name}没有版本“${version}”`, {
        law: this.law.name,
        version,
        known: this.law.versions.map((v) => v.id),
      });
    }
    return i;
  }

  private step(i: number): ArticleMapping[] {
    const s = this.steps[i] as { from: string; to: string; rows: ArticleMapping[] };
    if (s.rows.length === 0) {
      throw new DomainError('NOT_FOUND', `${this.law.name}没有 ${s.from} 与 ${s.to} 之间的条文对照表`, {
        law: this.law.name,
        from: s.from,
        to: s.to,
      });
    }
    return s.rows;
  }

  /** All map rows (every step). */
  rows(): ArticleMapping[] {
    return this.steps.flatMap((s) => s.rows);
  }

  /** The rows of each step between consecutive versions, oldest first (empty rows: no map for that step). */
  stepRows(): { from: string; to: string; rows: ArticleMapping[] }[] {
    return this.steps.map((s) => ({ ...s, rows: [...s.rows] }));
  }

  /**
   * The article(s) of version `toVersion` (default: the latest) that carry the rule of `article` of
   * `fromVersion`. A deleted article whose rule did not move gives one result with article null.
   */
  forward(fromVersion: string, article: number, toVersion?: string): MappedArticle[] {
    const start = this.index(fromVersion);
    const end = this.index(toVersion ?? (this.law.versions.at(-1) as { id: string }).id);
    if (end < start)
      throw new DomainError('INVALID_INPUT', `目标版本 ${toVersion} 早于 ${fromVersion}`, {
        fromVersion,
        toVersion,
      });
    let frontier: { article: number | null; path: ArticleMapping[] }[] = [{ article, path: [] }];
    for (let i = start; i < end; i++) {
      const rows = this.step(i);
      frontier = frontier.flatMap((f) => {
        if (f.article === null) return [f];
        const next = rows.filter((r) => r.from === f.article);
        if (next.length === 0) {
          throw new DomainError(
            'UNKNOWN_ARTICLE',
            `${this.law.name}（${rows[0]?.fromVersion}）的条文对照表中没有${formatArticleLabel(f.article)}`,
            {
              law: this.law.name,
              version: rows[0]?.fromVersion,
              article: f.article,
            },
          );
        }
        return next.map((r) => ({ article: r.to, path: [...f.path, r] }));
      });
    }
    const version = (this.law.versions[end] as { id: string }).id;
    return this.finish(frontier, article, version);
  }

  /** The article(s) of version `fromVersion` (default: the earliest) whose rules `article` of `toVersion` carries. */
  backward(toVersion: string, article: number, fromVersion?: string): MappedArticle[] {
    const end = this.index(toVersion);
    const start = this.index(fromVersion ?? (this.law.versions[0] as { id: string }).id);
    if (end < start)
      throw new DomainError('INVALID_INPUT', `来源版本 ${fromVersion} 晚于 ${toVersion}`, {
        fromVersion,
        toVersion,
      });
    let frontier: { article: number | null; path: ArticleMapping[] }[] = [{ article, path: [] }];
    for (let i = end - 1; i >= start; i--) {
      const rows = this.step(i);
      frontier = frontier.flatMap((f) => {
        if (f.article === null) return [f];
        const prev = rows.filter((r) => r.to === f.article);
        if (prev.length === 0) {
          throw new DomainError(
            'UNKNOWN_ARTICLE',
            `${this.law.name}（${rows[0]?.toVersion}）的条文对照表中没有${formatArticleLabel(f.article)}`,
            {
              law: this.law.name,
              version: rows[0]?.toVersion,
              article: f.article,
            },
          );
        }
        return prev.map((r) => ({ article: r.from, path: [r, ...f.path] }));
      });
    }
    const version = (this.law.versions[start] as { id: string }).id;
    return this.finish(frontier, article, version);
  }

  private finish(
    frontier: { article: number | null; path: ArticleMapping[] }[],
    article: number,
    version: string,
  ): MappedArticle[] {
    const seen = new Set<string>();
    const out: MappedArticle[] = [];
    for (const f of frontier) {
      const k = String(f.article);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({
        article: f.article,
        version,
        change: f.path.length === 0 ? 'same' : compose(f.path, article, f.article),
        note: f.path
          .map((p) => p.note)
          .filter((n) => n !== '')
          .join(' → '),
        path: f.path,
      });
    }
    return out;
  }
}

/**
 * Checks a law's map rows against its texts: every article number a row names exists in its version, and
 * every article of both versions of each step appears on its side of that step's map. Returns the problems
 * found (empty when consistent).
 */
export function articleMapProblems(map: ArticleMap, base: StatuteBase): string[] {
  const problems: string[] = [];
  const numbers = new Map(base.versions(map.law).map((v) => [v.id, v.articles.map((a) => a.number)]));
  for (const step of map.stepRows()) {
    const fromNumbers = numbers.get(step.from) ?? [];
    const toNumbers = numbers.get(step.to) ?? [];
    const froms = new Set(step.rows.flatMap((r) => (r.from === null ? [] : [r.from])));
    const tos = new Set(step.rows.flatMap((r) => (r.to === null ? [] : [r.to])));
    for (const n of froms) if (!fromNumbers.includes(n)) problems.push(`${step.from} 没有第${n}条`);
    for (const n of tos) if (!toNumbers.includes(n)) problems.push(`${step.to} 没有第${n}条`);
    for (const n of fromNumbers) if (!froms.has(n)) problems.push(`${step.from} 第${n}条不在对照表中`);
    for (const n of toNumbers) if (!tos.has(n)) problems.push(`${step.to} 第${n}条不在对照表中`);
  }
  return problems;
}
