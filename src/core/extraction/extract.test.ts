import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../paths.js';
import { extractCases, extractFromBytes, signerOf } from './extract.js';

describe('extractCases', () => {
  it('builds a record from a one-sentence case under a heading', () => {
    const [r] = extractCases(
      '案例一\n某营业厅老板出售公民个人信息案\n惠农区一运营商业务代办点经营者，通过微信非法向他人出售客户手机号，惠农网安部门根据《网络安全法》第四十四条、六十四条第二款之规定，给予该营业厅老板3000元的行政处罚，并没收违法所得。',
    );
    expect(r).toMatchObject({
      title: '某营业厅老板出售公民个人信息案',
      date: null,
      agency: '惠农网安部门',
      party: { kind: 'individual', name: '某营业厅老板' },
      provisions: [
        { law: '网络安全法', article: 44, paragraph: null, item: null },
        { law: '网络安全法', article: 64, paragraph: 2, item: null },
      ],
      sanctions: [
        { kind: 'fine', amount_yuan: 3000, days: null, target: 'party' },
        { kind: 'confiscation', amount_yuan: null, days: null, target: 'party' },
      ],
      decision_date: null,
      illegal_gains_yuan: null,
    });
  });

  it('records the facts the case states, not those its lesson warns of (网络安全法 第五十九条 “拒不改正”)', () => {
    const records = extractCases(
      '案例一\n某网络公司未落实安全保护措施案\n2022年3月，某区网安大队检查发现，某网络公司未落实网络日志留存措施，经责令改正仍未改正。某区公安分局依据《网络安全法》第二十一条、第五十九条第一款之规定，对该公司处罚款一万元。\n警示意义\n运营者不落实安全措施，可能导致网站被篡改、数据泄露，情节严重的将依法从重处罚。\n案例二\n某宾馆未落实安全保护措施案\n2022年4月，某宾馆未落实安全保护技术措施，所幸未造成信息泄露，某区公安分局依据《网络安全法》第二十一条、第五十九条第一款之规定，对该宾馆给予警告。',
    );
    expect(records.map((r) => r.established_facts)).toEqual([['refused_rectification'], undefined]);
  });

  it('splits off a second party sanctioned under its own provisions (一案双查)', () => {
    const records = extractCases(
      '一、赵某危害网络安全案\n2019年8月，某电信运营商员工赵某制作、传播非法VPN软件。大连网安部门依据《网络安全法》第27条、第63条之规定，对赵某予以行政拘留5日的处罚。9月，公安机关依据《网络安全法》第21条、第59条之规定，对该电信运营商开展“一案双查”，对其未落实安全保护制度的行为予以警告处罚。',
    );
    expect(
      records.map((r) => [r.party.name, r.agency, r.date, r.sanctions.map((s) => s.kind).join()]),
    ).toEqual([
      ['赵某', '大连网安部门', '2019-08', 'detention'],
      ['某电信运营商', '公安机关', '2019-09', 'warning'],
    ]);
    expect(records[1]!.title).toMatch(/^某电信运营商.*案$/);
    expect(records[1]!.decision_date).toBe('2019-09');
  });

  it('takes the unit issuing the bulletin when a case names none', () => {
    const [r] = extractCases(
      '某县公安局关于网络安全执法情况的通报\n（一）对县某医院未履行网络安全等级保护义务的行为，依据《网络安全法》第五十九条第一款规定，给予警告并处罚款人民币二万元（2021年4月）。',
    );
    expect(r).toMatchObject({ agency: '某县公安局', date: '2021-04', party: { kind: 'organization' } });
  });

  it('names the unit the case names when its decision only says 警方', () => {
    const [r] = extractCases(
      '案例一\n某男子编造谣言案\n某县公安局网安大队在巡查中发现，李某在微信群编造虚假险情。经警方调查，李某对违法事实供认不讳，警方依据《治安管理处罚法》第二十五条之规定，对李某处以行政拘留5日。',
    );
    expect(r?.agency).toBe('某县公安局网安大队');
  });

  it('reads a law named after a basis verb across a paragraph the print layout cut (违反 / 《…》相关规定)', () => {
    const [r] = extractCases(
      '案例一\n某公司不履行安全保护义务案\n某公司未按规定留存网络日志，违反\n\n《网络安全法》相关规定，某市公安局依法对该公司处以罚款1万元。',
    );
    expect(r?.provisions).toEqual([{ law: '网络安全法', article: null, paragraph: null, item: null }]);
  });

  it('leaves what the text does not say null', () => {
    const [r] = extractCases('近日，某公司未履行网络安全保护义务，警方依法对该公司给予警告。');
    expect(r).toMatchObject({ date: null, provisions: [], decision_date: null, illegal_gains_yuan: null });
  });

  // 约谈 is no penalty of 行政处罚法 第九条: a case that only reports a talk is no record (dev and blind labels).
  it('drops a last case cut off mid-sentence and one that only reports a talk (约谈)', () => {
    const text = [
      '一、某网站未落实实名制被罚款',
      '7月份，某市网信办发现某网站未要求用户提供真实身份信息，依据《网络安全法》第六十一条之规定，对该网站罚款五万元。',
      '二、某论坛未履行审核义务被约谈',
      '10月份，某市网信办发现某论坛对涉黄信息未及时删除，对该论坛负责人进行约谈。',
      '三、王某某从事危害网络安全活动案',
      '2019年1月，许昌魏都分局依据《网络安全法》第六十三条之规定，对',
    ].join('\n');
    expect(extractCases(text).map((r) => [r.title, r.sanctions.length])).toEqual([
      ['某网站未落实实名制被罚款', 1],
    ]);
  });

  it('gives no record for an order to correct in a case that says no penalty was given (未予行政处罚) (issue 13)', () => {
    const text = [
      '（一）某公司网站未落实日志留存措施案。2031年5月，县公安局依据《网络安全法》第二十一条、第五十九条第一款之规定，对该公司给予警告。',
      '（二）某小程序默认勾选授权问题。县网信办对其运营者进行了约谈，责令其立即整改。该小程序已完成整改，未予行政处罚。',
      '（三）某学校网站未备案问题。县公安局责令该校限期改正。',
    ].join('\n');
    expect(extractCases(text).map((r) => r.sanctions.map((s) => s.kind).join())).toEqual([
      'warning',
      'rectification',
    ]);
  });

  it('gives no record for an item of a section that reports no case (三、工作要求 （一）各单位要…)', () => {
    const text = [
      '一、被处罚单位情况',
      '（一）某县人民医院。该院网站存在高危漏洞。县公安局依据《网络安全法》第二十一条、第五十九条第一款，对该院给予警告。',
      '（二）某县中医院。该院未落实日志留存措施。县公安局对该院给予警告。',
      '二、工作要求',
      '（一）各单位要立即开展自查，对照《网络安全法》要求，全面排查整改网络安全隐患。',
      '（二）各单位主要负责人是本单位网络安全第一责任人。',
    ].join('\n');
    expect(extractCases(text).map((r) => r.party.name)).toEqual(['某县人民医院', '某县中医院']);
  });

  it('gives no record for sanctions nobody bears and no law is cited for (a tally, talk about the law)', () => {
    const text = [
      '新法施行百日来，各地公安机关依据新法查处了一批案件。过去是先警告，拒不改正才能罚款。',
      '2031年2月10日，某市公安局发现某物流有限公司未留存网络日志，依据《网络安全法》第六十一条第一款，对该公司给予警告，并处罚款二万元。',
    ].join('\n');
    expect(extractCases(text).map((r) => r.party.name)).toEqual(['某物流有限公司']);
  });

  it('dates a case to the day told right after its month (首例案件发生在今年2月。2月10日，…)', () => {
    // The day the law took effect (2031年1月1日，新修改的网络安全法正式施行) is not the case's.
    const text =
      '新法施行百日\n2031年1月1日，新修改的网络安全法正式施行。各地依据新法查处了一批案件。\n首例案件发生在今年2月。2月10日，某市公安局在检查时发现，某物流有限公司未留存网络日志。该局对该公司给予警告。';
    expect(extractCases(text).map((r) => r.date)).toEqual(['2031-02-10']);
  });

  it('dates a decision told before its facts to the facts (3月9日，某局对某公司处以… / 今年1月，…发现)', () => {
    const text =
      '某公司被罚\n某县融媒体中心　2031-04-02 18:30\n3月9日，某市公安局对某物流有限公司处以罚款2万元。\n据了解，今年1月，该局在检查时发现，该公司未留存网络日志。2月，该公司仍未整改。\n该局依据《中华人民共和国网络安全法》第二十一条的规定作出上述处罚。';
    expect(extractCases(text).map((r) => [r.date, r.decision_date])).toEqual([['2031-01', '2031-03-09']]);
  });

  it('finds nothing in text without cases', () => {
    expect(extractCases('')).toEqual([]);
    expect(extractCases('网络安全为人民，网络安全靠人民。')).toEqual([]);
  });
});

describe('extractFromBytes', () => {
  it('reports encoding, format and warnings', async () => {
    const empty = await extractFromBytes(new Uint8Array(), { filename: 'a.txt' });
    expect(empty).toEqual({
      records: [],
      doubts: [],
      warnings: ['a.txt：文件为空'],
      encoding: 'utf-8',
      format: 'text',
    });
    const none = await extractFromBytes(
      new TextEncoder().encode('<p>网络安全为人民</p><p>网络安全靠人民</p><div>x</div>'),
      { filename: 'a.html' },
    );
    expect(none).toMatchObject({ records: [], format: 'html', warnings: ['a.html：没有找到处罚案例'] });
  });
});

describe('quoted statute text', () => {
  it('is not cited for the case', () => {
    const [r] = extractCases(
      '案例一：某公司未履行义务案\n2022年5月，某公司网站被篡改。某区公安分局依据《网络安全法》第五十九条第一款之规定，对该公司给予警告。《网络安全法》第二十一条规定：国家实行网络安全等级保护制度，网络运营者应当履行下列安全保护义务。',
    );
    expect(r!.provisions).toEqual([{ law: '网络安全法', article: 59, paragraph: 1, item: null }]);
  });
});

