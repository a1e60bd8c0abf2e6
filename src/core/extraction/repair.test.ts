import { describe, expect, it } from 'vitest';
import { repairCitationText, repairLawName } from './repair.js';

describe('repairLawName (issue 13: law names written wrong, resolved when unambiguous)', () => {
  it.each([
    ['中华人民共和国网络安全', '网络安全法'], // 法 missing
    ['信息服务互联网管理办法', '互联网信息服务管理办法'], // reordered
    ['互联网信息服务办法', '互联网信息服务管理办法'], // shortened, kind kept
    ['计算机信息网络国际联网安全保护办法', '计算机信息网络国际联网安全保护管理办法'],
  ])('%s → %s', (written, law) => {
    expect(repairLawName(written)).toBe(law);
  });

  it('leaves a law the catalogue holds, or does not hold, as written', () => {
    expect(repairLawName('网络安全法')).toBeNull();
    expect(repairLawName('电子商务法')).toBeNull();
    expect(repairLawName('治安管理处罚条例')).toBeNull();
    expect(repairLawName('网络信息内容生态治理规定')).toBeNull();
  });
});

describe('repairCitationText', () => {
  it('mends 第二十一第二项 (条 missing), 第(一)款 and spaces inside a title, and says so', () => {
    const { text, repairs } = repairCitationText(
      '依据《网络安 全法》第二十一第二项、第五十九条第(一)款之规定',
    );
    expect(text).toBe('依据《网络安全法》第二十一条第二项、第五十九条第一款之规定');
    expect(repairs.map((r) => r.from)).toEqual(['《网络安 全法》', '第二十一', '第(一)款']);
  });

  it('leaves a text without such typos alone', () => {
    expect(repairCitationText('依据《网络安全法》第二十一条第二项').repairs).toEqual([]);
  });
});

describe('repairCitationText: an OCR reading of 第', () => {
  it('mends 笫 before an article, a paragraph or an item number, and says so', () => {
    const { text, repairs } = repairCitationText('依据《治安管理处罚法》笫二十五条笫（一）项之规定');
    expect(text).toBe('依据《治安管理处罚法》第二十五条第（一）项之规定');
    expect(repairs).toEqual([{ from: '笫', to: '第' }]); // the same mending, said once
    expect(repairCitationText('笫一次').text).toBe('笫一次');
  });
});
