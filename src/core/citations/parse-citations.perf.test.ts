/**
 * Guards against super-linear behaviour (catastrophic backtracking, rescans): each adversarial input of
 * ~1 MB must parse in well under the time a quadratic scan would need (minutes). Thresholds are loose on
 * purpose (shared CI machines); `npm run bench` reports the real figures.
 */
import { describe, expect, it } from 'vitest';
import { parseCitations } from './parse-citations.js';

const INPUTS: Record<string, string> = {
  '第 repeated': '第'.repeat(1_000_000),
  'numeral lists with no unit': '第一、'.repeat(300_000),
  'numeral list after a law': `《网络安全法》第二十二、${'六十、'.repeat(300_000)}`,
  'one long numeral': `第${'九'.repeat(1_000_000)}条`,
  'unclosed title marks': '《'.repeat(500_000) + '<'.repeat(500_000),
  'parenthesised items': `《网络安全法》第一条${'（一）、'.repeat(200_000)}`,
  'a long paragraph chain': `《网络安全法》第一条${'、第二款'.repeat(200_000)}`,
  'basis verbs and titles': '依据《网络安全法》'.repeat(100_000),
  'law names back to back': '网络安全法'.repeat(200_000),
  'mixed citation soup': '依据《网络安全法》第1条、2条和第（3）项至本法该法第'.repeat(40_000),
};

describe('parseCitations runs in linear time', () => {
  it.each(Object.entries(INPUTS))('%s', (_name, text) => {
    const t = performance.now();
    const found = parseCitations(text);
    const seconds = (performance.now() - t) / 1000;
    expect(Array.isArray(found)).toBe(true);
    expect(seconds).toBeLessThan(5);
  });

  it('bulletin-style text parses at well over 1 MB/s', () => {
    const sentence =
      '中宁网安部门根据《网络安全法》第二十一条第一项、第二十五条和第五十九条第一款之规定,决定给予该局警告的行政处罚,并责令限期整改。\n';
    const text = sentence.repeat(20_000);
    const t = performance.now();
    const found = parseCitations(text);
    const seconds = (performance.now() - t) / 1000;
    expect(found).toHaveLength(60_000);
    expect(Buffer.byteLength(text) / 1e6 / seconds).toBeGreaterThan(1);
  });
});
