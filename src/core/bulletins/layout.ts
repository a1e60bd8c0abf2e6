/**
 * An issued bulletin's text read back into blocks for its HTML page and its Word file: the title, the section
 * headings (「案例一：…」, as `sentences.ts` writes them, or as an officer kept them), and the paragraphs — one a
 * line, blank lines ignored. The officer edits plain text; the layout is recovered from it, so the three forms
 * (.txt, HTML, .docx) say the same words.
 */
export type BulletinBlock = { type: 'title' | 'heading' | 'paragraph'; text: string };

/** A section heading: 案例一：…, 案例十二：… (a line of its own). */
const HEADING = /^案例[一二三四五六七八九十百零〇]+[：:]/;

export function bulletinBlocks(title: string, text: string): BulletinBlock[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return [
    { type: 'title', text: title.trim() },
    ...lines.map((l): BulletinBlock => ({ type: HEADING.test(l) ? 'heading' : 'paragraph', text: l })),
  ];
}

/** The plain text as issued: the title, a blank line, the body (what `wangan extract` reads back). */
export function bulletinPlainText(title: string, text: string): string {
  return `${title.trim()}\n\n${text.trim()}\n`;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The body of the HTML form: h1, h2 per case, p per paragraph (escaped). */
export function bulletinHtmlFragment(title: string, text: string): string {
  const tag = { title: 'h1', heading: 'h2', paragraph: 'p' } as const;
  return bulletinBlocks(title, text)
    .map((b) => `<${tag[b.type]}>${escapeHtml(b.text)}</${tag[b.type]}>`)
    .join('\n');
}

/** The public page: a whole HTML document around the fragment. */
export function bulletinHtmlPage(title: string, text: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title.trim())}</title>`,
    '<style>body{max-width:48em;margin:2em auto;padding:0 1em;font-family:"FangSong","仿宋",serif;line-height:1.8}' +
      'h1{text-align:center;font-size:1.5em}h2{font-size:1.1em;margin-top:1.5em}p{text-indent:2em;margin:.5em 0}</style>',
    '</head>',
    '<body>',
    '<article>',
    bulletinHtmlFragment(title, text),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
