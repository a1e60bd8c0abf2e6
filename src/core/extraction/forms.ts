/**
 * Form-style disclosures (双公示, 行政处罚信息公示): each case a block of labelled lines — 案件名称：… / 文号：… /
 * 当事人：… / 处罚事由：… / 处罚依据：… / 处罚结果：… / 处罚机关：… / 处罚日期：… — one block after another, perhaps
 * numbered (二、 on a line of its own). Each block is one case: the label that opens the first block opens every
 * one, and the block ends at its last labelled line (the page's signature below is not the case's).
 */

/**
 * A labelled field: a short label of Chinese characters (罚款金额（万元）: with its unit), a colon, a value on the same line;
 * the 双公示 standard's numbered label has its code's kind in brackets (行政相对人代码_1（统一社会信用代码）).
 */
const FIELD =
  /^([\u4e00-\u9fff、]{2,20}(?:_\d(?=[（(])[（(][\u4e00-\u9fff]{2,12}[）)]|[（(][\u4e00-\u9fff]{1,4}[）)])?)[：:]\s*(\S.*)$/;
/** A field left empty (暂扣或吊销证照名称及编号：): part of its block, saying nothing. */
const EMPTY_FIELD = /^[\u4e00-\u9fff、]{2,20}(?:[（(][\u4e00-\u9fff]{1,4}[）)])?[：:]$/;
/** A bare item number between the blocks (二、 / （三） / 3.). */
const BARE_MARKER = /^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?$/;
/** A rule drawn between the blocks (━━━━, ————, -----): after it, a block opens or the form has ended. */
const RULE = /^[━─—－\-=＝_＿*＊·•]{3,}$/;
/** Labels that name the case (its title). */
const NAME_LABEL = /^(案件名称|案由)$/;
/** Labels of what was decided (行政处罚内容 as 双公示 summaries write it): only these say what the case's sanctions are. */
const OUTCOME_LABELS = [
  '处罚结果',
  '处罚内容',
  '处罚决定',
  '处理结果',
  '处罚种类',
  '处罚种类和幅度',
] as const;
/** The prefix an outcome label may carry (行政处罚决定). */
const OUTCOME_PREFIX = '行政';
export const OUTCOME_FIELD = new RegExp(`^(?:${OUTCOME_PREFIX})?(${OUTCOME_LABELS.join('|')})[：:]\\s*\\S`);
/** The code units an outcome field can open with: formBlocks' first look tests the expression on these lines only. */
const OUTCOME_OPENERS: readonly number[] = [
  ...new Set([OUTCOME_PREFIX, ...OUTCOME_LABELS].map((word) => word.charCodeAt(0))),
];

export interface FormBlock {
  title: string | null;
  paragraphs: string[];
}

/** The label that opens the blocks: the one written most often (the first of those in the text). */
function openerLabel(labels: readonly (string | null)[], from: number): { label: string; at: number } | null {
  const counts = new Map<string, { n: number; at: number }>();
  for (let i = from; i < labels.length; i++) {
    const label = labels[i];
    if (label === null || label === undefined) continue;
    const seen = counts.get(label);
    if (seen) seen.n++;
    else counts.set(label, { n: 1, at: i });
  }
  let best: { label: string; at: number; n: number } | null = null;
  for (const [label, { n, at }] of counts) if (best === null || n > best.n) best = { label, at, n };
  return best;
}

/** A party's label in a block (当事人：, 被处罚人：…). */
const PARTY_FIELD = /^(?:当事人|行政相对人|相对人|被处罚人|违法行为人|处罚对象|主体)(?:名称|姓名)?[：:]/;
/** A subject's register number (统一社会信用代码：…): the line above it names the subject of the whole page. */
const REGISTER_FIELD = /^(?:统一社会信用代码|社会信用代码|信用代码)[：:]/;
/** Lines between blocks that are no field (该主体其他行政处罚信息（2条）, 纠错): short, at most this long. */
const GAP_LINE = 40;

/**
 * The case blocks of a form-style page, or null when the page is not one: at least two blocks, each opened by
 * the same label (the one written most often), holding a 处罚结果-like field, and nothing inside a block but
 * labelled lines. Short lines between blocks (a page's 该主体其他行政处罚信息（2条）) are passed over; after such a gap
 * the next labelled line must open a block, else the form has ended (the page's footer). A page about one
 * subject (信用网站 详情: the name above 统一社会信用代码：…, no 当事人 in the blocks) gives every block that party.
 */
const isLabelChar = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001;

/**
 * The field label of a line, else null — FIELD read without backtracking: 2–20 characters (、 allowed), perhaps a
 * bracketed unit （万元）, then a colon and a value.
 */
function labelOf(line: string): string | null {
  let i = 0;
  while (i < line.length && i <= 20 && isLabelChar(line.charCodeAt(i))) i++;
  if (i < 2 || i > 20) return null;
  const c = line[i] === '_' ? line[i + 2] : line[i];
  if (c !== '：' && c !== ':' && c !== '（' && c !== '(') return null;
  return FIELD.exec(line)?.[1] ?? null;
}

/** 【处罚内容】警告，并处罚款… — a field whose label is written in brackets (a card's), read as 处罚内容：警告，…. */
const BRACKETED_FIELD = /^【([\u4e00-\u9fff、]{2,20}(?:[（(][\u4e00-\u9fff]{1,4}[）)])?)】\s*(\S.*)$/;

function unbracketed(line: string): string {
  if (!line.startsWith('【')) return line;
  const m = BRACKETED_FIELD.exec(line);
  return m ? `${m[1]}：${m[2]}` : line;
}

/**
 * A record page's status line between the name and its register number (存续␣A级纳税人␣[下载信用报告]): badges and
 * buttons, not the subject.
 */
const BADGE_LINE = /^(?:存续|在业|在营|开业|注销|吊销|迁出|停业)|\[[^\]]{2,8}\]/;

