/**
 * An issued typical-case bulletin as Word: its blocks (title, headings, paragraphs; src/core/bulletins/layout.ts) as
 * a page of the legal documents' renderer (docx.ts), so it prints in the same fonts and page layout. Headings are
 * paragraphs without the first-line indent.
 */
import type { Block } from '../core/documents/model.js';
import { bulletinBlocks } from '../core/bulletins/layout.js';
import { renderDocx } from './docx.js';

export function renderBulletinDocx(title: string, text: string): Promise<Buffer> {
  const blocks = bulletinBlocks(title, text).map((b): Block =>
    b.type === 'title'
      ? { type: 'title', text: b.text }
      : b.type === 'heading'
        ? { type: 'paragraph', text: b.text, indent: false }
        : { type: 'paragraph', text: b.text },
  );
  return renderDocx({ title: title.trim(), page: 'A4', blocks });
}