describe('criminal outcomes', () => {
  it('a case whose only outcome is a sentence is no record; an administrative case with a criminal follow-up is', () => {
    const records = extractCases(
      [
        '案例一：某市“5·20”非法获取计算机信息系统数据案',
        '2024年5月，某市公安局网安支队侦破一起案件，抓获犯罪嫌疑人3名。经法院审理，主犯王某被判处有期徒刑二年，并处罚金人民币五万元。',
        '案例二：某网吧未落实实名登记案',
        '2024年6月，某区公安分局依据《互联网上网服务营业场所管理条例》第二十三条、第三十二条之规定，对该网吧给予警告，并处罚款二千元。其网管李某因涉嫌犯罪已被刑事拘留。',
      ].join('\n'),
    );
    expect(records.map((r) => r.title)).toEqual(['某网吧未落实实名登记案']);
    expect(records[0]!.sanctions.map((s) => s.kind)).toEqual(['warning', 'fine']);
  });

  it('a case under criminal investigation (立案侦查, 移送检察院审查起诉) is no record', () => {
    const records = extractCases(
      [
        '1.某网吧未落实实名登记案。2024年6月，某区公安分局依据《互联网上网服务营业场所管理条例》第二十三条之规定，对该网吧给予警告。',
        '2.吴某非法控制计算机信息系统案。2024年7月，吴某利用木马程序控制他人电脑。某县公安局以涉嫌非法控制计算机信息系统罪对吴某立案侦查，该案已移送县人民检察院审查起诉。',
      ].join('\n'),
    );
    expect(records.map((r) => r.title)).toEqual(['某网吧未落实实名登记案']);
  });
});

describe('dates a case does not state', () => {
  it('takes the month the introduction gives the reported enforcement', () => {
    const records = extractCases(
      [
        '某省网信办通报执法情况',
        '2024年11月，某省网信办依法查处一批违法违规网站平台。现将典型案例通报如下：',
        '①某科技有限公司运营的“某某”App因违规收集个人信息，被依据《个人信息保护法》第六十六条第一款，责令改正，给予警告。',
        '②某网络公司运营的“某某”论坛因未处置违法信息，被依据《网络安全法》第六十八条第一款，处以罚款5万元。',
      ].join('\n'),
    );
    expect(records.map((r) => r.date)).toEqual(['2024-11', '2024-11']);
  });

  it('a 法定代表人 punished separately shares the case’s date and unit; a later party named without a date gets the story’s month', () => {
    const [company, person] = extractCases(
      '案例一：某网络公司未落实安全保护制度案\n2024年3月，某市公安局网安支队检查发现，某网络有限公司未建立安全保护管理制度。网安支队依据《计算机信息网络国际联网安全保护管理办法》第十条、第二十一条之规定，对该公司给予警告，并处罚款人民币1万元。同时，网安支队认定该公司法定代表人孙某负有责任，依据《计算机信息网络国际联网安全保护管理办法》第二十一条之规定，对孙某另行作出行政处罚决定，给予警告。',
    );
    expect(company).toMatchObject({ date: '2024-03', party: { kind: 'organization' } });
    expect(person).toMatchObject({
      date: '2024-03',
      agency: '某市公安局网安支队',
      party: { kind: 'individual', name: '孙某' },
      sanctions: [{ kind: 'warning' }],
    });
    const [, host] = extractCases(
      '（一）某游戏公司网站被植入赌博信息案\n2023年3月，某县公安局巡查发现，某游戏有限公司网站被植入赌博信息。某县公安局依据《网络安全法》第五十九条第一款之规定，对该公司给予警告。\n同时，某县公安局依据《网络安全法》第二十四条第一款、第六十一条之规定，对为该网站提供主机服务的某网络服务公司未核验用户身份的行为，处以罚款五万元。',
    );
    expect(host).toMatchObject({ date: '2023-03', party: { name: '某网络服务公司' } });
  });
});

describe('several parties punished in one sentence', () => {
  it('gives each 对X… clause its own record, sharing the story, date, unit and citation', () => {
    const records = extractCases(
      '2024年8月5日，某县公安局网安大队发现，网民陈某在微信群发布虚假险情视频，网民杨某将该视频转发至多个平台。两人的行为违反了《中华人民共和国治安管理处罚法》第二十五条第一项的规定。某县公安局依法对陈某处以行政拘留八日，对杨某处以行政拘留三日并处罚款二百元。',
    );
    expect(records.map((r) => [r.party.name, r.date, r.sanctions.map((s) => s.kind).join('+')])).toEqual([
      ['陈某', '2024-08-05', 'detention'],
      ['杨某', '2024-08-05', 'detention+fine'],
    ]);
    expect(records[1]!.provisions).toEqual([
      { law: '治安管理处罚法', article: 25, paragraph: null, item: 1 },
    ]);
    expect(records[1]!.agency).toBe(records[0]!.agency);
  });

  it('keeps a responsible person punished alongside the unit in the unit’s record', () => {
    const records = extractCases(
      '2024年3月，某区公安分局依据《网络安全法》第五十九条第一款之规定，对某科技有限公司处以罚款一万元，对直接负责的主管人员王某处以罚款五千元。',
    );
    expect(records).toHaveLength(1);
  });
});

describe('two parties decided in one sentence, each under its own law', () => {
  it('gives each 「；依据…」 clause its own record with its own citations, sharing story and date', () => {
    const text =
      '2031年6月，某区检察院发现某物业服务有限公司强制业主刷脸，门禁系统由某智能科技有限公司运维且数据明文存储。8月2日，某分局依据《中华人民共和国个人信息保护法》第二十九条、第六十六条第一款的规定，责令某物业服务有限公司改正，并给予警告；依据《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款的规定，对某智能科技有限公司作出责令改正，处罚款十万元的行政处罚。';
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.date,
        r.provisions.map((p) => `${p.law}${p.article}`).join('+'),
        r.sanctions.map((x) => x.amount_yuan ?? x.kind).join('+'),
      ]),
    ).toEqual([
      ['某物业服务有限公司', '2031-06', '个人信息保护法29+个人信息保护法66', 'rectification+warning'],
      ['某智能科技有限公司', '2031-06', '数据安全法27+数据安全法45', 'rectification+100000'],
    ]);
  });
  it('splits a 「；同时，依据…」 clause the same way (a person fined, then the unit that employed them warned)', () => {
    const text =
      '2031年4月，某分局发现某快递驿站店员周某出售寄件人信息，获利600元。6月3日，某分局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款之规定，对周某作出没收违法所得600元、罚款3000元的行政处罚；同时，依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款之规定，对该驿站（溪南某某快递服务有限公司）作出警告的行政处罚。';
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.provisions.map((p) => `${p.article}`).join('+'),
        r.sanctions.map((x) => x.amount_yuan ?? x.kind).join('+'),
      ]),
    ).toEqual([
      ['周某', '44+64', '600+3000'],
      ['溪南某某快递服务有限公司', '21+59', 'warning'],
    ]);
  });
});

describe('a second decision told 同日 with no unit of its own', () => {
  it('takes the unit of the decision told just before it', () => {
    const text =
      '2031年3月，某区公安分局检查发现溪南某某诊所、溪南某某药房未制定安全管理制度。4月2日，溪南市公安局某区分局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，对溪南某某诊所作出警告并处罚款1万元的行政处罚。同日，对溪南某某药房依据同一条款给予警告的行政处罚。';
    expect(extractCases(text).map((r) => [r.party.name, r.agency])).toEqual([
      ['溪南某某诊所', '溪南市公安局某区分局'],
      ['溪南某某药房', '溪南市公安局某区分局'],
    ]);
  });
});

describe('signerOf', () => {
  it("names the unit of a case's 落款 line, closed by 。 or not, and nothing when there is none", () => {
    expect(
      signerOf(['本机关决定：对当事人处罚款人民币伍万元。', '青湾市互联网信息办公室。', '2029年6月3日']),
    ).toBe('青湾市互联网信息办公室');
    expect(signerOf(['本机关决定：对当事人处罚款人民币伍万元。'])).toBeNull();
  });
});

describe('a quoted decision that says 本机关 above its 落款', () => {
  it('is by the unit that signs it, though the story named that unit short', () => {
    const text = [
      '2029-06-20 18:05',
      '',
      '今年4月，市委网信办检查发现，青湾某软件有限公司的数据库未设置访问控制。',
      '市委网信办立即启动执法程序，依法对该公司进行立案调查。',
      '> 当事人：青湾某软件有限公司',
      '> 经查，当事人未采取相应的技术措施保障数据安全。上述行为违反了《中华人民共和国数据安全法》第二十七条的规定。',
      '> 根据《中华人民共和国数据安全法》第四十五条第一款，本机关决定：对当事人处罚款人民币伍万元。',
      '> 青湾市互联网信息办公室',
      '> 2029年6月3日',
      '',
      '———— 延伸阅读 ————',
      '这不是今年的第一起案件。3月，市委网信办依据《中华人民共和国网络安全法》第四十七条、第六十八条第一款，对青湾某文化传媒有限公司作出警告的行政处罚。',
    ].join('\n');
    expect(extractCases(text).map((r) => [r.party.name, r.agency, r.date])).toEqual([
      ['青湾某软件有限公司', '青湾市互联网信息办公室', '2029-04'],
      ['青湾某文化传媒有限公司', '市委网信办', '2029-03'],
    ]);
  });
});

describe('a paragraph opening 同日，该局 on another unit it found', () => {
  it('is a case of its own, by the unit told before, its party the other unit as the page names it', () => {
    const text = [
      '3月12日，青湾县文化和旅游局执法人员发现，青湾县某电竞馆未按规定核对上网消费者的身份证件。青湾县文化和旅游局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项，对该电竞馆作出警告、罚款2000元的处罚。',
      '同日，该局还查实青湾县另一家网吧于凌晨1时仍在营业，违反该条例第二十二条的规定，依据第三十一条第（一）项对其给予警告。',
    ].join('\n\n');
    expect(
      extractCases(text).map((r) => [r.party.name, r.agency, r.provisions.map((p) => p.article).join('+')]),
    ).toEqual([
      ['青湾县某电竞馆', '青湾县文化和旅游局', '23+33'],
      ['青湾县另一家网吧', '青湾县文化和旅游局', '22+31'],
    ]);
  });

  it('is by the unit told before even under a masthead that names another unit (the page’s issuer)', () => {
    const text = [
      '青湾市文化广电和旅游局',
      '春季网吧专项检查情况',
      '3月12日，青湾县文化和旅游局执法人员发现，青湾县某电竞馆未按规定核对上网消费者的身份证件。青湾县文化和旅游局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项，对该电竞馆作出警告、罚款2000元的处罚。',
      '同日，该局还查实青湾县另一家网吧于凌晨1时仍在营业，违反该条例第二十二条的规定，依据第三十一条第（一）项对其给予警告。',
    ].join('\n\n');
    expect(extractCases(text).map((r) => r.agency)).toEqual(['青湾县文化和旅游局', '青湾县文化和旅游局']);
  });
});

