/**
 * The public 双公示 list's address bar ⇄ the API's query: the filters (agency, decision days, keyword) and the page,
 * which the server cuts (`limit`/`offset`), so the table's total is the server's, not the page's length.
 */
import type { PublicDisclosureQuery } from '../../api/disclosures.js';

export const FILTER_KEYS = ['agency', 'from', 'to', 'q'] as const;
export const PAGE_SIZES = [20, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 20;

export type DisclosureFilters = Pick<PublicDisclosureQuery, (typeof FILTER_KEYS)[number]>;

export interface DisclosureListQuery {
  filters: DisclosureFilters;
  page: number;
  pageSize: number;
}

function positiveInt(s: string | null): number | undefined {
  if (s === null || !/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 ? n : undefined;
}

/** Reads the address bar; a page size the API does not take (above 200) or a malformed page falls back. */
export function listQueryFromParams(params: URLSearchParams): DisclosureListQuery {
  const filters: DisclosureFilters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) filters[k] = v;
  }
  const size = positiveInt(params.get('page_size'));
  return {
    filters,
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: size && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The API query of a page: the filters with `limit` and `offset`. */
export function apiQuery(q: DisclosureListQuery): PublicDisclosureQuery {
  return { ...q.filters, limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
}

/** The address bar of a query; page 1 and the default size are left out. A filter changed starts at page 1. */
export function paramsOf(q: DisclosureListQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = q.filters[k];
    if (v) p.set(k, v);
  }
  if (q.page > 1) p.set('page', String(q.page));
  if (q.pageSize !== DEFAULT_PAGE_SIZE) p.set('page_size', String(q.pageSize));
  return p;
}

export function withFilters(q: DisclosureListQuery, patch: DisclosureFilters): DisclosureListQuery {
  const filters: DisclosureFilters = { ...q.filters };
  for (const [k, v] of Object.entries(patch) as [keyof DisclosureFilters, string | undefined][]) {
    if (v) filters[k] = v;
    else delete filters[k];
  }
  return { ...q, filters, page: 1 };
}
