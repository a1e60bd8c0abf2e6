import { describe, expect, it } from 'vitest';
import { bulletinBlocks, bulletinHtmlFragment, bulletinPlainText } from './layout.js';

describe('bulletin layout', () => {
  const text =
    '为进一步督促…\n\n案例一：某公司案\n某公司未落实制度。\n\n案例十二：闫某案\n<b>闫某</b>获利。\n';
  it('reads headings (案例一：…) and paragraphs, one a line, blank lines ignored', () => {
    expect(bulletinBlocks('通报', text).map((b) => b.type)).toEqual([
      'title',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
  it('escapes the HTML and keeps the plain text as title, blank line, body', () => {
    expect(bulletinHtmlFragment('通报', text)).toContain('<p>&lt;b&gt;闫某&lt;/b&gt;获利。</p>');
    expect(bulletinPlainText(' 通报 ', `${text}\n`)).toBe(`通报\n\n${text}`);
  });
});