describe('a decision told as following another, naming no unit of its own', () => {
  it('is by the unit of the case whose articles it applies (依据同一条款), with no 同日 opening', () => {
    const text =
      '2031年5月6日，某县公安局依据《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款之规定，对某县甲软件有限公司给予警告。民警还发现某县乙宾馆有限公司的无线网络未留存日志，依据同一条款对其给予警告处罚。';
    expect(extractCases(text).map((r) => [r.party.name, r.agency])).toEqual([
      ['某县甲软件有限公司', '某县公安局'],
      ['某县乙宾馆有限公司', '某县公安局'],
    ]);
  });

  it('is by the unit of the decision told just before when it opens 同日 and cites its own articles', () => {
    const text =
      '2031年5月6日，某县公安局依据《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款之规定，对某县甲软件有限公司给予警告。同日，对转发谣言的乙某依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定处以罚款二百元。';
    expect(extractCases(text).map((r) => [r.party.name, r.agency])).toEqual([
      ['某县甲软件有限公司', '某县公安局'],
      ['乙某', '某县公安局'],
    ]);
  });
});

describe('several parties told in one sentence, each ；-clause opening with its own name', () => {
  it('gives each clause its own record, its party the name it opens with (网络安全法 第五十九条第一款)', () => {
    const text =
      '2031年5月，某市公安局开展等级保护检查，依法对3家单位予以行政处罚。其中，某县甲职业学院选课系统未开展等级测评，网安支队依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款之规定，对该学院作出责令改正并给予警告的行政处罚；某县乙供水有限公司拖延整改，东城分局依据《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款之规定，对该公司处罚款人民币三万元；某县丙酒店对民警责令其整改的要求置若罔闻，网安支队依据《中华人民共和国网络安全法》第五十九条第一款之规定，对该酒店处罚款人民币一万元。';
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.agency,
        r.provisions.map((p) => `${p.article}${p.item ? `(${p.item})` : ''}`).join('+'),
        r.sanctions.map((x) => x.amount_yuan ?? x.kind).join('+'),
      ]),
    ).toEqual([
      ['某县甲职业学院', '网安支队', '21+59', 'rectification+warning'],
      ['某县乙供水有限公司', '东城分局', '21(2)+59', '30000'],
      ['某县丙酒店', '网安支队', '59', '10000'],
    ]);
  });
  it('splits the clauses when the first opens on its day before the name (6月2日，甲公司…；乙学校…；丙公司…)', () => {
    const text =
      '2031年6月，某市网安支队开展专项检查。6月2日，某县甲仓储有限公司门户网站未制定安全管理制度，网安支队依据《中华人民共和国网络安全法》第二十一条第（一）项、第五十九条第一款，责令该公司改正并给予警告；某县乙中等专业学校的教务系统多次被入侵，西城分局于7月9日依据该法第二十一条第（二）项、第五十九条第一款，对该校处罚款二万元；某县丙冷藏运输有限公司未备份业务数据，网安支队依照该法第二十一条第（四）项、第五十九条第一款规定，对该公司处罚款四万元。';
    const items = (r: ReturnType<typeof extractCases>[number]): string =>
      r.provisions.map((p) => `${p.article}(${p.item ?? ''})`).join('+');
    const told = extractCases(text).map(
      (r) => `${r.party.name}/${r.agency}/${items(r)}/${r.sanctions.length}`,
    );
    expect(told).toEqual([
      '某县甲仓储有限公司/网安支队/21(1)+59()/2',
      '某县乙中等专业学校/西城分局/21(2)+59()/1',
      '某县丙冷藏运输有限公司/网安支队/21(4)+59()/1',
    ]);
  });
});

describe('several units each deciding in its own ；-clause, each clause opening with the unit', () => {
  it('gives each clause its own record, its unit and its law (甲市委网信办对…；乙市委网信办查明，…；丙市委网信办对…)', () => {
    const text =
      '2033年4月，某省委网信办通报执法情况。各市网信部门同步开展执法。甲州市委网信办对“甲州便民网”运营主体甲州某传媒有限公司未及时处置违法信息的行为，依据《中华人民共和国网络安全法》第四十七条、第六十八条第一款，责令改正并给予警告；乙川市委网信办查明，乙川某软件有限公司运营的“乙川社区”未核验用户真实身份，该办依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条，对该公司责令改正，并处罚款8万元；丙江市委网信办对“丙江集市”小程序运营者丙江某商贸有限公司发布违法广告牟利的行为，依据《中华人民共和国网络安全法》第四十七条、第六十八条第一款，责令改正，没收违法所得2100元。';
    const told = extractCases(text).map(
      (r) =>
        `${r.party.name}/${r.agency}/${r.provisions.map((p) => p.article).join('+')}/${r.sanctions.map((x) => x.amount_yuan ?? x.kind).join('+')}`,
    );
    expect(told).toEqual([
      '甲州某传媒有限公司/甲州市委网信办/47+68/rectification+warning',
      '乙川某软件有限公司/乙川市委网信办/24+61/rectification+80000',
      '丙江某商贸有限公司/丙江市委网信办/47+68/rectification+2100',
    ]);
  });
});

describe('a second company punished after ；in the decision sentence (…；对某某软件开发有限公司作出…)', () => {
  it('gives the second company its own record, the officer fined staying with the first', () => {
    const text =
      '2034年3月，某市委网信办检查发现，甲县某冷链运输有限公司的调度系统存在未授权访问漏洞；为其提供运维服务的乙县某网络工程有限公司同样未落实访问控制措施。5月6日，市委网信办依据《中华人民共和国数据安全法》第四十五条第一款规定，对甲县某冷链运输有限公司作出责令改正、给予警告、罚款8万元的行政处罚，对该公司直接负责的主管人员钱某处以罚款1万元；对乙县某网络工程有限公司作出责令改正、给予警告的行政处罚。';
    const told = extractCases(text).map(
      (r) =>
        `${r.party.name}/${r.agency}/${r.sanctions.map((x) => `${x.amount_yuan ?? x.kind}:${x.target}`).join('+')}`,
    );
    expect(told).toEqual([
      '甲县某冷链运输有限公司/某市委网信办/rectification:party+warning:party+80000:party+10000:responsible_person',
      '乙县某网络工程有限公司/某市委网信办/rectification:party+warning:party',
    ]);
  });
});

describe('a decision document: 当事人 block, an earlier order in the facts, 作出如下行政处罚： with numbered items', () => {
  it('gives one record with every item, the cited articles only (个人信息保护法 第六十六条第一款), not the payment boilerplate', () => {
    const text = [
      '当事人：某市甲信息技术有限公司',
      '经查，2031年2月至4月，该公司运营的“乙”App未经用户单独同意向第三方提供个人信息。2031年5月6日，我办向该公司送达《责令限期改正通知书》，该公司逾期仍未改正。',
      '上述事实，有检查笔录等证据证实。',
      '本机关认为，当事人的上述行为违反了《中华人民共和国个人信息保护法》第十四条第一款、第二十三条的规定。',
      '依据《中华人民共和国个人信息保护法》第六十六条第一款的规定，本机关决定对当事人作出如下行政处罚：',
      '一、责令改正，给予警告；',
      '二、没收违法所得人民币伍万元；',
      '三、处罚款人民币贰拾万元。',
      '当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定加处罚款。',
      '某市互联网信息办公室',
      '2031年7月1日',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.provisions.map((p) => `${p.law}${p.article}`).join('+'),
        r.sanctions.map((x) => x.amount_yuan ?? x.kind).join('+'),
      ]),
    ).toEqual([
      [
        '某市甲信息技术有限公司',
        '个人信息保护法14+个人信息保护法23+个人信息保护法66',
        'rectification+warning+50000+200000',
      ],
    ]);
  });
});

describe('a 治安 decision document signed by its unit', () => {
  it('takes the signing unit (某县公安局（印）) as agency, not the 派出所 the facts name as taking the report, and no citation from the appeal notice', () => {
    const text = [
      '某县公安局',
      '行政处罚决定书',
      '某公（治）行罚决字〔2031〕0102号',
      '违法行为人：钱某某，男，住某县某镇。',
      '现查明：2031年4月2日，钱某某在微信群内发布他人住址及电话并辱骂他人。4月3日，被侵害人向某镇派出所报案。',
      '根据《中华人民共和国治安管理处罚法》第五十条第一款第（六）项之规定，现决定对违法行为人钱某某行政拘留五日。',
      '被处罚人如不服本决定，可以在收到本决定书之日起六十日内申请行政复议或者提起行政诉讼。被处罚人申请行政复议的，可以依照《中华人民共和国治安管理处罚法》第一百二十六条的规定向公安机关提出暂缓执行行政拘留的申请。',
      '某县公安局（印）',
      '二〇三一年四月五日',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [r.agency, r.provisions.map((p) => `${p.article}`).join('+')]),
    ).toEqual([['某县公安局', '50']]);
  });
});

describe('a year alone in the story and the decision day', () => {
  it('dates the case by the decision day when the story gives only its year (网络安全法 第四十一条、第六十四条第一款)', () => {
    const text = [
      '发布时间：2031-11-02 10:00',
      '这个小程序我们在今年开展的专项治理中已经检测过。运营方是某某教育科技有限公司，存在强制索要通讯录权限的问题。7月22日，某市网信办依据《中华人民共和国网络安全法》第四十一条、第六十四条第一款的规定，对该公司作出了责令改正、给予警告的行政处罚。',
    ].join('\n');
    expect(extractCases(text).map((r) => [r.date, r.decision_date])).toEqual([['2031-07-22', '2031-07-22']]);
  });
});

describe('the deciding unit when 公安机关 is only owed a duty', () => {
  it('takes the unit the case names, not 公安机关 of 未向公安机关办理备案手续', () => {
    const text =
      '某县某网络科技有限公司所属网站自开通之日起逾30日未向公安机关办理备案手续。依据《计算机信息网络国际联网安全保护管理办法》第十二条、第二十三条，给予警告。某县公安局';
    expect(extractCases(text).map((r) => r.agency)).toEqual(['某县公安局']);
  });
});

