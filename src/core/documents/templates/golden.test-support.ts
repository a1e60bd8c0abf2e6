/** Test support: a built document's text, its missing fields, and checks on its items. */
import { expect } from 'vitest';
import type { BuildResult, LegalDocument, MissingField } from '../model.js';
import { documentText } from '../text.js';

export function built(r: BuildResult): LegalDocument {
  if (!r.ok) throw new Error(`missing: ${r.missing.map((m) => m.field).join(', ')}`);
  return r.document;
}

export const textOf = (r: BuildResult): string => documentText(built(r));

export function missingOf(r: BuildResult): MissingField[] {
  if (r.ok) throw new Error('built, though a mandatory field was expected to be missing');
  return r.missing;
}

/** Every item is in the text. */
export function expectAll(text: string, items: readonly string[]): void {
  for (const item of items) expect(text, item).toContain(item);
}
