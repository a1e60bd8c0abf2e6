import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';

describe('numbered parties after one decision (分别作出如下处理：1.对…；2.对…；3.对…)', () => {
  it('gives one record per party, a school named in full past ten characters included', () => {
    const text = [
      '某县教育局关于转发网站安全检查处理情况的通报',
      '2032年4月，某县公安局检查发现部分学校网站未落实网络安全等级保护制度。',
      '某县公安局依据《中华人民共和国网络安全法》第二十三条、第六十一条第一款的规定，于2032年5月6日分别作出如下处理：',
      '1. 对某县实验小学给予警告；',
      '2. 对某县某外国语艺术职业培训学校给予警告，并处罚款三万元。',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.sanctions.map((s) => s.amount_yuan ?? s.kind).join('+'),
      ]),
    ).toEqual([
      ['某县实验小学', 'warning'],
      ['某县某外国语艺术职业培训学校', 'warning+30000'],
    ]);
  });
});

/** The split is read through the records a page of these lines gives (the splitters are the module's own). */
const recordsOf = (...lines: string[]) => extractCases(lines.join('\n'));

describe('splitObjects and splitDatedClauses on pages of other agencies and the press (blind50)', () => {
  it('gives 该旅行公司 and 该网络服务公司, decided in one sentence, a record each named as the story named them', () => {
    const records = recordsOf(
      '某市晚报 新闻',
      '客户名单泄露 两家公司被罚',
      '经查，该数据库属于甲城某国际旅行有限公司。甲城某网络服务有限公司在搭建系统时未设置访问口令。',
      '8月3日，甲城市公安局依据《中华人民共和国数据安全法》第二十七条、第四十五条第一款的规定，对该旅行公司作出责令改正、给予警告，并处罚款六万元的行政处罚；对该网络服务公司给予警告，并处罚款三万元。',
    );
    expect(records.map((r) => r.party.name)).toEqual(['甲城某国际旅行有限公司', '甲城某网络服务有限公司']);
    expect(records[1]!.sanctions.map((s) => s.kind)).toEqual(['warning', 'fine']);
  });

  it('gives each ；-clause of its own unit a record, the last one’s 其 standing for the unit it named', () => {
    const records = recordsOf(
      '某省网信办发布一批执法案件',
      '甲市网信办查明，甲市某科技有限公司运营的“甲乐”App未公开收集使用规则，该办依据《中华人民共和国个人信息保护法》第十七条、第六十六条第一款规定，责令该公司改正，给予警告；丙区网信办查明，丙区某文化有限公司运营的论坛未保存日志，该办依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款规定，对该公司给予警告；乙县网信办查明，乙县某传媒有限公司运营的网站未落实实名制，该办依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条规定，对其处罚款三万元。',
    );
    expect(records.map((r) => r.party.name)).toEqual([
      '甲市某科技有限公司',
      '丙区某文化有限公司',
      '乙县某传媒有限公司',
    ]);
  });
});

describe('two people, each under their own article in one sentence, after a lead naming both (blind49 class)', () => {
  it('gives each one record with only their own sanctions', () => {
    const text = [
      '某县警方查处一起网络谣言案',
      '近日，某县公安局依法查处一起网络谣言案，对造谣的钱某依法处以行政拘留，对煽动围观的孔某依法给予警告处罚。',
      '2031年5月2日，钱某在其微博账号发布“某镇化工厂爆炸”的虚假信息。次日，孔某转发该信息并号召他人前往围观。',
      '5月6日，某县公安局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项之规定，对钱某处以行政拘留六日；依据《中华人民共和国治安管理处罚法》第二十六条第（一）项之规定，鉴于孔某系初次违法，对其给予警告处罚。',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.provisions.map((p) => p.article).join('+'),
        r.sanctions.map((s) => `${s.kind}${s.days ?? ''}`).join('+'),
      ]),
    ).toEqual([
      ['钱某', '29', 'detention6'],
      ['孔某', '26', 'warning'],
    ]);
  });
});

describe('分别 with each name’s own value after another party’s decision (blind54)', () => {
  it('keeps the first decision with its party and gives each named helper a record of their own', () => {
    const text = [
      '2031年3月，某区公安分局查处一起出售撞库软件案。',
      '6月2日，分局依据《中华人民共和国网络安全法》第二十七条、第六十三条第一款，对韩某没收违法所得5000元，处行政拘留五日，并处罚款五万元。',
      '为其提供推广帮助的甘某、鲁某，同样依据上述规定，分局分别没收甘某违法所得3400元、鲁某违法所得750元，并各处行政拘留二日。',
    ].join('\n');
    const cases = extractCases(text);
    const byName = new Map(cases.map((c) => [c.party.name, c]));
    expect(byName.get('韩某')?.sanctions.map((s) => [s.kind, s.amount_yuan ?? s.days])).toEqual([
      ['confiscation', 5000],
      ['detention', 5],
      ['fine', 50000],
    ]);
    expect(byName.get('甘某')?.sanctions.map((s) => [s.kind, s.amount_yuan ?? s.days])).toEqual([
      ['confiscation', 3400],
      ['detention', 2],
    ]);
    expect(byName.get('鲁某')?.sanctions.map((s) => [s.kind, s.amount_yuan ?? s.days])).toEqual([
      ['confiscation', 750],
      ['detention', 2],
    ]);
  });
});

