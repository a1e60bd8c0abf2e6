/**
 * 互联网信息服务管理办法 (rules/icp.ts) on invented decisions: each tier at its bounds, just outside them, and decided
 * by an authority the article does not name.
 */
import { describe, expect, it } from 'vitest';
import { applied, codes, decide, fineOf, measureOf, WARNING } from './decision.test-helper.js';

const LAW = '互联网信息服务管理办法';
const TELECOM = '某省通信管理局';
const CLOSE = { ...measureOf('other'), note: '责令关闭网站' };

describe('ICP.19.1 「由省、自治区、直辖市电信管理机构责令限期改正，有违法所得的，没收违法所得，处违法所得3倍以上5倍以下的罚款；没有违法所得或者违法所得不足5万元的，处10万元以上100万元以下的罚款；情节严重的，责令关闭网站」', () => {
  const fined = (yuan: number, gains: number, agency = TELECOM) =>
    decide({
      law: LAW,
      cites: [[19, 1]],
      agency,
      gains,
      sanctions: [measureOf('rectification'), fineOf(yuan)],
    });

  it('base: 没有违法所得…处10万元以上100万元以下的罚款 — at the bounds lawful, just outside not', () => {
    expect(fined(100000, 0).verdict).toBe('lawful');
    expect(fined(1000000, 0).verdict).toBe('lawful');
    expect(codes(fined(99999, 0))).toContain('FINE_BELOW_MIN');
    expect(fined(1000001, 0).verdict).toBe('unlawful');
  });

  it('base: 处违法所得3倍以上5倍以下的罚款 — with 50000 of gains, 150000–250000', () => {
    expect(fined(150000, 50000).verdict).toBe('lawful');
    expect(fined(250000, 50000).verdict).toBe('lawful');
    expect(fined(149999, 50000).verdict).toBe('unlawful');
    expect(fined(250001, 50000).verdict).toBe('unlawful');
  });

  it('serious: 情节严重的，责令关闭网站 — its range names the closure', () => {
    const r = decide({
      law: LAW,
      cites: [[19, 1]],
      agency: TELECOM,
      gains: 0,
      facts: ['serious_circumstances'],
      sanctions: [fineOf(100000), CLOSE],
    });
    expect(r.verdict).toBe('lawful');
    const serious = r.ranges.find((t) => t.tier === 'serious')!;
    expect(serious.sanctions.map((s) => s.words)).toContain('责令关闭网站');
  });

  it('base: a city 网信办 is not the 电信管理机构 the paragraph names', () => {
    const r = fined(100000, 0, '某市网信办');
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});

describe('ICP.19.2 「未履行备案手续，擅自从事非经营性互联网信息服务…由省、自治区、直辖市电信管理机构责令限期改正；拒不改正的，责令关闭网站」', () => {
  it('base: an order to rectify is lawful; any fine is outside it', () => {
    const ok = decide({
      law: LAW,
      cites: [[19, 2]],
      agency: TELECOM,
      sanctions: [measureOf('rectification')],
    });
    expect(ok.verdict).toBe('lawful');
    const r = decide({ law: LAW, cites: [[19, 2]], agency: TELECOM, sanctions: [fineOf(1)] });
    expect(r.verdict).toBe('unlawful');
  });

  it('refused: 拒不改正的，责令关闭网站 — the tier exists and needs the refusal', () => {
    const r = decide({ law: LAW, cites: [[19, 2]], agency: TELECOM, sanctions: [CLOSE] });
    expect(r.ranges.find((t) => t.tier === 'refused')!.when).toEqual([['refused_rectification']]);
  });

  it('base: the police are not the authority it names', () => {
    const r = decide({
      law: LAW,
      cites: [[19, 2]],
      agency: '某市公安局',
      sanctions: [measureOf('rectification')],
    });
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});

describe('ICP.20 「由公安机关、国家安全机关依照…有关法律、行政法规的规定予以处罚；对经营性互联网信息服务提供者，并由发证机关责令停业整顿直至吊销经营许可证…；对非经营性互联网信息服务提供者，并由备案机关责令暂时关闭网站直至关闭网站」', () => {
  it('base: the 发证机关 may revoke the licence', () => {
    const r = decide({ law: LAW, cites: [20], agency: TELECOM, sanctions: [measureOf('revocation')] });
    expect(r.verdict).toBe('lawful');
    expect(applied(r)).toEqual(['ICP.20:base']);
  });

  it('the police punish 「依照《治安管理处罚法》、《计算机信息网络国际联网安全保护管理办法》等」: cited alone, the verdict rests on the article reached', () => {
    const alone = decide({
      law: LAW,
      cites: [20],
      agency: '某市公安局',
      party: 'individual',
      sanctions: [WARNING, fineOf(5000)],
    });
    expect(alone.verdict).toBe('lawful_if');
    expect(alone.requires.join()).toMatch(/处罚依据为《计算机信息网络国际联网安全保护管理办法》第20条/);
    expect(
      decide({
        law: LAW,
        cites: [20],
        agency: '某市公安局',
        party: 'individual',
        sanctions: [WARNING, fineOf(5001)],
      }).verdict,
    ).toBe('unlawful');
    const withIntlnet = decide({
      law: LAW,
      cites: [20],
      agency: '某市公安局',
      party: 'individual',
      sanctions: [WARNING, fineOf(5000)],
      also: [{ law: '计算机信息网络国际联网安全保护管理办法', article: 20, paragraph: null, item: null }],
    });
    expect(withIntlnet.verdict).toBe('lawful');
    expect(applied(withIntlnet)).toContain('INTLNET.20:base');
  });

  it('base: a market regulator is none of the authorities it names', () => {
    const r = decide({
      law: LAW,
      cites: [20],
      agency: '某市市场监督管理局',
      sanctions: [measureOf('revocation')],
    });
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});

describe('ICP.21 「未履行本办法第十四条规定的义务的，由省、自治区、直辖市电信管理机构责令改正；情节严重的，责令停业整顿或者暂时关闭网站」', () => {
  it('base: citing only 第十四条 (记录备份) finds it; an order to rectify is lawful, a fine is not', () => {
    const ok = decide({ law: LAW, cites: [14], agency: TELECOM, sanctions: [measureOf('rectification')] });
    expect(applied(ok)).toEqual(['ICP.21:base']);
    expect(ok.verdict).toBe('lawful');
    expect(decide({ law: LAW, cites: [21], agency: TELECOM, sanctions: [fineOf(1)] }).verdict).toBe(
      'unlawful',
    );
  });

  it('serious: 责令停业整顿 is lawful once 情节严重 is established', () => {
    const r = decide({
      law: LAW,
      cites: [21],
      agency: TELECOM,
      facts: ['serious_circumstances'],
      sanctions: [measureOf('suspension')],
    });
    expect(applied(r)).toEqual(['ICP.21:serious']);
    expect(r.verdict).toBe('lawful');
  });

  it('base: a 网信办 is not the 电信管理机构 it names', () => {
    const r = decide({
      law: LAW,
      cites: [21],
      agency: '某省网信办',
      sanctions: [measureOf('rectification')],
    });
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});

describe('ICP.22 「未在其网站主页上标明其经营许可证编号或者备案编号的，由省、自治区、直辖市电信管理机构责令改正，处5000元以上5万元以下的罚款」', () => {
  const fined = (yuan: number, agency = TELECOM) =>
    decide({ law: LAW, cites: [22], agency, sanctions: [fineOf(yuan)] });

  it('base: 5000 and 50000 lawful; 4999 and 50001 not', () => {
    expect(fined(5000).verdict).toBe('lawful');
    expect(fined(50000).verdict).toBe('lawful');
    expect(codes(fined(4999))).toContain('FINE_BELOW_MIN');
    expect(codes(fined(50001))).toContain('FINE_ABOVE_MAX');
  });

  it('base: the police are not the 电信管理机构', () => {
    expect(codes(fined(5000, '某市公安局'))).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});

describe('ICP.23 「违反本办法第十六条规定的义务的，由省、自治区、直辖市电信管理机构责令改正；情节严重的，对经营性互联网信息服务提供者，并由发证机关吊销经营许可证，对非经营性互联网信息服务提供者，并由备案机关责令关闭网站」', () => {
  it('serious: revocation is lawful once 情节严重 is established; a fine is outside the article', () => {
    const r = decide({
      law: LAW,
      cites: [23],
      agency: TELECOM,
      facts: ['serious_circumstances'],
      sanctions: [measureOf('rectification'), measureOf('revocation')],
    });
    expect(applied(r)).toEqual(['ICP.23:serious']);
    expect(r.verdict).toBe('lawful');
    expect(decide({ law: LAW, cites: [23], agency: TELECOM, sanctions: [fineOf(1)] }).verdict).toBe(
      'unlawful',
    );
  });

  it('base: a 网信办 may order rectification (content duty; interpretation, see notes); the police may not', () => {
    const rect = [measureOf('rectification')];
    expect(decide({ law: LAW, cites: [16], agency: '某市网信办', sanctions: rect }).verdict).toBe('lawful');
    expect(codes(decide({ law: LAW, cites: [16], agency: '某市公安局', sanctions: rect }))).toContain(
      'AUTHORITY_NOT_EMPOWERED',
    );
  });
});