/** The subject's name: the line above the register number, past a status line of badges and buttons. */
function subjectAbove(preamble: readonly string[], register: number): string {
  let at = register - 1;
  if (at > 0 && BADGE_LINE.test(preamble[at]!)) at--;
  return preamble[at]!.replace(/[。，；]$/, '').replace(/^[^：:]{2,8}[：:]/, '');
}

export function formBlocks(written: readonly string[]): { preamble: string[]; blocks: FormBlock[] } | null {
  // Cards whose labels are bracketed (【处罚机关】…) are read as labelled lines.
  const lines = written.some((l) => l.startsWith('【')) ? written.map(unbracketed) : written;
  // A cheap first look: two blocks or more, each with its 处罚结果-like field (its first code unit looked at first).
  let outcomes = 0;
  let from = -1;
  for (let i = 0; i < lines.length; i++) {
    if (OUTCOME_OPENERS.includes(lines[i]!.charCodeAt(0)) && OUTCOME_FIELD.test(lines[i]!)) {
      if (from < 0) from = i;
      if (++outcomes >= 2) break;
    }
  }
  return outcomes < 2 ? null : readBlocks(lines, from);
}

/** A section's heading drawn between rules (——行政处罚——), perhaps given a full stop when short lines were joined. */
const RULED_HEADING = /^[—－\-─━=＝]{2,}[^。，]{2,12}[—－\-─━=＝]{2,}。?$/;

/** A line of prose above the first block (it ends as a sentence does), not a section's heading. */
const isProse = (line: string): boolean => /[。；！？.;!?]$/.test(line) && !RULED_HEADING.test(line);

/**
 * 信息摘要 No.2␣公示状态：公示中 — a card's caption after the rule that closed the block before, right above the next
 * block's opening label (past another rule): the block's header, not the page's footer.
 */
function captionAbove(
  lines: readonly string[],
  labels: readonly (string | null)[],
  i: number,
  opener: string,
): boolean {
  if (lines[i]!.length > GAP_LINE) return false;
  let j = i + 1;
  while (j < lines.length && RULE.test(lines[j]!)) j++;
  return labels[j] === opener;
}

/**
 * The label right below a rule, when it is so again further down (━━ / 行政处罚决定书文号：… each time): it opens the
 * blocks, even if a label inside them is written more often (行政相对人名称 also in a 不予处罚 entry at the end).
 */
