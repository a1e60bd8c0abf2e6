/**
 * Marks where each extracted case starts in the bulletin's text (its title, else the party's name), so the
 * reviewer sees the source next to the record. Segments cover the whole text in order.
 */
export interface SourceSegment {
  text: string;
  /** Index of the case this mark belongs to, or null for plain text. */
  caseIndex: number | null;
}

export function markCases(
  text: string,
  cases: readonly { title: string; party?: { name: string } }[],
): SourceSegment[] {
  const marks: { start: number; end: number; caseIndex: number }[] = [];
  let from = 0;
  cases.forEach((c, caseIndex) => {
    for (const needle of [c.title, c.party?.name ?? '']) {
      if (needle.length < 2) continue;
      const at = text.indexOf(needle, from);
      if (at >= 0) {
        marks.push({ start: at, end: at + needle.length, caseIndex });
        from = at + needle.length;
        return;
      }
    }
  });
  const out: SourceSegment[] = [];
  let pos = 0;
  for (const m of marks) {
    if (m.start > pos) out.push({ text: text.slice(pos, m.start), caseIndex: null });
    out.push({ text: text.slice(m.start, m.end), caseIndex: m.caseIndex });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), caseIndex: null });
  return out;
}
