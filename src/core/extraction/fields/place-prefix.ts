/**
 * The place words written right before a unit's name (银川市兴庆区网安部门 → 银川市兴庆区; 经中宁网安部门 → 中宁):
 * CJK characters back to the nearest boundary — punctuation or a function word (的, 在, 对, 经, 联合, 同时…).
 */

const STOP_WORDS = [
  '联合',
  '会同',
  '协同',
  '配合',
  '通过',
  '发现',
  '接到',
  '同时',
  '近日',
  '近期',
  '日前',
  '今年',
  '目前',
  '随后',
  '辖区内',
  '辖区',
  // 会员单位某酒店 / 成员企业某公司: the role the writer gives the unit, no place.
  '单位',
  '企业',
  // 本地一家公司 / 当地某网吧: where the story is, no place name.
  '本地',
  '当地',
  '位于',
  // 数据来自某公司的系统: where a thing comes from, no place.
  '来自',
  '所属',
  '属于',
  '以及',
  '对于',
  '关于',
  '根据',
  '依据',
  '依照',
  '按照',
  '其中',
  '此外',
  '另外',
  '之后',
  '以后',
  '期间',
  '当天',
  '的',
  '在',
  '对',
  '由',
  '经',
  '与',
  '和',
  '及',
  '被',
  '向',
  '将',
  '后',
  '时',
  '是',
  '为',
  '从',
  '据',
  '于',
  '了',
  '并',
  '日',
  '月',
  '年',
  '号',
  // 7月份网警 / 去年份: a month or year counted, no place.
  '份',
  '等',
  '其',
  '该',
  '内',
  '即',
  '又',
  '还',
  '均',
  '都',
  '已',
  '曾',
  '给',
  '把',
  '让',
  '使',
  '请',
  '接',
  '报',
  '家',
  '名',
  '个',
  '至',
  '未',
  '到',
  // 我们县公安局 (an officer speaking): 我们 is no place.
  '们',
  // ——访某市委网信办处长某某 / 专访某局: the interview's verb is no place.
  '访',
];

const CJK = /[\u4e00-\u9fff]/;

const SINGLE_STOPS = new Set(STOP_WORDS.filter((w) => w.length === 1));
const LONG_STOPS = STOP_WORDS.filter((w) => w.length > 1);

/** The place prefix ending at `end` (exclusive), at most `max` characters. */
export function placePrefix(text: string, end: number, max = 12): string {
  let start = end;
  while (start > 0 && end - start < max && CJK.test(text[start - 1]!)) start--;
  // Walk back from the end to the nearest stop word; the prefix is what follows it.
  for (let i = end - 1; i >= start; i--) {
    if (SINGLE_STOPS.has(text[i]!)) return text.slice(i + 1, end);
    for (const w of LONG_STOPS) {
      if (i + 1 - w.length >= start && text.startsWith(w, i + 1 - w.length)) return text.slice(i + 1, end);
    }
  }
  return text.slice(start, end);
}
