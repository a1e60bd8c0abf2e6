/**
 * What a part of a document gives back: its text, and the mandatory items it found empty. A template collects the
 * missing items of all its parts and answers {ok:false, missing} when there is any — a document is never printed
 * with a blank where the law requires a value (说明 第5项; documents.md §2.4).
 *
 * The names of missing fields: `party.<item>` (the Party's own value, else the input `party.<item>`), `organ.<setting>`
 * (IssuingOrgan), `fields.<input>` (the template input `<input>`), `proceeding.facts`, `decision.sanctions` (the decision
 * itself lacks it), `check.applied` (the legality check applied no rule).
 */
import type { MissingField } from '../model.js';

export interface Filled {
  /** The text, with 「〔label〕」 where a missing item would go (never printed: the template refuses first). */
  text: string;
  missing: MissingField[];
}

/** The marker standing in for a missing item inside a part's text. */
export const gap = (label: string): string => `〔${label}〕`;

export const missingField = (field: string, label: string, basis: string): MissingField => ({
  field,
  label,
  basis,
});

/** The text when `value` is non-empty, else the gap and the missing item. */
export function required(
  value: string | undefined,
  field: string,
  label: string,
  basis: string,
): { value: string; missing: MissingField[] } {
  const v = value?.trim() ?? '';
  return v === ''
    ? { value: gap(label), missing: [missingField(field, label, basis)] }
    : { value: v, missing: [] };
}

/** Missing items of several parts, each field once (in first-seen order). */
export function allMissing(...parts: readonly { missing: readonly MissingField[] }[]): MissingField[] {
  const seen = new Set<string>();
  const out: MissingField[] = [];
  for (const p of parts) {
    for (const m of p.missing) {
      if (seen.has(m.field)) continue;
      seen.add(m.field);
      out.push(m);
    }
  }
  return out;
}

/** A text ending with a full stop: 「……。」. */
export const closed = (t: string): string => (/[。！？]$/.test(t) ? t : `${t}。`);
