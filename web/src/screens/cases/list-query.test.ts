import { describe, expect, it } from 'vitest';
import { activeFilterCount, paramsFromQuery, queryFromParams, withFilter } from './list-query.js';

describe('case list query ⇄ address bar', () => {
  it('reads every filter and round-trips', () => {
    const url = new URLSearchParams(
      'q=个人信息&region=银川&law=网络安全法&article=64&sanction=fine&fine_min=1000&fine_max=5000&date_from=2021-01-01&date_to=2021-12-31&party_kind=individual&status=published&sort=fine&order=asc&page=2',
    );
    const q = queryFromParams(url);
    expect(q).toEqual({
      q: '个人信息',
      region: '银川',
      law: '网络安全法',
      article: 64,
      sanction: 'fine',
      fine_min: 1000,
      fine_max: 5000,
      date_from: '2021-01-01',
      date_to: '2021-12-31',
      party_kind: 'individual',
      status: 'published',
      sort: 'fine',
      order: 'asc',
      page: 2,
      page_size: 20,
    });
    expect(queryFromParams(paramsFromQuery(q))).toEqual(q);
  });

  it('drops malformed values instead of sending them', () => {
    const q = queryFromParams(
      new URLSearchParams(
        'article=abc&sanction=flogging&fine_min=-5&date_from=2021-13&party_kind=robot&page=0&page_size=5000&sort=evil',
      ),
    );
    expect(q).toEqual({ page: 1, page_size: 200 });
  });

  it('keeps page 1 and the default page size out of the address bar', () => {
    expect(paramsFromQuery({ q: '等级保护', page: 1, page_size: 20 }).toString()).toBe(
      `q=${encodeURIComponent('等级保护')}`,
    );
  });

  it('goes back to page 1 when a filter changes and removes cleared filters', () => {
    const q = withFilter(
      { q: '个人信息', region: '银川', page: 3, page_size: 20 },
      { region: undefined, sanction: 'warning' },
    );
    expect(q).toEqual({ q: '个人信息', sanction: 'warning', page: 1, page_size: 20 });
    expect(activeFilterCount(q)).toBe(1);
  });
});
