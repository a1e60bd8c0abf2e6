import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { leadCitations, leadLaw, underEarlierLaw, underLeadLaw } from './lead-law.js';

const ref = (c: { law: string; article: number | null; paragraph: number | null; item: number | null }) =>
  `${c.law}|${c.article}|${c.paragraph ?? ''}|${c.item ?? ''}`;

describe('a law named once in the lead of a list', () => {
  it('is the lead law when the lead names one law as a basis (依据《…》，对以下…作出行政处罚)', () => {
    expect(
      leadLaw([
        '某区网信办通报',
        '依据《中华人民共和国个人信息保护法》，某区网信办对以下运营者作出行政处罚：',
      ]),
    ).toBe('个人信息保护法');
    expect(leadLaw(['依据《网络安全法》《数据安全法》，对以下单位作出处罚：'])).toBeNull();
    expect(leadLaw(['某区网信办通报一批案件'])).toBeNull();
  });

  it('reads bare articles (依据第十六条、第六十六条第一款) under it, spans in the entry text (个人信息保护法 第六十六条第一款)', () => {
    const text = '运营者：某科技有限公司。问题：强制索取权限。依据第十六条、第六十六条第一款，给予警告。';
    const cs = underLeadLaw(text, '个人信息保护法');
    expect(cs.map(ref)).toEqual(['个人信息保护法|16||', '个人信息保护法|66|1|']);
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.source);
    expect(underLeadLaw('依据《数据安全法》第二十七条，给予警告。', '个人信息保护法')).toEqual([]);
  });

  it('applies to every numbered entry, with full-width numbers, dated by the lead (个人信息保护法 第六十六条第一款 「…责令改正，给予警告」)', () => {
    const records = extractCases(
      '某区网信办通报一批违规App\n\n2031年4月，某区网信办开展个人信息保护专项检测，发现部分App存在违规问题。依据《中华人民共和国个人信息保护法》，区网信办对以下App运营者作出行政处罚：\n\n１．“甲App”，运营者：某甲科技有限公司。问题：强制索取权限。依据第十六条、第六十六条第一款，责令改正，给予警告。\n\n２．“乙App”，运营者：某乙网络有限公司。问题：未提供注销功能。依据第四十七条第一款第（四）项、第六十六条第一款，罚款１０万元。',
    );
    expect(records.map((r) => r.provisions.map(ref))).toEqual([
      ['个人信息保护法|16||', '个人信息保护法|66|1|'],
      ['个人信息保护法|47|1|4', '个人信息保护法|66|1|'],
    ]);
    expect(records.map((r) => r.date)).toEqual(['2031-04', '2031-04']);
    expect(records[1]!.sanctions.map((s) => s.amount_yuan)).toEqual([100000]);
  });
});

describe('articles cited once in the lead for every listed party', () => {
  it('are the lead citations when the lead decides for all (分别作出处罚, 对上述…给予), else none', () => {
    expect(
      leadCitations([
        '某镇派出所通告',
        '经查，下列网吧存在违规问题。某县公安局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项之规定分别作出处罚，现通告如下：',
      ]).map(ref),
    ).toEqual(['互联网上网服务营业场所管理条例|23||', '互联网上网服务营业场所管理条例|33||3']);
    expect(leadCitations(['依据《网络安全法》第二十一条开展检查，发现以下问题：'])).toEqual([]);
    expect(leadCitations(['某县公安局分别对三家单位作出处罚。'])).toEqual([]);
  });

  it('are cited by each entry that cites nothing itself (互联网上网服务营业场所管理条例 第三十三条 「…给予警告，可以并处15000元以下的罚款」)', () => {
    const records = extractCases(
      '某镇派出所关于网吧违规情况的通告\n\n2031年5月，我所对辖区网吧开展检查。某县公安局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项之规定分别作出处罚，现通告如下：\n\n1．某镇甲网吧：5月3日，未核对上网人员身份证件。警告，罚款300元。\n\n2．某镇乙网咖：5月9日，未登记上网人员信息。依据《计算机信息网络国际联网安全保护管理办法》第二十三条，警告。',
    );
    expect(records.map((r) => r.provisions.map(ref))).toEqual([
      ['互联网上网服务营业场所管理条例|23||', '互联网上网服务营业场所管理条例|33||3'],
      ['计算机信息网络国际联网安全保护管理办法|23||'],
    ]);
  });
});

describe('underEarlierLaw: a law referred back to from a later case (blind37 class)', () => {
  it('reads 该办法第N条 under the earlier 办法', () => {
    const c = underEarlierLaw(
      '某区分局依据该办法第八条、第十九条，对该公司给予警告。',
      '互联网信息服务管理办法',
    );
    expect(c.map((x) => `${x.law}|${x.article}`)).toEqual([
      '互联网信息服务管理办法|8',
      '互联网信息服务管理办法|19',
    ]);
  });
  it('reads a bare 条例第N条 after 依据/根据 under the earlier 条例 (blind72 class)', () => {
    const c = underEarlierLaw(
      '复查时又发现未成年人上网，大队根据条例第二十一条、第三十一条，对其罚款一万元。',
      '互联网上网服务营业场所管理条例',
    );
    expect(c.map((x) => `${x.law}|${x.article}`)).toEqual([
      '互联网上网服务营业场所管理条例|21',
      '互联网上网服务营业场所管理条例|31',
    ]);
    // A bare 条例 that no verb of basis leads (管理条例第…, written without 《》) is no reference back.
    expect(underEarlierLaw('依照某管理条例第三条', '互联网上网服务营业场所管理条例')).toEqual([]);
  });
  it('does not read 该法 under an earlier 办法', () => {
    expect(underEarlierLaw('依据该法第八条，给予警告。', '互联网信息服务管理办法')).toEqual([]);
  });
  it('reads 新法第N条 (the amended law the page is about) under the law named before', () => {
    const c = underEarlierLaw('某县分局依据新法第三十条、第七十二条第二款，对该商户给予警告。', '数据安全法');
    expect(c.map(ref)).toEqual(['数据安全法|30||', '数据安全法|72|2|']);
  });
});

describe('a later case citing 同一法律 before it names a law itself', () => {
  it('reads the articles under the earlier case’s law', () => {
    const text = [
      '一、某市委网信办依据《中华人民共和国数据安全法》第二十七条、第四十五条第一款，对甲公司处罚款五十万元。',
      '二、同一天，某市委网信办依据同一法律第二十九条、第四十五条第一款，对乙公司给予警告。有律师说，按照《数据安全法》的规定，罚款最高可达二百万元。',
    ].join('\n');
    const second = extractCases(text).find((r) => r.party.name.includes('乙'));
    expect(second?.provisions.map(ref)).toEqual(['数据安全法|29||', '数据安全法|45|1|']);
  });
});
