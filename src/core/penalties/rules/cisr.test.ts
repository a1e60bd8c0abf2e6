/**
 * 计算机信息系统安全保护条例 (rules/cisr.ts) on invented decisions: each tier at its bounds, just outside them, and
 * decided by an authority the article does not name.
 */
import { describe, expect, it } from 'vitest';
import { applied, codes, decide, fineOf, measureOf, WARNING } from './decision.test-helper.js';

const LAW = '计算机信息系统安全保护条例';
const POLICE = '某市公安局网安支队';

describe('CISR.20 「违反本条例的规定，有下列行为之一的，由公安机关处以警告或者停机整顿」', () => {
  it('base: a warning, or 停机整顿, by the police is lawful', () => {
    for (const s of [WARNING, measureOf('suspension')]) {
      const r = decide({ law: LAW, cites: [20], agency: POLICE, sanctions: [s] });
      expect(r.verdict).toBe('lawful');
      expect(applied(r)).toEqual(['CISR.20:base']);
    }
  });

  it('base: a fine is outside it (the article sets none)', () => {
    const r = decide({ law: LAW, cites: [20], agency: POLICE, sanctions: [WARNING, fineOf(1)] });
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('SANCTION_NOT_PROVIDED');
  });

  it('base: a 网信 office may not apply it (「由公安机关」)', () => {
    const r = decide({ law: LAW, cites: [20], agency: '某市网信办', sanctions: [WARNING] });
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });

  it('item （二） 「违反计算机信息系统国际联网备案制度的」: citing only 第十一条 (备案) finds it', () => {
    const r = decide({ law: LAW, cites: [11], agency: POLICE, sanctions: [WARNING] });
    expect(applied(r)).toEqual(['CISR.20:base']);
  });
});

describe('CISR.23 「由公安机关处以警告或者对个人处以5000元以下的罚款、对单位处以1.5万元以下的罚款；有违法所得的，除予以没收外，可以处以违法所得1至3倍的罚款」', () => {
  const fined = (party: 'individual' | 'organization', yuan: number, gains = 0, agency = POLICE) =>
    decide({ law: LAW, cites: [23], agency, party, gains, sanctions: [fineOf(yuan)] });

  it('base: 对个人处以5000元以下的罚款 — 5000 lawful, 5001 not', () => {
    expect(fined('individual', 5000).verdict).toBe('lawful');
    expect(fined('individual', 5001).verdict).toBe('unlawful');
  });

  it('base: 对单位处以1.5万元以下的罚款 — 15000 lawful, 15001 not', () => {
    expect(fined('organization', 15000).verdict).toBe('lawful');
    const r = fined('organization', 15001);
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('FINE_ABOVE_MAX');
  });

  it('base: 有违法所得的…可以处以违法所得1至3倍的罚款 — with 10000 of gains, 30000 lawful, 30001 not', () => {
    expect(fined('organization', 30000, 10000).verdict).toBe('lawful');
    expect(fined('organization', 30001, 10000).verdict).toBe('unlawful');
  });

  it('base: 故意输入计算机病毒 — citing only 第七条 with a fine finds it', () => {
    const r = decide({
      law: LAW,
      cites: [7],
      agency: POLICE,
      party: 'individual',
      sanctions: [fineOf(3000)],
    });
    expect(applied(r)).toEqual(['CISR.23:base']);
  });

  it('base: a market regulator may not apply it (「由公安机关」)', () => {
    const r = fined('organization', 1000, 0, '某区市场监督管理局');
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});
