/**
 * Bulletin styles first met in the second batch of real bulletins (issue 13), each on invented text: news items,
 * round-ups, explainers, disclosure forms. The fixture bulletins are scored by the acceptance test, never quoted here.
 */
import { describe, expect, it } from 'vitest';
import { extractCases, extractWithDoubts } from './extract.js';

describe('years from context', () => {
  it('dates a case that states no date to the year its introduction gives', () => {
    const records = extractCases(
      '某市网信办2031年第一批执法案例\n\n2031年以来，某市网信办依法查处一批违法违规网站。现通报如下：\n\n1.某某网站传播有害信息。网信部门对该网站给予警告。\n\n2.某某公众号发布不实信息。网信部门对该公众号给予警告。',
    );
    expect(records.map((r) => r.date)).toEqual(['2031', '2031']);
  });

  it('reads the year of a campaign named in the introduction (“净网—2031”)', () => {
    const [r] = extractCases(
      '某县公安局开展“净网—2031”专项行动\n\n案例一：某宾馆未落实安全保护措施案\n\n某宾馆未落实网络安全保护措施，某县公安局对该宾馆给予警告。',
    );
    expect(r!.date).toBe('2031');
  });

  it('leaves a case told as 近日 undated: the year of the introduction is a period, not its date', () => {
    const [r] = extractCases(
      '2031年以来，某省公安机关查处案件100起。\n\n案例一：某公司泄露信息案\n\n近日，某市网安部门检查发现某公司未采取技术措施，对该公司给予警告。',
    );
    expect(r!.date).toBeNull();
  });
});

describe('a news item that tells its one case twice', () => {
  it('gives one record: the lead and the body with the decision (same measured sanctions, no other party)', () => {
    const records = extractCases(
      '某地网民造谣被拘\n\n此事发生后，有人在网上发布谣言，目前，发布谣言的人已被警方依法拘留5日并处罚款200元。\n\n经查，违法行为人王某某对发布谣言的事实供认不讳。某派出所依据《中华人民共和国治安管理处罚法》第二十五条之规定，对王某某依法拘留5日并处罚款200元。',
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.party.name).toBe('王某某');
  });

  it('drops a lead that gives the outcome first when the body, after another party’s story, tells that decision in full (issue 13)', () => {
    const records = extractCases(
      '某地一公司卖“蹭网”软件被罚\n\n本报讯 记者从某市公安局获悉，该局近日查处一起提供侵入网络工具案，对涉事公司罚款12万元，对其负责人处以行政拘留。\n\n今年3月，网民甲某用一款软件破解邻居的无线网络。4月2日，某区分局依据《中华人民共和国治安管理处罚法》第三十三条第（一）项之规定，对甲某处行政拘留三日。\n\n民警顺线查明，该软件由某市某信息技术有限公司制作出售。5月9日，某市公安局依据《中华人民共和国网络安全法》第二十九条、第六十六条第二款之规定，对该公司处罚款12万元，对其总经理乙某处行政拘留五日。',
    );
    expect(records.map((r) => r.party.name)).toEqual(['甲某', '某市某信息技术有限公司']);
  });
});

describe('law names written wrong', () => {
  it('cites the catalogue law and says that the text was repaired', () => {
    const { records, doubts } = extractWithDoubts(
      '案例一：某公司未落实安全措施案\n\n2031年3月，某公司未落实安全保护措施。某县公安局依据《中华人民共和国网络安全》第二十一第二项、第五十九条之规定，对该公司给予警告。',
    );
    expect(records[0]!.provisions.map((p) => [p.law, p.article, p.item])).toEqual([
      ['网络安全法', 21, 2],
      ['网络安全法', 59, null],
    ]);
    expect(doubts[0]!.filter((d) => d.code === 'text_repaired').map((d) => d.message)).toEqual([
      '原文“第二十一”已按法规目录更正为“第二十一条”',
      '原文“《网络安全》”已按法规目录更正为“《网络安全法》”',
    ]);
  });
});

describe('doubt is visible', () => {
  it('flags a party written as a reference (该单位) and a missing date; a named party and date raise none', () => {
    const { doubts } = extractWithDoubts(
      '案例一：违规网站案\n\n有网站传播违法信息。网信部门依法对该单位给予警告。\n\n案例二：某某公司违规案\n\n2031年5月，某某公司违规收集信息，某区网信办对其给予警告。',
    );
    expect(doubts.map((d) => d.map((x) => x.code))).toEqual([['party_reference', 'date_missing'], []]);
  });
});

describe('people listed by name in one decision', () => {
  it('gives each a record, sharing the story; the measure before the list stays with the account', () => {
    const records = extractCases(
      '案例一：直播传播暴力信息\n\n短视频平台账号“甲乙丙”在直播间殴打他人博取打赏。某市网信办依法对该账号给予关闭处置，并联合市公安局依法给予王某、刘某、陈某等3人行政拘留5日。',
    );
    expect(records.map((r) => [r.party.name, r.sanctions.map((s) => s.kind).join()])).toEqual([
      ['短视频平台账号“甲乙丙”', 'other'],
      ['王某', 'detention'],
      ['刘某', 'detention'],
      ['陈某', 'detention'],
    ]);
  });

  it('keeps one record for 对张某、李某分别处以… (分别 spreads the sanctions over the two)', () => {
    const records = extractCases(
      '案例一：帮助跑分案\n\n2031年1月，张某、李某帮助他人跑分。某分局对张某、李某分别处以行政拘留五日。',
    );
    expect(records).toHaveLength(1);
  });
});

describe('the deciding unit of a news item', () => {
  it('is the unit a later sentence names when the lead only says 警方', () => {
    const [r] = extractCases(
      '某地网民造谣被拘\n\n目前，发布谣言的人已被警方依法拘留5日。\n\n经查，违法行为人王某某对发布谣言的事实供认不讳，某某路派出所对其依法拘留5日。',
    );
    expect(r!.agency).toBe('某某路派出所');
  });
});

