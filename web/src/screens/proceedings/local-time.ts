/** A datetime-local field's value for an instant, in China time: 2026-12-04T10:30. */
export function nowLocal(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}
