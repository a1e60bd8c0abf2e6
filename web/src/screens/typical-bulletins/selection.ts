/**
 * The cases chosen in the case library travel to the bulletin editor in the address (?cases=3,1,7), in the order
 * chosen: written by `casesParam`, read back by `casesFromParam` (ids that are not positive integers are dropped,
 * a repeated id kept once).
 */
export function casesParam(ids: readonly number[]): string {
  return new URLSearchParams({ cases: ids.join(',') }).toString();
}

export function casesFromParam(value: string | null): number[] {
  const ids = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[1-9]\d*$/.test(s))
    .map(Number);
  return [...new Set(ids)];
}

/** The words of a refused draft: the server names unknown and undecided cases in its details. */
export function refusedCases(details: Record<string, unknown>): string | null {
  const list = (key: string) => (Array.isArray(details[key]) ? (details[key] as unknown[]).join('、') : '');
  const parts = [
    list('unknown') && `不存在的案例：${list('unknown')}`,
    list('undecided') && `尚未决定或公开的案例：${list('undecided')}`,
    list('named') && `正文写出了应封存记录的当事人（案例 ${list('named')}）`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('；') : null;
}
