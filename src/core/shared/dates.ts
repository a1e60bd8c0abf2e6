import { DomainError } from './errors.js';

/**
 * Dates as the law and the bulletins give them: a full day (2021-05-07), a month (2021-01) or a year (2021).
 * Strings compare lexicographically in calendar order when they have the same precision.
 */
export type IsoDate = string;
export type PartialDate = string;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Dates repeat across records: each string is validated and spanned once (bounded caches). */
const valid = new Map<string, boolean>();
const spans = new Map<string, { first: IsoDate; last: IsoDate }>();

export function isPartialDate(s: unknown): s is PartialDate {
  if (typeof s !== 'string') return false;
  let v = valid.get(s);
  if (v === undefined) {
    v = validate(s);
    if (valid.size > 50_000) valid.clear();
    valid.set(s, v);
  }
  return v;
}

function validate(s: string): boolean {
  const m = PARTIAL.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}

export function assertPartialDate(s: string, field = 'date'): PartialDate {
  if (!isPartialDate(s)) {
    throw new DomainError(
      'INVALID_DATE',
      `字段 ${field}：“${s}”不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期`,
      {
        field,
        value: s,
      },
    );
  }
  return s;
}

/** First and last calendar day a partial date may stand for (the object is shared: do not mutate it). */
export function dateSpan(d: PartialDate): { first: IsoDate; last: IsoDate } {
  let span = spans.get(d);
  if (!span) {
    span = computeSpan(d);
    if (spans.size > 50_000) spans.clear();
    spans.set(d, span);
  }
  return span;
}

function computeSpan(d: PartialDate): { first: IsoDate; last: IsoDate } {
  const m = PARTIAL.exec(d);
  if (!m)
    throw new DomainError('INVALID_DATE', `“${d}”不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期`, { value: d });
  const y = Number(m[1]);
  if (m[3] !== undefined) return { first: d, last: d };
  if (m[2] !== undefined) {
    const mo = Number(m[2]);
    return { first: `${d}-01`, last: `${d}-${String(daysInMonth(y, mo)).padStart(2, '0')}` };
  }
  return { first: `${d}-01-01`, last: `${d}-12-31` };
}

/** Today's date in China (UTC+8), as the law's clock runs there. */
export function todayInChina(now: Date): IsoDate {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