describe('a list entry marked revoked', () => {
  it('gives no record for 罚款20000元（已撤销）; the other entries stay (行政复议法 第六十四条)', () => {
    const text = [
      '某市公安局行政处罚结果公开',
      '序号 当事人 违法行为 处罚结果 日期 处罚机关',
      '1. 某某甲科技有限公司 未落实网络安全等级保护制度 警告 2031-04-11 东城分局',
      '2. 某某乙网络有限公司 网站存在高危漏洞导致页面被篡改 罚款20000元（已撤销） 2031-05-30 西城分局',
      '3. 王某 在微信群散布谣言扰乱公共秩序 罚款500元 2031-06-14 南城派出所',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.sanctions.map((x) => x.amount_yuan ?? x.kind).join('+'),
      ]),
    ).toEqual([
      ['某某甲科技有限公司', 'warning'],
      ['王某', '500'],
    ]);
  });
});

describe('a decision revoked on review', () => {
  it('gives no record for a penalty revoked with nothing decided after it; one upheld stays (行政复议法 第六十四条)', () => {
    const text = [
      '【案例一】处罚被撤销',
      '2031年6月，某市公安局东城分局调查后认为，某教育科技有限公司未采取技术措施，于2031年7月12日依据《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款的规定，对该公司给予警告，并处罚款2万元。',
      '该公司不服，申请行政复议。2031年10月9日，某市公安局作出行政复议决定，撤销东城分局的上述行政处罚决定。',
      '“撤销之后，东城分局没有重新作出处罚。”',
      '【案例二】处罚被维持',
      '2031年11月20日，某市公安局西城分局依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条的规定，对某网络信息服务有限公司处罚款5万元。该公司提起行政诉讼，法院判决驳回其诉讼请求。',
    ].join('\n');
    expect(extractCases(text).map((r) => r.party.name)).toEqual(['某网络信息服务有限公司']);
  });
});

describe('a notice with its list of parties in a table', () => {
  it('takes the issuer from the notice’s header line, not the addressees, and a row that imposes nothing gives nothing', () => {
    const text = [
      '某省互联网信息办公室',
      '关于2031年第三季度违法违规App处理情况的通报',
      '各市（州）党委网信办，省内各App运营单位：',
      '现将处理情况通报如下。',
      '序号\tApp名称\t运营主体\t主要问题\t处理依据\t处理结果',
      '1\t甲App\t某网络科技有限公司\t未经同意提供位置信息\t《个人信息保护法》第二十三条、第六十六条第一款\t责令改正，给予警告',
      '2\t乙App\t某旅游文化发展有限公司\t未公开收集规则\t《个人信息保护法》第十七条\t约谈运营单位负责人，督促整改',
      '3\t丙App\t某共享科技有限公司\t注销后未删除个人信息\t《个人信息保护法》第四十七条、第六十六条第一款\t责令改正',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [r.party.name, r.agency, r.provisions.map((p) => p.article).join('+')]),
    ).toEqual([
      ['某网络科技有限公司', '某省互联网信息办公室', '23+66'],
      ['某共享科技有限公司', '某省互联网信息办公室', '47+66'],
    ]);
  });
});

describe('advice after the decision', () => {
  it('cites nothing for the case (警方提醒，根据《网络安全法》第二十四条…)', () => {
    const [r] = extractCases(
      '2024年5月，某县公安局检查发现，某宾馆未落实上网实名登记制度。某县公安局依据《互联网上网服务营业场所管理条例》第三十二条之规定，对该宾馆处罚款3000元。警方提醒，根据《网络安全法》第二十四条规定，网络运营者应当要求用户提供真实身份信息。',
    );
    expect(r!.provisions.map((p) => p.law + p.article)).toEqual(['互联网上网服务营业场所管理条例32']);
  });
});

describe('a later party of one case', () => {
  it('takes its facts from the story told after the previous decision', () => {
    const records = extractCases(
      '案例一：某快递公司员工泄露信息案\n2024年3月，某区公安分局查明，某快递有限公司员工韩某将客户信息出售给他人。某区公安分局依据《治安管理处罚法》第五十六条之规定，对韩某处以行政拘留十日。\n2024年4月，某区公安分局对该快递有限公司开展“一案双查”，查明该公司未建立个人信息保护内部管理制度。某区公安分局依据《个人信息保护法》第五十一条、第六十六条之规定，对该公司给予警告。',
    );
    expect(records).toHaveLength(2);
    expect(records[1]!.facts).toMatch(/未建立个人信息保护内部管理制度/);
  });
});

describe('the cap on the cases of one bulletin (maxCases)', () => {
  const text = readFileSync(join(fixturesDir, 'bulletins/dev/ningxia-2021.txt'), 'utf8');
  it('refuses more case blocks than the cap with INPUT_TOO_COMPLEX before extracting fields; none passed, no cap', () => {
    const all = extractCases(text);
    expect(all.length).toBeGreaterThan(2);
    expect(extractCases(text, { maxCases: 1000 })).toHaveLength(all.length);
    expect(() => extractCases(text, { maxCases: 2 })).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_COMPLEX', details: expect.objectContaining({ limit: 2 }) }),
    );
  });
});

describe('blind16 classes: 依据上述规定, a period before the month', () => {
  it('gives a case decided 依据上述规定 the articles the case before it cited (互联网上网服务营业场所管理条例 第三十一条)', () => {
    const records = extractCases(
      [
        '7月2日，执法人员发现，甲镇飞鸟网吧有限公司接纳未成年人进入营业场所。执法大队依据《互联网上网服务营业场所管理条例》第三十一条第（二）项的规定，对其罚款1000元。',
        '7月9日，执法人员发现，乙镇星河网咖有限公司接纳1名未成年人。执法大队依据上述规定对其给予警告。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.provisions.map((p) => `${p.article}/${p.item}`)])).toEqual([
      ['甲镇飞鸟网吧有限公司', ['31/2']],
      ['乙镇星河网咖有限公司', ['31/2']],
    ]);
  });

  it('gives a person decided 依据同一规定 the articles the sentence before cited (治安管理处罚法 第二十五条第一项)', () => {
    const records = extractCases(
      [
        '■ 编造“水库决堤”谣言 拘！',
        '8月3日晚，居民钱某为博取关注，在微信群编造“水库决堤”的谣言，引发群众恐慌。',
        '县公安局接报后立即核查。8月5日，县公安局依据《中华人民共和国治安管理处罚法》第二十五条第一项之规定，对钱某处以行政拘留五日。',
        '8月4日上午，网民孙某在未经核实的情况下，将该谣言转发至3个微信群。城南派出所依据同一规定，对孙某处以罚款二百元。',
        '■ 另一起案件 罚！',
        '8月9日，网民周某在某平台散布“投毒”谣言。县公安局依据《中华人民共和国治安管理处罚法》第二十五条第一项之规定，对周某处以行政拘留三日。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.provisions.map((p) => `${p.article}/${p.item}`)])).toEqual([
      ['钱某', ['25/1']],
      ['孙某', ['25/1']],
      ['周某', ['25/1']],
    ]);
  });

  it('dates a case by the month told after a period (今年上半年…2025年5月; 网络安全法 第五十九条第一款 “给予警告”)', () => {
    const [r] = extractCases(
      '2025年10月22日 星期三\n今年上半年，多名市民反映遭遇诈骗。2025年5月，网安支队发现某医院的系统数据被售卖。市公安局依据《网络安全法》第五十九条第一款，对该医院给予警告。',
    );
    expect(r?.date).toBe('2025-05');
  });
});

describe('another party of the same story, in a paragraph of its own (另，…)', () => {
  it('dates the party a cross-headed section reaches 在调查中 to the month of the case told before it (网络安全法 第四十二条第二款)', () => {
    const records = extractCases(
      [
        '某物流员工倒卖面单 公司一并被罚',
        '■一条线索',
        '2030年6月上旬，某分局接到多名市民报警。经查，物流公司员工韦某将客户面单信息出售给他人。7月2日，某分局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款的规定，对韦某处罚款五千元。',
        '■公司也被罚',
        '在调查中，民警发现，某某物流有限公司未对面单系统设置访问权限，未采取措施确保个人信息安全。某分局依据《中华人民共和国网络安全法》第四十二条第二款、第六十四条第一款的规定，对该公司给予警告。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.date])).toEqual([
      ['韦某', '2030-06'],
      ['某某物流有限公司', '2030-06'],
    ]);
  });

  it('dates it to the month of the case told before it when it tells no date (治安管理处罚法 第二十五条第（一）项 “散布谣言…扰乱公共秩序的”)', () => {
    const records = extractCases(
      [
        '2025年2月26日，网民李某在某平台发布虚假爆炸视频。李某的行为违反了《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，某县公安局依法对其处以行政拘留七日的处罚。',
        '另，网民赵某在多个微信群转发该视频，某县公安局某派出所依法对其处以罚款二百元。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.date])).toEqual([
      ['李某', '2025-02-26'],
      ['赵某', '2025-02'],
    ]);
  });
});

describe('a decision changed on review (行政复议法 第六十三条第一款 “…决定变更该行政行为”)', () => {
  it('keeps the changed fine (将罚款五万元变更为罚款二万元) in place of the original, the rest of the decision standing', () => {
    const [r] = extractCases(
      [
        '2024年3月，某市公安局依据《网络安全法》第五十九条第一款，对某科技有限公司给予警告并处罚款五万元。',
        '该公司不服，申请行政复议。2024年6月，复议机关决定将对该公司的罚款五万元变更为罚款二万元。',
      ].join('\n'),
    );
    expect(r!.sanctions.map((s) => `${s.kind}:${s.amount_yuan ?? ''}`)).toEqual(['warning:', 'fine:20000']);
  });

  it('keeps the changed fine when the sanction is named before 变更为 (将罚款变更为八千元)', () => {
    const [r] = extractCases(
      [
        '2031年3月，某市公安局某分局依据《网络安全法》第五十九条第一款，对某科技有限公司给予警告并处罚款五万元。',
        '该公司不服，向市公安局申请行政复议。市公安局认为原处罚明显不当，决定将罚款变更为八千元，警告予以维持。',
      ].join('\n'),
    );
    expect(r!.sanctions.map((s) => `${s.kind}:${s.amount_yuan ?? ''}`)).toEqual(['warning:', 'fine:8000']);
  });

  it('reads no change into 变更为 followed by no sanction (将网站名称变更为…)', () => {
    const [r] = extractCases(
      '2024年3月，某市公安局依据《网络安全法》第五十九条第一款，责令某科技有限公司将网站名称变更为规范名称，并处罚款五万元。',
    );
    expect(r!.sanctions.map((s) => `${s.kind}:${s.amount_yuan ?? ''}`)).toContain('fine:50000');
  });
});