describe('a cited decision on 其 in a paragraph of its own (blind54)', () => {
  it('takes the unit its own paragraph names, not the first unit of the page', () => {
    const text = [
      '去年9月，民警检查发现某某物流有限公司的运单系统未定级备案。今年2月复查仍未整改。某分局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款之规定，责令该公司改正，处罚款一万元。',
      '另一起发生在城西。4月3日，某某文化传媒有限公司的网站被植入赌博链接，民警发现该网站从未更新补丁。某分局认定该公司未履行安全保护义务，依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款，责令其限期改正，并处罚款八千元。',
    ].join('\n');
    const cases = extractCases(text);
    expect(cases.map((c) => [c.party.name, c.sanctions.find((s) => s.kind === 'fine')?.amount_yuan])).toEqual(
      [
        ['某某物流有限公司', 10000],
        ['某某文化传媒有限公司', 8000],
      ],
    );
  });
});

describe('one ； between two parties after a lead’s colon (blind54)', () => {
  it('gives each clause that opens with its own company a record, the second sharing the first one’s law', () => {
    const text =
      '此外，区网信办还查处了两家网站：某某家政服务有限公司运营的网站未及时处置违法广告，区网信办依据《中华人民共和国网络安全法》第四十九条、第六十九条第一款，责令其改正，给予警告；某某网络技术有限公司运营的论坛放任用户发布违法信息，被责令改正，给予警告，并处罚款五万元。';
    const cases = extractCases(text);
    expect(cases.map((c) => c.party.name)).toEqual(['某某家政服务有限公司', '某某网络技术有限公司']);
    expect(cases[1]!.sanctions.map((s) => s.kind)).toEqual(['rectification', 'warning', 'fine']);
    expect(cases[1]!.provisions.map((p) => p.article)).toEqual([49, 69]);
  });

  it('keeps a clause that opens with a reference (该…公司) with the party before it', () => {
    const text =
      '区网信办依据《中华人民共和国网络安全法》第四十九条、第六十九条第一款，对某某家政服务有限公司给予警告；该家政服务公司已整改，并处罚款五万元。';
    expect(extractCases(text)).toHaveLength(1);
  });
});

describe('one person’s two acts, each under its own article after 「；依据」, the second 对其… (blind56 class)', () => {
  it('gives one record with both provisions and both sanctions', () => {
    const text = [
      '某县警方查处一起网络谣言案',
      '2031年6月2日，陶某在某论坛发布“某水库溃坝”的虚假信息。6月5日，陶某又在直播中谩骂前来调查的民警。',
      '6月9日，某县公安局依据《中华人民共和国治安管理处罚法》第二十九条第一项，对陶某处以行政拘留六日；依据该法第五十条第一款第二项，对其谩骂民警的行为处以罚款四百元，两项处罚合并执行。',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.provisions.map((p) => p.article).join('+'),
        r.sanctions.map((s) => `${s.kind}${s.days ?? s.amount_yuan ?? ''}`).join('+'),
      ]),
    ).toEqual([['陶某', '29+50', 'detention6+fine400']]);
  });
});

