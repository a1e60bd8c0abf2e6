/**
 * Posts written in short lines (a WeChat or Weibo layout): each sentence broken over several lines at the phrase,
 * with no punctuation at the breaks —
 *
 *   1月29日
 *   棠溪分局依据
 *   《中华人民共和国治安管理处罚法》第二十九条第（一）项
 *   对刘某处以
 *   ⚠️行政拘留七日，并处罚款五百元
 *
 * Read line by line, no sentence holds a whole decision. The lines of each paragraph (between blank lines, markers
 * such as 📍 案例一 or 【处罚】, and separator rules) are joined back into one: with nothing where a phrase runs on
 * (依据 / 《…》, 对刘某处以 / 行政拘留七日), else with 「，」, and closed with 「。」. A text is in this layout when most
 * of its text lines are short and end without punctuation; other texts are returned unchanged.
 */
import { DECORATION } from './lines.js';
import { HEADER_WORD_SOURCE } from './tables.js';

/** Longest line (in characters) that counts as a short line. */
const SHORT = 26;
/** Fewest short unpunctuated lines for a text to be in this layout. */
const MIN_SHORT = 12;

/**
 * A line that stands alone: a marker (〔3〕 numbering a card too), a bracketed label, a rule or a line of symbols only (Han as the BMP's ranges: a
 * Unicode property class makes the expression several times slower).
 */
const ALONE =
  /^(?:案例[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}[起例]|[一二三四五六七八九十]{1,3}、|[（(〔][一二三四五六七八九十\d]{1,3}[）)〕]|【[^】]{1,40}】\s*$)|^[^\u3400-\u9fff\uf900-\ufaff\d]*$/;
/** A phrase that runs on into the next line (a preposition or a verb waiting for its object). */
const RUNS_ON =
  /(?:依据|根据|按照|依照|对|向|给予|予以|处以|并处|作出|责令|以|的|和|及|与|、|为|将|把|在|从|被)$/;
/** A line that opens with what continues the phrase before it. */
const CONTINUES = /^[《“（(第]/;
/** 对该公司 / 分别对葛某 / 依法对其: a line that ends on the object of 对, given what the next line says. */
const OBJECT_LINE = /^(?:分别|依法|同时|并|另|又)?对[^，。]{1,10}$/;
/**
 * 来源：… / 编辑：… / 【处罚机关】某分局 / 行政相对人名称：… / 罚款金额（万元）：0.3 — a labelled field of the page (or of a
 * card), on its own line; a 双公示 summary's labels run longer (作出处罚决定的机关名称：, 没收违法所得、没收非法财物的金额（万元）：).
 */
const FIELD =
  /^(?:[\u3400-\u9fff\uf900-\ufaff、]{2,20}(?:[（(][\u3400-\u9fff]{1,4}[）)])?[：:]|【[\u3400-\u9fff（）()、]{2,24}】\S)/;
/** 1️⃣ / 2⃣: a keycap number opening a list item. */
const KEYCAP = /^\d\ufe0f?\u20e3/u;
const ENDS = /[。！？；，、：…,.!?;:]$/;
/** A sentence's end: the paragraph stops there (a title, a full sentence). */
const SENTENCE_END = /[。！？!?]$/;
/** A dateline (2026年03月18日 19:30; a Weibo post's 26-3-18 09:32 来自 …): the page's date, kept on its own line. */
const DATELINE =
  /(?:19|20)\d{2}[年-]\d{1,2}[月-]\d{1,2}日?\s*\d{1,2}:\d{2}|^\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}/;
/** —————  2026-04-21  ————— : a chat export's date divider, a date between rules or symbols only. */
const DATE_DIVIDER =
  /^[^\u3400-\u9fff\d]*(?:19|20)\d{2}[年\-./]\d{1,2}[月\-./]\d{1,2}日?[^\u3400-\u9fff\d]*$/;

/** 某县公安局根据《…》 / 区网信办依法: a unit deciding. */
const DECIDES = /(?:局|办|队|厅)(?:依据|根据|依照|依法)/;

const bare = (line: string): string => line.trim().replace(DECORATION, '').trim();