describe('the conduct’s date in the finding, before the complaint that opened the story', () => {
  it('dates the case by 经查，该公司…于今年6月至7月间将… rather than the day of the complaint (网络安全法 第四十二条第一款 “未经被收集者同意，不得向他人提供个人信息”)', () => {
    const [r] = extractCases(
      '2019年7月22日，潘女士报警称其个人信息被泄露。8月初，民警对某教育咨询有限公司进行检查。经查，该公司在未征得家长同意的情况下，于2019年6月至7月间将学员信息提供给他人。10月25日，某分局依据《中华人民共和国网络安全法》第六十四条第一款的规定，对该公司给予警告。',
    );
    expect(r?.date).toBe('2019-06');
  });

  it('dates the case by a finding that opens with the conduct’s months (经查，2030年4月至5月间，…), not the complaint’s', () => {
    const [r] = extractCases(
      '2030年5月下旬，某分局接到市民报警。经查，2030年4月至5月间，某物流公司员工郭某将客户信息出售给他人。7月3日，某分局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款的规定，对郭某处罚款五千元。',
    );
    expect(r?.date).toBe('2030-04');
  });

  it('keeps the story’s first date when the finding’s date is no earlier, or only its year (于2019年)', () => {
    const [r] = extractCases(
      '2019年7月22日，民警检查某科技有限公司。经查，该公司于2019年起未留存日志。某分局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，对该公司给予警告。',
    );
    expect(r?.date).toBe('2019-07-22');
  });
});

describe('a second party punished in a sentence of its own', () => {
  it('gives 某县公安局对乙某处以罚款五百元 after 甲某’s decision its own record, with no article it does not cite (治安管理处罚法 第二十五条 “情节较轻的，处五日以下拘留或者五百元以下罚款”)', () => {
    const records = extractCases(
      '2024年3月5日，某县公安局发现，网民甲某在微信群散布谣言，网民乙某转发。某县公安局依据《治安管理处罚法》第二十五条第一项，对甲某处以行政拘留五日。某县公安局对乙某处以罚款五百元。',
    );
    expect(
      records.map((r) => [r.party.name, r.sanctions.map((s) => s.kind).join('+'), r.provisions.length]),
    ).toEqual([
      ['甲某', 'detention', 1],
      ['乙某', 'fine', 0],
    ]);
  });

  it('keeps a second sentence about the same party in its record (…对甲某处以行政拘留五日。…并对甲某处以罚款二百元。)', () => {
    const records = extractCases(
      '2024年3月5日，网民甲某在微信群散布谣言。某县公安局依据《治安管理处罚法》第二十五条第一项，对甲某处以行政拘留五日。某县公安局并对甲某处以罚款二百元。',
    );
    expect(records.map((r) => [r.party.name, r.sanctions.map((s) => s.kind).join('+')])).toEqual([
      ['甲某', 'detention+fine'],
    ]);
  });
});

describe('extractCases: a second party named before its own unit in the same sentence (对…，某派出所依据同一规定对其…)', () => {
  it('gives that party a record of its own, with the sentence’s provisions and its own unit as agency', () => {
    const records = extractCases(
      [
        '经查，网民周某于3月4日伙同其堂弟周某某在某小区门口摆拍“儿童被抢”的视频并发布至网络，造成恐慌。',
        '某县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对周某处以行政拘留六日；对协助拍摄的周某某，城南派出所依据同一规定对其处以罚款三百元。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.agency, r.sanctions.map((s) => s.kind)])).toEqual([
      ['周某', '某县公安局', ['detention']],
      ['周某某', '城南派出所', ['fine']],
    ]);
    expect(records[1]!.provisions).toEqual([
      { law: '治安管理处罚法', article: 25, paragraph: null, item: 1 },
    ]);
  });
});

describe('extractCases: a second party as the subject of its own clause after 「；」 (；某某的行为…，某派出所…对其…)', () => {
  it('gives that party a record of its own with its own unit and fine, and leaves the first party’s sanctions alone', () => {
    const records = extractCases(
      [
        '2026年5月2日，网民吴某在某平台发布“某大桥垮塌”的虚假视频；同日，网民邹某在群内转发该视频并编造伤亡人数。',
        '5月3日，某县公安局依据《中华人民共和国治安管理处罚法》第二十九条第一项之规定，对吴某处以行政拘留五日，并处罚款二百元；邹某的情节较轻，东关派出所依据同一规定，对其处以罚款一百元。',
      ].join('\n'),
    );
    expect(
      records.map((r) => [r.party.name, r.agency, r.sanctions.map((s) => s.amount_yuan ?? s.days)]),
    ).toEqual([
      ['吴某', '某县公安局', [5, 200]],
      ['邹某', '东关派出所', [100]],
    ]);
    expect(records[1]!.provisions).toEqual([
      { law: '治安管理处罚法', article: 29, paragraph: null, item: 1 },
    ]);
  });
});

describe('extractCases: a case told in a summary table and again in the commentary below', () => {
  const table = [
    '▍速览表',
    '序号｜处罚时间｜执法机关｜被处罚对象｜违法行为｜法律依据｜处理结果',
    '1｜2024.06｜岚水市公安局｜岚水某物流有限公司｜未采取数据加密措施｜《数据安全法》第27条第1款、第45条第1款｜责令改正、罚款8万元',
    '2｜2024.09｜岚水市公安局｜岚水某教育科技有限公司｜未留存网络日志｜《网络安全法》第21条、第59条第1款｜责令改正、罚款3万元',
  ];
  const commentary = [
    '▍逐案评析',
    '01｜物流数据明文存储被罚',
    '【案情】2024年5月，岚水市公安局网安支队检查发现，岚水某物流有限公司存储的客户数据未加密。',
    '【处罚】6月20日，岚水市公安局依据《数据安全法》第二十七条第一款、第四十五条第一款，责令该公司改正，并处罚款8万元。',
  ];

  it('is one record, with the finer dates of the commentary', () => {
    const records = extractCases([...table, '', ...commentary].join('\n'));
    expect(records.map((r) => r.party.name)).toEqual(['岚水某物流有限公司', '岚水某教育科技有限公司']);
    expect(records[0]!.date?.startsWith('2024-')).toBe(true);
    expect(records[0]!.decision_date).toBe('2024-06-20');
  });

  it('keeps two cases of one party with other sanctions apart', () => {
    const other = commentary.map((l) => l.replace('罚款8万元', '罚款5万元'));
    const records = extractCases([...table, '', ...other].join('\n'));
    expect(records.filter((r) => r.party.name === '岚水某物流有限公司')).toHaveLength(2);
  });
});

describe('extractCases: a lead that refers to the parties as a whole (对相关人员和我校作出行政处罚)', () => {
  it('is no record of its own when the cases follow, and an internal rule cited by the school’s own meeting is no law', () => {
    const text = [
      '各处室：',
      '近日，我校发生一起教师泄露学生信息事件，公安机关已依法对相关人员作出行政处罚。现将有关情况通报如下：',
      '一、事件经过',
      '5月6日，教师赵某将学生家长的姓名、电话等信息出售给某培训机构，获利800元。',
      '二、处理结果',
      '6月2日，某区公安分局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款的规定，对赵某作出没收违法所得800元、罚款人民币5000元的行政处罚。',
      '根据《某中学教职工违规行为处理办法》，经校务会研究决定：给予赵某记过处分，对教务处予以通报批评。',
    ].join('\n');
    const records = extractCases(text);
    expect(records.map((r) => r.party.name)).toEqual(['赵某']);
    expect(records[0]!.provisions.map((p) => p.law)).toEqual(['网络安全法', '网络安全法']);
    expect(records[0]!.sanctions.map((s) => s.kind)).toEqual(['confiscation', 'fine']);
  });
});

describe('extractCases: a lead whose object is a count of parties (对两名…的人员作出行政处罚)', () => {
  it('is no record of its own when the counted parties are told below, each with a record', () => {
    const text = [
      '某镇讯 近日，某县公安局依据网络安全法，对三名倒卖游戏账号的人员作出行政处罚。',
      '今年4月，民警查明，某县居民甲某在网上收购他人实名游戏账号后转卖，获利2000元；居民乙某、丙某为其提供账号。',
      '某县公安局依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条之规定，对甲某处罚款8000元；对乙某处罚款6000元；对丙某处罚款5000元。',
    ].join('\n\n');
    const records = extractCases(text);
    expect(records.map((r) => r.party.name)).toEqual(['甲某', '乙某', '丙某']);
  });
});

describe('extractCases: a 派出所’s weekly on its 分局’s site (blind25 class)', () => {
  it('gives 本所’s decisions to the 派出所 that signs, not to the 分局 of the masthead, and 分局-decided ones to the 分局', () => {
    const text = [
      '某市公安局某某分局',
      '某某派出所警务周报（2031年第5期）',
      '现将本所本周主要工作情况公开如下：',
      '一、治安案件查处情况',
      '1．2月3日，辖区居民赵某某因琐事殴打邻居，致其轻微伤。鉴于其情节较轻，本所依据《中华人民共和国治安管理处罚法》第五十一条第一款之规定，对赵某某处以罚款三百元。',
      '2．2月4日，孙某某在超市内盗窃商品。经报某某分局审批，某某分局依据《中华人民共和国治安管理处罚法》第五十八条之规定，对孙某某处以行政拘留五日。',
      '某市公安局某某分局某某派出所',
      '2031年2月8日',
    ].join('\n');
    const records = extractCases(text);
    expect(records.map((r) => [r.party.name, r.agency])).toEqual([
      ['赵某某', '某市公安局某某分局某某派出所'],
      ['孙某某', '某某分局'],
    ]);
  });
});

