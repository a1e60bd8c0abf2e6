import { describe, expect, it } from 'vitest';
import { markCases } from './source-marks.js';

const TEXT = '案例一\n以其他非法方式获取个人信息案\n……闫某……\n案例二\n某营业厅老板出售公民个人信息案\n……';

describe('markCases', () => {
  it('marks each case title in order and keeps every character of the text', () => {
    const segs = markCases(TEXT, [
      { title: '以其他非法方式获取个人信息案' },
      { title: '某营业厅老板出售公民个人信息案' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(TEXT);
    expect(segs.filter((s) => s.caseIndex !== null)).toEqual([
      { text: '以其他非法方式获取个人信息案', caseIndex: 0 },
      { text: '某营业厅老板出售公民个人信息案', caseIndex: 1 },
    ]);
  });

  it("falls back to the party's name when the title was composed by the extractor", () => {
    const segs = markCases(TEXT, [{ title: '闫某拉新案', party: { name: '闫某' } }]);
    expect(segs.find((s) => s.caseIndex === 0)?.text).toBe('闫某');
  });

  it('leaves the text unmarked when nothing is found, and searches after the previous case', () => {
    expect(markCases('甲乙丙', [{ title: '丁戊' }])).toEqual([{ text: '甲乙丙', caseIndex: null }]);
    const segs = markCases('AB案 CD案 AB案', [{ title: 'CD案' }, { title: 'AB案' }]);
    expect(segs.map((s) => [s.text, s.caseIndex])).toEqual([
      ['AB案 ', null],
      ['CD案', 0],
      [' ', null],
      ['AB案', 1],
    ]);
  });
});
