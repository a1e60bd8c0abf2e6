/**
 * Parses the markdown text of one law version (data/law/*.md) into articles → paragraphs (款) → items (项).
 *
 * The format, one paragraph per line:
 *   # 中华人民共和国网络安全法            title
 *   2016年11月7日 …通过                  header lines (some files write them with full-width digits)
 *   <!-- INFO END -->                     end of header
 *   ## 第一章 总则                        chapter heading
 *   ### 第一节 一般规定                   section heading (some laws)
 *   第一条 为了……                        starts an article (number in Chinese numerals, then a space)
 *   县级以上地方人民政府……               a further paragraph (款) of the same article
 *   （一）……                              an item (项) of the paragraph before it
 *
 * Pure: takes the text, returns data; a malformed text is a DomainError UNREADABLE_INPUT naming the line.
 */
import { DomainError } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import {
  formatArticleLabel,
  parseChineseInteger,
  toAsciiDigits,
  tryParseChineseInteger,
} from '../shared/numerals.js';
import type { StatuteArticle, StatuteItem, StatuteParagraph } from './model.js';

export interface ParsedStatute {
  /** The `# …` title line, without the marker. */
  title: string;
  /** Non-empty header lines between the title and `<!-- INFO END -->`, full-width digits made ASCII. */
  header: string[];
  articles: StatuteArticle[];
}

const INFO_END = '<!-- INFO END -->';
const ARTICLE_START = /^第([〇零一二三四五六七八九十百千两\d０-９]+)条(?:[ \t\u3000]+(.*))?$/u;
const ITEM_START = /^[（(]([〇零一二三四五六七八九十百两]+)[）)][ \t\u3000]*(.*)$/u;
const CHAPTER = /^##[ \t]+(第[〇零一二三四五六七八九十百]+章.*)$/u;
const SECTION = /^###[ \t]+(第[〇零一二三四五六七八九十百]+节.*)$/u;

const unreadable = (source: string, line: number, reason: string, text: string): DomainError =>
  new DomainError('UNREADABLE_INPUT', `${source} 第${line}行：${reason}`, { source, line, text });

interface Draft {
  number: number;
  chapter: string | null;
  section: string | null;
  lines: string[];
  paragraphs: StatuteParagraph[];
}

/** Parses one law version's markdown. `source` (a file name) only labels error messages. */
export function parseStatute(markdown: string, source = 'statute'): ParsedStatute {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const endAt = lines.findIndex((l) => l.trim() === INFO_END);
  if (endAt < 0) throw unreadable(source, 1, `缺少“${INFO_END}”标记`, '');

  let title = '';
  const header: string[] = [];
  for (const raw of lines.slice(0, endAt)) {
    const l = raw.trim();
    if (l === '') continue;
    if (l.startsWith('# ') && title === '') title = l.slice(2).trim();
    else header.push(toAsciiDigits(l));
  }
  if (title === '') throw unreadable(source, 1, '缺少标题行“# …”', '');

  const articles: StatuteArticle[] = [];
  let chapter: string | null = null;
  let section: string | null = null;
  let current: Draft | undefined;

  const finish = (): void => {
    if (!current) return;
    const article: StatuteArticle = {
      number: current.number,
      label: formatArticleLabel(current.number),
      chapter: current.chapter,
      paragraphs: current.paragraphs,
      text: current.lines.join('\n'),
    };
    if (current.section !== null) article.section = current.section;
    articles.push(article);
    current = undefined;
  };

  for (let i = endAt + 1; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] as string).replace(/[ \t\u3000]+$/u, '').replace(/^[ \t]+/, '');
    if (line === '') continue;

    const ch = CHAPTER.exec(line);
    if (ch) {
      finish();
      chapter = (ch[1] as string).replace(/[ \t\u3000]+/gu, ' ');
      section = null;
      continue;
    }
    const sec = SECTION.exec(line);
    if (sec) {
      finish();
      section = (sec[1] as string).replace(/[ \t\u3000]+/gu, ' ');
      continue;
    }
    if (line.startsWith('#')) throw unreadable(source, lineNo, '无法识别的标题行', line);

    const art = ARTICLE_START.exec(line);
    if (art) {
      const n = tryParseChineseInteger(art[1] as string);
      const prev = current?.number ?? articles.at(-1)?.number ?? 0;
      if (n !== undefined && n > prev) {
        finish();
        const own = (art[2] ?? '').trim();
        current = { number: n, chapter, section, lines: [line], paragraphs: [] };
        current.paragraphs.push({ number: 1, text: own, items: [] });
        continue;
      }
      if (n !== undefined && n <= prev) {
        throw unreadable(source, lineNo, `条文序号${formatArticleLabel(n)}不大于前一条（第${prev}条）`, line);
      }
    }

    if (!current) throw unreadable(source, lineNo, '条文之外的正文', line);
    current.lines.push(line);

    const item = ITEM_START.exec(line);
    if (item) {
      const paragraph = current.paragraphs.at(-1) as StatuteParagraph;
      const number = parseChineseInteger(item[1] as string);
      const expected = paragraph.items.length + 1;
      if (number !== expected) {
        throw unreadable(source, lineNo, `项的序号应为（${expected}），实为（${item[1]}）`, line);
      }
      const it: StatuteItem = { number, text: (item[2] as string).trim() };
      paragraph.items.push(it);
      continue;
    }
    current.paragraphs.push({ number: current.paragraphs.length + 1, text: line, items: [] });
  }
  finish();
  if (articles.length === 0) throw unreadable(source, lines.length, '没有条文', '');
  return { title, header, articles };
}

const DATE_CN = /(\d{4})年(\d{1,2})月(\d{1,2})日/u;

const isoOf = (m: RegExpExecArray): IsoDate =>
  `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;

/**
 * The effective date the text itself states, if any: a header line “自2026年1月1日起施行” (amended texts) wins
 * over the commencement article “本法自2017年6月1日起施行” (which keeps the original date after amendments).
 * Texts that say “自发布之日起施行” give null.
 */
export function statedEffectiveDate(parsed: ParsedStatute): { date: IsoDate; basis: string } | null {
  for (const h of parsed.header) {
    const m = /^自(\d{4})年(\d{1,2})月(\d{1,2})日起?施行/u.exec(h);
    if (m) return { date: isoOf(m), basis: h };
  }
  for (const a of [...parsed.articles].reverse()) {
    const m = /本(?:法|条例|办法|规定)自(\d{4}年\d{1,2}月\d{1,2}日)起施行/u.exec(toAsciiDigits(a.text));
    if (m) {
      const d = DATE_CN.exec(m[1] as string) as RegExpExecArray;
      return { date: isoOf(d), basis: a.text.split('\n')[0] as string };
    }
  }
  return null;
}

/** Every date the header names (adoption, promulgation, amendments), in order. */
export function headerDates(parsed: ParsedStatute): IsoDate[] {
  const out: IsoDate[] = [];
  for (const h of parsed.header) {
    const re = new RegExp(DATE_CN.source, 'gu');
    for (let m = re.exec(h); m; m = re.exec(h)) out.push(isoOf(m));
  }
  return out;
}
