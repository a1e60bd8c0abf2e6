import { describe, expect, it } from 'vitest';
import { courtRecital } from './court.js';
import { extractCases } from './extract.js';

/** An invented 行政判决书: a company sued the police unit that fined it; the court dismissed the claim. */
const JUDGMENT = [
  '某市某区人民法院',
  '行 政 判 决 书',
  '（2031）某0101行初7号',
  '　　原告某市某软件有限公司，住所地某市某区某路1号。',
  '　　法定代表人钱某，该公司经理。',
  '　　被告某市公安局东城分局，住所地某市东城区某街2号。',
  '　　原告某市某软件有限公司（以下简称某软件公司）不服被告某市公安局东城分局（以下简称东城分局）行政处罚一案，于2031年9月1日向本院提起行政诉讼。',
  '　　被告东城分局于2031年6月20日作出某公（网）行罚决字〔2031〕8号行政处罚决定，认定：2031年4月2日，东城分局在检查中发现，某软件公司运营的网站未采取防范网络攻击的技术措施。某软件公司的行为违反了《中华人民共和国网络安全法》第二十一条第（二）项之规定。依据《中华人民共和国网络安全法》第五十九条第一款之规定，决定对某软件公司给予警告，并处罚款人民币二万元。',
  '　　原告诉称，依照《中华人民共和国行政处罚法》第三十三条第一款的规定应当不予行政处罚。',
  '　　本院认为，被诉处罚决定认定事实清楚。依照《中华人民共和国行政诉讼法》第六十九条之规定，判决如下：',
  '　　驳回原告某市某软件有限公司的诉讼请求。',
  '　　案件受理费50元，由原告某市某软件有限公司负担。',
  '审　判　长　　孙某',
  '二〇三一年十一月二日',
].join('\n');

/** An invented 非诉执行 ruling: the police applied to enforce its fine, with 加处罚款. */
const RULING = [
  '某县人民法院',
  '行政裁定书',
  '申请执行人：某县公安局，住所地某县某路3号。',
  '被执行人：某县某网络科技有限公司，住所地某县某路4号。',
  '　　申请执行人某县公安局于2031年10月8日作出的某公（网）行罚决字〔2031〕第9号行政处罚决定认定：2031年7月1日，某县公安局网安大队检查发现被执行人运营的App未要求用户提供真实身份信息，责令其限期改正，被执行人拒不改正。依据《中华人民共和国网络安全法》第六十一条之规定，决定对被执行人处罚款人民币五万元。',
  '　　申请执行人向本院申请强制执行罚款人民币五万元及加处罚款人民币五万元。',
  '　　本院经审查认为，申请执行人的申请符合法律规定的条件。依照《中华人民共和国行政强制法》第五十三条之规定，裁定如下：',
  '　　准予强制执行某县公安局作出的行政处罚决定中的罚款人民币五万元及加处罚款人民币五万元。',
].join('\n');

describe('court documents about a penalty', () => {
  it('keeps only the paragraph reciting the penalty decision, its roles read as names', () => {
    expect(courtRecital(RULING)).toBe(
      '某县公安局于2031年10月8日作出的某公（网）行罚决字〔2031〕第9号行政处罚决定认定：2031年7月1日，某县公安局网安大队检查发现某县某网络科技有限公司运营的App未要求用户提供真实身份信息，责令其限期改正，某县某网络科技有限公司拒不改正。依据《中华人民共和国网络安全法》第六十一条之规定，决定对某县某网络科技有限公司处罚款人民币五万元。',
    );
  });

  it('reads the judgment\u2019s recited penalty as the record: not the court, 受理费, the arguments or 行政诉讼法 (行政诉讼法 第六十九条 is the court\u2019s basis)', () => {
    const [r, ...rest] = extractCases(JUDGMENT);
    expect(rest).toHaveLength(0);
    expect(r!.party).toEqual({ kind: 'organization', name: '某市某软件有限公司' });
    expect(r!.agency).toBe('东城分局');
    expect(r!.date).toBe('2031-04-02');
    expect(r!.decision_date).toBe('2031-06-20');
    expect(r!.provisions.map((p) => `${p.law}|${p.article}`)).toEqual(['网络安全法|21', '网络安全法|59']);
    expect(r!.sanctions.map((s) => `${s.kind}|${s.amount_yuan ?? ''}`)).toEqual(['warning|', 'fine|20000']);
  });

  it('reads the enforced fine once: 准予强制执行 and 加处罚款 (行政强制法 第四十五条, an enforcement measure) are no sanctions', () => {
    const [r, ...rest] = extractCases(RULING);
    expect(rest).toHaveLength(0);
    expect(r!.party.name).toBe('某县某网络科技有限公司');
    expect(r!.agency).toBe('某县公安局');
    expect(r!.sanctions.map((s) => `${s.kind}|${s.amount_yuan ?? ''}`)).toEqual(['fine|50000']);
    expect(r!.provisions.map((p) => `${p.law}|${p.article}`)).toEqual(['网络安全法|61']);
  });

  it('leaves a bulletin that only mentions a court as it is', () => {
    const text = '某县人民法院判处李某有期徒刑一年。某县公安局对某公司给予警告。';
    expect(courtRecital(text)).toBe(text);
  });
});

