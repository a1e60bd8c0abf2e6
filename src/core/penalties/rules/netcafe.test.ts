/**
 * 互联网上网服务营业场所管理条例 (rules/netcafe.ts) on invented decisions: each tier at its bounds, just outside them,
 * and decided by an authority the paragraph does not name. Fines on 违法经营额 are checked on the tier directly, since
 * no case-record field carries the turnover yet (the check asks for it).
 */
import { describe, expect, it } from 'vitest';
import { ruleById } from './index.js';
import { admits, applied, codes, decide, fineOf, measureOf, WARNING } from './decision.test-helper.js';

const LAW = '互联网上网服务营业场所管理条例';
const CULTURE = '某区文化市场综合执法大队';
const POLICE = '某县公安局';
const MARKET = '某市市场监督管理局';

describe('NETCAFE.27 「擅自从事互联网上网服务经营活动的…由文化行政部门没收违法所得及其从事违法经营活动的专用工具、设备；违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款；违法经营额不足1万元的，并处1万元以上5万元以下的罚款」', () => {
  it('base: a fine by the 文化和旅游局 is lawful once the 违法经营额 is known', () => {
    const r = decide({
      law: LAW,
      cites: [27],
      agency: '某市文化和旅游局',
      party: 'individual',
      sanctions: [measureOf('confiscation'), fineOf(50000)],
    });
    expect(r.verdict).toBe('lawful_if');
    expect(r.requires).toContain('违法经营额');
  });

  it('base: 不足1万元 → 10000–50000; 1万元以上 → 5–10 times, and not just outside', () => {
    const low = { illegalTurnover: 9999 };
    expect(admits('NETCAFE.27', 'base', fineOf(10000), low)).toBe('yes');
    expect(admits('NETCAFE.27', 'base', fineOf(50000), low)).toBe('yes');
    expect(admits('NETCAFE.27', 'base', fineOf(9999), low)).toBe('no');
    expect(admits('NETCAFE.27', 'base', fineOf(50001), low)).toBe('no');
    const high = { illegalTurnover: 10000 };
    expect(admits('NETCAFE.27', 'base', fineOf(50000), high)).toBe('yes');
    expect(admits('NETCAFE.27', 'base', fineOf(100000), high)).toBe('yes');
    expect(admits('NETCAFE.27', 'base', fineOf(49999), high)).toBe('no');
    expect(admits('NETCAFE.27', 'base', fineOf(100001), high)).toBe('no');
  });

  it("base: the fine is the 文化行政部门's, not the police's", () => {
    const r = decide({ law: LAW, cites: [27], agency: POLICE, sanctions: [fineOf(20000)] });
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});

describe('NETCAFE.29 「涂改、出租、出借或者以其他方式转让《网络文化经营许可证》…由文化行政部门吊销《网络文化经营许可证》，没收违法所得；违法经营额5000元以上的，并处违法经营额2倍以上5倍以下的罚款；违法经营额不足5000元的，并处5000元以上1万元以下的罚款」', () => {
  it('base: revocation and a fine by the 文化行政部门 are lawful once the turnover is known', () => {
    const r = decide({
      law: LAW,
      cites: [29],
      agency: CULTURE,
      sanctions: [measureOf('revocation'), fineOf(10000)],
    });
    expect(r.verdict).toBe('lawful_if');
    expect(applied(r)).toEqual(['NETCAFE.29:base']);
  });

  it('base: at and just outside the bounds', () => {
    const low = { illegalTurnover: 4999 };
    expect(admits('NETCAFE.29', 'base', fineOf(5000), low)).toBe('yes');
    expect(admits('NETCAFE.29', 'base', fineOf(10000), low)).toBe('yes');
    expect(admits('NETCAFE.29', 'base', fineOf(4999), low)).toBe('no');
    expect(admits('NETCAFE.29', 'base', fineOf(10001), low)).toBe('no');
    const high = { illegalTurnover: 5000 };
    expect(admits('NETCAFE.29', 'base', fineOf(25000), high)).toBe('yes');
    expect(admits('NETCAFE.29', 'base', fineOf(25001), high)).toBe('no');
    expect(admits('NETCAFE.29', 'base', fineOf(9999), high)).toBe('no');
  });

  it('base: the police may not revoke the licence', () => {
    const r = decide({ law: LAW, cites: [29], agency: POLICE, sanctions: [measureOf('revocation')] });
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});

describe('NETCAFE.30.1 「由公安机关给予警告，没收违法所得；违法经营额1万元以上的，并处违法经营额2倍以上5倍以下的罚款；违法经营额不足1万元的，并处1万元以上2万元以下的罚款；情节严重的，责令停业整顿，直至由文化行政部门吊销《网络文化经营许可证》」', () => {
  it('base: the police warn and fine; at and just outside the bounds', () => {
    const r = decide({ law: LAW, cites: [[30, 1]], agency: POLICE, sanctions: [WARNING, fineOf(20000)] });
    expect(r.verdict).toBe('lawful_if');
    expect(applied(r)).toEqual(['NETCAFE.30.1:base']);
    const low = { illegalTurnover: 9999 };
    expect(admits('NETCAFE.30.1', 'base', fineOf(10000), low)).toBe('yes');
    expect(admits('NETCAFE.30.1', 'base', fineOf(20000), low)).toBe('yes');
    expect(admits('NETCAFE.30.1', 'base', fineOf(9999), low)).toBe('no');
    expect(admits('NETCAFE.30.1', 'base', fineOf(20001), low)).toBe('no');
    const high = { illegalTurnover: 10000 };
    expect(admits('NETCAFE.30.1', 'base', fineOf(20000), high)).toBe('yes');
    expect(admits('NETCAFE.30.1', 'base', fineOf(50000), high)).toBe('yes');
    expect(admits('NETCAFE.30.1', 'base', fineOf(50001), high)).toBe('no');
  });

  it("serious: 停业整顿 by the police; the revocation is the 文化行政部门's (`by`)", () => {
    const r = decide({
      law: LAW,
      cites: [[30, 1]],
      agency: POLICE,
      facts: ['serious_circumstances'],
      sanctions: [measureOf('suspension')],
    });
    expect(applied(r)).toEqual(['NETCAFE.30.1:serious']);
    expect(r.verdict).toBe('lawful');
    const revocation = ruleById('NETCAFE.30.1')!
      .tiers.find((t) => t.id === 'serious')!
      .sanctions.find((s) => s.kind === 'revocation')!;
    expect(revocation.by).toEqual(['culture']);
  });

  it('base: a market regulator may not apply it', () => {
    const r = decide({ law: LAW, cites: [[30, 1]], agency: MARKET, sanctions: [WARNING] });
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});

/** 第三十一条–第三十四条: 「给予警告，可以并处15000元以下（的）罚款；情节严重的，责令停业整顿，直至（由文化行政部门）吊销《网络文化经营许可证》」. */
const WARNING_ARTICLES: [rule: string, sentence: string, article: number, agency: string, wrong: string][] = [
  ['NETCAFE.31', '由文化行政部门给予警告，可以并处15000元以下的罚款', 31, CULTURE, POLICE],
  ['NETCAFE.32', '由公安机关给予警告，可以并处15000元以下罚款', 32, POLICE, MARKET],
  [
    'NETCAFE.33',
    '由文化行政部门、公安机关依据各自职权给予警告，可以并处15000元以下的罚款',
    33,
    POLICE,
    MARKET,
  ],
  ['NETCAFE.34', '由公安机关给予警告，可以并处15000元以下的罚款', 34, POLICE, MARKET],
];

describe.each(WARNING_ARTICLES)(
  '%s 「%s；情节严重的，责令停业整顿，直至…吊销」',
  (rule, _s, article, agency, wrong) => {
    it('base: a warning and 15000 yuan are lawful; 15001 is not', () => {
      const ok = decide({ law: LAW, cites: [article], agency, sanctions: [WARNING, fineOf(15000)] });
      expect(ok.verdict).toBe('lawful');
      expect(applied(ok)).toEqual([`${rule}:base`]);
      const over = decide({ law: LAW, cites: [article], agency, sanctions: [WARNING, fineOf(15001)] });
      expect(over.verdict).toBe('unlawful');
      expect(codes(over)).toContain('FINE_ABOVE_MAX');
    });

    it('serious: 责令停业整顿 with the fine is lawful once 情节严重 is established, and asks for it otherwise', () => {
      // The fine is 「可以并处」 with the 警告 (行政处罚法 and the tier it extends): it goes with it.
      const sanctions = [WARNING, measureOf('suspension'), fineOf(15000)];
      const ok = decide({ law: LAW, cites: [article], agency, sanctions, facts: ['serious_circumstances'] });
      expect(applied(ok)).toEqual([`${rule}:serious`]);
      expect(ok.verdict).toBe('lawful');
      const open = decide({ law: LAW, cites: [article], agency, sanctions });
      expect(open.verdict).toBe('lawful_if');
      expect(open.requires).toContain('情节严重');
    });

    it(`base: ${wrong} is not the authority the paragraph names`, () => {
      const r = decide({ law: LAW, cites: [article], agency: wrong, sanctions: [WARNING] });
      expect(r.verdict).toBe('unlawful');
      expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
    });
  },
);

describe('obligations cited alone find the article that enforces them', () => {
  it('第二十三条 (核对、登记上网消费者的有效身份证件) → NETCAFE.33 「（三）未按规定核对、登记上网消费者的有效身份证件…」', () => {
    const r = decide({ law: LAW, cites: [23], agency: POLICE, sanctions: [WARNING, fineOf(5000)] });
    expect(applied(r)).toEqual(['NETCAFE.33:base']);
    expect(r.verdict).toBe('lawful');
  });

  it('第二十一条 (不得接纳未成年人) → NETCAFE.31 「（二）接纳未成年人进入营业场所的」, and the 文化和旅游局 may apply it', () => {
    const r = decide({ law: LAW, cites: [21], agency: '某市文化和旅游局', sanctions: [WARNING] });
    expect(applied(r)).toEqual(['NETCAFE.31:base']);
    expect(r.verdict).toBe('lawful');
  });

  it('a decision before the 2022 text took effect (2022-05-01) is not judged under it', () => {
    const r = decide({ law: LAW, cites: [33], agency: POLICE, date: '2021-03-01', sanctions: [WARNING] });
    expect(r.verdict).toBe('undetermined');
    expect(codes(r)).toContain('LAW_NOT_IN_FORCE');
  });
});

describe('a paragraph the 公安机关 applies: the 文化行政部门 only revokes (「由公安机关给予警告……直至由文化行政部门吊销」)', () => {
  it.each([[[30, 1] as [number, number]], [32], [34]])(
    '第%s条: a 文化和旅游局 warning and fine is beyond its power',
    (article) => {
      const r = decide({
        law: LAW,
        cites: [article],
        agency: '某区文化和旅游局',
        sanctions: [WARNING, fineOf(10000)],
      });
      expect(r.verdict).toBe('unlawful');
      expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
    },
  );
});