describe('a case that opens with 同日', () => {
  it('took place on the last day the previous case told', () => {
    const records = extractCases(
      '20191107日，青石县公安局网安大队检查发现，青石县某物流有限公司未留存网络日志。青石县公安局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，对该公司给予警告。\n\n同日，网安大队检查发现青石县某驾驶员培训学校未落实网络安全等级保护制度，青石县公安局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，对该校给予警告。',
    );
    expect(records.map((r) => r.date)).toEqual(['2019-11-07', '2019-11-07']);
  });
});

describe('form-style disclosures', () => {
  it('read each block’s fields: sanctions from 处罚结果 only, citations from 处罚依据, the date with 日 left off', () => {
    const records = extractCases(
      [
        '北湖省通信管理局行政处罚信息公示',
        '一、',
        '案件名称：周某未履行备案手续案',
        '当事人：周某',
        '处罚事由：当事人未履行备案手续开办网站，经责令限期改正，逾期未改正。',
        '处罚依据：《互联网信息服务管理办法》第四条第二款、第十九条第二款',
        '处罚结果：责令关闭网站',
        '处罚机关：北湖省通信管理局',
        '处罚日期：2022年8月9',
        '二、',
        '案件名称：北湖某科技有限公司未取得许可案',
        '当事人：北湖某科技有限公司',
        '处罚事由：该公司未取得经营许可证擅自从事经营性互联网信息服务。',
        '处罚依据：《互联网信息服务管理办法》第十九条第一款',
        '处罚结果：责令限期改正，罚款人民币3万元',
        '处罚机关：北湖省通信管理局',
        '处罚日期：2022年8月16日',
      ].join('\n'),
    );
    expect(
      records.map((r) => [r.title, r.date, r.agency, r.party.name, r.sanctions.map((s) => s.kind)]),
    ).toEqual([
      ['周某未履行备案手续案', '2022-08-09', '北湖省通信管理局', '周某', ['other']],
      [
        '北湖某科技有限公司未取得许可案',
        '2022-08-16',
        '北湖省通信管理局',
        '北湖某科技有限公司',
        ['rectification', 'fine'],
      ],
    ]);
    expect(records[0]!.provisions.map((p) => `${p.article}.${p.paragraph}`)).toEqual(['4.2', '19.2']);
  });
});

describe('explainer and Q&A sections', () => {
  it('take the case from the story; the officer’s explanation and the answers cite nothing for it', () => {
    const records = extractCases(
      [
        '以案说法丨酒店Wi-Fi不留日志被罚',
        '【案情回顾】',
        '2025年3月，临川县公安局网安大队检查发现，临川县某酒店管理有限公司提供的无线上网服务未留存网络日志。临川县公安局依据《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款之规定，对该公司给予警告。',
        '【民警说法】',
        '临川县公安局网安大队民警介绍，依据《中华人民共和国网络安全法》第五十九条第一款，拒不改正的，处一万元以上十万元以下罚款。',
        '问：什么是网络日志留存？',
        '答：《中华人民共和国网络安全法》第二十一条第（三）项规定，网络运营者应当留存相关的网络日志不少于六个月；违反的，由公安机关责令改正，给予警告。',
      ].join('\n'),
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.party.name).toBe('临川县某酒店管理有限公司');
    expect(records[0]!.provisions.map((p) => `${p.article}.${p.paragraph}.${p.item}`)).toEqual([
      '21.null.3',
      '59.1.null',
    ]);
  });
});

describe('a press conference', () => {
  it('reads the case from the speaker’s account, not the answer to a reporter’s question', () => {
    const records = extractCases(
      [
        '【主持人】下面请市公安局网安支队介绍典型案例。',
        '【孙支队】2024年4月，我支队发现“西坪论坛”网站被植入赌博链接。经查，其运营主体为西坪市某信息咨询有限公司，该企业未落实网络安全等级保护制度。根据《中华人民共和国网络安全法》第五十九条第一款，西坪市公安局对该企业处以罚款1万元。',
        '【西坪晚报记者】请问，小网站怎样避免被攻击？',
        '【孙支队】根据网络安全法第五十九条，拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.sanctions.map((s) => `${s.kind}|${s.amount_yuan}`)])).toEqual([
      ['西坪市某信息咨询有限公司', ['fine|10000']],
    ]);
    expect(records[0]!.provisions.map((p) => `${p.article}.${p.paragraph}`)).toEqual(['59.1']);
  });
});

describe('groups as parties', () => {
  it('gives one record per group sentence, the group as written, citing only its own law', () => {
    const records = extractCases(
      '【案例2】检查中的两类问题\n5月，北岭市公安局网安支队对辖区30家重点单位开展检查，其中4家企业因未留存网络日志，违反《中华人民共和国网络安全法》第二十一条第（三）项规定，被处以警告；另有6家单位因存在弱口令，被下达《责令限期整改通知书》。',
      {},
    );
    expect(
      records.map((r) => [r.party.name, r.party.kind, r.provisions.length, r.sanctions.map((s) => s.kind)]),
    ).toEqual([
      ['4家企业', 'organization', 1, ['warning']],
      ['6家单位', 'organization', 0, ['rectification']],
    ]);
  });

  it('gives one record to each party a count refers back to (分别对两家单位…)', () => {
    const records = extractCases(
      '案例二\n2023年5月，东坡县公安局网安大队检查发现，东坡县某小学和东坡县某养老院两家单位的网站存在高危漏洞。东坡县公安局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款之规定，分别对两家单位给予警告处罚，并责令限期整改。',
    );
    expect(records.map((r) => [r.party.name, r.date, r.sanctions.map((s) => s.kind)])).toEqual([
      ['东坡县某小学', '2023-05', ['warning', 'rectification']],
      ['东坡县某养老院', '2023-05', ['warning', 'rectification']],
    ]);
  });
});