describe('a review body’s decision (行政复议决定书)', () => {
  const DECISION = [
    '某市人民政府',
    '行政复议决定书',
    '申请人一：某数据服务有限公司，住所地某市某区。',
    '申请人二：钱某，男。',
    '被申请人：某市公安局某分局，住所地某市某区。',
    '申请人不服被申请人作出的《行政处罚决定书》，向本机关申请行政复议。',
    '申请人称：处罚过重。',
    '被申请人称：2023年9月12日，被申请人民警检查发现申请人一未采取防范网络攻击的技术措施，当日送达《责令限期改正通知书》。复查时，上述问题均未改正。被申请人依据《中华人民共和国网络安全法》第二十一条第（二）项和第五十九条第一款，决定对申请人一给予警告，并处罚款人民币五万元。',
    '本机关认为：根据《中华人民共和国行政复议法》第六十八条，被申请人认定事实清楚，本机关决定维持。',
  ].join('\n');

  it('reduces it to the penalty the respondent recites, the roles named', () => {
    expect(courtRecital(DECISION)).toContain('某市公安局某分局依据');
    expect(courtRecital(DECISION)).toContain('决定对某数据服务有限公司给予警告');
  });

  it('reads the party, the deciding unit and the penalty, not the review law or the ignored order', () => {
    const [r] = extractCases(DECISION);
    expect(r!.party.name).toBe('某数据服务有限公司');
    expect(r!.agency).toBe('某市公安局某分局');
    expect(r!.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}`)).toEqual(['warning', 'fine50000']);
    expect(r!.provisions.map((p) => p.law)).not.toContain('行政复议法');
  });
});

describe('a court’s summary of an administrative case (案例精选)', () => {
  const SUMMARY = [
    '某科技公司不服网信处罚起诉被驳回',
    '发布时间：2032-04-02',
    '【基本案情】',
    '原告某市某网络科技有限公司经营一款交友应用。2031年5月，被告某区委网信办检查发现，该应用未对用户发布的信息进行审核。',
    '2031年8月3日，被告依据《中华人民共和国网络安全法》第四十七条、第六十八条第一款之规定，责令原告改正，并处罚款8万元。原告不服，诉至某区人民法院，请求撤销该处罚决定。',
    '【裁判结果】',
    '某区人民法院经审理认为，被告具有作出被诉处罚决定的法定职权。原告未对信息进行审核，依法应处一万元以上十万元以下罚款，被告在法定幅度内处以8万元罚款，并无明显不当。遂判决驳回原告的诉讼请求。',
    '【典型意义】',
    '平台应当落实信息审核义务。',
  ].join('\n');

  it('reads the roles as the names written at their first mention', () => {
    expect(courtRecital(SUMMARY)).toContain('2031年8月3日，某区委网信办依据');
    expect(courtRecital(SUMMARY)).toContain('责令某市某网络科技有限公司改正');
  });

  it('gives the penalty as the record: a plea to revoke it is no revocation, the court’s reasons restating it no case', () => {
    const [r, more] = extractCases(SUMMARY);
    expect(more).toBeUndefined();
    expect([r?.party.name, r?.agency, r?.decision_date, r?.sanctions.map((s) => s.kind)]).toEqual([
      '某市某网络科技有限公司',
      '某区委网信办',
      '2031-08-03',
      ['rectification', 'fine'],
    ]);
  });
});