/** A line that is only a full date (2022.03.15, 2022-03-15, 2022年3月15日): a table's cell, not a phrase. */
const DATE_CELL = /^\s*(?:19|20)\d{2}(?:[.\-/]\d{1,2}[.\-/]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*$/;
/** A table's column names, one per line (序号 / 当事人 / 违法事实 / 处罚依据 …). */
const HEADER_CELL = new RegExp(`^\\s*(?:${HEADER_WORD_SOURCE}|日期)\\s*$`);

function inLayout(lines: readonly string[]): boolean {
  if (lines.length < MIN_SHORT) return false;
  let short = 0;
  let long = 0;
  // A table copied from a PDF one cell per line is short lines too, but of values: left to the table readers.
  let cells = 0;
  for (const l of lines) {
    // Cheap tests first: most lines of most texts are long or end in punctuation.
    if (l.length > SHORT * 2 + 4) {
      long++;
      continue;
    }
    if (l.length > SHORT + 4 || ENDS.test(l)) continue;
    if (DATE_CELL.test(l) || HEADER_CELL.test(l)) {
      if (++cells >= 3) return false;
      continue;
    }
    const t = bare(l);
    if (t === '' || t.length > SHORT || ENDS.test(t) || ALONE.test(t)) continue;
    // A card's labelled field (【处罚类别】警告) is a value in a form, not a phrase broken off.
    if (t.charCodeAt(0) === 0x3010 && FIELD.test(t)) continue;
    short++;
  }
  return short >= MIN_SHORT && short > long * 4;
}

export function rejoinShortLines(text: string): string {
  // A cheap first look: lines this short on average, and enough of them.
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks++;
  if (breaks < MIN_SHORT || text.length > breaks * SHORT * 2) return text;
  // A decision document (…现决定：) is laid out in short lines of its own — head, 文号, signature, seal, date — that
  // are no phrases broken off.
  if (text.includes('现决定') && text.includes('决定书')) return text;
  const lines = text.split(/\r\n|\r|\n/);
  if (!inLayout(lines)) return text;
  const out: string[] = [];
  let paragraph = '';
  /** The keycap digit that opened the item being read, and where its first paragraph went in `out`. */
  let item = '';
  let itemAt = -1;
  const close = (): void => {
    if (paragraph !== '') out.push(ENDS.test(paragraph) ? paragraph : `${paragraph}。`);
    // A keycap item that tells a unit's decision keeps its number (1、), so it reads as an entry of a list of cases;
    // one of advice (1️⃣ 网络不是法外之地…) stays plain text.
    if (item !== '' && paragraph !== '') {
      if (itemAt < 0) itemAt = out.length - 1;
      if (DECIDES.test(paragraph)) {
        out[itemAt] = `${item}、${out[itemAt]}`;
        item = '';
      }
    }
    paragraph = '';
  };
  let previous = '';
  for (const line of lines) {
    const t = bare(line);
    if (t === '' || ALONE.test(t) || DATELINE.test(t) || FIELD.test(t) || DATE_DIVIDER.test(t)) {
      close();
      item = '';
      out.push(line.trim());
      previous = '';
      continue;
    }
    // 处以警告并罚款一万元。 / （《…》第二十一条、第五十九条第一款）: the law of the sentence above, in a bracket of its own.
    if (t.charCodeAt(0) === 0xff08 && SENTENCE_END.test(paragraph) && lawInBracket(t)) {
      paragraph = `${paragraph.slice(0, -1)}${t}${paragraph.slice(-1)}`;
      previous = t;
      continue;
    }
    // 1️⃣ 2️⃣: the items of a list, each its own paragraph.
    const keycap = KEYCAP.test(line.trim());
    if (SENTENCE_END.test(paragraph) || keycap) close();
    if (keycap) {
      item = line.trim().charAt(0);
      itemAt = -1;
    }
    if (paragraph === '') paragraph = t;
    else if (ENDS.test(paragraph)) paragraph += t;
    // 对该公司 / ✅责令改正: the object, then what it is given.
    // 《计算机信息网络国际联网管 / 理暂行规定》: a title or quote left open goes on.
    else if (
      RUNS_ON.test(paragraph) ||
      CONTINUES.test(t) ||
      OBJECT_LINE.test(previous) ||
      unclosed(paragraph)
    )
      paragraph += t;
    else paragraph += `，${t}`;
    previous = t;
  }
  close();
  return out.join('\n');
}

/** （《…》第二十一条第（二）项、第五十九条第一款）: a bracket, closed on its line, that names articles and nothing else. */
function lawInBracket(t: string): boolean {
  return t.length <= 90 && t.endsWith('）') && t.includes('》第') && t.includes('条') && !t.includes('。');
}

/** A title or quote still open at the line's end. */
function unclosed(paragraph: string): boolean {
  return (
    paragraph.lastIndexOf('《') > paragraph.lastIndexOf('》') ||
    paragraph.lastIndexOf('“') > paragraph.lastIndexOf('”')
  );
}
