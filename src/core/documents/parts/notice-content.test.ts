import { describe, expect, it } from 'vitest';
import { noticeBasis } from './notice-content.js';

describe('the provisions a notice is made under, dated', () => {
  it('行政处罚法 第四十四条 and 程序规定 第一百六十七条 for a 网安 case under 网络安全法, also from 2026', () => {
    expect(noticeBasis('OTHER_ADMIN', '2026-03-01').notice).toBe(
      '《中华人民共和国行政处罚法》第四十四条、《公安机关办理行政案件程序规定》第一百六十七条',
    );
  });

  it('治安管理处罚法 (2025) 第一百一十二条 「…应当告知违反治安管理行为人拟作出治安管理处罚的内容及事实、理由、依据…」 for 治安 and detention cases from 2026-01-01', () => {
    expect(noticeBasis('DETENTION_OTHER_LAW', '2025-12-31').notice).toContain('第一百六十七条');
    expect(noticeBasis('DETENTION_OTHER_LAW', '2026-01-01').notice).toContain(
      '《中华人民共和国治安管理处罚法》第一百一十二条',
    );
    expect(noticeBasis('ZHIAN', '2026-01-01').hearing).toContain('第一百一十七条');
  });
});
