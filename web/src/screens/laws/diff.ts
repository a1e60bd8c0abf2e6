/** A word-level diff (old → new) split into what each side of a 新旧对照 shows. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Segment {
  text: string;
  /** true: this side's change (deleted words on the old side, inserted words on the new side). */
  changed: boolean;
}

function merge(segments: Segment[], seg: Segment): void {
  if (!seg.text) return;
  const last = segments[segments.length - 1];
  if (last && last.changed === seg.changed) last.text += seg.text;
  else segments.push({ ...seg });
}

export function splitDiff(diff: readonly DiffOp[]): { old: Segment[]; new: Segment[] } {
  const oldSide: Segment[] = [];
  const newSide: Segment[] = [];
  for (const { op, text } of diff) {
    if (op !== 'insert') merge(oldSide, { text, changed: op === 'delete' });
    if (op !== 'delete') merge(newSide, { text, changed: op === 'insert' });
  }
  return { old: oldSide, new: newSide };
}

/** Count of changed characters on each side (shown next to an amended article). */
export function diffSize(diff: readonly DiffOp[]): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const { op, text } of diff) {
    const n = [...text].length;
    if (op === 'insert') inserted += n;
    if (op === 'delete') deleted += n;
  }
  return { inserted, deleted };
}
