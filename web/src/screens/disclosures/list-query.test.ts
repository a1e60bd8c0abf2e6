import { describe, expect, it } from 'vitest';
import { apiQuery, listQueryFromParams, paramsOf, withFilters } from './list-query.js';

// The public list pages on the server (GET /api/disclosures takes limit ≤ 200 and offset and reports the total).
describe('the public 双公示 list query', () => {
  it('asks the server for the page shown: offset = (page − 1) × page size', () => {
    const q = listQueryFromParams(new URLSearchParams('agency=某县公安局&page=3&page_size=50'));
    expect(apiQuery(q)).toEqual({ agency: '某县公安局', limit: 50, offset: 100 });
    expect(apiQuery(listQueryFromParams(new URLSearchParams()))).toEqual({ limit: 20, offset: 0 });
  });

  it('falls back to page 1 and 20 a page for malformed or oversized values (the API takes at most 200)', () => {
    const q = listQueryFromParams(new URLSearchParams('page=0&page_size=500&q=%20'));
    expect(q).toEqual({ filters: {}, page: 1, pageSize: 20 });
    expect(listQueryFromParams(new URLSearchParams('page=x&page_size=200')).pageSize).toBe(200);
  });

  it('writes the address bar without defaults, and starts again at page 1 when a filter changes', () => {
    const q = listQueryFromParams(new URLSearchParams('q=科技&page=4'));
    expect(paramsOf(q).toString()).toBe(new URLSearchParams('q=科技&page=4').toString());
    const changed = withFilters(q, { q: undefined, from: '2026-01-01' });
    expect(changed).toEqual({ filters: { from: '2026-01-01' }, page: 1, pageSize: 20 });
    expect(paramsOf(changed).toString()).toBe('from=2026-01-01');
  });
});
