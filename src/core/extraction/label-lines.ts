/**
 * Detail pages copied as text (信用网站 行政处罚 详情, 双公示 detail views): every label on a line of its own and its
 * value on the next (处罚依据 / 《…》第二十三条… / 处罚内容 / 责令改正，给予警告…). Read as written, the labels are
 * lines without a sentence and the values lose their names; each pair is joined back into one labelled line
 * (处罚依据：《…》第二十三条…), which forms.ts then reads as a form.
 */

/** A cheap first look: a decision's field label stands alone on a line. */
const HINT = /\n(?:处罚依据|处罚内容|处罚结果|处罚决定日期|违法事实|处罚机关)[ \t]*\r?\n/;
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

/** The text with each label line joined to the value line after it; the text itself when it has no such pairs. */
export function joinLabelLines(text: string): string {
  if (!HINT.test(text)) return text;
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  let labels = 0;
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
