/**
 * Form-style disclosures (双公示, 行政处罚信息公示): each case a block of labelled lines — 案件名称：… / 文号：… /
 * 当事人：… / 处罚事由：… / 处罚依据：… / 处罚结果：… / 处罚机关：… / 处罚日期：… — one block after another, perhaps
 * numbered (二、 on a line of its own). Each block is one case: the label that opens the first block opens every
 * one, and the block ends at its last labelled line (the page's signature below is not the case's).
 */

/** A labelled field: a short label of Chinese characters (罚款金额（元）: with its unit), a colon, a value on the same line. */
const FIELD = /^([\u4e00-\u9fff]{2,12}(?:（[\u4e00-\u9fff]{1,4}）)?)[：:]\s*(\S.*)$/;
/** A bare item number between the blocks (二、 / （三） / 3.), or a rule drawn between them (━━━━, ————, -----). */
const BARE_MARKER = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?|[━─—－\-=＝_＿*＊·•]{3,})$/;
/** Labels that name the case (its title). */
const NAME_LABEL = /^(案件名称|案由)$/;
/** Labels of what was decided: only these say what the case's sanctions are. */
export const OUTCOME_FIELD = /^(处罚结果|处罚内容|处罚决定|处理结果|处罚种类|处罚种类和幅度)[：:]\s*\S/;

export interface FormBlock {
  title: string | null;
  paragraphs: string[];
}

/**
 * The case blocks of a form-style page, or null when the page is not one: at least two blocks, each opened by
 * the same label, holding a 处罚结果-like field, and nothing between the first block and the last labelled line
 * but labelled lines and bare item numbers.
 */
export function formBlocks(lines: readonly string[]): { preamble: string[]; blocks: FormBlock[] } | null {
  const first = lines.findIndex((l) => FIELD.test(l));
  if (first < 0) return null;
  const opener = FIELD.exec(lines[first]!)![1]!;
  let last = first;
  for (let i = first; i < lines.length; i++) if (FIELD.test(lines[i]!)) last = i;
  const blocks: FormBlock[] = [];
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    const field = FIELD.exec(line);
    if (!field) {
      if (BARE_MARKER.test(line)) continue;
      return null;
    }
    if (field[1] === opener) blocks.push({ title: null, paragraphs: [] });
    const block = blocks[blocks.length - 1]!;
    block.paragraphs.push(line);
    if (NAME_LABEL.test(field[1]!) && block.title === null) block.title = field[2]!.trim();
  }
  if (blocks.length < 2 || !blocks.every((b) => b.paragraphs.some((p) => OUTCOME_FIELD.test(p)))) return null;
  // A bare number right above the first block numbers it; it is not the introduction.
  const preamble = lines.slice(0, first).filter((l) => !BARE_MARKER.test(l));
  return { preamble, blocks };
}
