/**
 * The 待办 list and the case page's deadlines: which deadlines still ask for something, the most urgent first,
 * and how far off each is in words (还剩 2 天 / 逾期 5 小时).
 */
import type { DeadlineStatus } from '../../../../src/core/cases/deadlines.js';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../../src/core/cases/deadlines.js';
import type { ProceedingDeadline } from '../../api/proceedings.js';

type Dated = Pick<ProceedingDeadline, 'status' | 'due_at' | 'in_hours'>;

/**
 * The status the server gave, or for an open deadline of the 待办 list (which carries none) the one the deadline
 * engine would give at `now`: overdue after the due time, due soon within the unit's margin (3 days, or 2 hours for
 * a period in hours: DEFAULT_DEADLINE_SETTINGS), else pending.
 */
export function statusOf(d: Dated, now: Date): DeadlineStatus {
  if (d.status) return d.status;
  const left = Date.parse(d.due_at) - now.getTime();
  if (left < 0) return 'overdue';
  const margin = d.in_hours
    ? DEFAULT_DEADLINE_SETTINGS.dueSoonHours * 3_600_000
    : DEFAULT_DEADLINE_SETTINGS.dueSoonDays * 86_400_000;
  return left <= margin ? 'due_soon' : 'pending';
}

const OPEN = new Set<DeadlineStatus>(['overdue', 'due_soon', 'pending', 'suspended']);

/** Still asks for something (not met, not lapsed). */
export const isOpen = (status: DeadlineStatus): boolean => OPEN.has(status);
const RANK: Readonly<Record<string, number>> = { overdue: 0, due_soon: 1, pending: 2, suspended: 3 };

/** Deadlines still running or missed (not met or lapsed), each with its status, overdue first, then by due time. */
export function openDeadlines<D extends Dated>(
  deadlines: readonly D[],
  now: Date,
): (D & { status: DeadlineStatus })[] {
  return deadlines
    .map((d) => ({ ...d, status: statusOf(d, now) }))
    .filter((d) => OPEN.has(d.status))
    .sort(
      (a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9) || Date.parse(a.due_at) - Date.parse(b.due_at),
    );
}

/** The deadline a row of the 待办 list shows: the most urgent open one, or null. */
export function mostUrgent<D extends Dated>(deadlines: readonly D[], now: Date) {
  return openDeadlines(deadlines, now)[0] ?? null;
}

/** 还剩 3 天 / 还剩 5 小时 / 逾期 2 天, counted from `now` (whole hours below two days, whole days above). */
export function dueInWords(dueAt: string, now: Date): string {
  const ms = Date.parse(dueAt) - now.getTime();
  const hours = Math.abs(ms) / 3_600_000;
  const span = hours < 48 ? `${Math.max(1, Math.floor(hours))} 小时` : `${Math.floor(hours / 24)} 天`;
  return ms >= 0 ? `还剩 ${span}` : `逾期 ${span}`;
}

/** 2026-12-04T15:59:59.999Z → 2026-12-04 23:59 (China time, as the officer reads a due time). */
export function chinaTime(instant: string): string {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return instant;
  return new Date(t + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The basis as one line: 行政处罚法 第六十条；公安机关办理行政案件程序规定 第一百六十五条. */
export function basisText(basis: string | readonly string[]): string {
  return typeof basis === 'string' ? basis : basis.join('；');
}

/** Counts for the 待办 header: how many cases have an overdue deadline, how many (else) one due soon. */
export function todoCounts(
  rows: readonly { deadlines: readonly Dated[] }[],
  now: Date,
): { overdue: number; dueSoon: number } {
  let overdue = 0;
  let dueSoon = 0;
  for (const r of rows) {
    const first = mostUrgent(r.deadlines, now)?.status;
    if (first === 'overdue') overdue += 1;
    else if (first === 'due_soon') dueSoon += 1;
  }
  return { overdue, dueSoon };
}
