/**
 * The evidence list with its files: each add_evidence step appends one item to the proceeding's evidence and keeps
 * the ids of the files it named in its event (`file_ids`); files uploaded but never listed are shown apart.
 */
import type { Proceeding } from '../../api/proceedings.js';

export interface EvidenceRow {
  kind: string;
  description: string;
  at: string;
  fileIds: number[];
}

const idsOf = (v: unknown): number[] =>
  Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];

export function evidenceRows(p: Pick<Proceeding, 'evidence' | 'history' | 'files'>): {
  rows: EvidenceRow[];
  unlisted: number[];
} {
  const steps = p.history.filter((h) => h.action === 'add_evidence');
  const rows = (p.evidence ?? []).map((e, i) => ({
    kind: e.kind,
    description: e.description,
    at: e.at,
    fileIds: idsOf(e.file_ids ?? steps[i]?.payload?.['file_ids']),
  }));
  const listed = new Set(rows.flatMap((r) => r.fileIds));
  return { rows, unlisted: (p.files ?? []).map((f) => f.id).filter((id) => !listed.has(id)) };
}