describe('extractCases: a college’s own letter telling its student’s case (blind25 class)', () => {
  it('dates the case by its story, not the letter’s lead, and cites no staff rule of the college', () => {
    const text = [
      '某某理工学院',
      '学院首页 | 学院概况 | 信息公开',
      '关于我院选课系统遭非法侵入事件的情况通报',
      '各学院、各部门：',
      '2031年9月，我院选课系统发生一起数据被篡改事件。现将有关情况通报如下：',
      '一、事件经过',
      '2031年9月12日，教务处发现选课记录被异常修改。经公安机关调查查明，我院学生冯某利用系统漏洞侵入系统，篡改选课记录。',
      '10月8日，某区公安分局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项之规定，对冯某处以行政拘留五日。学院依据《某学院学生违纪处分办法》，给予冯某记过处分。',
      '二、存在的问题',
      '公安机关在调查中同时发现，我院选课系统长期未修补漏洞。10月20日，某区公安分局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款之规定，对我院给予警告。',
      '特此通报。',
      '某某理工学院',
    ].join('\n');
    const records = extractCases(text);
    expect(records[0]!.party.name).toBe('冯某');
    expect(records[0]!.date).toBe('2031-09-12');
    expect(records[0]!.provisions.map((p) => p.law)).toEqual(['治安管理处罚法']);
    expect(records[0]!.sanctions.map((s) => s.kind)).toEqual(['detention']);
  });
});

describe('extractCases: each party’s own story paragraph above one decision (基本情况 / 处理结果)', () => {
  it('dates a later party by the paragraph that tells its story, not by the first party’s', () => {
    const text = [
      '一、基本情况',
      '业务员钱某出售客户信息。2031年2月至4月，钱某多次将客户姓名、电话出售给他人，获利900元。',
      '前台职员孙某泄露客户信息。5月9日，前台职员孙某将一名客户的身份证照片发至其同学群，造成不良影响。',
      '二、处理结果',
      '6月1日，某区公安分局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款的规定，对钱某作出没收违法所得900元、罚款人民币5000元的行政处罚；依据同一规定，对孙某作出罚款人民币1000元的行政处罚。',
    ].join('\n');
    const records = extractCases(text);
    expect(records.map((r) => [r.party.name, r.date])).toEqual([
      ['钱某', '2031-02'],
      ['孙某', '2031-05-09'],
    ]);
  });
});

describe('two parties of one decision sentence, the second after ；同日，', () => {
  const STORY =
    '2031年5月，某市某中学学生甲某将本人名下的3张电话卡出租给他人，获利900元，并介绍同学乙某出借1张电话卡，获利100元。';
  it('gives …对其作出…；同日，对乙某作出… one record each, both with the law and day of the sentence (反电信网络诈骗法 第四十四条)', () => {
    const records = extractCases(
      `${STORY}6月3日，某县公安局依据《中华人民共和国反电信网络诈骗法》第四十四条之规定，认定甲某出租电话卡数量多、造成外省多名群众被骗、情节严重，对其作出没收违法所得900元、罚款一万元的处罚；同日，对乙某作出没收违法所得100元、罚款二千元的处罚。`,
    );
    expect(
      records.map((r) => [
        r.party.name,
        r.sanctions.map((s) => `${s.kind}|${s.amount_yuan}`).join('+'),
        r.provisions.map((p) => p.article).join(','),
        r.decision_date,
      ]),
    ).toEqual([
      ['甲某', 'confiscation|900+fine|10000', '44', '2031-06-03'],
      ['乙某', 'confiscation|100+fine|2000', '44', '2031-06-03'],
    ]);
  });

  it('splits a sentence opening on its law (根据…，我局于…对甲公司…；同日，依据同一规定对乙公司给予警告)', () => {
    const records = extractCases(
      [
        '2031年3月2日，某区分局网安大队在工作中发现，辖区内某市某电子商务有限公司的网站存在高危漏洞。',
        '经查，该网站由某省某软件开发有限公司部署运维。',
        '根据《中华人民共和国网络安全法》第二十一条、第五十九条第一款规定，我局于2031年4月8日对某市某电子商务有限公司处罚款人民币二万元，并责令其限期改正；同日，依据同一规定对某省某软件开发有限公司给予警告。',
      ].join('\n\n'),
    );
    expect(
      records.map((r) => [
        r.party.name,
        r.sanctions.map((s) => s.kind).join('+'),
        r.provisions.map((p) => p.article).join(','),
        r.decision_date,
      ]),
    ).toEqual([
      ['某市某电子商务有限公司', 'fine+rectification', '21,59', '2031-04-08'],
      ['某省某软件开发有限公司', 'warning', '21,59', '2031-04-08'],
    ]);
  });

  it('keeps one record when the clause after ；同日， is about the same party or its officer', () => {
    const records = extractCases(
      '2031年6月3日，某县公安局依据《中华人民共和国网络安全法》第五十九条第一款之规定，对某科技有限公司作出罚款一万元的处罚；同日，对该公司直接负责的主管人员甲某作出罚款五千元的处罚。',
    );
    expect(records.map((r) => r.party.name)).toEqual(['某科技有限公司']);
  });
});

describe('a news lead naming the unit that reported, a later sentence the unit that decided', () => {
  it('takes the unit of 某分局依据…，对甲某作出… over the one that 通报 in the lead (网络安全法 第六十六条)', () => {
    const [r] = extractCases(
      [
        '男子网上贩卖破解软件 遭拘5天',
        '记者某某／综合报导',
        '2031/04/02 09:15　　字级：小 中 大',
        '分享　Facebook　LINE',
        '某省某市公安局2日通报1起案件，一名男子因贩卖破解软件遭行政拘留5日。',
        '通报指出，甲某今年1月起在网上贩卖破解他人无线网络密码的软件，获利3000元。某市公安局某某分局依据《网络安全法》第六十六条，对甲某作出没收违法所得3000元、行政拘留5日的处罚。',
      ].join('\n\n'),
    );
    expect(r?.agency).toBe('某市公安局某某分局');
    expect(r?.date).toBe('2031-01');
  });
});

describe('a later party’s story in a paragraph of its own', () => {
  it('dates the second case by its own paragraph’s first date, not by the decision day (网络安全法 第二十四条第一款)', () => {
    const records = extractCases(
      [
        '2031-05-06',
        '我举两个例子。第一个是日志的案件。2031年1月，某市公安局发现某甲科技有限公司未留存网络日志。3月2日，某市公安局依据《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款，对该公司作出警告的行政处罚。',
        '第二个是实名制的案件。某乙网络有限公司运营的App未核验用户身份。今年2月，某分局检查发现这一问题，当即责令其限期改正，但该公司拒不改正。4月9日，某市公安局某分局依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条，对该公司处罚款五万元。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.date, r.decision_date])).toEqual([
      ['某甲科技有限公司', '2031-01', '2031-03-02'],
      ['某乙网络有限公司', '2031-02', '2031-04-09'],
    ]);
  });
});

describe('reasoning that weighs what an article says', () => {
  it('cites nothing from 按照…原则…；而原第五十九条第一款规定的是“…”，新法第六十一条… (行政处罚法 第三十七条 从旧兼从轻)', () => {
    const [r] = extractCases(
      '2030年11月，某分局在检查中发现，某市某小学未制定内部安全管理制度。由于违法行为发生在新法施行之前，按照行政处罚法规定的“从旧兼从轻”原则，应当适用修改前的网络安全法；而修改前的第五十九条第一款规定的是“责令改正，给予警告”，新法第六十一条第一款还可以并处罚款。2031年1月20日，某分局依据修改前的网络安全法第二十一条第（一）项、第五十九条第一款，对该小学作出责令改正、给予警告的行政处罚。',
    );
    expect(r?.provisions.map((p) => `${p.law}|${p.article}|${p.paragraph ?? ''}|${p.item ?? ''}`)).toEqual([
      '网络安全法|21||1',
      '网络安全法|59|1|',
    ]);
  });
});

describe('extractCases: a feature whose lead says only 被依法处罚', () => {
  const page = [
    '新规落地后我区首张个人信息罚单开出',
    '一家健身机构泄露会员信息，机构被罚8万元',
    '会员办卡没几天，就接到推销电话——2031年4月，多名市民向警方反映。顺着线索，警方查到了当地一家在线健身公司。记者5月8日从区公安分局获悉，该公司因未履行个人信息保护义务，被依法处罚。',
    '推销电话牵出泄露',
    '4月12日，区公安分局网安大队接到市民报警，称在青湾某在线健身服务有限公司办卡后频繁接到推销电话。民警检查发现，该公司会员系统的管理后台使用默认口令。',
    '依法处罚',
    '4月28日，区公安分局依据《中华人民共和国个人信息保护法》第五十一条、第六十六条第一款之规定，责令该公司改正，给予警告，并处罚款八万元。',
  ].join('\n');
  it("takes the party the body names, the day the body opens on, and the decision day, not the reporter's", () => {
    const records = extractCases(page);
    expect(records).toHaveLength(1);
    const [r] = records;
    expect(r!.party).toEqual({ kind: 'organization', name: '青湾某在线健身服务有限公司' });
    expect(r!.date).toBe('2031-04-12');
    expect(r!.decision_date).toBe('2031-04-28');
  });
});

describe('extractCases: a full 行政处罚决定书 on a disclosure page', () => {
  const page = [
    '青湾市公安局执法信息公开网',
    '首页　|　执法公开　|　结果公开　|　政策法规',
    '当前位置：首页 > 结果公开 > 行政处罚决定',
    '青湾市某网络科技有限公司行政处罚决定书',
    '公开日期：2031-04-20 访问次数：35',
    '说明：根据有关规定，本页面公开的行政处罚决定书已隐去当事人的个人隐私信息及统一社会信用代码部分字段。',
    '════════════════════',
    '青湾市公安局柳岸分局',
    '行政处罚决定书',
    '青公柳（网）行罚决字〔2031〕0012号',
    '被处罚单位：青湾市某网络科技有限公司',
    '法定代表人：钱某 职务：总经理',
    '现查明：2031年2月3日，我局民警对青湾市某网络科技有限公司开展网络安全检查时发现，该公司未制定网络安全事件应急预案。民警当场送达《责令限期改正通知书》，责令其于2031年2月20日前改正。2031年3月1日，我局民警复查时发现，该公司仍未改正。',
    '以上事实有现场检查笔录、《责令限期改正通知书》及送达回执、复查笔录等证据证实。',
    '2031年3月20日，我局向当事人告知了拟作出行政处罚决定的事实、理由、依据及其依法享有的权利，当事人未提出陈述、申辩。',
    '根据《中华人民共和国网络安全法》第二十一条第（一）项、第五十九条第一款之规定，现决定：',
    '一、责令青湾市某网络科技有限公司改正；',
    '二、对青湾市某网络科技有限公司处罚款人民币贰万元整。',
    '如不服本决定，可以在收到本决定书之日起六十日内申请行政复议。',
    '附：相关法律条文（略）',
    '青湾市公安局柳岸分局',
    '（印）',
    '二〇三一年四月二日',
    '════════════════════',
    '上一条：青湾市某网吧行政处罚决定书',
    '下一条：李某行政处罚决定书',
  ].join('\n');
  it('tells one case, decided by the unit that signs it, on the day it is signed', () => {
    const records = extractCases(page);
    expect(records).toHaveLength(1);
    const [r] = records;
    expect(r!.agency).toBe('青湾市公安局柳岸分局');
    expect(r!.decision_date).toBe('2031-04-02');
    expect(r!.date).toBe('2031-02-03');
    expect(r!.sanctions.map((x) => `${x.kind}:${x.amount_yuan ?? ''}`)).toEqual([
      'rectification:',
      'fine:20000',
    ]);
  });
});

