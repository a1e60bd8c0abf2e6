import { describe, expect, it } from 'vitest';
import type { ArticleChange } from '../../../../src/core/statutes/model.js';
import { countByFilter, matchesFilter } from './change-filter.js';

const pairs = (['same', 'same', 'renumbered', 'amended', 'merged', 'new', 'deleted'] as ArticleChange[]).map(
  (change) => ({
    change,
  }),
);

describe('change filter', () => {
  it('counts each kind and the changed ones', () => {
    expect(countByFilter(pairs)).toEqual({
      all: 7,
      changed: 4,
      amended: 2,
      new: 1,
      deleted: 1,
      renumbered: 1,
      same: 2,
    });
  });
  it('treats merged and split articles as amended', () => {
    expect(matchesFilter({ change: 'split' }, 'amended')).toBe(true);
    expect(matchesFilter({ change: 'renumbered' }, 'amended')).toBe(false);
    expect(matchesFilter({ change: 'same' }, 'changed')).toBe(false);
    expect(matchesFilter({ change: 'renumbered' }, 'changed')).toBe(false);
    expect(matchesFilter({ change: 'new' }, 'changed')).toBe(true);
  });
});