describe('a lead that sums up the cases below', () => {
  it('is no record of its own (a count of parties, a penalty of unstated kind)', () => {
    const records = extractCases(
      [
        '近日，河湾县公安局依据《中华人民共和国网络安全法》，对辖区三家未落实安全保护义务的单位作出行政处罚。',
        '2024年6月3日，河湾县公安局网安大队检查发现，河湾县某物流有限公司未留存网络日志。河湾县公安局依据《中华人民共和国网络安全法》第五十九条第一款，对该公司给予警告。',
      ].join('\n'),
    );
    expect(records.map((r) => r.party.name)).toEqual(['河湾县某物流有限公司']);
  });

  it('is kept when it is the bulletin’s only case (三名网民被依法处罚)', () => {
    const records = extractCases('近日，河湾县公安局对三名造谣网民依法给予行政处罚。');
    expect(records).toHaveLength(1);
  });
});

describe('a news lead that names the police of the place only', () => {
  it('takes the unit the decision names (当地公安机关 → 某分局)', () => {
    const [r] = extractCases(
      '一名男子出租翻墙帐号获利1,500元，被当地公安机关警告、没收违法所得并罚款2,000元。\n据通报，冯某的行为违反了《中华人民共和国计算机信息网络国际联网管理暂行规定》第六条，云港市公安局港南分局根据该规定第十四条，决定对冯某处以警告，没收违法所得1,500元，并处罚款2,000元。',
    );
    expect(r!.agency).toBe('云港市公安局港南分局');
    expect(r!.provisions.map((p) => p.article)).toEqual([6, 14]);
  });
});

describe('a clause after ；that closes another site', () => {
  it('is that site’s record; the clauses before stay with the account', () => {
    const records = extractCases(
      '五、依法查处仿冒官方的账号和网站\n2024年以来，临江市网信办针对微信公众号“临江机场服务”仿冒官方账号，责令限期整改，暂停信息更新10日；依法关闭仿冒官方“临江市税务局”的网站。',
    );
    expect(records.map((r) => [r.party.name, r.sanctions.map((s) => s.kind)])).toEqual([
      ['微信公众号“临江机场服务”', ['rectification', 'suspension']],
      ['仿冒官方“临江市税务局”的网站', ['other']],
    ]);
  });
});

describe('a news story that opens on the day it began', () => {
  it('dates the case to that day, though its first paragraphs name no party', () => {
    const [r] = extractCases(
      [
        '南湖要建地铁？假的',
        '2024-05-20 10:02 来源：南湖晚报',
        '5月12日，网传“南湖县地铁开工”视频引发关注，公安机关迅速开展核查。',
        '南湖县公安局网安大队联合派出所对违法行为人传唤调查。',
        '经查，系违法行为人郑某某编造，根据《中华人民共和国治安管理处罚法》第二十五条第（一）项规定，5月13日，郑某某被公安机关依法行政拘留5日。',
      ].join('\n'),
      {},
    );
    expect(r!.date).toBe('2024-05-12');
  });

  it('not to an earlier event that is no part of the online conduct (5月11日，110接报一起警情)', () => {
    const [r] = extractCases(
      [
        '2024-05-20 10:02 来源：南湖晚报',
        '5月11日，南湖县公安局110接报一起犬只伤人警情。',
        '5月12日，一则“被咬老人已死亡”的谣言在微信群中传播。经查，谣言的编造者为郑某。',
        '5月13日，南湖县公安局依法对郑某处以行政拘留3日的处罚。',
      ].join('\n'),
    );
    expect(r!.date).toBe('2024-05-12');
  });
});

describe('one paragraph telling several dated cases, the law named once for all', () => {
  const post =
    '某县公安局\n2031-3-10 18:42 来自 微博网页版\n\n【造谣必究】近日，某县公安局连续查处3起网络谣言案件：3月2日，网民甲某在某平台编造“某镇发生爆炸”的虚假信息，被依法行政拘留五日；3月6日，乙某在微信群转发“某校停课”不实信息，被处罚款二百元；3月8日，丙某发布不实信息，民警对其进行批评教育；3月9日，丁某冒充医生发布虚假疫情，被处行政拘留七日并处罚款三百元。上述违法行为人的行为均违反了《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定。';

  it('gives one record per dated clause that imposes a sanction (批评教育 alone is none)', () => {
    const records = extractCases(post);
    expect(records.map((r) => r.party.name)).toEqual(['甲某', '乙某', '丁某']);
    // The year is the post time's (2031-3-10).
    expect(records.map((r) => r.date)).toEqual(['2031-03-02', '2031-03-06', '2031-03-09']);
    expect(records.map((r) => r.sanctions.map((s) => `${s.kind}${s.days ?? s.amount_yuan}`))).toEqual([
      ['detention5'],
      ['fine200'],
      ['detention7', 'fine300'],
    ]);
  });

  it('cites for every clause the law of 「上述违法行为人的行为均违反了…」 (治安管理处罚法 第二十五条第（一）项)', () => {
    for (const r of extractCases(post))
      expect(r.provisions).toEqual([{ law: '治安管理处罚法', article: 25, paragraph: null, item: 1 }]);
  });

  it('does not read a count that leads into the cases (查处3起…：) as a statistic of nothing', () => {
    expect(extractCases(post)).toHaveLength(3);
  });
});

describe('entries that are not penalties, and closing commentary', () => {
  it('gives no record for an entry 「依法不予行政处罚」 (行政处罚法 第三十三条: 不予行政处罚 is no penalty)', () => {
    const records = extractCases(
      '某区网信办通报\n\n1.某甲公司。问题：未告知处理目的。依据《个人信息保护法》第六十六条第一款，给予警告。\n\n2.某乙公司。问题：未单独告知。经约谈，该企业已完成整改，依法不予行政处罚。',
    );
    expect(records.map((r) => r.party.name)).toEqual(['某甲公司']);
  });

  it('does not cite the articles of a closing old→new numbering table for the last case', () => {
    const text =
      '案例一：某网站未处置违法信息案\n\n2031年3月，某市公安局发现某网站未及时处置违法信息，依据《网络安全法》第六十九条第一款，给予警告。\n\n';
    for (const table of [
      '【新旧法条对照】修正后的《网络安全法》部分条文序号调整：原第二十一条现为第二十三条，原第四十七条现为第四十九条。',
      '修正后的《网络安全法》部分条文序号调整：原第二十一条现为第二十三条，原第四十七条现为第四十九条。',
    ]) {
      const [r] = extractCases(text + table);
      expect(r!.provisions).toEqual([{ law: '网络安全法', article: 69, paragraph: 1, item: null }]);
    }
  });
});