describe('two dated cases in one sentence of a year’s summary, the second party referred to by 其 (blind56 class)', () => {
  it('gives each clause its own record, with its own law and sanctions', () => {
    const text = [
      '某市公安局网安支队2030年工作总结',
      '一、监管执法有序开展。全年检查网站312家次，办理行政案件15起。其中，4月，支队检查发现某市甲信息技术有限公司未落实日志留存措施，市局依据《网络安全法》第二十一条、第五十九条第一款之规定，于6月2日对该公司处以罚款二万元；9月，某物业服务中心门户网站被植入赌博链接，经查该中心未采取技术防范措施，某区分局依据《网络安全法》第二十五条、第五十九条第一款之规定，责令其改正并给予警告。',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [
        r.provisions.map((p) => p.article).join('+'),
        r.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}`).join('+'),
      ]),
    ).toEqual([
      ['21+59', 'fine20000'],
      ['25+59', 'rectification+warning'],
    ]);
  });
});

describe('a daily log whose first sanctioned entry is not its first entry (blind56 class)', () => {
  it('dates the record by its own entry, not by the day of the entry above it', () => {
    const text = [
      '某分局警务日志（2030年第5期）',
      '一、本周概况',
      '本周共接报警情318起，同比下降2.1%。',
      '二、每日要情',
      '5月6日（周一）辖区一商铺失窃，民警当晚将嫌疑人抓获，嫌疑人已被刑事拘留。',
      '5月7日（周二）网民贺某在某论坛发布“某商场发生踩踏”的不实信息。分局依据《中华人民共和国治安管理处罚法》第二十五条第一项，对贺某处以行政拘留三日。',
      '5月8日（周三）一名走失儿童被民警送回家中。',
    ].join('\n');
    expect(extractCases(text).map((r) => [r.party.name, r.date])).toEqual([['贺某', '2030-05-07']]);
  });
});

describe('splitRespectiveList: 对上述三家企业分别给予A、B、C (blind65 class)', () => {
  it('gives each party the story named its own item of the list, in order, and the order for all', () => {
    const records = recordsOf(
      '某省通信管理局',
      '三家企业侵害用户权益被处罚',
      '抽查发现，甲城启明网络有限公司运营的App超范围收集通讯录；乙县云帆科技有限公司在其小程序中未公开收集规则；丙区星河商贸有限公司未采取加密措施。上述行为违反了《中华人民共和国网络安全法》第四十一条的规定。依据《中华人民共和国网络安全法》第六十四条第一款，我局于5月6日对上述三家企业分别给予警告并处罚款2万元、罚款6万元、警告的行政处罚，并责令其限期改正。',
    );
    expect(
      records.map((r) => [
        r.party.name,
        r.sanctions.map((s) => s.amount_yuan ?? s.kind).join('+'),
        r.provisions.map((p) => p.article).join('+'),
      ]),
    ).toEqual([
      ['甲城启明网络有限公司', 'warning+20000+rectification', '41+64'],
      ['乙县云帆科技有限公司', '60000+rectification', '41+64'],
      ['丙区星河商贸有限公司', 'warning+rectification', '41+64'],
    ]);
  });

  it('gives the units the sentence itself lists one record each, in order', () => {
    const records = recordsOf(
      '依据《中华人民共和国网络安全法》第六十四条第一款，我局于5月6日对甲城启明网络有限公司、乙县云帆科技有限公司分别给予警告、罚款3万元的行政处罚。',
    );
    expect(
      records.map((r) => [r.party.name, r.sanctions.map((s) => s.amount_yuan ?? s.kind).join('+')]),
    ).toEqual([
      ['甲城启明网络有限公司', 'warning'],
      ['乙县云帆科技有限公司', '30000'],
    ]);
  });

  it('gives no record for the count when the story names no such parties', () => {
    const records = recordsOf(
      '今年以来，我局对上述三家企业分别给予警告并处罚款2万元、罚款6万元、警告的行政处罚。',
    );
    expect(records).toEqual([]);
  });
});

describe('splitObjects: the responsible person the story declared is the unit’s record (blind65 class)', () => {
  it('keeps 对卓某处罚款 on the unit’s record when the notice named 卓某 its 直接负责的主管人员', () => {
    const records = recordsOf(
      '6月1日，某办向甲公司送达告知书，拟对甲公司罚款二十万元，对直接负责的主管人员、该公司运维部负责人卓某处罚款二万元。',
      '7月2日，某办依据《中华人民共和国个人信息保护法》第六十六条第一款，对甲公司作出警告、罚款十万元的行政处罚，对卓某处罚款一万元。',
    );
    expect(
      records.map((r) => [
        r.party.name,
        r.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}${s.target === 'party' ? '' : 'R'}`).join('+'),
      ]),
    ).toEqual([['甲公司', 'warning+fine100000+fine10000R']]);
  });
});

/** Each record as [party, articles, sanctions with their days or amount] (blind60's tests). */
const partyLawSanctions = (text: string): string[][] =>
  extractCases(text).map((r) => [
    r.party.name,
    r.provisions.map((p) => p.article).join('+'),
    r.sanctions.map((s) => `${s.kind}${s.days ?? s.amount_yuan ?? ''}`).join('+'),
  ]);

describe('two decisions in one sentence split by 「；针对…的行为，依据」, the second without a subject (blind60 class)', () => {
  it('gives the unit and the employee one record each, each with its own law and sanctions', () => {
    const text = [
      '某县公安 | 电竞馆里藏着“翻墙”电脑 电竞馆和员工双双被罚',
      '　　8月3日晚，某县公安局网安大队检查发现，某县某电竞馆未核对顾客身份证件，员工邹某私自为顾客提供“翻墙”服务，获利420元。',
      '　　针对某县某电竞馆未按规定核对上网消费者身份证件的行为，某县公安局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项的规定，给予该电竞馆警告，并处罚款人民币三千元；针对邹某擅自使用非法信道进行国际联网的行为，依据《中华人民共和国计算机信息网络国际联网管理暂行规定》第六条、第十四条，责令邹某停止联网，给予警告，没收违法所得420元，并处罚款一千元。',
    ].join('\n');
    expect(partyLawSanctions(text)).toEqual([
      ['某县某电竞馆', '23+33', 'warning+fine3000'],
      ['邹某', '6+14', 'rectification+warning+confiscation420+fine1000'],
    ]);
  });
});

