/**
 * Issue 9 acceptance: each decision rendered as .docx and read back from its XML (word/document.xml) carries every
 * item the law makes mandatory — for a company, an individual, detention under 治安管理处罚法 2025 and the 当场处罚
 * case (src/core/documents/mandatory.test-support.ts) — and the file says what the document says, line for line.
 */
import { describe, expect, it } from 'vitest';
import { MANDATORY_CASES } from '../core/documents/mandatory.test-support.js';
import { buildDocument } from '../core/documents/templates/index.js';
import { documentText } from '../core/documents/text.js';
import { renderDocx } from './docx.js';
import { docxText } from './docx-text.js';

describe('the .docx of each decision, read back', () => {
  for (const c of MANDATORY_CASES) {
    it(`${c.name}: ${c.basis}`, async () => {
      const built = buildDocument(c.request());
      if (!built.ok) throw new Error(`missing: ${built.missing.map((m) => m.field).join(', ')}`);
      const text = await docxText(await renderDocx(built.document));
      for (const item of c.items) expect(text).toContain(item);
      for (const absent of c.absent ?? []) expect(text).not.toContain(absent);
      expect(text).toBe(documentText(built.document));
    });
  }
});