describe('a full 行政处罚决定书', () => {
  const decision = [
    '某市公安局',
    '行政处罚决定书',
    '某公（网）行罚决字〔2031〕0001号',
    '违法行为人（单位）：某某数码科技有限公司',
    '法定代表人：孙某某　　性别：男　　出生日期：1970年**月**日',
    '直接负责的主管人员：周某，男，1988年**月**日出生，系该公司运维主管',
    '现查明：2031年4月2日，我局网安支队发现某某数码科技有限公司运营的系统存在弱口令，未采取防范网络攻击的技术措施。',
    '本机关于2031年4月20日向当事人送达了《行政处罚告知笔录》，告知其拟作出行政处罚的事实、理由及依据。',
    '本机关认为，某某数码科技有限公司未履行网络安全等级保护义务，其行为违反了《中华人民共和国网络安全法》第二十一条第（一）项之规定。根据《中华人民共和国网络安全法》第五十九条第一款之规定，现决定：',
    '一、责令某某数码科技有限公司改正违法行为；',
    '二、对某某数码科技有限公司处以警告，并处罚款人民币贰万元整；',
    '三、对直接负责的主管人员周某处罚款人民币伍仟元整。',
    '履行方式和期限：被处罚人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳罚款的，根据《中华人民共和国行政处罚法》第七十二条第一款第（一）项之规定，每日按罚款数额的百分之三加处罚款。',
    '如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。',
    '某市公安局',
    '二〇三一年五月六日',
  ].join('\n');

  it('is one record: the numbered items are its decision, the responsible person’s fine is on it (网络安全法 第五十九条第一款 「对直接负责的主管人员处…罚款」)', () => {
    const records = extractCases(decision);
    expect(records).toHaveLength(1);
    expect(records[0]!.party.name).toBe('某某数码科技有限公司');
    expect(records[0]!.sanctions.map((s) => `${s.kind}|${s.amount_yuan ?? ''}|${s.target}`)).toEqual([
      'rectification||party',
      'warning||party',
      'fine|20000|party',
      'fine|5000|responsible_person',
    ]);
  });

  it('cites the decision’s articles, not 行政处罚法 第七十二条 of the payment terms (加处罚款) nor the remedy', () => {
    const [r] = extractCases(decision);
    expect(r!.provisions.map((p) => `${p.law}|${p.article}|${p.paragraph ?? ''}|${p.item ?? ''}`)).toEqual([
      '网络安全法|21||1',
      '网络安全法|59|1|',
    ]);
  });

  it('takes no birth year as the date, nor the notice of the proposed penalty (拟作出) as a penalty', () => {
    const [r] = extractCases(decision);
    expect(r!.date).not.toBe('1970');
    expect(r!.date?.startsWith('2031')).toBe(true);
  });
});

describe('a wire story telling two cases in turn', () => {
  const story = [
    '某市警方通报涉网违法案件',
    '　　新华社某市5月20日电 某市公安局20日召开新闻通气会。',
    '　　发言人赵某说，个人信息保护是今年整治的重点。4月，民警在检查中发现，某市某物流有限公司一网点未对面单信息采取安全技术措施。',
    '　　“企业不能忽视安全责任。”赵某表示，某市公安局某分局依据《中华人民共和国个人信息保护法》第五十一条、第六十六条第一款的规定，责令该公司改正，并给予警告。',
    '　　记者了解到，3月，大学生钱某编写并售卖外挂程序，非法获利5000元。某市公安局某某分局依据《中华人民共和国网络安全法》第二十七条、第六十三条第一款之规定，对钱某处以行政拘留五日，没收违法所得5000元。',
  ].join('\n');

  it('keeps the company’s case and the next person’s apart, each with its own law (个人信息保护法 第六十六条第一款 「责令改正，给予警告」)', () => {
    const records = extractCases(story);
    expect(records.map((r) => r.party.name)).toEqual(['某市某物流有限公司', '钱某']);
    expect(records.map((r) => r.provisions.map((p) => `${p.law}|${p.article}`))).toEqual([
      ['个人信息保护法|51', '个人信息保护法|66'],
      ['网络安全法|27', '网络安全法|63'],
    ]);
    expect(records[0]!.sanctions.map((s) => s.kind)).toEqual(['rectification', 'warning']);
  });
});

describe('a news list: headlines with their dates, each over its summary', () => {
  const page = [
    '网安动态',
    '一家书店违规公开顾客个人信息被警告 2023-11-08',
    '10月，某市公安局接群众举报，某书店在会员群中公开顾客姓名和电话。某市公安局依据《个人信息保护法》第十条、第六十六条第一款，责令该书店改正并给予警告。',
    '市局开展网络安全宣传周活动 2023-09-12',
    '9月12日，市局在广场开展宣传活动……',
    '一网站未备案被警告 2022-05-20',
    '5月6日，某区分局发现某网络科技有限公司开办的网站未办理备案，依据《计算机信息网络国际联网安全保护管理办法》第十二条、第二十三条，给予该公司警告。',
  ].join('\n');

  it('takes each summary that decides as a case titled by its headline', () => {
    const records = extractCases(page);
    expect(records.map((r) => r.title)).toEqual(['一家书店违规公开顾客个人信息被警告', '一网站未备案被警告']);
  });

  it('dates each entry’s bare months and days by the entry’s own date, not the page’s first one', () => {
    expect(extractCases(page).map((r) => r.date)).toEqual(['2023-10', '2022-05-06']);
  });

  it('keeps one headline with a date at the top of a page a dateline', () => {
    const one = extractCases(
      '某区司法局 普法小课堂 第3期 2024-04-02\n3月，某网吧接纳未成年人上网，某区公安分局依据《互联网上网服务营业场所管理条例》第三十一条，给予该网吧警告。',
    );
    expect(one.map((r) => [r.title, r.date])).toEqual([
      [expect.not.stringContaining('普法小课堂'), '2024-03'],
    ]);
  });
});

