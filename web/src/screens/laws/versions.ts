/**
 * Which version of a law is in force on a day. A version is in force from its `effective` day up to the day
 * before its successor's `effective` day (`superseded`); the catalogue keeps them in chronological order.
 */
export interface VersionSpan {
  id: string;
  effective: string;
  superseded: string | null;
}

export function versionInForce<V extends VersionSpan>(versions: readonly V[], day: string): V | null {
  for (const v of versions) {
    if (v.effective <= day && (v.superseded === null || day < v.superseded)) return v;
  }
  return null;
}

/** The last day a version was in force: the day before `superseded`. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** 2017-06-01 起施行，至 2025-12-31；or 2026-01-01 起施行（现行有效）. */
export function describeSpan(v: VersionSpan): string {
  return v.superseded === null
    ? `${v.effective} 起施行（现行有效）`
    : `${v.effective} 起施行，${dayBefore(v.superseded)} 止`;
}

/** The first day a partial case date (2021, 2021-01, 2021-01-15) stands for: the day to read the law at. */
export function firstDayOf(partial: string | null | undefined): string | undefined {
  if (!partial) return undefined;
  if (/^\d{4}$/.test(partial)) return `${partial}-01-01`;
  if (/^\d{4}-\d{2}$/.test(partial)) return `${partial}-01`;
  return /^\d{4}-\d{2}-\d{2}$/.test(partial) ? partial : undefined;
}
