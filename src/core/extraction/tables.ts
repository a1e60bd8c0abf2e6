/**
 * Tables of cases (行政处罚信息公示表: 序号 | 当事人 | 违法行为 | 处罚依据 | 处罚结果 | 处罚日期), as text with a
 * tab between cells (HTML tables are read so): each data row becomes one labelled sentence —
 * "当事人：某科技有限公司，违法行为：…，处罚依据：《网络安全法》第五十九条，处罚结果：警告，处罚日期：2023年7月5日。" —
 * so that the row is one paragraph, one case, read like any other.
 */

/** The words of a table's column names (当事人, 处罚依据 …): one source for the cell tests here and in short-lines. */
export const HEADER_WORD_SOURCE =
  '当事人|相对人|被处罚|违法行为|违法事实|案由|处罚依据|法律依据|处罚结果|处罚决定|处罚内容|处罚种类|处罚日期|决定日期|处罚机关|执法机关|执法单位|序号|名称|单位|依据|主要问题|发现时间';
const HEADER_WORDS = new RegExp(HEADER_WORD_SOURCE);

/** Cells of a row: tabs, | bars (Markdown or text exports), or — under a header row — runs of 2+ spaces. */
function cellsOf(line: string, spaced: boolean): string[] {
  const bars = line.replace(/^\s*[|｜]|[|｜]\s*$/g, '');
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  if ((bars.match(/[|｜]/g)?.length ?? 0) >= 2) return bars.split(/[|｜]/).map((c) => c.trim());
  if (spaced)
    return line
      .trim()
      .split(/[ \u3000]{2,}/)
      .map((c) => c.trim());
  return [line];
}

/**
 * Cells of a CSV row (an export of a 行政处罚 list): fields split at commas outside double quotes, a quoted field's
 * 「""」 read as one quote.
 */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell.trim() === '') quoted = true;
    else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/** A header row: at least two short cells naming columns of a case table. */
const isHeader = (cells: readonly string[]): boolean =>
  cells.filter((c) => HEADER_WORDS.test(c) && c.length <= 8).length >= 2;

/**
 * A header row set out with spaces whose column names are not all known words (序号, 应用名称, 运营者, 所涉问题, in
 * places one full-width space apart): it opens on 序号 and is four or more short names with no punctuation.
 * Gated on its first word, so only such lines pay for the split.
 */
function numberedHeader(line: string): string[] | null {
  const head = line.trimStart();
  if (!head.startsWith('序号')) return null;
  const cells = head.trimEnd().split(/[ \u3000]+/);
  return cells.length >= 4 && cells.every((c) => c.length <= 6 && !/[，。；：:、,.]/.test(c)) ? cells : null;
}

/** Under a header, a row whose cells are one space apart in places: split at every space run if that fits the header. */
function fitToHeader(line: string, cells: string[], header: readonly string[]): string[] {
  if (cells.length >= header.length) return cells;
  const fine = line.trim().split(/[ \u3000]+/);
  return fine.length === header.length ? fine : cells;
}

/** A column's unit: 罚款金额（万元）, 拘留天数(日). */
const UNIT = /[（(](万元|元|日|天)[）)]$/;
/** The column of what was decided, in full (处罚内容, 处罚结果), and the one of its kinds only (处罚类别). */
const CONTENT = /^(?:处罚内容|处罚结果|处罚决定)$/;
const KINDS = /^(?:处罚类别|处罚种类)$/;
/** An amount cell that says there is none. */
const NONE = /^(?:0(?:\.0+)?|[—\-－/／]+|无)$/;

/** Lines of an export looked at for its CSV header row (a title or a blank line may come first). */
const CSV_HEAD_LINES = 3;

/** A CSV export: one of its first lines names columns, with commas between them. */
function csvHeaderAtTop(text: string): boolean {
  let from = 0;
  for (let n = 0; n < CSV_HEAD_LINES && from < text.length; n++) {
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl < 0 ? text.length : nl);
    if (isCsvHeader(line)) return true;
    from = nl < 0 ? text.length : nl + 1;
  }
  return false;
}

/** A line of column names with commas between them (no sentence in it). */
function isCsvHeader(line: string): boolean {
  if (!line.includes(',') || line.includes('。') || !HEADER_WORDS.test(line)) return false;
  const fields = csvCells(line);
  return fields.length >= 3 && isHeader(fields);
}

