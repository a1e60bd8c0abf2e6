/** The filters of the 新旧对照 view: all, any change, or one kind of change. */
import type { ArticleChange } from '../../../../src/core/statutes/model.js';

export type ChangeFilter = 'all' | 'changed' | 'amended' | 'new' | 'deleted' | 'renumbered' | 'same';

export const CHANGE_FILTERS: readonly { value: ChangeFilter; label: string }[] = [
  { value: 'changed', label: '内容有变化' },
  { value: 'amended', label: '修改' },
  { value: 'new', label: '新增' },
  { value: 'deleted', label: '删除' },
  { value: 'renumbered', label: '仅条号变化' },
  { value: 'same', label: '未变' },
  { value: 'all', label: '全部' },
];

export function matchesFilter(pair: { change: ArticleChange }, filter: ChangeFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'changed':
      // words changed: a renumbered article keeps its words
      return pair.change !== 'same' && pair.change !== 'renumbered';
    case 'amended':
      // merged and split articles are amendments too: their words changed
      return pair.change === 'amended' || pair.change === 'merged' || pair.change === 'split';
    default:
      return pair.change === filter;
  }
}

export function countByFilter(pairs: readonly { change: ArticleChange }[]): Record<ChangeFilter, number> {
  const counts = {} as Record<ChangeFilter, number>;
  for (const { value } of CHANGE_FILTERS) counts[value] = pairs.filter((p) => matchesFilter(p, value)).length;
  return counts;
}
