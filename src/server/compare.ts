/**
 * 新旧对照: pairs the articles of two versions through the article map (old 59 → new 61, merged, split, new,
 * deleted) and marks the changed characters. Without a map between the two versions, articles pair by number.
 */
import { diffText, type DiffOp } from '../core/shared/text-diff.js';
import type { ArticleChange, StatuteArticle } from '../core/statutes/model.js';
import type { MapRow } from '../db/repositories/statutes.js';

export interface Pair {
  old: StatuteArticle | null;
  new: StatuteArticle | null;
  change: ArticleChange;
  note: string;
  diff: DiffOp[];
}

const REVERSED: Record<ArticleChange, ArticleChange> = {
  same: 'same',
  renumbered: 'renumbered',
  amended: 'amended',
  merged: 'split',
  split: 'merged',
  deleted: 'new',
  new: 'deleted',
};

/** Article body without its 第N条 label, so that renumbering alone is not shown as a text change. */
const body = (a: StatuteArticle): string => a.text.replace(/^第[一二三四五六七八九十百零〇两\d]+条\s*/, '');

export function comparePairs(
  oldArticles: readonly StatuteArticle[],
  newArticles: readonly StatuteArticle[],
  forward: readonly MapRow[],
  backward: readonly MapRow[],
): Pair[] {
  const rows: MapRow[] = forward.length
    ? [...forward]
    : backward.map((r) => ({ from: r.to, to: r.from, change: REVERSED[r.change], note: r.note }));
  // A new article the map lists as new is shown once, as new: the links the map derives into it from old
  // articles' notes (「移入新第二十条」) trace where a rule went, and the old article is shown where the map puts it.
  // Likewise, read backwards, for an article listed as deleted.
  const listedNew = new Set(rows.filter((r) => r.from === null).map((r) => r.to));
  const listedDeleted = new Set(rows.filter((r) => r.to === null).map((r) => r.from));
  const shownRows = rows.filter(
    (r) => r.from === null || r.to === null || !(listedNew.has(r.to) || listedDeleted.has(r.from)),
  );
  const oldBy = new Map(oldArticles.map((a) => [a.number, a]));
  const newBy = new Map(newArticles.map((a) => [a.number, a]));
  const pairs: Pair[] = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  for (const r of shownRows) {
    const o = r.from === null ? null : (oldBy.get(r.from) ?? null);
    const n = r.to === null ? null : (newBy.get(r.to) ?? null);
    if (!o && !n) continue;
    if (o) usedOld.add(o.number);
    if (n) usedNew.add(n.number);
    pairs.push(pair(o, n, r.change, r.note));
  }
  // Articles the map does not mention (or no map at all): pair by number.
  for (const o of oldArticles) {
    if (usedOld.has(o.number)) continue;
    const n = usedNew.has(o.number) ? null : (newBy.get(o.number) ?? null);
    if (n) usedNew.add(n.number);
    const change: ArticleChange = !n ? 'deleted' : body(o) === body(n) ? 'same' : 'amended';
    pairs.push(pair(o, n, change, rows.length ? '条文对照表未列出，按条号对应' : ''));
  }
  for (const n of newArticles) if (!usedNew.has(n.number)) pairs.push(pair(null, n, 'new', ''));
  return pairs.sort(
    (a, b) =>
      (a.new?.number ?? a.old!.number + 0.5) - (b.new?.number ?? b.old!.number + 0.5) ||
      (a.old?.number ?? 0) - (b.old?.number ?? 0),
  );
}

function pair(o: StatuteArticle | null, n: StatuteArticle | null, change: ArticleChange, note: string): Pair {
  return { old: o, new: n, change, note, diff: diffText(o ? body(o) : '', n ? body(n) : '') };
}
