/**
 * The case list's filters live in the address bar (so a search can be bookmarked, shared and reloaded):
 * URLSearchParams ⇄ the API's list query. Unknown or malformed values are dropped, not sent.
 */
import type { CaseListQuery } from '../../api/endpoints.js';
import { SANCTION_KINDS, type SanctionKind } from '../../../../src/core/shared/case-record.js';

const TEXT_KEYS = ['q', 'region', 'agency', 'law'] as const;
const SORTS = ['date', 'fine', 'title', 'created_at'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(s: string | null): number | undefined {
  if (s === null || !/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 ? n : undefined;
}

function nonNegative(s: string | null): number | undefined {
  if (s === null || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export const DEFAULT_PAGE_SIZE = 20;

export function queryFromParams(params: URLSearchParams): CaseListQuery {
  const q: CaseListQuery = {};
  for (const k of TEXT_KEYS) {
    const v = params.get(k)?.trim();
    if (v) q[k] = v;
  }
  const article = positiveInt(params.get('article'));
  if (article) q.article = article;
  const sanction = params.get('sanction');
  if (sanction && (SANCTION_KINDS as readonly string[]).includes(sanction))
    q.sanction = sanction as SanctionKind;
  const fineMin = nonNegative(params.get('fine_min'));
  const fineMax = nonNegative(params.get('fine_max'));
  if (fineMin !== undefined) q.fine_min = fineMin;
  if (fineMax !== undefined) q.fine_max = fineMax;
  for (const k of ['date_from', 'date_to'] as const) {
    const v = params.get(k);
    if (v && ISO.test(v)) q[k] = v;
  }
  const party = params.get('party_kind');
  if (party === 'individual' || party === 'organization') q.party_kind = party;
  const status = params.get('status');
  if (status === 'published' || status === 'internal') q.status = status;
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) q.sort = sort as (typeof SORTS)[number];
  const order = params.get('order');
  if (order === 'asc' || order === 'desc') q.order = order;
  q.page = positiveInt(params.get('page')) ?? 1;
  q.page_size = Math.min(positiveInt(params.get('page_size')) ?? DEFAULT_PAGE_SIZE, 200);
  return q;
}

export function paramsFromQuery(q: CaseListQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    if (k === 'page' && v === 1) continue;
    if (k === 'page_size' && v === DEFAULT_PAGE_SIZE) continue;
    p.set(k, String(v));
  }
  return p;
}

/** Changing a filter starts again at page 1. */
export function withFilter(q: CaseListQuery, patch: Partial<CaseListQuery>): CaseListQuery {
  const next: CaseListQuery = { ...q, ...patch, page: 1 };
  for (const [k, v] of Object.entries(patch))
    if (v === undefined || v === null || v === '') delete next[k as keyof CaseListQuery];
  return next;
}

/** How many filters (beyond the text query) are set: shown on the phone's 筛选 button. */
export function activeFilterCount(q: CaseListQuery): number {
  const keys: (keyof CaseListQuery)[] = [
    'region',
    'agency',
    'law',
    'article',
    'sanction',
    'fine_min',
    'fine_max',
    'date_from',
    'date_to',
    'party_kind',
    'status',
  ];
  return keys.filter((k) => q[k] !== undefined).length;
}