function ruledOpener(
  lines: readonly string[],
  labels: readonly (string | null)[],
  from: number,
): { label: string; at: number } | null {
  const label = labels[from];
  if (from < 1 || label === null || label === undefined || !RULE.test(lines[from - 1]!)) return null;
  for (let i = from + 1; i < labels.length; i++)
    if (labels[i] === label && RULE.test(lines[i - 1]!)) return { label, at: from };
  return null;
}

/** A sanction's word: a line after the blocks that holds one may tell one more case. */
const SANCTION_WORD = /罚款|拘留|警告|没收|吊销|责令/;

/**
 * 如对上述信息有异议，请于…联系。 — prose right below the last block, no rule between (a page whose rules were dropped):
 * the page's footer when two blocks came before, the block above is as long as the first, and nothing below opens
 * another block or tells a sanction.
 */
function footerBelow(
  lines: readonly string[],
  labels: readonly (string | null)[],
  blocks: readonly FormBlock[],
  i: number,
  opener: string,
): boolean {
  if (blocks.length < 2 || blocks[blocks.length - 1]!.paragraphs.length < blocks[0]!.paragraphs.length)
    return false;
  for (let j = i; j < lines.length; j++)
    if (labels[j] === opener || SANCTION_WORD.test(lines[j]!)) return false;
  return true;
}

/** formBlocks past its first look (kept apart: the look runs on every page, this on form pages only). */
function readBlocks(
  lines: readonly string[],
  from: number,
): { preamble: string[]; blocks: FormBlock[] } | null {
  const labels = lines.map(labelOf);
  // A report's other sections (基本信息, 行政许可 blocks) may come first: the blocks begin with the labelled run that
  // holds the first 处罚结果-like field — when a section's heading (（二）行政处罚信息), not prose, is above that run.
  while (from > 0 && (labels[from - 1] !== null || BARE_MARKER.test(lines[from - 1]!.replace(/。$/, ''))))
    from--;
  const opener =
    ruledOpener(lines, labels, from) ??
    openerLabel(labels, from > 0 && !isProse(lines[from - 1]!) ? from : 0);
  if (opener === null) return null;
  const blocks: FormBlock[] = [];
  let gap = false;
  // Lines after the last labelled one are the page's footer.
  let last = labels.length - 1;
  while (last > opener.at && labels[last] === null) last--;
  for (let i = opener.at; i <= last; i++) {
    const line = lines[i]!;
    const label = labels[i];
    if (label === null || label === undefined) {
      if (RULE.test(line)) {
        gap = true;
        continue;
      }
      if (BARE_MARKER.test(line) || EMPTY_FIELD.test(line)) continue;
      // Prose, or a field behind a marker (2、当事人：…), is no gap: the page is not a form read so — unless it comes
      // after a gap that followed two blocks at least (the page's footer: 如对公示内容有异议…).
      if (line.length > GAP_LINE || line.includes('：') || line.includes(':')) {
        if (gap && captionAbove(lines, labels, i, opener.label)) continue;
        if (gap && blocks.length >= 2) break;
        if (footerBelow(lines, labels, blocks, i, opener.label)) break;
        return null;
      }
      gap = true;
      continue;
    }
    if (label === opener.label) blocks.push({ title: null, paragraphs: [] });
    else if (gap) break;
    gap = false;
    const block = blocks[blocks.length - 1]!;
    block.paragraphs.push(line);
    if (NAME_LABEL.test(label) && block.title === null) block.title = FIELD.exec(line)![2]!.trim();
  }
  if (blocks.length < 2 || !blocks.every((b) => b.paragraphs.some((p) => OUTCOME_FIELD.test(p)))) return null;
  // A bare number right above the first block numbers it; it is not the introduction.
  const preamble = lines.slice(0, opener.at).filter((l) => !BARE_MARKER.test(l));
  const register = preamble.findIndex((l) => REGISTER_FIELD.test(l));
  // The name above the register number, perhaps labelled itself (主体名称：某公司).
  const subject = register > 0 ? subjectAbove(preamble, register) : null;
  if (subject !== null && !blocks.some((b) => b.paragraphs.some((p) => PARTY_FIELD.test(p))))
    for (const b of blocks) b.paragraphs.unshift(`当事人：${subject}`);
  return { preamble, blocks };
}
