/**
 * A .docx read back as text, line by line, in the form of documentText (src/core/documents/text.ts): a paragraph is a
 * line (a line break inside it a newline, a tab a space), a table row is a line of its cells joined by 「 | 」 (a
 * cell's paragraphs joined by newlines), a paragraph holding only a page break is no line; field codes (PAGE …) are
 * not text. The line a 笔录 is signed on, printed in the page footer, comes last, once. For the tests of every
 * layer that issues documents.
 */
import { Parser } from 'htmlparser2';
import { readParts } from './docx-package.js';
import { STYLE } from './docx-styles.js';

interface Paragraph {
  text: string;
  style: string | null;
  pageBreak: boolean;
}

/** The paragraphs and table rows of a part, in order: a row is the array of its cells' texts. */
function walk(xml: string): (Paragraph | string[])[] {
  const out: (Paragraph | string[])[] = [];
  let p: Paragraph | null = null;
  let inRun = false;
  let inText = false;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        switch (name) {
          case 'w:p':
            p = { text: '', style: null, pageBreak: false };
            break;
          case 'w:pStyle':
            if (p) p.style = attrs['w:val'] ?? null;
            break;
          case 'w:r':
            inRun = true;
            break;
          case 'w:t':
            inText = inRun;
            break;
          case 'w:tab':
            if (inRun && p) p.text += ' ';
            break;
          case 'w:br':
            if (inRun && p) {
              if (attrs['w:type'] === 'page') p.pageBreak = true;
              else p.text += '\n';
            }
            break;
          case 'w:tr':
            row = [];
            break;
          case 'w:tc':
            cell = [];
            break;
        }
      },
      ontext(data) {
        if (inText && p) p.text += data;
      },
      onclosetag(name) {
        switch (name) {
          case 'w:t':
            inText = false;
            break;
          case 'w:r':
            inRun = false;
            break;
          case 'w:p':
            if (p && cell) cell.push(p.text);
            else if (p) out.push(p);
            p = null;
            break;
          case 'w:tc':
            if (cell && row) row.push(cell.join('\n'));
            cell = null;
            break;
          case 'w:tr':
            if (row) out.push(row);
            row = null;
            break;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return out;
}

export async function docxText(data: Buffer): Promise<string> {
  const parts = await readParts(data, (path) => /^word\/(document|footer\d+)\.xml$/.test(path));
  const body = walk(parts.get('word/document.xml') ?? '').flatMap((x) =>
    Array.isArray(x) ? [x.join(' | ')] : x.pageBreak && x.text === '' ? [] : [x.text],
  );
  const signLines = new Set(
    [...parts.entries()]
      .filter(([path]) => path.startsWith('word/footer'))
      .flatMap(([, xml]) => walk(xml))
      .flatMap((x) => (!Array.isArray(x) && x.style === STYLE.page_sign ? [x.text] : [])),
  );
  return [...body, ...signLines].join('\n') + '\n';
}
