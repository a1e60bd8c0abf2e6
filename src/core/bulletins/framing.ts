/**
 * What a draft says of itself when the officer does not say it: the publishing unit (the deciding unit the cases
 * share, else the one given) and the period (the years of the cases' dates: 2021年, 2021年至2023年; the current
 * year when none is dated).
 */
import type { CaseRecord } from '../shared/case-record.js';
import type { IsoDate } from '../shared/dates.js';

export function defaultUnit(records: readonly CaseRecord[], fallback: string): string {
  const agencies = new Set(records.map((r) => r.agency?.trim() ?? ''));
  const [only] = agencies;
  return agencies.size === 1 && only ? only : fallback;
}

export function defaultPeriod(records: readonly CaseRecord[], today: IsoDate): string {
  const years = records
    .map((r) => r.decision_date ?? r.date)
    .filter((d): d is string => d !== null && d !== undefined)
    .map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return `${today.slice(0, 4)}年`;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? `${first}年` : `${first}年至${last}年`;
}
