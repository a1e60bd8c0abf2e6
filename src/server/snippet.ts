/** A short excerpt of a text around the first of the terms found (longest terms tried first). */
export function snippet(text: string, terms: readonly string[], radius = 40): string {
  const flat = text.replace(/\s+/g, ' ');
  const sorted = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  let at = -1;
  for (const t of sorted) {
    at = flat.indexOf(t);
    if (at >= 0) break;
  }
  if (at < 0) return flat.length > radius * 2 ? `${flat.slice(0, radius * 2)}…` : flat;
  const start = Math.max(0, at - radius);
  const end = Math.min(flat.length, at + radius * 2);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
