/**
 * The place words written right before a unit's name (银川市兴庆区网安部门 → 银川市兴庆区; 经中宁网安部门 → 中宁):
 * CJK characters back to the nearest boundary — punctuation or a function word (的, 在, 对, 经, 联合, 同时…).
 */

const STOP_WORDS = [
  '联合', '会同', '协同', '配合', '通过', '发现', '接到', '同时', '近日', '近期', '日前', '今年', '目前', '随后', '辖区内', '辖区', '位于',
  '所属', '属于', '以及', '对于', '关于', '根据', '依据', '依照', '按照', '其中', '此外', '另外', '之后', '以后', '期间', '当天',
  '的', '在', '对', '由', '经', '与', '和', '及', '被', '向', '将', '后', '时', '是', '为', '从', '据', '于', '了', '并', '日', '月',
  '年', '号', '等', '其', '该', '内', '即', '又', '还', '均', '都', '已', '曾', '给', '把', '让', '使', '请', '接', '报', '家', '名',
  '个', '至', '未', '到',
];

const CJK = /[\u4e00-\u9fff]/;

/** The place prefix ending at `end` (exclusive), at most `max` characters. */
export function placePrefix(text: string, end: number, max = 12): string {
  let start = end;
  while (start > 0 && end - start < max && CJK.test(text[start - 1]!)) start--;
  let prefix = text.slice(start, end);
  // Cut after the last stop word.
  let cut = 0;
  for (const w of STOP_WORDS) {
    const i = prefix.lastIndexOf(w);
    if (i >= 0 && i + w.length > cut) cut = i + w.length;
  }
  prefix = prefix.slice(cut);
  return prefix;
}
