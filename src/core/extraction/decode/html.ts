/**
 * HTML page → text lines of its content. Page furniture goes: scripts and styles, <nav>/<header>/<footer>/
 * <aside>/<form>, and any element whose class or id names navigation, sharing, comments, ads, related
 * links and the like. Block elements (p, div, h1-h6, li, tr, br…) end a line, so paragraphs stay lines.
 */
import { Parser } from 'htmlparser2';
import { DomainError } from '../../shared/errors.js';

/** Deepest element nesting read (real pages nest a few dozen deep; 200,000 nested <div>s would stall the parser). */
export const MAX_HTML_DEPTH = 500;

const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'svg',
  'canvas',
  'video',
  'audio',
  'object',
  'head',
  'title',
  'menu',
]);

const VOID_TAGS = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
  'param',
]);

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'tbody',
  'thead',
  'blockquote',
  'pre',
  'br',
  'hr',
  'center',
  'figure',
  'figcaption',
]);

/** Words in a class or id that mark page furniture rather than content. */
const FURNITURE_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menus',
  'side',
  'rank',
  'ranking',
  'hotnews',
  'qr',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'share',
  'sharing',
  'bdshare',
  'jiathis',
  'comment',
  'comments',
  'reply',
  'footer',
  'foot',
  'header',
  'sidebar',
  'aside',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adv',
  'banner',
  'related',
  'recommend',
  'hot',
  'toolbar',
  'login',
  'copyright',
  'pagination',
  'pager',
  'social',
  'qrcode',
  'gotop',
  'backtop',
  'totop',
  'print',
  'subscribe',
  'tags',
  'weixin',
  'wechat',
  'sns',
  'popup',
  'modal',
  'cookie',
  'search',
  'friendlink',
  'links',
  'prevnext',
]);

/** Words in a class or id that mark the article body (TRS_Editor is the body of many government CMS pages). */
const CONTENT_WORDS = new Set([
  'content',
  'contents',
  'article',
  'detail',
  'zoom',
  'trs',
  'editor',
  'ueditor',
  'wenzhang',
  'zhengwen',
]);

function isFurniture(attrs: Record<string, string>): boolean {
  const words = `${attrs.class ?? ''} ${attrs.id ?? ''}`
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // The article body itself (TRS_Editor, article-content, zoom…) is never furniture, whatever else its class says.
  if (words.some((w) => CONTENT_WORDS.has(w))) return false;
  if (words.some((w) => FURNITURE_WORDS.has(w))) return true;
  const role = (attrs.role ?? '').toLowerCase();
  return (
    role === 'navigation' ||
    role === 'banner' ||
    role === 'contentinfo' ||
    role === 'complementary' ||
    attrs['aria-hidden'] === 'true'
  );
}