describe('several people punished in one sentence, each in a clause of its own', () => {
  it('splits 没收何某违法所得…，没收邓某违法所得… into one record each, with its own amounts', () => {
    const records = extractCases(
      '2023年5月，某市公安局查明，快递网点分拣员何某、邓某拍摄面单出售。某市公安局依据《网络安全法》第四十四条、第六十四条第二款，没收何某违法所得4800元并处罚款1万元，没收邓某违法所得2100元并处罚款6000元。',
    );
    expect(
      records.map((r) => [r.party.name, r.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}`)]),
    ).toEqual([
      ['何某', ['confiscation4800', 'fine10000']],
      ['邓某', ['confiscation2100', 'fine6000']],
    ]);
  });

  it('splits 给予孙某警告并处罚款…，给予钱某警告 into one record each (计算机信息网络国际联网安全保护管理办法 第二十条 「…给予警告，有违法所得的，没收违法所得，对个人可以并处五千元以下的罚款」)', () => {
    const records = extractCases(
      '2031年5月，某公司报警称其内部网络被陌生设备接入。某市公安局查明，孙某破解该公司无线网络密码后进入其内部网络，并将密码告知钱某。某市公安局依据《计算机信息网络国际联网安全保护管理办法》第六条第（一）项、第二十条之规定，给予孙某警告并处罚款人民币一千元，给予钱某警告处罚。',
    );
    expect(
      records.map((r) => [r.party.name, r.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}`)]),
    ).toEqual([
      ['孙某', ['warning', 'fine1000']],
      ['钱某', ['warning']],
    ]);
    expect(records[1]!.provisions.map((p) => p.article)).toEqual([6, 20]);
  });

  it('reads 对其 in a sentence that opens with a person as that person (付某为他人…，对其处行政拘留三日)', () => {
    const records = extractCases(
      [
        '卖外挂软件，两人被拘',
        '郑某出售干扰网络防护的软件获利3600元。某分局依据《网络安全法》第六十六条，没收郑某违法所得3600元，对其处行政拘留五日。',
        '付某为他人从事危害网络安全的活动提供支付结算帮助，某分局依据《网络安全法》第二十九条、第六十六条，对其处行政拘留三日。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.sanctions.map((s) => `${s.kind}${s.days ?? ''}`)])).toEqual([
      ['郑某', ['confiscation', 'detention5']],
      ['付某', ['detention3']],
    ]);
  });
});

describe('a disclosure table under a note on publication', () => {
  const page = [
    '根据《中华人民共和国政府信息公开条例》有关要求，现将部分行政处罚决定信息予以公示（其他组织名称已作隐名处理）。',
    '序号\t行政处罚决定书文号\t行政相对人名称\t违法事实\t处罚依据\t处罚内容\t处罚机关\t处罚决定日期',
    '1\t某公（网）行罚决字〔2022〕0015号\t某区某教育咨询有限公司\t学员信息管理系统未设访问控制。\t《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款\t责令改正，警告\t某区公安分局\t2022-11-03',
  ].join('\n');

  it('takes the party from the 行政相对人名称 column', () => {
    expect(extractCases(page).map((r) => r.party)).toEqual([
      { kind: 'organization', name: '某区某教育咨询有限公司' },
    ]);
  });

  it('does not take the note’s law (其他组织 names no party) for the case’s', () => {
    expect(extractCases(page)[0]!.provisions.map((p) => p.law)).toEqual(['数据安全法', '数据安全法']);
  });
});

describe('decision summaries in labelled lines, one after another', () => {
  const page = [
    '决定书文号：某公（网）行罚决字〔2021〕0010号',
    '被处罚人：王某',
    '违法事实：2021年3月，王某使用“翻墙”软件访问境外网站。',
    '处罚依据：《中华人民共和国计算机信息网络国际联网管理暂行规定》第六条、第十四条',
    '处罚结果：给予警告',
    '处罚机关：某市公安局',
    '处罚日期：2021年4月2日',
    '决定书文号：某公（网）行罚决字〔2024〕0300号',
    '被处罚人：某市某科技有限公司',
    '违法事实：该公司系统存在高危漏洞，2024年6月5日被发现。',
    '处罚依据：《中华人民共和国网络安全法》第二十一条、第五十九条第一款',
    '处罚结果：罚款人民币壹万元',
    '处罚机关：某市公安局',
    '处罚日期：2024年7月1日',
  ].join('\n');

  it('keeps each decision’s 处罚机关 and 处罚日期 lines with it, not with the next decision', () => {
    expect(extractCases(page).map((r) => [r.party.name, r.date, r.decision_date])).toEqual([
      ['王某', '2021-03', '2021-04-02'],
      ['某市某科技有限公司', '2024-06-05', '2024-07-01'],
    ]);
  });
});