export function tableRowsToSentences(text: string): string {
  const csvExport = csvHeaderAtTop(text);
  if (!csvExport && !/\t|[|｜].*[|｜]|[ \u3000]{2,}/.test(text)) return text;
  const lines = text.split(/\r\n|\r|\n/);
  let header: string[] | null = null;
  /** Under a header row written as CSV: rows are CSV too. */
  let csv = false;
  const out: string[] = [];
  /** The last data row with every column of the header (the holder of cells merged over the rows below it). */
  let above: string[] | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    // Space-separated cells only count under a header row of the same kind.
    let cells: string[] = csv ? csvCells(line) : cellsOf(line, false);
    // A cell that held a line break (<br>) runs the row onto the next line: 责令限期改正 / 给予警告⇥2019-05-09.
    if (header !== null && cells.length >= 3 && cells.length < header.length && line.includes('\t')) {
      const rest = (lines[n + 1] ?? '').split('\t');
      if (rest.length > 1 && cells.length + rest.length - 1 === header.length) {
        cells = [...cells.slice(0, -1), `${cells[cells.length - 1]!}，${rest[0]!.trim()}`, ...rest.slice(1)];
        cells = cells.map((c) => c.trim());
        n++;
      }
    }
    // Cells merged over several rows (rowspan: 处罚决定日期, 处罚机关) end the rows below the first short: they take
    // the merged cells from the row above that holds them.
    if (
      header !== null &&
      above !== null &&
      cells.length >= 3 &&
      cells.length < header.length &&
      line.includes('\t')
    )
      cells = [...cells, ...above.slice(cells.length)];
    if (csvExport && cells.length < 3 && !csv && isCsvHeader(line)) {
      csv = true;
      cells = csvCells(line);
    }
    if (cells.length < 3 && (header !== null || isHeader(cellsOf(line, true)))) cells = cellsOf(line, true);
    if (cells.length < 3 && header === null) {
      const named = numberedHeader(line);
      if (named) {
        header = named;
        continue;
      }
    }
    if (header !== null && !csv && cells.length < header.length && cells.length >= 3)
      cells = fitToHeader(line, cells, header);
    if (/^[\s|｜:：\-—]+$/.test(line) && line.trim() !== '') continue; // |---|---| under a Markdown header
    if (cells.filter((c) => c !== '').length < 3) {
      header = line.trim() === '' ? header : null;
      csv = csv && header !== null;
      out.push(line);
      continue;
    }
    if (isHeader(cells)) {
      header = cells;
      above = null;
      continue;
    }
    if (header !== null && cells.length === header.length) above = cells;
    const officer = header === null ? null : officerRow(cells, header, lines[n - 1]);
    if (officer !== null) {
      // The row's own sentence is the decision's part on its 主管人员: it joins the unit's row above.
      out[out.length - 1] = `${out[out.length - 1]!.replace(/。$/, '')}；${officer}。`;
      continue;
    }
    const parts: string[] = [];
    // 处罚类别 (警告;罚款) sums up what 处罚内容 states in full: read the content only.
    const summary = header?.some((h) => CONTENT.test(h)) ? header.findIndex((h) => KINDS.test(h)) : -1;
    cells.forEach((cell, i) => {
      if (cell === '' || i === summary) return;
      const column = header?.[i] ?? '';
      if (/^序号$/.test(column) || (/^\d{1,3}$/.test(cell) && i === 0)) return;
      // 罚款金额（万元） | 1.5: the unit of the column goes with the amount; 0 or — there is no such sanction.
      const unit = UNIT.exec(column);
      const name = unit ? column.slice(0, unit.index) : column;
      if (unit && NONE.test(cell)) return;
      const value =
        unit && /^\d+(?:\.\d+)?$/.test(cell) ? `${cell}${unit[1]}` : cell.replace(/[。；，]$/, '');
      parts.push(name && name.length <= 10 ? `${name}：${value}` : value);
    });
    out.push(parts.join('，') + '。');
  }
  return out.join('\n');
}

/** 陶某（某云计算服务有限公司直接负责的主管人员） — a party cell naming the unit whose officer the person is. */
const OFFICER_CELL = /^([^（(]{1,6})[（(][^）)]*?(直接负责的主管人员|其他直接责任人员)[）)]$/;

/**
 * A row that lists a unit's 直接负责的主管人员 as a person of his own under the unit's 决定书文号 (the row right above):
 * his measure is part of the unit's decision — 「对直接负责的主管人员陶某处以罚款人民币壹万元」 — or null for any other row.
 */
function officerRow(
  cells: readonly string[],
  header: readonly string[],
  prevLine: string | undefined,
): string | null {
  const who = header.findIndex((h) => /相对人|当事人|被处罚/.test(h));
  const m = who < 0 ? null : OFFICER_CELL.exec(cells[who] ?? '');
  if (m === null || prevLine === undefined) return null;
  const number = header.findIndex((h) => h.includes('文号'));
  const content = header.findIndex((h) => CONTENT.test(h));
  if (number < 0 || content < 0 || !cells[number] || !cells[content]) return null;
  if (!prevLine.split('\t').some((c) => c.trim() === cells[number])) return null;
  return `对${m[2]}${m[1]}处以${cells[content]}`;
}

/** A row as tableRowsToSentences writes it: three or more labelled cells (当事人：某公司，违法行为：…，处罚结果：警告。). */
export const isTableRow = (p: string): boolean => (p.match(/(?:^|，)[^，：。]{1,10}：/g)?.length ?? 0) >= 3;
