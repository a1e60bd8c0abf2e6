/**
 * Detail pages copied as text (信用网站 行政处罚 详情, 双公示 detail views): every label on a line of its own and its
 * value on the next (处罚依据 / 《…》第二十三条… / 处罚内容 / 责令改正，给予警告…). Read as written, the labels are
 * lines without a sentence and the values lose their names; each pair is joined back into one labelled line
 * (处罚依据：《…》第二十三条…), which forms.ts then reads as a form.
 */

/**
 * A cheap first look: a decision's field label stands alone on a line, or opens a row of two cells (a vertical
 * table per decision in HTML: 处罚依据 | 《…》第三十九条 — read as 处罚依据<tab>《…》…).
 */
const HINT =
  /\n(?:处罚依据|处罚内容|处罚结果|处罚决定日期|违法事实|处罚机关)(?:[ \t]*\r?\n|\t\S| {2,}\S|\u3000+\S)/;
/**
 * A label on its own: a few characters ending in a field's word (文号, 依据, 日期, 罚款金额(万元)…), nothing else.
 */
const LABEL =
  /^[\u4e00-\u9fff、]{0,20}(?:文号|名称|类型|类别|事实|依据|内容|结果|日期|时间|机关|单位|代码|状态|金额|期|备注|承诺|当事人|相对人|代表人|负责人|证照|编号)(?:[(（][\u4e00-\u9fff]{1,4}[)）])?$/;
/** Fewest standing labels for a page to be read so. */
const MIN_LABELS = 4;

function isLabel(line: string): boolean {
  return line.length <= 30 && LABEL.test(line);
}

/**
 * Rows of two cells whose first is a label (案件名称<tab>某公司…案): the label and its value written as one labelled
 * line, in place. A row of more cells (a table with a header row, tables.ts) is left alone.
 */
function keyValueRows(lines: string[]): number {
  let rows = 0;
  for (const [i, line] of lines.entries()) {
    const tab = line.indexOf('\t');
    if (tab < 2 || line.indexOf('\t', tab + 1) >= 0 || !isLabel(line.slice(0, tab))) continue;
    lines[i] = `${line.slice(0, tab)}：${line.slice(tab + 1).trim()}`;
    rows++;
  }
  return rows;
}

/** 第 2 页 共 5 页 / -- 2 of 5 --: a PDF's page mark, alone on its line. */
const PAGE_MARK = /^(?:第\s*\d+\s*页\s*[，,/]?\s*共\s*\d+\s*页|-{1,2}\s*\d+\s*of\s*\d+\s*-{1,2})$/;

/**
 * A PDF report copied as text sets label and value in two columns (处罚依据      《…》第二十三条…), a long value wrapped
 * onto lines indented to the value's column — across a page's footer (第 2 页 共 5 页) and the running header after
 * it. Each such row becomes one labelled line (处罚依据：《…》…) with its wrapped lines joined, in place; the page
 * marks and headers inside a value are dropped. Returns how many rows were read so.
 */
function columnRows(raw: readonly string[], lines: string[]): number {
  let rows = 0;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    const m = /^\s*(\S{2,30}?) {2,}(\S.*)$/.exec(line);
    if (m === null) continue;
    // 序号      2: the number of the block that follows, a bare item number.
    if (m[1] === '序号' && /^\d{1,3}$/.test(m[2]!)) {
      lines[i] = m[2]!;
      continue;
    }
    if (!isLabel(m[1]!)) continue;
    const column = line.length - m[2]!.length;
    let value = m[2]!.trim();
    let end = i;
    // The value's wrapped lines, indented to its column; a page break (blank lines, the mark, the next page's
    // header) may come between.
    for (let j = i + 1; j < raw.length; j++) {
      const t = raw[j]!.trim();
      if (t === '' || PAGE_MARK.test(t) || PAGE_MARK.test(raw[j - 1]!.trim())) continue;
      if (raw[j]!.length - raw[j]!.trimStart().length < column - 2) break;
      value += t;
      end = j;
    }
    lines[i] = `${m[1]}：${value}`;
    for (let k = i + 1; k <= end; k++) lines[k] = '';
    i = end;
    rows++;
  }
  // The page marks and the running header under each are no part of the report's text.
  if (rows > 0)
    for (let i = 0; i < raw.length; i++)
      if (PAGE_MARK.test(lines[i]!)) {
        lines[i] = '';
        const next = lines[i + 1];
        if (next !== undefined && !isLabel(next.slice(0, next.indexOf('：')))) lines[i + 1] = '';
      }
  return rows;
}