describe('a later party decided 同日', () => {
  it('dates the employee named in the story by the story’s month, not by 同日 or the aftermath', () => {
    const records = extractCases(
      [
        '2030年6月，某市公安局网安支队接群众举报，某银行某分行多名客户频繁接到推销电话。经查，该分行客户经理严某利用查询权限批量导出客户信息出售，获利6500元。',
        '2030年8月21日，某市公安局依据《中华人民共和国网络安全法》第四十二条第二款、第六十四条第一款的规定，对该分行作出责令改正、给予警告并处罚款十万元的行政处罚。同日，某市公安局依据《网络安全法》第四十四条、第六十四条第二款的规定，对严某作出没收违法所得6500元、罚款三万元的行政处罚。',
        '事后，监管部门于9月初约谈了辖内各银行。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.date, r.decision_date])).toEqual([
      ['某银行某分行', '2030-06', '2030-08-21'],
      ['严某', '2030-06', '2030-08-21'],
    ]);
  });
});

describe('rows of labelled cells (blind30 class)', () => {
  it('takes the sanctions from the 处罚内容 cell only, not again from the 处罚类别 cell before it', () => {
    const page = [
      '某县公安局行政处罚信息',
      '行政相对人名称：韦某某　　证件号码：4500**********1234',
      '违法事实：2033年4月，韦某某在网络群组内发布收购他人银行卡的信息。',
      '处罚依据：《中华人民共和国网络安全法》第四十六条、第六十七条',
      '处罚类别：行政拘留；罚款　　处罚内容：行政拘留五日，并处罚款人民币二万元　　罚款金额（万元）：2',
      '处罚决定日期：2033-06-02　　处罚机关：某县公安局',
    ].join('\n');
    const [record] = extractCases(page);
    expect(record!.sanctions.map((s) => [s.kind, s.amount_yuan ?? s.days])).toEqual([
      ['detention', 5],
      ['fine', 20000],
    ]);
  });

  it('reads a 公示 list’s one-paragraph record with its cells parted by ； the same way (blind72 class)', () => {
    const page = [
      '某省网信办行政处罚公示',
      '1．行政处罚决定书文号：某网信罚〔2033〕4号；处罚类别：警告，没收违法所得；处罚事由：当事人运营的论坛未处置违法信息；处罚依据：《中华人民共和国网络安全法》第四十七条、第六十八条第一款；行政相对人名称：某市某信息技术有限公司；处罚结果：责令改正，给予警告，没收违法所得人民币3,600元；处罚决定日期：2033/05/06；处罚机关：某市互联网信息办公室',
    ].join('\n');
    const [record] = extractCases(page);
    expect(record!.sanctions.map((s) => [s.kind, s.amount_yuan])).toEqual([
      ['rectification', null],
      ['warning', null],
      ['confiscation', 3600],
    ]);
  });
});

describe('a closing summary of the articles the cases involve', () => {
  it('cites none of them in the last case', () => {
    const records = extractCases(
      [
        '桐岭市公安局发布2021年度网络安全执法典型案例',
        '1.某网吧未核验身份案　5月，桐岭市公安局东城分局检查发现，某网吧未核对上网人员身份证件。东城分局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项之规定，给予该网吧经营单位桐岭某网络服务有限公司警告。',
        '2.某宾馆未留存日志案　8月，西河县公安局检查发现，某宾馆无线网络不留存上网日志。西河县公安局依据《计算机信息网络国际联网安全保护管理办法》第二十一条第（二）项之规定，对该宾馆给予警告，并处罚款二千元。',
        '以上案例中，涉及的法律条文包括《网络安全法》第二十四条、第六十一条等。',
      ].join('\n'),
    );
    expect(records.at(-1)?.provisions.map((p) => `${p.law}|${p.article}`)).toEqual([
      '计算机信息网络国际联网安全保护管理办法|21',
    ]);
  });
});

describe('a case told over several sentences in a paragraph of its own', () => {
  it('splits it from the case above, with its own provisions and sanctions', () => {
    const records = extractCases(
      '一、行政处罚情况\n2月，市网安支队检查发现，某某旅游网站未留存网络日志。市网安支队依据《网络安全法》第二十一条第（三）项、第五十九条第一款，对该网站运营单位东坪某旅行社有限公司给予警告处罚。\n3月，东坪某健身服务有限公司的会员小程序超范围收集用户人脸信息，被市民投诉。经查，该小程序违反了网络安全法第四十一条第一款的规定。该公司被处以警告，并被责令限期改正。该案由北岸分局查办，依据为网络安全法第六十四条第一款。',
    );
    expect(
      records.map((r) => [r.party?.name, r.provisions.map((p) => p.article), r.sanctions.map((s) => s.kind)]),
    ).toEqual([
      ['东坪某旅行社有限公司', [21, 59], ['warning']],
      ['东坪某健身服务有限公司', [41, 64], ['warning', 'rectification']],
    ]);
  });
});

describe('a story opening on a day with its hour, where a netizen 发布 the rumour', () => {
  it('keeps that paragraph as the first case story and dates the case by it', () => {
    const [r] = extractCases(
      '东坪县公安局通报\n发布时间：2025-05-04 09:10　来源：东坪公安\n5月3日20时许，有网民在网络平台发布“东坪水库溃坝”的信息，引发部分群众恐慌。经核查，网传信息系谣言。\n经查，该信息系网民庞某某编造后发布。东坪县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对庞某某处以行政拘留五日。',
      {},
    );
    expect(r?.party?.name).toBe('庞某某');
    expect(r?.date).toBe('2025-05-03');
  });
});

describe('a statute quoted after 规定， in a warning list', () => {
  it('is no citation of the case above it', () => {
    const [r] = extractCases(
      '【案例一】卖“外挂”？罚！\n\n3月，网民庞某在网上出售游戏外挂程序，获利3000元。\n\n庞某被北岸分局依据《中华人民共和国网络安全法》第二十七条、第六十三条第一款之规定，处以没收违法所得3000元。\n\n⚠️ 网警警示\n\n1. 《数据安全法》第二十七条规定，开展数据处理活动应当依照法律、法规的规定，建立健全全流程数据安全管理制度。\n\n来源：北岸分局',
    );
    expect(r?.provisions.map((p) => `${p.law}|${p.article}`)).toEqual(['网络安全法|27', '网络安全法|63']);
  });

  it('keeps an article the sentence applies before its 规定，', () => {
    const [r] = extractCases(
      '案例一\n东坪某物流有限公司未留存日志案\n3月，东坪某物流有限公司未留存网络日志。北岸分局依据《网络安全法》第二十一条规定，对该公司给予警告。',
    );
    expect(r?.provisions.map((p) => `${p.law}|${p.article}`)).toEqual(['网络安全法|21']);
  });
});

describe('one sentence, each party in its own 对X没收… clause (blind34 class)', () => {
  it('gives each party its own confiscation and detention, the lead summary none', () => {
    const records = extractCases(
      [
        '某市两男子售卖外挂程序被处罚',
        '两名男子因售卖外挂程序，分别被处以行政拘留及罚款。',
        '今年4月，某县公安局网安大队查明，甘某编写并出售外挂程序，违法所得9100元；另一男子包某为其寻找买家，获利2200元。',
        '二人行为违反《网络安全法》第二十九条的规定，根据该法第六十六条第一款，某县公安局对甘某没收违法所得9100元、处行政拘留四日，并处罚款人民币6万元；对包某没收违法所得2200元、处行政拘留二日。',
      ].join('\n'),
    );
    expect(records.map((r) => r.party.name)).toEqual(['甘某', '包某']);
    expect(records[1]!.sanctions.map((s) => [s.kind, s.amount_yuan ?? s.days])).toEqual([
      ['confiscation', 2200],
      ['detention', 2],
    ]);
    expect(records[0]!.sanctions.map((s) => s.kind)).toEqual(['confiscation', 'detention', 'fine']);
  });
});

describe('a law named for its principle (blind34 class)', () => {
  it('does not cite a law the reasoning names only for a principle', () => {
    const [record] = extractCases(
      [
        '某县网吧未落实实名登记案',
        '2025年10月，某县公安局检查发现，某网吧未落实上网人员实名登记。按照行政处罚法“过罚相当”的原则，某县公安局依据《网络安全法》第二十四条第一款、第六十一条之规定，对该网吧给予警告。',
      ].join('\n'),
    );
    expect(record!.provisions.map((p) => p.law)).toEqual(['网络安全法', '网络安全法']);
  });
});

describe('我局 decides one party, a named unit the other (blind34 class)', () => {
  it('gives the first party the signing unit, the second the unit its clause names', () => {
    const records = extractCases(
      [
        '警情通报',
        '9月8日，网民葛某在某平台编造“某商场起火”的虚假信息；网民秦某明知不实仍予转发。',
        '9月9日，我局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项之规定，对葛某处以行政拘留五日；青石派出所依据同一规定，对秦某处以罚款二百元。',
        '某市公安局青石分局',
        '2031年9月10日',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.agency])).toEqual([
      ['葛某', '某市公安局青石分局'],
      ['秦某', '青石派出所'],
    ]);
  });

  it('dates a case by its discovery, not by the year its website was set up (blind38 class)', () => {
    const text =
      '某县公安局处罚一家单位\n\n发布时间：2031-06-02\n\n今年4月上旬，县公安局民警巡查发现某镇卫生院网站被篡改。经查，该院网站于2027年建成上线，一直未落实安全保护措施。5月9日，县公安局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，对某镇卫生院给予警告。';
    expect(extractCases(text).map((r) => r.date)).toEqual(['2031-04']);
  });
});