/** True when the text looks like an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(head)) return true;
  const tags = text
    .slice(0, 20000)
    .match(/<\/?(p|div|span|br|body|table|h[1-6]|a|li|section|article)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  /** Depth inside dropped elements; content is ignored while > 0. */
  let dropDepth = 0;
  /** Depth inside table cells; blocks seen in the current cell; whether this row lays out a page. */
  let cellDepth = 0;
  let cellBlocks = 0;
  let layoutRow = false;
  /** A definition list's term just closed (<dt>处罚机关</dt>): its description joins it on one line (处罚机关：…). */
  let term = false;
  const stack: boolean[] = [];
  /** The lines (indices in `out`) that a </p> closed: a paragraph of the page's own. */
  const paragraphs = new Set<number>();
  const flush = (): void => {
    if (line.trim() !== '') out.push(line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ *\t */g, '\t'));
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const drop = dropDepth > 0 || DROP_TAGS.has(name) || isFurniture(attrs);
        if (name === 'tr') {
          flush();
          layoutRow = false;
        } else if (name === 'td' || name === 'th') {
          // Cells of a data row stay on one line, a tab apart (see tables.ts).
          cellDepth++;
          cellBlocks = 0;
          if (layoutRow) flush();
          else if (dropDepth === 0 && line.trim() !== '') line += '\t';
        } else if (name === 'dd' && term) {
          term = false;
        } else if (BLOCK_TAGS.has(name)) {
          term = false;
          if (cellDepth > 0 && !layoutRow) {
            // One paragraph or line break in a cell is a space; more, or a heading or table, make it a layout
            // table (a whole page laid out in cells): from here on, blocks are lines again.
            cellBlocks++;
            if (cellBlocks >= 2 || /^(table|h[1-6]|ul|ol|div|section)$/.test(name)) {
              layoutRow = true;
              flush();
            } else line += ' ';
          } else flush();
        }
        if (VOID_TAGS.has(name)) return;
        if (stack.length >= MAX_HTML_DEPTH) {
          throw new DomainError(
            'INPUT_TOO_COMPLEX',
            `网页元素嵌套超过 ${MAX_HTML_DEPTH} 层，不像公告正文，已拒绝`,
            {
              limit: MAX_HTML_DEPTH,
              what: 'html_depth',
            },
          );
        }
        stack.push(drop && dropDepth === 0 ? true : false);
        if (drop) dropDepth++;
      },
      ontext(text) {
        // The space between </dt> and <dd> separates nothing: the description follows the term's colon.
        if (term && text.trim() === '') return;
        if (dropDepth === 0) line += text.replace(/[ \t\r\n]+/g, ' ');
      },
      onclosetag(name) {
        const inDataCell = cellDepth > 0 && !layoutRow;
        if (VOID_TAGS.has(name)) {
          if (BLOCK_TAGS.has(name) && !inDataCell) flush();
          return;
        }
        stack.pop();
        if (dropDepth > 0) dropDepth--;
        if (name === 'td' || name === 'th') {
          cellDepth = Math.max(0, cellDepth - 1);
          if (layoutRow) flush();
        } else if (name === 'tr') flush();
        else if (name === 'dt' && dropDepth === 0 && !inDataCell && line.trim() !== '') {
          // 处罚机关 / 栗阳市公安局 as a labelled field, as a form writes it (forms.ts): 处罚机关：栗阳市公安局.
          line = line.replace(/[ \t]+$/, '');
          if (!/[：:]$/.test(line)) line += '：';
          term = true;
        } else if (BLOCK_TAGS.has(name) && !inDataCell) {
          const before = out.length;
          flush();
          if (name === 'p' && out.length > before) paragraphs.add(before);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.size < 2 ? out.join('\n') : rejoinBrokenParagraphs(out, paragraphs);
}

/** A line that ends a sentence (。！？；：…, perhaps inside its closing quote or bracket): nothing runs on. */
const SENTENCE_CLOSED = /(?:[。！？!?；;：:…]|[。！？!?][”’」』）)])$/;
/** A line of prose: a clause mark within it. */
const PROSE = /[，。；]/;
/** 第二十五条第</p><p>（一）项: a line cut inside an article's number runs on, whatever the next line opens with. */
const CUT_IN_NUMBER = /第$/;
/** A line that opens anew: a heading or item marker, a bracketed label, a field's label, a rule or dash. */
const OPENS_ANEW =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十\d]{1,3}[条章节部分]|案例|[【[■●▲◆★☆—―－\-*#]|[^，。；\s]{1,12}[：:])/;

/**
 * 「…发现，辖区内雁汀某」</p><p>「供应链管理有限公司…」: an editor's paragraphs cut inside a sentence (at a clause or in
 * a word: 《…网络</p><p>安全法》, 第二十五条第</p><p>（一）项). A paragraph of prose that stops on no sentence's end runs on
 * into the next paragraph, unless that one opens anew (a heading, an item, a label): the sentence is read whole.
 */
function rejoinBrokenParagraphs(lines: readonly string[], paragraphs: ReadonlySet<number>): string {
  let text = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const runsOn =
      paragraphs.has(i - 1) &&
      paragraphs.has(i) &&
      !SENTENCE_CLOSED.test(prev) &&
      (CUT_IN_NUMBER.test(prev) ||
        (PROSE.test(prev) && !OPENS_ANEW.test(line) && !(OPENS_ANEW.test(prev) && !/[。；]/.test(prev))));
    text += (runsOn ? '' : '\n') + line;
  }
  return text;
}