describe('a year-end look back', () => {
  const page = [
    '2023盘点丨回望这一年的网络执法',
    '某市委网信办 2024-01-05 08:00',
    '岁末年初，回望2023，我们挑出几起有代表性的案件。',
    '【关键词一】篡改',
    '9月3日，某市公安局发现某网络科技有限公司运营的网站首页被植入赌博链接。某市公安局依据《网络安全法》第二十一条第（二）项、第五十九条第一款，对该公司处罚款三万元。',
    '【关键词二】搬运',
    '11月，某市委网信办约谈了某文化传媒有限公司负责人，要求平台依规处置相关账号。平台已对该账号作禁言30日处理。',
  ].join('\n');

  it('dates bare months to the year looked back on (2023盘点, 回望2023), not to the year of publication', () => {
    expect(extractCases(page).map((r) => r.date)).toEqual(['2023-09-03']);
  });

  it('takes no platform’s own measure on its user (平台已对该账号作禁言处理) for a sanction of the enforcing unit', () => {
    expect(extractCases(page)).toHaveLength(1);
  });

  it('takes the unit ordered first for the party, not the mini program it runs', () => {
    const [r] = extractCases(
      '2024年4月，经查，“乐跑”小程序由某健康科技有限公司运营。某市委网信办依据《个人信息保护法》第二十九条、第六十六条第一款，责令该公司改正，给予警告，并责令“乐跑”小程序暂停提供服务15日。',
    );
    expect(r!.party.name).toBe('某健康科技有限公司');
  });
});

describe('the issuer of a disclosure page', () => {
  it('is the unit its title names, not the site name on its navigation bar', () => {
    const records = extractCases(
      [
        '江南网信 | 首页 网信动态 执法公示',
        '江南市委网信办行政处罚决定信息公示',
        '序号：1',
        '行政相对人名称：江南某科技有限公司',
        '处罚依据：《中华人民共和国个人信息保护法》第十三条、第六十六条第一款',
        '处罚内容：责令改正，给予警告',
        '序号：2',
        '行政相对人名称：江南某传媒有限公司',
        '处罚依据：《中华人民共和国网络安全法》第二十四条第一款、第六十一条',
        '处罚内容：责令改正',
      ].join('\n'),
    );
    expect(records.map((r) => r.agency)).toEqual(['江南市委网信办', '江南市委网信办']);
  });
});

