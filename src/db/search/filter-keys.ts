/**
 * Filter keys: the case list's filters written as tokens beside a case's words in the text index (issue 12), so one
 * index lookup answers "these words, in 银川, published, fined" instead of reading every case with the words and
 * testing the filters row by row. SQLite keeps them in their own FTS5 column (`case_search.filter_keys`), PostgreSQL
 * in the same tsvector, each written `key.k` (migrations 0016, 0017; postgres/search.ts).
 *
 * A key is a letter z, a letter naming the filter and its value in hex (ASCII letters and digits only, so both
 * engines' tokenizers keep it whole). Region and agency are keyed character by character in order, so a substring
 * filter is a phrase of its characters: exactly the substring test, not an approximation. Dates are keyed by the
 * years the case's date spans: exact for a range of whole years, a superset otherwise (the SQL test stays then);
 * fines by the bucket bounds they reach, likewise exact for a lower bound at one of them.
 */
import type { CaseRecord } from '../../core/shared/case-record.js';
import { dateSpan, assertPartialDate } from '../../core/shared/dates.js';
import { findLaw } from '../../core/statutes/catalogue.js';
import { fineTotal } from '../repositories/case-rows.js';
import { FINE_BUCKETS } from '../repositories/fine-buckets.js';

/** Tokens that must occur one after the other (one token: just that token). */
export type KeyPhrase = readonly string[];
/** Any one of these phrases. */
export type KeyGroup = readonly KeyPhrase[];

/** The filters the keys can express; `KeyQuery.exact` lists those they express exactly. */
export type KeyedFilter =
  'status' | 'region' | 'agency' | 'party_kind' | 'law' | 'sanction' | 'dates' | 'fine_min';

export interface KeyQuery {
  /** Every group must match. */
  groups: KeyGroup[];
  /** Filters the groups express exactly: their SQL test can be left out. */
  exact: Set<KeyedFilter>;
}

export interface KeyFilter {
  fine_min?: number;
  region?: string;
  agency?: string;
  law?: string;
  article?: number;
  sanction?: string;
  date_from?: string;
  date_to?: string;
  party_kind?: string;
  status?: string;
}

/**
 * A case's fine total is keyed by each of these it reaches (the fine distribution's bucket bounds): a lower bound
 * of a fine filter is exact at one of them, and the largest one below it narrows the match otherwise.
 */
const FINE_STEPS = FINE_BUCKETS.map(([min]) => min).filter((min) => min > 0);

/** A range of dates is keyed as its years only when it spans at most this many (else the SQL test alone). */
const MAX_KEYED_YEARS = 50;

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
const key = (kind: string, value: string): string => `z${kind}${hex(value)}`;
/**
 * One key per character, case folded on both sides as the SQL test does with lower() — by JavaScript's toLowerCase,
 * so non-ASCII capitals fold on SQLite too, whose lower() folds ASCII only (NOTES.md "Scale").
 */
const characters = (kind: string, value: string): string[] =>
  [...value.toLowerCase()].map((c) => key(kind, c));
const lawKey = (lawId: string | undefined, law: string): string => (lawId ? key('l', lawId) : key('m', law));
const lawArticleKey = (lawId: string | undefined, law: string, article: number): string =>
  `${lawKey(lawId, law)}x${article}`;

/** The keys of a stored case, space-separated (`case_search.filter_keys`). */
export function recordFilterKeys(r: CaseRecord, status: string): string {
  const keys = new Set<string>([key('s', status), key('p', r.party.kind)]);
  for (const s of r.sanctions) keys.add(key('k', s.kind));
  const fine = fineTotal(r.sanctions);
  for (const step of FINE_STEPS) if (fine >= step) keys.add(`zf${step}`);
  for (const p of r.provisions) {
    const lawId = findLaw(p.law)?.id;
    keys.add(key('m', p.law));
    if (lawId) keys.add(key('l', lawId));
    if (p.article !== null) {
      keys.add(`zn${p.article}`);
      keys.add(lawArticleKey(undefined, p.law, p.article));
      if (lawId) keys.add(lawArticleKey(lawId, p.law, p.article));
    }
  }
  if (r.date) {
    const span = dateSpan(assertPartialDate(r.date, 'date'));
    for (let y = Number(span.first.slice(0, 4)); y <= Number(span.last.slice(0, 4)); y++) keys.add(`zy${y}`);
  }
  // Region and agency last, each character in order (a phrase of them is a substring).
  return [...keys, ...characters('r', r.region ?? ''), ...characters('g', r.agency ?? '')].join(' ');
}

/** The key groups a case must match to pass `f`'s filters (and published only, for anonymous readers). */
export function filterKeyQuery(f: KeyFilter, opts: { publishedOnly: boolean }): KeyQuery {
  const groups: KeyGroup[] = [];
  const exact = new Set<KeyedFilter>();
  const one = (token: string): KeyGroup => [[token]];
  if (opts.publishedOnly) groups.push(one(key('s', 'published')));
  if (f.status) groups.push(one(key('s', f.status)));
  exact.add('status');
  if (f.region) groups.push([characters('r', f.region)]);
  if (f.agency) groups.push([characters('g', f.agency)]);
  exact.add('region').add('agency');
  if (f.party_kind) groups.push(one(key('p', f.party_kind)));
  exact.add('party_kind');
  if (f.sanction) groups.push(one(key('k', f.sanction)));
  exact.add('sanction');
  if (f.law !== undefined || f.article !== undefined) {
    const lawId = f.law === undefined ? undefined : findLaw(f.law)?.id;
    if (f.law === undefined) groups.push(one(`zn${f.article}`));
    else if (f.article === undefined) groups.push(one(lawKey(lawId, f.law)));
    else groups.push(one(lawArticleKey(lawId, f.law, f.article)));
  }
  exact.add('law');
  if (f.fine_min !== undefined) {
    const step = FINE_STEPS.filter((s) => s <= f.fine_min!).at(-1);
    if (step !== undefined) groups.push(one(`zf${step}`));
    if (step === f.fine_min) exact.add('fine_min');
  } else exact.add('fine_min');
  const years = keyedYears(f.date_from, f.date_to);
  if (years) {
    groups.push(years.map((y) => [`zy${y}`]));
    if (f.date_from!.endsWith('-01-01') && f.date_to!.endsWith('-12-31')) exact.add('dates');
  } else if (!f.date_from && !f.date_to) exact.add('dates');
  return { groups, exact };
}

/** The years of a date range, when both ends are given and it spans at most MAX_KEYED_YEARS. */
function keyedYears(from: string | undefined, to: string | undefined): number[] | undefined {
  if (!from || !to || from > to) return undefined;
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  if (last - first >= MAX_KEYED_YEARS) return undefined;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}
