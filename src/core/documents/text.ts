/**
 * A document's text, line by line, as it reads on paper: what the golden tests compare and what a rendered file
 * (Word, PDF) must contain.
 */
import type { Block, PrintedDocument } from './model.js';

function lines(b: Block): string[] {
  switch (b.type) {
    case 'organ':
    case 'title':
    case 'number':
    case 'paragraph':
      return [b.text];
    case 'fields':
      return b.rows.map((r) => `${r.label}：${r.value}`);
    case 'table':
      return b.rows.map((row) => row.map((c) => c.text).join(' | '));
    case 'signature':
      return [`${b.organ}（印）`, b.date];
    case 'sign_lines':
      return b.lines;
    case 'footer':
      return [b.copy ? `${b.text} ${b.copy}` : b.text];
    case 'page_break':
      return [];
  }
}

export function documentText(doc: PrintedDocument): string {
  const body = doc.blocks.flatMap(lines);
  return [...body, ...(doc.page_sign_line ? [doc.page_sign_line] : [])].join('\n') + '\n';
}