describe('a case told in 【案情】【处罚】【说法】 sections', () => {
  it('reads nothing from the 【说法】 commentary and no order the party ignored (下发《责令限期改正通知书》… 仍未落实)', () => {
    const [r] = extractCases(
      [
        '📌 案例一　实名形同虚设',
        '【案情】',
        '某网络科技有限公司运营一款交友App。4月，某市公安局检查时发现该问题，当即向该公司下发《责令限期改正通知书》，要求一个月内完成整改。逾期复查时，该公司仍未落实真实身份信息认证。',
        '【处罚】',
        '6月20日，某市公安局依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条，对该公司处以罚款八万元。',
        '【说法】',
        '根据治安管理处罚法第二十五条，散布谣言的，处五日以上十日以下拘留，可以并处五百元以下罚款。',
      ].join('\n'),
    );
    expect(r!.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}`)).toEqual(['fine80000']);
    expect(r!.provisions.map((p) => p.law)).toEqual(['网络安全法', '网络安全法']);
  });
});

describe('a feature whose one story runs under subheadings', () => {
  const page = [
    '某某晚报 数字报 | 2019年11月14日 星期四 | 第A07版',
    '一家培训机构泄露学员家长信息被罚',
    '本报记者 王某某',
    '“孩子的报名表刚填完，就有好几家托管班打电话给我。”家住某区的市民潘女士至今仍很气愤。',
    '一通举报电话',
    '今年7月22日，潘女士拨打110反映个人信息疑似被泄露。民警很快将目标锁定在某教育咨询有限公司。',
    '顺藤摸瓜',
    '经查，该公司将学员家长的信息提供给两家托管机构。民警介绍，该公司的行为违反了《中华人民共和国网络安全法》第四十二条第一款的规定。',
    '10月下旬作出处罚',
    '10月25日，某分局依据《中华人民共和国网络安全法》第六十四条第一款，对该公司作出给予警告、没收违法所得6500元的行政处罚。',
    '律师提醒',
    '律师邵某提醒，根据网络安全法第六十四条，侵害个人信息的，可以处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款。',
  ].join('\n');

  it('reads one case whose story and citations come from every section, titled by no subheading', () => {
    const records = extractCases(page);
    expect(records).toHaveLength(1);
    expect(records[0]!.title).not.toBe('10月下旬作出处罚');
    expect(records[0]!.provisions.map((p) => p.article)).toEqual([42, 64]);
    expect(records[0]!.sanctions.map((s) => s.kind)).toEqual(['warning', 'confiscation']);
  });
});

describe('a press conference: cases under 第一起/第二起, then one told in an answer', () => {
  const page = [
    '某市政府新闻办新闻发布会文字实录',
    '市公安局副局长 赵某某：',
    '下面我通报两起典型案例。',
    '第一起，是某物流科技有限公司未履行数据安全保护义务案。2023年9月，市公安局发现该公司数据库未设置访问控制。市公安局依据《数据安全法》第二十七条第一款、第四十五条第一款之规定，对该公司作出给予警告、罚款15万元的行政处罚。',
    '第二起，是某医疗信息技术有限公司拒不改正案。2023年12月，高新分局发现该公司平台存在隐患，当即责令其限期改正，但该公司未按要求整改。高新分局依据《数据安全法》第二十七条第一款、第四十五条第一款之规定，对该公司处罚款80万元。',
    '某日报记者：',
    '请问对数据交易领域有哪些监管举措？',
    '市公安局副局长 赵某某：',
    '今年4月，我们发现某数据服务有限公司在撮合数据交易中未审核数据来源，违法所得3.6万元。市公安局依据《数据安全法》第三十三条、第四十七条之规定，对该公司没收违法所得3.6万元，并处罚款20万元。',
  ].join('\n');

  it('titles the cases without the lead-in (，是), and reads the answer’s case as a record of its own', () => {
    const records = extractCases(page);
    expect(records.map((r) => [r.title, r.party.name])).toEqual([
      ['某物流科技有限公司未履行数据安全保护义务案', '某物流科技有限公司'],
      ['某医疗信息技术有限公司拒不改正案', '某医疗信息技术有限公司'],
      [expect.any(String), '某数据服务有限公司'],
    ]);
  });

  it('reads no order the party did not carry out (责令其限期改正，但该公司未按要求整改) as this decision’s', () => {
    expect(extractCases(page)[1]!.sanctions.map((s) => s.kind)).toEqual(['fine']);
  });
});

describe('a radio programme told in turns (主持人 / 嘉宾 / 听众)', () => {
  const TRANSCRIPT = [
    '某市交通广播《平安某市》栏目 以案说法',
    '播出时间：2031年5月6日 17:30-18:00',
    '主持人小王：今天请到了某市公安局网安支队的李警官。',
    '嘉宾李警官：我先讲一个今年刚办的案子。今年3月上旬，网民“某某小哥”在网上发布视频，谎称某商场发生火灾。',
    '主持人小王：后来呢？',
    '嘉宾李警官：查到了，是周某。3月12日，某市公安局东区分局依据《中华人民共和国治安管理处罚法》第二十九条第一项的规定，对周某处以行政拘留五日。',
    '嘉宾李警官：我给大家解释一下，治安管理处罚法规定，散布谣言扰乱公共秩序的，处五日以上十日以下拘留，可以并处一千元以下罚款。',
    '主持人小王：还有别的案子吗？',
    '嘉宾李警官：有。去年的一个案子也很典型。2030年9月，我们发现某市某信息技术有限公司的运维人员郑某未经授权进入一家商场的会员系统。',
    '嘉宾李警官：2030年10月，某市公安局南区分局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项，对郑某处以行政拘留五日。',
    '主持人小王：那他们公司呢？',
    '嘉宾李警官：公司那边也查了。他们公司没有制定内部安全管理制度。南区分局依据《网络安全法》第二十一条第（一）项、第五十九条第一款，责令该公司改正，并给予警告。',
    '听众：我想问一下，转发会不会被处罚？',
  ].join('\n');

  it("reads each case told over several turns, the guest's explanation of 治安管理处罚法 第二十九条 being no case or citation", () => {
    const records = extractCases(TRANSCRIPT);
    expect(records.map((r) => [r.party.name, r.date])).toEqual([
      ['周某', '2031-03'],
      ['郑某', '2030-09'],
      // A second party reached later in the story, with no date of its own: the story's month (NOTES, blind16).
      ['某市某信息技术有限公司', '2030-09'],
    ]);
    expect(records[0]!.sanctions.map((s) => `${s.kind}|${s.days ?? ''}`)).toEqual(['detention|5']);
    expect(records[0]!.provisions.map((p) => `${p.article}|${p.item}`)).toEqual(['29|1']);
    expect(records[2]!.sanctions.map((s) => s.kind)).toEqual(['rectification', 'warning']);
  });
});

describe('a video page: caption, transcript in turns, camera directions', () => {
  const PAGE = [
    '某县融媒 | 首页  新闻  视频',
    '首页 > 视频 > 以案说法',
    '【以案说法】远程偷看他人摄像头，男子被拘',
    '某县融媒体中心　2031-07-02 19:30　　播放量：1.2万　　👍 300　　💬 40　　分享',
    '▶ 00:00 / 03:10　　标清 | 高清　全屏',
    '【视频简介】',
    '今年6月，某县公安局网安大队查处一起非法侵入他人摄像头案件，违法行为人钱某被依法行政拘留五日。',
    '【视频文字实录】',
    '（画面：某县公安局外景）',
    '记者：请您讲讲案件经过。',
    '民警 李警官：今年6月上旬，群众报警称家中摄像头被他人控制。经过技术分析，我们锁定了钱某。',
    '（画面：民警查看后台数据）',
    '民警 李警官：6月20日，我们县公安局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项的规定，对钱某处以行政拘留五日的处罚。',
  ].join('\n');

  it('is one case: the caption retells the transcript’s (治安管理处罚法 第二十九条第（一）项 「违反国家规定，侵入计算机信息系统，造成危害的」)', () => {
    const records = extractCases(PAGE);
    expect(records.map((r) => [r.party.name, r.date])).toEqual([['钱某', '2031-06']]);
    expect(records[0]!.provisions.map((p) => `${p.law}|${p.article}|${p.item}`)).toEqual([
      '治安管理处罚法|29|1',
    ]);
    expect(records[0]!.sanctions.map((s) => `${s.kind}|${s.days}`)).toEqual(['detention|5']);
    expect(records[0]!.title).not.toMatch(/首页|00:00|画面/);
  });
});

describe('a news story: a lead describing the party, the reporter’s day, an earlier case recalled', () => {
  const STORY = [
    '某市一健身公司泄露会员数据被罚10万元',
    '某某新闻记者 张某',
    '2031-06-20 15:42 来源：某某新闻',
    '　　因会员数据库未设访问控制，某市一家健身公司被警方罚款10万元。',
    '　　6月20日，记者从某市公安局获悉，上述处罚系该局网安支队发现线索后依法作出。',
    '　　据警方介绍，2031年5月8日，某市公安局网安支队发现，某市某健身管理有限公司会员数据库可被互联网直接访问。',
    '　　警方认为，该公司未履行数据安全保护义务。6月2日，某市公安局依据《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款之规定，责令该公司改正，给予警告，并处罚款10万元。',
    '　　记者注意到，这并非当地首次开出此类罚单。2030年10月，某市公安局曾对当地一家连锁超市作出警告并罚款5万元的行政处罚。',
  ].join('\n');

  it('names the party as the body masks it, dates it by the story (not the day the reporter learned), and keeps the recalled case apart (数据安全法 第四十五条第一款 「…责令改正，给予警告，可以并处五万元以上五十万元以下罚款」)', () => {
    const records = extractCases(STORY);
    expect(
      records.map((r) => [r.party.name, r.date, r.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}`)]),
    ).toEqual([
      ['某市某健身管理有限公司', '2031-05-08', ['fine100000', 'rectification', 'warning']],
      ['当地一家连锁超市', '2030-10', ['warning', 'fine50000']],
    ]);
    expect(records[1]!.provisions).toEqual([]);
    // The decision's day opens its sentence, told after the lead's sentence that named the fine without a day.
    expect(records[0]!.decision_date).toBe('2031-06-02');
  });
});