describe('a second unit decided 「依据同一条款」 and a lead naming the sanctions without amounts', () => {
  const text = [
    '本台讯　近日，东湖区公安分局查处一起未落实日志留存义务案件，对辖区一家软件企业作出警告并处罚款的行政处罚。',
    '2031年4月，某县甲软件有限公司运营的论坛遭受攻击，民警发现其日志仅保存三天。',
    '经查，该公司违反了《中华人民共和国网络安全法》第二十一条第（三）项之规定。5月6日，东湖区公安分局依据该法第五十九条第一款之规定，对某县甲软件有限公司给予警告，并处罚款二万元。',
    '检查中，民警还发现某县乙宾馆有限公司的无线网络未留存日志，分局依据同一条款对其给予警告处罚。',
  ].join('\n');
  it('gives the second unit the articles of the case before it, and drops the lead as a preview', () => {
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.provisions.map((p) => `${p.article}${p.item ? `(${p.item})` : ''}`).join('+'),
        r.sanctions.map((x) => x.amount_yuan ?? x.kind).join('+'),
      ]),
    ).toEqual([
      ['某县甲软件有限公司', '21(3)+59', 'warning+20000'],
      ['某县乙宾馆有限公司', '21(3)+59', 'warning'],
    ]);
  });
});

describe('a date as the subject of a passive clause (2030年11月已被责令改正)', () => {
  it('reads the unit the story names as the party, not the date', () => {
    const text =
      '另悉，4月份，网安支队检查时发现，某县甲网络有限公司运营的“甲同城”小程序长期不核验用户真实身份，2030年11月已被责令改正但至今未整改。市公安局依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条，对该公司处罚款三万元，并再次责令其改正。';
    expect(extractCases(text).map((r) => [r.party.name, r.party.kind])).toEqual([
      ['某县甲网络有限公司', 'organization'],
    ]);
  });
});

describe('a closure of a named site whose operator is not named', () => {
  it('takes the site, in its quotes, as the party', () => {
    const text = [
      '执法动态',
      '· 苇川市委网信办5月6日依法关闭仿冒政府网站“苇川公积金查询网”　　2031-05-08',
      '· 苇川市委网信办4月2日对苇川某科技有限公司运营的App违法收集个人信息问题，依据《网络安全法》第四十一条、第六十四条第一款责令改正　　2031-04-03',
    ].join('\n');
    const closed = extractCases(text).find((r) => r.sanctions.some((s) => s.kind === 'other'));
    expect(closed?.party).toEqual({ kind: 'organization', name: '“苇川公积金查询网”' });
  });
});

describe('a follow-on sentence 「同日，对乙某…依据同法同条款作出…」', () => {
  const text =
    '经查，2023年4月至5月间，违法行为人章某（女，35岁，本县石门镇人）使用外挂程序非法侵入他人网店后台，某县公安局根据《中华人民共和国网络安全法》第二十七条、第六十三条第一款之规定，于2023年6月2日对章某作出没收违法所得3000元、行政拘留五日的行政处罚决定。同日，对自2023年3月起向章某等人出售该外挂程序的庞某（男，40岁，本市东湖区人），依据同法同条款作出没收违法所得900元、行政拘留二日的处罚。';
  it('is a second record with the first decision’s law and unit', () => {
    const records = extractCases(text);
    expect(records.map((r) => r.party.name)).toEqual(['章某', '庞某']);
    expect(records[1]).toMatchObject({
      agency: '某县公安局',
      provisions: records[0]!.provisions,
      sanctions: [
        expect.objectContaining({ kind: 'confiscation', amount_yuan: 900 }),
        expect.objectContaining({ kind: 'detention', days: 2 }),
      ],
    });
    expect(records[0]!.sanctions).toHaveLength(2);
  });
});

describe('one 网吧, two decisions by two units on other articles, each in its own paragraph', () => {
  const text = [
    '　　3月2日晚，某区公安局石岭派出所民警检查时发现，石岭镇某网吧未核对上网人员身份证件，并接纳一名14岁少年上网。',
    '　　3月9日，某区公安局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项之规定，给予该网吧警告，并处罚款二千元。',
    '　　3月16日，区文化市场综合执法大队依据《互联网上网服务营业场所管理条例》第二十一条、第三十一条第（二）项之规定，对该网吧作出警告并处罚款四千元的行政处罚。',
  ].join('\n');
  it('gives each unit its own record with its own articles and sanctions', () => {
    const records = extractCases(text);
    expect(records.map((r) => [r.agency, r.provisions.map((p) => p.article)])).toEqual([
      ['某区公安局', [23, 33]],
      ['区文化市场综合执法大队', [21, 31]],
    ]);
    expect(records.map((r) => r.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}`))).toEqual([
      ['warning', 'fine2000'],
      ['warning', 'fine4000'],
    ]);
  });
  it('keeps one record when the second unit applies the same articles (a retelling)', () => {
    const retold = text.replace('第二十一条、第三十一条第（二）项', '第二十三条、第三十三条第（三）项');
    expect(extractCases(retold).length).toBeLessThan(2);
  });
});

describe('two cases of two years told in one sentence, one ； apart (blind66 class)', () => {
  const text = [
    '两网民造谣被查处',
    '年末岁初，某县公安局依法处置网络谣言：2025年12月20日，网民单某在微信群编造“县医院发生火灾”的虚假信息，12月22日，某县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项规定，对单某行政拘留五日；2026年1月6日，网民芮某在短视频平台发布“县城将停水一周”的视频，1月8日，某县公安局依据新修订的《中华人民共和国治安管理处罚法》第二十九条第（一）项规定，对芮某行政拘留六日并处罚款三百元。此外，转发芮某视频的网民苗某（男，45岁），被某县公安局城北派出所依据同一规定处以罚款二百元。',
  ].join('\n');

  it('gives the later clause its own day and law, not the first clause’s', () => {
    const records = extractCases(text);
    expect(records.map((r) => [r.party.name, r.date, r.provisions.map((p) => p.article)])).toEqual([
      ['单某', '2025-12-20', [25]],
      ['芮某', '2026-01-06', [29]],
      ['网民苗某', '2026-01', [29]],
    ]);
  });
});

describe('a case told after another that opens with 同月 (blind60 class)', () => {
  it('takes the month the case before told', () => {
    const text = [
      '某县警方查处两名“卖卡人”',
      '　　经查，2031年5月，宁某将名下银行卡以800元价格出售给他人。某县公安局对宁某没收违法所得800元，处罚款4000元。',
      '　　同月，务工返乡的柏某某将3张手机卡以每张100元卖给他人，获利300元。某县公安局对柏某某没收违法所得300元、罚款2000元。',
    ].join('\n');
    expect(extractCases(text).map((r) => [r.party.name, r.date])).toEqual([
      ['宁某', '2031-05'],
      ['柏某某', '2031-05'],
    ]);
  });
});

describe('blind67 classes', () => {
  it('gives each party of a 「；同日，依据…」 sentence the law of its own clause', () => {
    const text = [
      '一次异常登录牵出的案子',
      '　　上月中旬，某县某家政服务有限公司的店长发现后台被人登录。民警随即赶到该公司，查明登录者为该公司前员工邝某。',
      '　　经查，邝某违反国家规定侵入计算机信息系统；该公司未采取防范网络侵入的技术措施。2023年5月9日，某县公安局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项，对邝某处以行政拘留三日；同日，依据《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款，对该家政公司作出警告并处罚款八千元的行政处罚。',
      '　　“罚款不是目的。”大队长告诉记者。',
    ].join('\n');
    const records = extractCases(text);
    expect(records.map((r) => r.party.name)).toEqual(['邝某', '某县某家政服务有限公司']);
    expect(records[0]!.provisions.map((p) => `${p.law}${p.article}`)).toEqual(['治安管理处罚法29']);
    expect(records[1]!.provisions.map((p) => `${p.law}${p.article}`)).toEqual([
      '网络安全法21',
      '网络安全法59',
    ]);
    expect(records[0]!.sanctions.map((s) => s.kind)).toEqual(['detention']);
  });

  it('dates a forwarder of the same video to the month of the story above', () => {
    const text = [
      '造谣“商场失火”，男子被拘',
      '　　5月3日晚，网民甘某在某平台发布视频，配文“某商场着火，死了好几个”。经查，系甘某编造。某县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项，对甘某处以行政拘留五日。',
      '　　转发该视频并配文“亲眼所见”的网民洪某，情节较轻，某派出所依法对其处以罚款二百元。',
    ].join('\n');
    const records = extractCases(`发布时间：2025-05-20\n${text}`);
    expect(records.map((r) => r.party.name)).toEqual(['甘某', '洪某']);
    expect(records[1]!.date).toBe('2025-05');
  });
});

describe('the lead under a title over several cases dates them (issue 13)', () => {
  it('gives the month of the lead’s check to the cases that state no date of their own', () => {
    const text = [
      '某县人民政府网',
      '当前位置：新闻中心，部门动态。',
      '县公安局对辖区重点单位开展网络安全专项检查',
      '来源：县公安局　时间：2032-09-14',
      '8月上旬至8月下旬，县公安局网安大队对全县19家重点单位逐一上门检查，现场指出问题31个。',
      '某庚物流有限公司的业务系统未定级备案。县公安局依据《网络安全法》第六十一条第一款，对该公司给予警告。',
      '某辛酒店管理有限公司的住客系统未留存网络日志。8月27日，县公安局依据《网络安全法》第六十一条第一款，责令该公司改正。',
    ].join('\n');
    expect(extractCases(text).map((r) => r.date)).toEqual(['2032-08', '2032-08-27']);
  });
});

describe('a short law name the page declares (blind77 class)', () => {
  it('reads a later case’s 《条例》 as the law the first case named in full', () => {
    const records = extractCases(
      '一、某市某网咖。3月2日，该网咖违反了《互联网上网服务营业场所管理条例》（以下简称《条例》）第二十三条之规定，某市公安局对该网咖给予警告。\n' +
        '二、某市某网吧。4月9日，某市公安局依据《条例》第三十三条第（四）项，对该网吧给予警告，并处罚款二千元。',
    );
    expect(records.map((r) => r.provisions.map((p) => `${p.law}|${p.article}`))).toEqual([
      ['互联网上网服务营业场所管理条例|23'],
      ['互联网上网服务营业场所管理条例|33'],
    ]);
  });
});
