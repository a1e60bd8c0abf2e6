/**
 * Text written in Markdown (a blog or a knowledge-base export): ## headings, > quotes, - bullets, **bold**,
 * `code`, --- rules. The marks are layout, not words: 「其中警告 **112** 起」 is the statistic 「其中警告112起」 and
 * 「- **某公司**（7月）：…」 an entry that opens with the party. The marks come off before anything reads the text;
 * its tables (| a | b |) stay for tables.ts. Text that does not look like Markdown is returned unchanged.
 */

/** Lines that open with a Markdown block mark. */
const BLOCK = /^(?:#{1,6}\s|>\s?|[-*+]\s+\S)/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
/** A cheap first look: some line opens with a block mark. */
const MARKED_LINE = /^(?:#{1,6} |> |[-*+] )/m;

/** Marked lines needed: four, and a tenth of the text's lines (a page in Markdown marks many of them). */
function looksLikeMarkdown(lines: readonly string[]): boolean {
  let marks = 0;
  let filled = 0;
  for (const l of lines) {
    if (l.trim() === '') continue;
    filled++;
    if (BLOCK.test(l) || RULE.test(l) || l.includes('**')) marks++;
  }
  return marks >= 4 && marks * 10 >= filled;
}

function unmarkLine(line: string): string {
  if (RULE.test(line)) return '';
  let s = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^\s*[-*+]\s+(?=\S)/, '');
  if (s.includes('**')) s = s.replace(/\*\*(.+?)\*\*/g, '$1');
  if (s.includes('__')) s = s.replace(/__(.+?)__/g, '$1');
  if (s.includes('`')) s = s.replace(/`([^`]*)`/g, '$1');
  // *斜体* as a whole line (*本文数据来自…*), never a lone 1*2.
  return s.replace(/^\*([^*]+)\*$/, '$1');
}

/** A line wholly in bold (**法官说法** after an indent): a CMS page's cross-head, whose marks are layout on any page. */
const BOLD_LINE = /^([ \t\u3000]*)\*\*([^*\n]+)\*\*[ \t\u3000]*$/gm;

export function fromMarkdown(text: string): string {
  if (!text.includes('**') && !MARKED_LINE.test(text)) return text;
  const lines = text.split(/\r\n|\r|\n/);
  if (!looksLikeMarkdown(lines)) return text.includes('**') ? text.replace(BOLD_LINE, '$1$2') : text;
  return lines.map(unmarkLine).join('\n');
}