describe('a feature whose lead previews the cases told below', () => {
  it('gives no record to the lead (一家科技公司被罚20万元……), only to the cases under the cross-heads', () => {
    const records = extractCases(
      [
        '某某日报 2031年8月3日 星期一 第5版',
        '新法实施半年 多部门亮剑',
        '漏洞晒上网、人脸随便采都要担责',
        '某某日报记者 甲乙丙',
        '发布漏洞细节，一家安全公司被警告并罚款；给60所幼儿园装人脸考勤却不做评估，一家科技公司被罚20万元……新法施行已满半年。记者近日采访了解到，当地依法查处了一批案件。',
        '“新法实施以来，我们重点查处群众反映强烈的问题。”省委网信办副主任甲某某告诉记者，今年上半年，全省依法作出行政处罚9起，罚没款合计80万元。',
        '**漏洞不能随便晒**',
        '今年3月，某市某安全技术有限公司在公众号发布某平台未修复漏洞的细节。4月2日，某市公安局依据网络安全法第二十八条的规定，对该公司给予警告，并处罚款1万元。',
        '**人脸信息先评估**',
        '今年2月，某市某智能科技有限公司为学校安装人脸门禁，未进行个人信息保护影响评估。5月9日，省委网信办依据个人信息保护法第五十五条、第六十六条第一款，对该公司处以罚款20万元。',
      ].join('\n\n'),
    );
    expect(records.map((r) => r.party.name)).toEqual(['某市某安全技术有限公司', '某市某智能科技有限公司']);
  });
});

describe('titles of tagged items', () => {
  it('drops a round-up item’s tag (【处罚】…) and the brackets around a whole headline (【…】)', () => {
    const records = extractCases(
      [
        '某市网信办三季度执法情况',
        '【处罚】“某某骑行”App违规向境外传输个人信息',
        '7月，市网信办发现某市某出行科技有限公司运营的“某某骑行”App未经安全评估向境外传输用户信息。8月20日，市网信办依据《中华人民共和国个人信息保护法》第三十八条、第六十六条第一款，对该公司作出责令改正、给予警告的行政处罚。',
        '【编造“地铁停运”谣言，男子被拘5日】',
        '9月3日，网民甲某在微信群编造“地铁全线停运”的谣言。9月4日，某分局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对甲某处以行政拘留五日。',
      ].join('\n\n'),
    );
    expect(records.map((r) => r.title)).toEqual([
      '“某某骑行”App违规向境外传输个人信息',
      '编造“地铁停运”谣言，男子被拘5日',
    ]);
  });
});

describe('a results table followed by the remedy notice (issue 13)', () => {
  it('does not read the notice (当事人对上述处罚决定不服的…，请致电…（网安大队）) into the last row', () => {
    const records = extractCases(
      [
        '某县公安局行政处罚结果公开',
        '现将我局作出的行政处罚决定结果公开如下：',
        '序号\t当事人\t违法行为\t处罚依据\t处罚结果\t决定日期',
        '1\t某科技有限公司\t未留存日志\t《中华人民共和国网络安全法》第二十一条、第五十九条第一款\t警告\t2031-05-09',
        '2\t钱某\t散布谣言\t《中华人民共和国治安管理处罚法》第二十五条第（一）项\t行政拘留三日\t2031-06-01',
        '当事人对上述处罚决定不服的，可依法申请行政复议。公开内容如有错漏，请致电0000-1234567（网安大队）。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.agency])).toEqual([
      ['某科技有限公司', '某县公安局'],
      ['钱某', '某县公安局'],
    ]);
  });
});

describe('a WeChat 以案说法 post with ▍ sections (blind47)', () => {
  it('reads the case under ▍案情 and none of the numbered questions under ▍说法', () => {
    const records = extractCases(
      [
        '某市网信',
        '▍编者按',
        '网站落实实名制是法定义务。近日，某市网信办查处一起相关案件。',
        '▍案情',
        '某信息技术有限公司运营的“某某社区”论坛，2031年3月被发现允许未认证用户发帖。',
        '某市网信办随即向该公司发出《责令整改通知书》，要求其限期整改。但复查发现，该论坛仍允许未认证用户发帖。',
        '2031年5月6日，某市网信办依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条的规定，对某信息技术有限公司处以罚款6万元。',
        '▍说法',
        '一、违反实名制要承担什么责任？',
        '根据《网络安全法》第六十一条，网络运营者未要求用户提供真实身份信息的，由有关主管部门责令改正；拒不改正的，处五万元以上五十万元以下罚款。',
        '二、平台应该怎么做？',
        '平台应当建立用户身份认证制度。',
      ].join('\n'),
    );
    expect(
      records.map((r) => [r.party.name, r.sanctions.map((s) => `${s.kind}${s.amount_yuan ?? ''}`)]),
    ).toEqual([['某信息技术有限公司', ['fine60000']]]);
  });
});

describe('a second person fined 依据同一条款 in a sentence of its own (blind47)', () => {
  it('gives the person the sentence names before 对其 a record of their own, with the articles cited before', () => {
    const records = extractCases(
      [
        '某县发布',
        '5月2日，网民甲某编造谣言发布。5月3日，网民乙某转发至3个微信群。',
        '某县公安局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项之规定，对甲某作出行政拘留五日的处罚决定。考虑到乙某系转发且认错态度较好，某派出所依据同一条款对其处以罚款二百元。',
      ].join('\n'),
    );
    expect(
      records.map((r) => [r.party.name, r.provisions.map((p) => p.article), r.sanctions.map((s) => s.kind)]),
    ).toEqual([
      ['甲某', [29], ['detention']],
      ['乙某', [29], ['fine']],
    ]);
  });
});
