import { describe, expect, it } from 'vitest';
import { shortLawLabel } from './short-label.js';

describe('shortLawLabel', () => {
  it('shortens a long law name to its shortest alias, keeping the article', () => {
    expect(shortLawLabel('计算机信息网络国际联网安全保护管理办法第十一条')).toBe(
      '联网安全保护管理办法第十一条',
    );
  });
  it('leaves short labels and laws without aliases alone', () => {
    expect(shortLawLabel('网络安全法第六十四条')).toBe('网络安全法第六十四条');
    expect(shortLawLabel('互联网上网服务营业场所管理条例第三十一条')).toBe(
      '互联网上网服务营业场所管理条例第三十一条',
    );
  });
});