/**
 * A credit platform's record page sets each label and its value on one line, padded apart with full-width spaces
 * (处罚依据␣␣␣␣《…》第二十一条…): each such row becomes one labelled line (处罚依据：《…》…), in place. Returns how
 * many rows were read so.
 */
function paddedRows(lines: string[]): number {
  let rows = 0;
  for (const [i, line] of lines.entries()) {
    const at = line.indexOf('\u3000');
    if (at < 2 || at > 30) continue;
    const m = /^([^\s：:]{2,30}?)\u3000+(\S.*)$/.exec(line);
    if (m === null || !isLabel(m[1]!)) continue;
    lines[i] = `${m[1]}：${m[2]!.trim()}`;
    rows++;
  }
  return rows;
}

/** A line of a drawn frame only (┌────, ├────, └────). */
const FRAME_RULE = /^[ \t]*[┌├└╔╠╚┏┣┗][─━═┬┴┼┐┤┘╗╣╝┓┫┛]{2,}[ \t]*$/;
/** A framed line's left border (│ 当事人：…) and its right one, if drawn. */
const FRAME_SIDE = /^[ \t]*[│║┃][ \t\u3000]*|[ \t\u3000]*[│║┃][ \t]*$/g;

/**
 * Summaries drawn in box characters (┌── / │ 当事人：… / └──): each framed line without its borders, each rule of the
 * frame a plain rule (────) between the blocks.
 */
function unframed(text: string): string {
  return text
    .split('\n')
    .map((line) => (FRAME_RULE.test(line) ? '──────' : line.replace(FRAME_SIDE, '')))
    .join('\n');
}

/** 〔展开详情：①〕 / 【详情②】: the head of a result card's details, copied below the list, naming the card by its number. */
const DETAILS_HEAD =
  /^[ \t\u3000]*[〔【[(（]?(?:展开)?详情[：:]?\s*([\u2460-\u2473])[〕】\])）]?[ \t\u3000]*$/;
/** ① 某公司␣␣状态：已结案 — a result card opening with its circled number. */
const CARD_HEAD = /^[ \t\u3000]*([\u2460-\u2473])/;

/**
 * A query's result cards (① … / ② …) whose details were expanded below the list (〔展开详情：①〕 and its lines): each
 * card's details moved up to the end of the card they name, so that the card tells its case whole. A text with no
 * such heads is returned as it is.
 */
function withDetailsInPlace(text: string): string {
  const lines = text.split('\n');
  const details = new Map<string, string[]>();
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = DETAILS_HEAD.exec(lines[i]!);
    if (m === null) {
      kept.push(lines[i]!);
      continue;
    }
    const body: string[] = [];
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && !DETAILS_HEAD.test(lines[i + 1]!))
      body.push(lines[++i]!);
    details.set(m[1]!, body);
  }
  if (details.size === 0) return text;
  const out: string[] = [];
  let card: string | null = null;
  const close = (): void => {
    const body = card === null ? undefined : details.get(card);
    if (body === undefined) return;
    let end = out.length;
    while (end > 0 && out[end - 1]!.trim() === '') end--;
    out.splice(end, 0, ...body);
    details.delete(card!);
  };
  for (const line of kept) {
    const head = CARD_HEAD.exec(line);
    if (head !== null && details.has(head[1]!)) {
      close();
      card = head[1]!;
    } else if (head !== null) {
      close();
      card = null;
    }
    out.push(line);
  }
  close();
  return out.join('\n');
}

/** The text with each label line joined to the value line after it; the text itself when it has no such pairs. */
export function joinLabelLines(written: string): string {
  const framed = written.includes('│') ? unframed(written) : written;
  const text = framed.includes('详情') ? withDetailsInPlace(framed) : framed;
  if (!HINT.test(text)) return text;
  const raw = text.split(/\r\n|\r|\n/);
  const lines = raw.map((l) => l.trim());
  let labels = text.includes('\t') ? keyValueRows(lines) : 0;
  if (text.includes('   ')) labels += columnRows(raw, lines);
  if (text.includes('\u3000')) labels += paddedRows(lines);
  // A label with its value after it; a table's column names one per line (序号 / 当事人 / 违法事实…) are not.
  for (let i = 0; i + 1 < lines.length; i++)
    if (isLabel(lines[i]!) && lines[i + 1] !== '' && !isLabel(lines[i + 1]!)) labels++;
  if (labels < MIN_LABELS) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const value = lines[i + 1];
    if (value !== undefined && value !== '' && isLabel(line) && !isLabel(value)) {
      out.push(`${line}：${value}`);
      i++;
    } else out.push(line);
  }
  // Each line its own paragraph: the page's other short lines (menus, the subject's name) are no phrases of a post.
  return out.join('\n\n');
}