describe('分别处以 one phrase per person named earlier in the story (blind60 class)', () => {
  it('gives each person a record with their own phrase of measures', () => {
    const text = [
      '某市公安局关于网络违法典型案例的通报',
      '　　案例一：江某、苗某某利用网络发布代办证件信息案',
      '　　2031年2月，某分局网安大队巡查发现有人在本地论坛发布“代办各类证件”信息。经查，发帖者为江某（女，31岁）、苗某某（男，40岁），尚未实际成交。两人因利用网络发布涉及违法犯罪活动的信息，于2031年3月9日被某分局依据《中华人民共和国网络安全法》第四十六条、第六十七条第一款分别处以行政拘留七日并处罚款二千元、行政拘留四日的处罚。',
    ].join('\n');
    expect(partyLawSanctions(text)).toEqual([
      ['江某', '46+67', 'detention7+fine2000'],
      ['苗某某', '46+67', 'detention4'],
    ]);
  });
});

describe('splitBasisClauses: a ；同日， clause on its own law (blind67)', () => {
  it('gives the person and the company of one sentence each the citations of their own clause', () => {
    const records = recordsOf(
      '某县公安局 警务动态',
      '经查，某县某印务有限公司前员工尤某侵入公司系统；该公司未采取技术措施。',
      '2024年3月2日，某县公安局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项，对尤某处以行政拘留五日；同日，依据《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款，对该印务公司给予警告。',
    );
    expect(records.map((r) => r.party.name)).toEqual(['尤某', '某县某印务有限公司']);
    expect(records.map((r) => r.provisions.map((p) => p.article).join('+'))).toEqual(['29', '21+59']);
  });
});

describe('one person’s clause, then a described list 分别 spreads over (blind71 class)', () => {
  it('gives the first person their own measure and each listed person their value, all under the story and law', () => {
    const records = recordsOf(
      '某县公安局 警情通报',
      '2031年6月2日，网民甲某在短视频平台编造“某水库溃坝”的虚假信息，乙某某、丙某随后在本地群内转载。',
      '某县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对甲某处以行政拘留五日，对参与转载的乙某某、丙某分别处以罚款四百元、二百元。',
    );
    expect(
      records.map((r) => [r.party.name, r.sanctions.map((s) => s.days ?? s.amount_yuan).join('+'), r.agency]),
    ).toEqual([
      ['甲某', '5', '某县公安局'],
      ['乙某某', '400', '某县公安局'],
      ['丙某', '200', '某县公安局'],
    ]);
    expect(records.every((r) => r.provisions.length === 1)).toBe(true);
  });
});

describe('splitObjects: a unit’s clause that opens with 责令 (对该X公司责令改正…；对某某没收…, blind77 class)', () => {
  it('gives the unit and the employee one record each, each with its own sanctions', () => {
    const records = recordsOf(
      '某市网警 典型案例',
      '经查，丙市某保洁服务有限公司员工田某将客户电话出售给他人，获利900元；该保洁公司未对客户信息采取保护措施。',
      '丙市公安局依据《中华人民共和国网络安全法》第四十二条第二款、第六十四条第一款、第二款，分别作出如下处罚：对该保洁公司责令改正、给予警告；对田某没收违法所得900元，并处罚款五千元。',
    );
    expect(
      records.map((r) => [r.party.name, r.sanctions.map((s) => s.amount_yuan ?? s.kind).join('+')]),
    ).toEqual([
      ['丙市某保洁服务有限公司', 'rectification+warning'],
      ['田某', '900+5000'],
    ]);
  });
});

describe('分别 written before the list of people (分别对甲某、乙某作出A、B, blind77 class)', () => {
  it('gives each person a record with their own measure', () => {
    const records = recordsOf(
      '某县公安局 警情通报',
      '5月2日，网民卫某、葛某在本地论坛发布不实信息。5月4日，某派出所依据《中华人民共和国治安管理处罚法》第二十五条第一项，分别对卫某、葛某作出罚款四百元、罚款一百元的行政处罚。',
    );
    expect(records.map((r) => [r.party.name, r.sanctions.map((s) => s.amount_yuan).join('+')])).toEqual([
      ['卫某', '400'],
      ['葛某', '100'],
    ]);
  });
});
