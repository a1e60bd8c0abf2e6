import { describe, expect, it } from 'vitest';
import { groupParagraphs, segment } from './segment.js';

describe('segment', () => {
  it('案例 headings with titles on the next line, ★ themes, lessons covering the cases since the last one', () => {
    const text = [
      '案例一',
      '',
      '甲某出售个人信息案',
      '2021年1月，甲某通过微信出售公民个人信息，网安部门给予甲某罚款1000元。',
      '警示意义：不要出售个人信息。',
      '★整治网络秩序 净化网络空间',
      '案例二',
      '乙公司未备案案',
      '乙公司网站未办理国际联网备案手续，网安部门给予乙公司警告。',
      '案例三',
      '丙公司未备案案',
      '丙公司网站未办理国际联网备案手续，网安部门给予丙公司警告。',
      '警示意义：依法办网。',
      '立即',
      '投稿',
      '返回',
      '顶部',
    ].join('\n');
    const s = segment(text);
    expect(s.mode).toBe('headings');
    expect(s.caseStyle).toBe('anli');
    expect(s.cases.map((c) => [c.title, c.theme, c.lesson])).toEqual([
      ['甲某出售个人信息案', null, '不要出售个人信息。'],
      ['乙公司未备案案', '整治网络秩序 净化网络空间', '依法办网。'],
      ['丙公司未备案案', '整治网络秩序 净化网络空间', '依法办网。'],
    ]);
    expect(s.cases[2]!.paragraphs).toEqual(['丙公司网站未办理国际联网备案手续，网安部门给予丙公司警告。']);
  });

  it('leaves out an aside (此外，…) about another masked unit that imposes nothing (blind72 class)', () => {
    const text = [
      '一、典型案件',
      '（一）青石某餐饮有限公司违规收集信息案',
      '该公司在收银处采集顾客人脸信息，区局责令该公司改正并给予警告。',
      '此外，青石某物业服务有限公司初次违法且已改正，依据《中华人民共和国行政处罚法》第三十三条第一款不予行政处罚。',
      '（二）青石某药店未经同意发送短信案',
      '区局对该药店给予警告。',
    ].join('\n');
    const s = segment(text);
    expect(s.cases.map((c) => c.paragraphs.length)).toEqual([1, 1]);
    // An aside about the case's own unit stays.
    const own = text.replace('青石某物业服务有限公司初次', '青石某餐饮有限公司已整改，系初次');
    expect(segment(own).cases.map((c) => c.paragraphs.length)).toEqual([2, 1]);
  });

  it('takes 一、 as themes when （一） headings carry the cases, and drops the preamble', () => {
    const text = [
      '关于执法检查情况的通报',
      '2023年，共检查单位215家。',
      '一、数据保护问题',
      '（一）甲公司案',
      '甲公司数据库未设置访问密码导致数据泄露，给予甲公司警告。',
      '（二）乙公司案',
      '乙公司未开展数据安全风险评估，分局给予乙公司警告。',
      '二、等级保护问题',
      '（一）丙中学案',
      '丙中学网站首页被篡改，南山分局对该校予以警告。',
    ].join('\n');
    const s = segment(text);
    expect(s.caseStyle).toBe('paren-cn');
    expect(s.preamble).toEqual(['关于执法检查情况的通报', '2023年，共检查单位215家。']);
    expect(s.cases.map((c) => [c.title, c.theme])).toEqual([
      ['甲公司案', '数据保护问题'],
      ['乙公司案', '数据保护问题'],
      ['丙中学案', '等级保护问题'],
    ]);
  });

  it('numbered sentences: one case a line, no title', () => {
    const s = segment(
      '通报如下：\n1.2021年3月，某网吧未实名，给予警告。\n2.2021年4月，某宾馆未落实措施，对该宾馆予以警告。',
    );
    expect(s.cases.map((c) => [c.title, c.paragraphs[0]!.slice(0, 7)])).toEqual([
      [null, '2021年3月'],
      [null, '2021年4月'],
    ]);
  });

  it('01 lines followed by short titles', () => {
    const s = segment(
      '前言。\n01\n数据泄漏\n某公司泄露数据19.1GB，昌平分局给予警告并处罚款五万元。\n02\n弱口令账号\n某教育公司测试账号设为弱口令，朝阳分局给予该公司罚款五万元。',
    );
    expect(s.caseStyle).toBe('num-line');
    expect(s.cases.map((c) => c.title)).toEqual(['数据泄漏', '弱口令账号']);
  });

  it('drops quoted statute articles and their items', () => {
    const s = segment(
      '某公司未履行义务。依据《网络安全法》，公安机关对该公司处以罚款1万元。\n第二十一条 国家实行网络安全等级保护制度：\n（三）采取监测措施；\n第五十九条 网络运营者不履行……处一万元以上十万元以下罚款。',
    );
    expect(s.cases).toHaveLength(1);
    expect(s.cases[0]!.paragraphs).toHaveLength(1);
  });

  it('a page headline is not a case title; a later bold title is', () => {
    const s = segment('黑客入侵机构，导致2万条信息被卖\n近日，某机构遭入侵。\n警方对该机构处以罚款1万元。');
    expect(s.cases.map((c) => c.title)).toEqual([null]);
    const t = segment('以案说法\n处理个人信息未告知同意\n某公司未告知。对该公司予以警告。');
    expect(t.cases.map((c) => c.title)).toEqual(['处理个人信息未告知同意']);
  });

  it('a 副题 under the headline sums up the page: the ■ sections below tell the case (issue 13)', () => {
    const s = segment(
      [
        '网店后台“裸奔”　三千条订单信息外泄',
        '一电商公司被罚3万元',
        '“快递还没到，诈骗电话先到了。”市民李女士说。记者获悉，相关公司已受到处罚。',
        '■来龙去脉',
        '今年4月，某市公安局网安支队发现，某电子商务有限公司的订单后台未设密码。',
        '5月6日，某市公安局依据《中华人民共和国网络安全法》第二十一条的规定，对该公司处以罚款3万元。',
        '■记者观察',
        '数据安全无小事。',
      ].join('\n'),
    );
    expect(s.cases[0]!.paragraphs.some((p) => p.includes('处以罚款3万元'))).toBe(true);
  });

  it('does not take a numbered list of measures for cases', () => {
    const s = segment(
      '当事人：某公司\n经查，当事人未告知用户收集个人信息。本机关决定作出如下行政处罚：\n1.责令改正；\n2.给予警告；\n3.处罚款人民币伍拾万元整。\n某省互联网信息办公室',
    );
    expect(s.mode).not.toBe('headings');
    expect(s.cases).toHaveLength(1);
    expect(s.cases[0]!.paragraphs.at(-1)).toBe('某省互联网信息办公室');
  });

  it('returns no cases for text without sanctions', () => {
    expect(segment('').cases).toEqual([]);
    expect(segment('今天天气很好。\n我们去公园。').cases).toEqual([]);
  });
});

describe('groupParagraphs', () => {
  it('a first paragraph opening on the day a report came in (接到…反映) is the story, not the introduction', () => {
    const groups = groupParagraphs([
      '2022年9月下旬，青石区分局网安大队接到多名家长反映，孩子频繁收到陌生培训机构来电。',
      '民警很快查明，某培训学校员工郑某将学员信息卖给他人。',
      '某区分局对郑某处以罚款五千元。',
    ]);
    expect(groups[0]![0]).toMatch(/^2022年9月下旬/);
    expect(
      groupParagraphs(['2022年9月，青石区分局在全区部署专项检查。', '某区分局对郑某处以罚款五千元。'])[0]![0],
    ).toMatch(/^某区分局/);
  });

  it('a first paragraph about 一家…企业 is the story of the case decided below', () => {
    const groups = groupParagraphs([
      '这里是城东的一家物流企业的机房。今年5月，民警检查发现，这家企业的服务器未设置访问密码。',
      '经查，这家名为某某物流有限公司的企业未建立安全管理制度。某区分局对该公司给予警告。',
    ]);
    expect(groups[0]).toHaveLength(2);
  });

  it('a sanction paragraph closes a case; the story before it belongs to it; commentary after the last is dropped', () => {
    expect(
      groupParagraphs([
        '近日，某机构遭入侵。',
        '而该机构未落实保护责任。',
        '警方对该机构处以罚款1万元。',
        '执法人员提醒，要落实保护。',
      ]),
    ).toEqual([['近日，某机构遭入侵。', '而该机构未落实保护责任。', '警方对该机构处以罚款1万元。']]);
  });

  it('keeps the story of a decision told first with it when a later paragraph names 上述处罚 (issue 13)', () => {
    const told = [
      '5月8日，某区公安分局对某科技有限公司处以罚款3万元。',
      '这笔罚款因何而来？记者了解到，该公司开发的小程序长期不留存用户登录日志。',
      '分局认为，该公司违反了《中华人民共和国网络安全法》第二十一条的规定，据此作出上述处罚。',
    ];
    expect(groupParagraphs(told)).toEqual([told]);
    // A paragraph that tells its own decision first refers to it, not to the case above.
    const two = [
      '5月8日，某区公安分局对某科技有限公司处以罚款3万元。',
      '日前，某区公安分局对某宾馆作出警告的处罚。经查，该宾馆未登记住客身份，分局依法对其作出上述处罚。',
    ];
    expect(groupParagraphs(two)).toHaveLength(2);
  });

  it("keeps a quoted decision's 落款 (its unit closed by 。, the day under it) with the case, not the next story", () => {
    const groups = groupParagraphs([
      '经查，当事人青湾某软件有限公司未采取数据安全技术措施。本机关决定：对当事人处罚款人民币伍万元。',
      '青湾市互联网信息办公室。',
      '2029年6月3日',
      '这并不是今年的第一起案件。4月，市网信办对青湾某文化传媒有限公司作出警告的行政处罚。',
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toHaveLength(3);
    expect(groups[1]!.join('')).not.toContain('2029年6月3日');
  });

  it('starts a new case at a paragraph that finds another unit (同日，该局还查实另一家宾馆…对其给予警告)', () => {
    const paragraphs = [
      '5月3日，青湾县文化和旅游局查实青湾县某电竞馆未核对顾客身份证件，对该电竞馆给予警告。',
      '同日，该局还查实青湾县另一家电竞馆于深夜仍在营业，依据第三十一条第（一）项对其给予警告。',
    ];
    expect(groupParagraphs(paragraphs)).toHaveLength(2);
    // 其 with no other unit found is still the case above.
    const same = [
      paragraphs[0]!,
      '同日，该局还查实该电竞馆于深夜仍在营业，依据第三十一条第（一）项对其罚款一千元。',
    ];
    expect(groupParagraphs(same)).toHaveLength(1);
  });

  it('starts a new case at a paragraph announcing one more (还有一起比较典型。) without the word 案 (blind72 class)', () => {
    const paragraphs = [
      '比如5月3日，我们在青石区某网络会所发现2名中学生上网，依据条例第三十一条给予该网络会所警告，并处罚款5000元。',
      '还有一例值得一说。6月1日，我们在青石区某电竞馆查获未成年人上网，对其作出警告、罚款八千元的处罚。',
    ];
    expect(groupParagraphs(paragraphs)).toHaveLength(2);
  });

  it('two stories each naming its own masked unit are two cases, however alike their measures (blind72 class)', () => {
    const paragraphs = [
      '3月，区网信办发现，青石某软件有限公司的系统长期未修补漏洞。区网信办依据新法第二十三条，责令其改正，给予警告，并处三万元罚款。',
      '4月，我们发现，青石某商贸有限公司的App违规收集信息，该公司逾期未改正。我们对该公司作出责令改正、给予警告，并处罚款十万元的处罚，对该公司直接负责的主管人员处罚款三万元。',
    ];
    expect(groupParagraphs(paragraphs)).toHaveLength(2);
  });

  it('starts a new case at a paragraph with its own date and party, continues one that refers back', () => {
    expect(
      groupParagraphs([
        '2024年3月，甲公司未取得许可，市网信办对甲公司罚款1万元。',
        '2024年4月，某电商平台未审核信息，市网信办对该平台给予警告。',
      ]),
    ).toHaveLength(2);
    expect(
      groupParagraphs([
        '近日，某区一网吧被吊销许可证。',
        '据介绍，该网吧多次接纳未成年人。',
        '执法大队对该网吧作出罚款一万元的处罚。',
      ]),
    ).toHaveLength(1);
    expect(
      groupParagraphs([
        '近日，网信办依法对某公司进行行政处罚。',
        '经依法查明，该公司未履行义务，网信办对该公司给予警告。',
      ]),
    ).toHaveLength(1);
  });
});

describe('decorations and outcome labels in paragraph bulletins', () => {
  it('a decorated or exclaimed headline announcing a sanction is not a case of its own', () => {
    const groups = groupParagraphs([
      '★NO.1',
      '▍网站不做备案，被罚！',
      '2024年6月，某区网警发现，辖区某网站未办理备案手续。某区公安分局对该网站给予警告。',
      '开黑车载客，被警告！',
      '2024年7月，某区网警发现，网民周某在网上发布违法信息。某区公安分局对周某给予警告。',
    ]);
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g[g.length - 1]!.slice(0, 8))).toEqual(['2024年6月，', '2024年7月，']);
  });

  it('the headline above a case titles it without its decoration; a bare marker titles nothing', () => {
    const s = segment(
      [
        '🔴这两起案件，都被处罚了！',
        '✅NO.1',
        '▍网站不做备案，被警告！',
        '2024年6月，某区网警发现，辖区某网站未办理备案手续。某区公安分局对该网站给予警告。',
        '✅NO.2',
        '▍乱发谣言，拘留！',
        '2024年7月，网民周某在网上散布谣言。某区公安分局对周某处以行政拘留五日。',
      ].join('\n'),
    );
    expect(s.cases.map((c) => c.title)).toEqual(['网站不做备案，被警告！', '乱发谣言，拘留！']);
    const marked = segment(
      [
        '这两起案件，都被处罚了',
        '💡案例1',
        '👉网站不做备案，被警告！',
        '2024年6月，某区网警发现，辖区某网站未办理备案手续。某区公安分局对该网站给予警告。',
        '💡案例2',
        '👉乱发谣言，拘留！',
        '2024年7月，网民周某在网上散布谣言。某区公安分局对周某处以行政拘留五日。',
      ].join('\n'),
    );
    expect(marked.cases.map((c) => c.title)).toEqual(['网站不做备案，被警告！', '乱发谣言，拘留！']);
  });

  it('处理结果： after the story keeps the story with the decision', () => {
    expect(
      groupParagraphs([
        '基本案情：',
        '2024年9月，某县公安局发现，网民郑某在微信群内发布违法信息。',
        '处理结果：',
        '某县公安局对郑某处以行政拘留五日。',
      ]),
    ).toEqual([
      ['2024年9月，某县公安局发现，网民郑某在微信群内发布违法信息。', '某县公安局对郑某处以行政拘留五日。'],
    ]);
  });
});

describe('quoted statutes', () => {
  it('the law’s name on its own line above a quoted article (第X条之一 too) is no part of the case', () => {
    const s = segment(
      [
        '案例1 网民散布谣言被拘留',
        '2024年3月，网民马某在网上散布谣言。某分局依据《治安管理处罚法》第二十五条之规定，对马某处行政拘留五日。',
        '【法条链接】',
        '《中华人民共和国刑法》',
        '第二百九十一条之一 编造虚假的险情、疫情、灾情、警情，在信息网络上传播……',
      ].join('\n'),
    );
    expect(s.cases.flatMap((c) => c.paragraphs).join('')).not.toMatch(/刑法/);
  });
});

describe('section labels', () => {
  it('一、基本案情 / 二、处罚结果 are sections of one case, not cases', () => {
    const s = segment(
      '某公司未履行个人信息保护义务案\n一、基本案情\n2023年4月，某公司开发的App未经用户同意收集通讯录信息。\n二、处罚结果\n某市公安局依据《个人信息保护法》第六十六条之规定，责令该公司改正，给予警告。\n三、案例评析\n个人信息处理者应当取得个人同意。',
    );
    expect(s.cases).toHaveLength(1);
    expect(s.cases[0]!.title).toBe('某公司未履行个人信息保护义务案');
  });
});

describe('segment: a title line and a lesson around one case', () => {
  const text = [
    '鼓楼网警：一物流公司数据库未设密码被罚款',
    '',
    '2024年8月，某市公安局鼓楼分局在检查中发现，鼓楼区某物流公司数据库未设置访问密码。鼓楼分局依据《中华人民共和国数据安全法》第四十五条第一款之规定，对该公司处罚款2万元，并责令改正。',
    '',
    '网警提醒·以案说法',
    '',
    '《中华人民共和国数据安全法》第二十七条规定：“开展数据处理活动应当依照法律、法规的规定，建立健全全流程数据安全管理制度……”第四十五条第一款规定，开展数据处理活动的组织、个人不履行本法第二十七条规定的数据安全保护义务的，由有关主管部门责令改正，给予警告，可以并处五万元以下罚款。',
  ].join('\n');

  it('takes the headline that the story below tells in full as its title, not as a case', () => {
    const seg = segment(text);
    expect(seg.cases).toHaveLength(1);
    expect(seg.cases[0]!.title).toBe('鼓楼网警：一物流公司数据库未设密码被罚款');
    expect(seg.cases[0]!.paragraphs[0]).toMatch(/^2024年8月/);
  });

  it('keeps the statutes quoted after a 网警提醒·以案说法 heading in the lesson', () => {
    const [only] = segment(text).cases;
    expect(only!.lesson).toMatch(/^《中华人民共和国数据安全法》第二十七条规定/);
    expect(only!.paragraphs.join('')).not.toMatch(/本法第二十七条/);
  });

  it('still splits a short sanction line that the next paragraph does not repeat', () => {
    expect(
      groupParagraphs(['某网吧未落实实名登记被警告', '2024年3月，某区公安分局对一家游戏公司处罚款1万元。']),
    ).toHaveLength(2);
  });
});

describe('segment: a bare lesson label under case headings', () => {
  it('takes the paragraphs below 律师说法 as the lesson, without an empty first line', () => {
    const seg = segment(
      [
        '案例一：某网吧未落实实名登记案',
        '2024年5月，某区公安分局检查发现某网吧未落实上网实名登记，依法给予该网吧警告。',
        '律师说法',
        '上网服务营业场所应当对上网消费者的身份证等有效证件进行核对、登记。',
      ].join('\n'),
    );
    expect(seg.cases).toHaveLength(1);
    expect(seg.cases[0]!.lesson).toBe('上网服务营业场所应当对上网消费者的身份证等有效证件进行核对、登记。');
  });
});

describe('groupParagraphs: a key–value case with no heading', () => {
  it('keeps its labelled fields (time, unit, basis) as the case’s text', () => {
    const fields = [
      '案件名称：某数据公司未备案案',
      '违法时间：2023年9月',
      '处罚机关：某市公安局某分局',
      '违法事实：某数据有限公司未办理备案手续。',
      '处罚依据：《计算机信息网络国际联网安全保护管理办法》第十二条、第二十三条',
      '处罚结果：警告',
    ];
    expect(groupParagraphs(fields)).toEqual([fields]);
  });
});

describe('groupParagraphs: short lines in a row', () => {
  it('does not take a short sanction line for the title of another short line', () => {
    const groups = groupParagraphs([
      '某网吧未落实实名登记被警告',
      '某宾馆未留存上网日志，公安机关依法给予警告。',
    ]);
    expect(groups).toHaveLength(2);
  });
});

describe('segment: a page headline that summarises its only case', () => {
  it('titles the case when the story below tells it in full', () => {
    const seg = segment(
      [
        '一物流公司数据库未设密码被罚款',
        '2024年8月，某区公安分局在检查中发现，某物流公司数据库未设置访问密码。某区公安分局依据《中华人民共和国数据安全法》第四十五条第一款之规定，对该公司处罚款2万元。',
      ].join('\n'),
    );
    expect(seg.cases.map((c) => c.title)).toEqual(['一物流公司数据库未设密码被罚款']);
  });
});

describe('segment: a case after a lesson', () => {
  it('ends the lesson at a paragraph that decides about a party', () => {
    const seg = segment(
      [
        '2024年5月，某区公安分局检查发现，某宾馆未落实实名登记。某区公安分局依据相关规定，对该宾馆给予警告。',
        '警方提醒',
        '上网服务场所应当核对、登记上网消费者的有效证件。',
        '另据通报，一网吧允许未成年人进入，经调查核实后，公安机关对该网吧处以罚款5000元。',
      ].join('\n'),
    );
    expect(seg.cases).toHaveLength(2);
    expect(seg.cases[0]!.lesson).toBe('上网服务场所应当核对、登记上网消费者的有效证件。');
  });
});

describe('entries under a section heading', () => {
  it('makes each row of a table under 一、 its own case, the heading its theme', () => {
    const text = [
      '一、《网络安全法》：等保和日志',
      '下面两起均系2031年内发生。',
      '| 单位 | 发现时间 | 依据 | 处罚结果 | 执法单位 |',
      '|---|---|---|---|---|',
      '| 某人力资源服务有限公司 | 2031年3月 | 《网络安全法》第21条，第59条第1款 | 警告，罚款2万元 | 某市公安局网安支队 |',
      '| 某中等职业学校 | 2031年5月 | 《网络安全法》第21条，第59条第1款 | 责令改正，警告 | 某市公安局北塘分局 |',
      '二、《数据安全法》：罚单金额上来了',
      '某医疗器械有限公司（7月）：某市公安局依据《数据安全法》第四十五条第一款，给予警告，并处罚款30万元。',
    ].join('\n');
    const s = segment(text);
    expect(s.cases).toHaveLength(3);
    expect(s.cases.slice(0, 2).map((c) => [c.theme, c.paragraphs.length])).toEqual([
      ['《网络安全法》：等保和日志', 2],
      ['《网络安全法》：等保和日志', 1],
    ]);
    // A section with one entry stays one case.
    expect(s.cases[2]!.paragraphs.join('')).toContain('某医疗器械有限公司');
  });
});

describe('cases nested in one section of a letter', () => {
  it('takes the （一）（二） items that impose inside one 一、 section as the cases, the sections as themes', () => {
    const text = [
      '关于某代表建议的答复',
      '一、开展专项检查',
      '2031年以来，我局对全市学校开展网络安全检查，共检查单位80家，对9家单位给予警告。',
      '二、依法查处违法案件',
      '对拒不整改的单位，我局依法予以查处。如：',
      '（一）2031年3月2日，某市某学校网站被篡改。某分局依据《中华人民共和国网络安全法》第五十九条第一款之规定，对该校给予警告。',
      '（二）2031年5月，某市某培训有限公司出售学员信息。我局依据《中华人民共和国个人信息保护法》第六十六条第一款之规定，责令该公司改正，给予警告。',
      '三、下一步工作',
      '对不履行《中华人民共和国网络安全法》规定的安全保护义务、拒不改正的单位，依法处以罚款。',
    ].join('\n');
    const s = segment(text);
    expect(s.caseStyle).toBe('paren-cn');
    expect(s.cases.map((c) => [c.theme, c.paragraphs.length])).toEqual([
      ['依法查处违法案件', 1],
      ['依法查处违法案件', 1],
    ]);
  });

  it("does not take a re-poster's numbered checklist after the cases' tip as cases nested in the last case", () => {
    const text = [
      '某市网警通报2起典型案例',
      '案例一：某甲公司未留存网络日志案',
      '2031年4月，某市公安局在检查中发现某甲公司未按规定留存网络日志。5月6日，某市公安局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款之规定，对该公司给予警告。',
      '案例二：乙某出售批量注册账号案',
      '2031年6月，乙某在网上出售批量注册的账号，获利3000元。某区分局对乙某处以行政拘留三日。',
      '网警提醒：网络运营者应当依法留存网络日志，不得出售账号。',
      '小编整理的自查清单：',
      '1. 日志是不是存够了六个月？不留存的，主管部门责令改正，给予警告，罚款也跑不了。',
      '2. 员工有没有私下卖账号？卖账号的，公安机关对其处以拘留，并处罚款。',
      '3. 默认口令改了没有？敏感字段加密了没有？',
    ].join('\n');
    const s = segment(text);
    expect(s.caseStyle).toBe('anli');
    expect(s.cases.map((c) => c.title)).toEqual(['某甲公司未留存网络日志案', '乙某出售批量注册账号案']);
  });

  it("does not take a requirements section's items (a range quoted, a footer's 【关闭】) as cases nested in it", () => {
    const text = [
      '某县卫健委关于某卫生院信息泄露事件的通报',
      '一、事件经过',
      '2031年3月，某卫生院预约系统被入侵，患者信息外泄，共涉及两千余人。',
      '二、公安机关处理情况',
      '2031年5月8日，某县公安局作出决定：“某卫生院未采取技术措施。依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款之规定，给予某卫生院警告。”',
      '三、我委处理意见',
      '对该院予以通报批评，取消年度评优资格。',
      '四、工作要求',
      '（一）各单位要在月底前完成一次全面自查，落实网络安全责任。',
      '（二）根据《中华人民共和国网络安全法》第五十九条，不履行安全保护义务的，可处一万元以上十万元以下罚款。',
      '（三）自查情况请于月底前报送我委办公室。',
      '某县卫生健康委员会',
      '2031年6月1日',
      '【打印】【关闭】　　分享到：',
    ].join('\n');
    const s = segment(text);
    expect(s.caseStyle).toBe('cn-dun');
    expect(s.cases[0]!.paragraphs.join('')).toContain('给予某卫生院警告');
  });

  it('takes a later section that tells its one case without a （一） heading as that case (issue 13)', () => {
    const text = [
      '关于三部门查处案件情况的通报',
      '一、区网信办查处的案件',
      '（一）某某App超范围收集信息案。经查，某甲科技有限公司运营的某某App超范围收集用户通讯录。9月2日，区网信办对该公司给予警告。',
      '（二）某乙小程序违规收集信息案。10月9日，区网信办对其运营者某乙公司给予警告。',
      '二、区公安分局查处的案件',
      '快递员丙某出售面单信息案。2031年4月，某快递网点员工丙某将面单信息出售他人。',
      '6月3日，区公安分局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款之规定，对丙某罚款一万元。',
      '三、区市场监管局查处的案件',
      '（一）某丁商店强制收集顾客信息案。8月1日，区市场监管局对该店罚款五千元。',
      '（二）某戊药房违规发送短信案。8月5日，区市场监管局对该药房给予警告。',
      '四、工作要求',
      '各单位要加强个人信息保护，对拒不改正的单位，依法处以罚款。',
    ].join('\n');
    const s = segment(text);
    expect(s.cases.map((c) => [c.theme, c.paragraphs.length])).toEqual([
      ['区网信办查处的案件', 1],
      ['区网信办查处的案件', 1],
      ['区公安分局查处的案件', 2],
      ['区市场监管局查处的案件', 1],
      ['区市场监管局查处的案件', 1],
    ]);
  });

  it('closes a case at the next heading of the section style it sits in (1. 2. under （五）, then （六）)', () => {
    const text = [
      '某县公安局2031年工作总结',
      '一、主要工作',
      '（一）治安管理。全年查处治安案件120起。',
      '（二）网络安全监管。全年检查单位80家：',
      '1．2031年2月3日，网民黄某编造虚假疫情信息，某县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对黄某处以行政拘留五日。',
      '2．2031年7月，某县某物流有限公司未建立安全保护管理制度，我局依据《计算机信息网络国际联网安全保护管理办法》第二十一条之规定，责令其限期改正，给予警告。',
      '（三）队伍建设。……',
      '二、存在的问题',
      '一是警力不足；二是装备落后。',
    ].join('\n');
    const s = segment(text);
    expect(s.caseStyle).toBe('num-dot');
    expect(s.cases.map((c) => c.paragraphs.length)).toEqual([1, 1]);
  });
});

describe('a decision document with its evidence listed', () => {
  it('keeps the facts above 以上事实有下列证据证明： as the story and drops the evidence items (行政处罚法 第五十九条 「违反法律…的事实和证据」)', () => {
    const groups = groupParagraphs([
      '当事人：某科技有限公司',
      '现查明：2031年3月2日，我局民警检查发现，当事人未对其系统漏洞采取补救措施。',
      '以上事实有下列证据证明：',
      '1．现场检查笔录；',
      '2．证人孙某的证言；',
      '根据《中华人民共和国网络安全法》第六十一条第一款之规定，现决定：给予警告。',
    ]);
    expect(groups).toEqual([
      [
        '当事人：某科技有限公司',
        '现查明：2031年3月2日，我局民警检查发现，当事人未对其系统漏洞采取补救措施。',
        '根据《中华人民共和国网络安全法》第六十一条第一款之规定，现决定：给予警告。',
      ],
    ]);
  });
});

describe('blind16 classes: a second case after a transition, a tip quoting articles', () => {
  it('splits a case told after a short transition (无独有偶。同期，…某培训学校…) from the case before', () => {
    expect(
      groupParagraphs([
        '近日，某区公安分局发现某技校网站被篡改，依据《网络安全法》第五十九条第一款，对该校给予警告。',
        '无独有偶。同期，某区公安分局检查发现某培训学校未建立安全管理制度，责令该校限期整改，并给予警告处罚。',
      ]),
    ).toHaveLength(2);
  });

  it('takes 其 after a unit named in full as its paragraph’s own party, not a reference to the case above', () => {
    expect(
      groupParagraphs([
        '8月2日，执法人员发现甲镇飞鸟网吧接纳未成年人，执法大队对其罚款1000元。',
        '8月9日，执法人员发现，乙镇星河网咖有限公司接纳1名未成年人。执法大队对其给予警告。',
      ]),
    ).toHaveLength(2);
    // A reference back (该网吧) still continues the open case.
    expect(
      groupParagraphs([
        '8月2日，某镇某网吧接纳未成年人，执法大队对其罚款1000元。',
        '经查，该网吧此前曾被警告，执法大队对其另行给予警告。',
      ]),
    ).toHaveLength(1);
  });

  it('reads a tip’s numbered article quotes (2.《网络安全法》第五十九条规定：…处…罚款) as the law’s words, not cases', () => {
    const seg = segment(
      [
        '某市网警',
        '原创 某市网警 某市公安',
        '近日，某市公安局发现某中学网站被篡改。某市公安局依据《网络安全法》第五十九条第一款，对该中学给予警告。',
        '无独有偶。同期，某市公安局检查发现某职业学校存在高危漏洞，责令该校限期整改，并给予警告处罚。',
        '网警提示',
        '1.《网络安全法》第二十一条规定：国家实行网络安全等级保护制度。',
        '2.《网络安全法》第五十九条规定：网络运营者不履行本法第二十一条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告；拒不改正的，处一万元以上十万元以下罚款。',
      ].join('\n'),
    );
    expect(seg.cases).toHaveLength(2);
  });
});

describe('segment: a numbered commentary section (三、释法) after the case', () => {
  it('reads its （一）（二） items, which quote the law and its ranges, as the lesson, not as cases', () => {
    // 网络安全法 第五十九条第一款「…由有关主管部门责令改正，给予警告」 — the case's decision; the items only explain it.
    const text = [
      '一、案情',
      '某县甲科技有限公司运营的网站未落实等级保护制度，被县公安局网安大队检查发现。',
      '二、处理',
      '2023年5月6日，某县公安局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，对甲科技有限公司作出责令改正、给予警告的行政处罚。',
      '三、释法',
      '（一）等级保护是法定义务。网络安全法第二十一条规定网络运营者应当履行安全保护义务。',
      '（二）拒不改正的后果。依照第五十九条，拒不改正的，处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款。',
    ].join('\n');
    const seg = segment(text);
    expect(seg.cases).toHaveLength(1);
    expect(seg.cases[0]!.paragraphs.join('')).toContain('作出责令改正、给予警告');
    expect(seg.cases[0]!.paragraphs.join('')).not.toContain('拒不改正的后果');
  });
});

describe('a transcript speaker labelled with a unit', () => {
  it('remembers the unit from a turn that says no 我们, for the speaker’s later turn that decides', () => {
    const seg = segment(
      [
        '主持人：今天请来了区网信办的同志。',
        '丁某某（区网信办副主任）：感谢大家关注网络安全。',
        '主持人：去年有哪些案件？',
        '丁某某：2030年6月3日，我们依据《中华人民共和国个人信息保护法》第六十六条第一款，对某科技公司作出警告。',
      ].join('\n'),
    );
    expect(seg.cases.flatMap((c) => c.paragraphs).join('\n')).toContain(
      '区网信办依据《中华人民共和国个人信息保护法》',
    );
  });
});

describe('segment: a commenter’s section (▌某律师解读) after a reposted notice', () => {
  it('reads its numbered questions, which quote the law and retell the penalty, as the lesson, not as cases', () => {
    const seg = segment(
      [
        '▌通报原文',
        '经查，网民赵某为博取关注，于6月2日在短视频平台发布“某商场发生持刀伤人”的不实视频，造成不良影响。',
        '某县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对赵某处以行政拘留五日。',
        '▌王律师解读',
        '1. 发个视频为什么会被拘留？',
        '这类视频让人以为本地发生了伤人事件，属于散布谣言扰乱公共秩序，可以处五日以上十日以下拘留，可以并处五百元以下罚款。本案赵某被拘五日。',
        '2. 平台要不要担责？',
        '据了解，涉事平台已对赵某的账号作出永久封禁处理，并对转发者给予警告。',
      ].join('\n'),
    );
    const told = seg.cases.map((c) => c.paragraphs.join(''));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('对赵某处以行政拘留五日');
    expect(seg.cases.flatMap((c) => c.paragraphs).join('')).not.toContain('永久封禁');
  });
});

describe('a bare tip label and its numbered items', () => {
  it('reads the items after 【物业提示】 as the tip (segment), not as cases', () => {
    const seg = segment(
      [
        '某派出所关于一起网络违法案件的通报',
        '2031年3月4日，辖区居民甲某在业主群内辱骂他人。根据《中华人民共和国治安管理处罚法》第五十条第一款第（二）项之规定，我所依法对甲某处以罚款五百元。',
        '【物业提示】',
        '1. 业主群请文明发言；',
        '2. 公然侮辱他人的，处五日以下拘留或者一千元以下罚款，可以并处罚款。',
      ].join('\n\n'),
    );
    expect(seg.cases.map((c) => c.paragraphs.length)).toEqual([1]);
    expect(seg.cases[0]!.paragraphs[0]).toContain('甲某');
  });
});

describe('a law firm’s article: 01 cases with 【律师评析】, then 合规建议 1.–3. (issue 13)', () => {
  it('reads the 评析 and the numbered advice (one item a renumbering, advice on its own), which names ranges and 约谈, as no case', () => {
    const seg = segment(
      [
        '从两起处罚案例看数据合规',
        '01',
        '网站被篡改，公司被罚',
        '【基本案情】',
        '2031年5月，某市某文化传播有限公司网站首页被篡改。',
        '【处罚结果】',
        '某区分局依据《网络安全法》第二十一条、第五十九条第一款的规定，对该公司处罚款二万元。',
        '【律师评析】',
        '依据第五十九条第一款，拒不改正的，处一万元以上十万元以下罚款。',
        '02',
        '泄露会员信息，门店被警告',
        '【基本案情】',
        '2031年7月，某市某美容有限公司将会员名单发到群内。',
        '【处罚结果】',
        '某区分局依据《个人信息保护法》第六十六条第一款的规定，对该公司给予警告。',
        '【律师评析】',
        '个人信息处理者不得公开其处理的个人信息。',
        '合规建议',
        '1. 落实等级保护制度。新法施行后原第二十一条改为第二十三条，原第五十九条改为第六十一条，警告阶段即可以处一万元以上五万元以下罚款。',
        '2. 重视整改通知。无论是《责令限期改正通知书》还是约谈，拖着不改就会被罚款。',
        '3. 建立个人信息保护制度。',
        '4. 教育员工不出借账号。',
        '（注：另有一起数据泄露案件，执法机关依法不予行政处罚，本文未作收录。）',
      ].join('\n'),
    );
    expect(seg.cases.map((c) => [c.title, c.lesson !== null])).toEqual([
      ['网站被篡改，公司被罚', true],
      ['泄露会员信息，门店被警告', true],
    ]);
  });
});

describe('a feature cut by ■ cross-heads around its one decision', () => {
  it('opens the case with the sections above its decision (the day of the discovery), not the later comment', () => {
    const seg = segment(
      [
        '深一度｜一个没设密码的数据库',
        '■深夜的告警',
        '6月3日凌晨，某市公安局网安支队的监测平台发现一个对公网开放的数据库。',
        '■数据从哪里来',
        '民警调查发现，数据库属于某市某教育咨询有限公司，存有学员信息8万余条。',
        '■公司被处罚',
        '9月1日，某市公安局依据《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款之规定，对某市某教育咨询有限公司作出警告并处罚款五万元的行政处罚。',
        '■专家：责任不能外包',
        '“企业应当建立数据安全管理制度。”某大学教授表示。',
      ].join('\n'),
    );
    expect(
      seg.cases.filter((c) => c.paragraphs.some((p) => p.includes('罚款'))).map((c) => c.paragraphs[0]),
    ).toEqual(['6月3日凌晨，某市公安局网安支队的监测平台发现一个对公网开放的数据库。']);
  });
});

describe('a 以案说法 article with its dispute, outcome and commentary', () => {
  const page = [
    '某市普法网',
    '【以案说法】同事的号码能不能卖？',
    '【案情简介】',
    '甲某系某市某物流公司的调度员。2031年3月至5月间，甲某将公司客户的姓名和电话整理后出售给他人，获利800元。',
    '【争议焦点】',
    '第一种意见认为，应当依照《中华人民共和国个人信息保护法》第十条、第六十六条第一款的规定，由有关部门对物流公司责令改正、给予警告。',
    '第二种意见认为，甲某的行为应当依照《中华人民共和国网络安全法》第六十四条第二款的规定，没收违法所得，并处罚款。',
    '【处理结果】',
    '2031年7月2日，某分局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款之规定，对甲某作出没收违法所得800元，并处罚款5000元的行政处罚。',
    '【法理分析】',
    '本案的关键在于区分单位行为与个人行为。',
    '（一）个人信息保护法第七十三条第（一）项规定了个人信息处理者的含义。',
    '（二）网络安全法第六十四条第二款规定，由公安机关没收违法所得，并处违法所得一倍以上十倍以下罚款。',
    '【类案链接】',
    '2030年9月，某分局对乙某作出没收违法所得300元、罚款2000元的处罚。',
  ].join('\n\n');

  it('titles the case with the headline after the column tag, and tells its story from 案情简介 on', () => {
    const seg = segment(page);
    expect(seg.cases.map((c) => c.title)).toEqual(['同事的号码能不能卖？', '【类案链接】']);
    expect(seg.cases[0]!.paragraphs[0]).toContain('2031年3月至5月间');
  });

  it('leaves out the opinions of 争议焦点 and the numbered commentary of 法理分析', () => {
    const text = segment(page)
      .cases.flatMap((c) => c.paragraphs)
      .join('\n');
    expect(text).not.toContain('意见认为');
    expect(text).not.toContain('第七十三条');
    expect(text).toContain('对甲某作出没收违法所得800元');
  });

  it('ends a bare 【说法】 section at the next case’s heading, not only at the next bracket', () => {
    const seg = segment(
      [
        '案例一 甲某造谣案',
        '【案情】',
        '6月2日，甲某在微信群编造“大桥垮塌”的谣言。',
        '【处罚】',
        '某分局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对甲某处以行政拘留五日。',
        '【说法】',
        '散布谣言扰乱公共秩序的，处五日以上十日以下拘留。',
        '案例二 乙某出售信息案',
        '【案情】',
        '7月，乙某出售他人个人信息获利500元。',
        '【处罚】',
        '某分局依据《中华人民共和国网络安全法》第六十四条第二款之规定，对乙某作出没收违法所得500元、罚款3000元的处罚。',
      ].join('\n\n'),
    );
    expect(seg.cases.map((c) => c.title)).toEqual(['甲某造谣案', '乙某出售信息案']);
  });
});

describe('groupParagraphs: the story of the first case', () => {
  it('leaves out an event report whose only masked names are officials (部长甲某某出席并讲话, 甲某某指出)', () => {
    const groups = groupParagraphs([
      '9月20日上午，青禾县2031年网络安全宣传周启动仪式举行，县委常委、宣传部部长甲某某出席并讲话。',
      '甲某某指出，各部门要压实网络安全责任。',
      '据介绍，今年5月，县公安局网安大队在巡查中发现，某论坛未落实用户实名制度。县公安局依据《计算机信息网络国际联网安全保护管理办法》第二十一条的规定，对运营该论坛的某科技公司给予警告。',
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]![0]).toMatch(/^据介绍，今年5月/);
  });

  it('keeps a masked name that is the case’s own (甲某某在群内辱骂…), whatever it says', () => {
    const groups = groupParagraphs([
      '8月，业主甲某某在业主群内多次辱骂物业员工。',
      '接到报警后，某派出所依据《中华人民共和国治安管理处罚法》第四十二条第（二）项之规定，对甲某某处以罚款三百元。',
    ]);
    expect(groups[0]).toHaveLength(2);
  });

  it('keeps a paragraph naming a netizen by handle (网民“某地老王”在朋友圈发布…) though it names no one 某', () => {
    const groups = groupParagraphs([
      '2031年6月2日9时许，网民“江边老王”在朋友圈发布“水库决堤”的不实信息，引发恐慌。',
      '经核实，当日水库运行正常。',
      '公安机关于当日将发布上述信息的王某查获。6月3日，某县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对王某处以行政拘留五日。',
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]![0]).toContain('江边老王');
  });
});

describe('a list of links to other stories', () => {
  it("reads a paper's 注释 and 参考文献 items (① 参见… / [1] …) as sources, so they never split the cases", () => {
    const body = [
      '二、案例考察',
      '（一）备案义务',
      '2017年3月，甲县公安局发现甲县某培训学校网站未备案，依据《网络安全法》第二十一条、第五十九条第一款之规定，给予该校警告。①',
      '（二）日志义务',
      '2018年5月，乙市公安局发现乙市某网吧未留存日志，依据《网络安全法》第二十一条、第五十九条第一款之规定，对该网吧处罚款一万元。②',
      '（三）信息保护义务',
      '2019年9月，丙市公安局发现丙市某物业公司出售业主信息，依据《网络安全法》第四十二条第一款、第六十四条第一款之规定，对该公司处罚款五万元。③',
    ];
    const notes = [
      '注释：',
      '① 参见甲县公安局：《甲县开展网站安全检查》，载甲县政府网，2017年4月1日。',
      '② 参见吕某：《论网络日志留存义务的法律性质》，载《某法学》2019年第2期，第10页。',
      '③ 参见丙市公安局：《丙市警方公布典型案例》，2020年1月5日。',
      '参考文献：',
      '[1] 吕某. 论网络日志留存义务的法律性质[J]. 某法学, 2019(2): 5-20.',
    ];
    const paper = segment([...body, ...notes].join('\n'));
    expect(paper.cases).toHaveLength(3);
    expect(paper.cases.map((c) => c.paragraphs.join('')).join('')).not.toContain('参见');
    // Without the label the circled lines are the page's text again.
    const bare = segment([...body, ...notes.slice(1, 4)].join('\n'));
    expect(bare.cases.map((c) => c.paragraphs.join('')).join('')).toContain('参见');
  });

  it('drops the headlines under 推荐阅读 / 相关新闻 up to the first sentence, so none of them becomes a case', () => {
    const story = [
      '某市一公司泄露客户信息被罚',
      '■泄露的源头',
      '今年5月，某市公安局网安支队接到群众举报。经查，某市某物流有限公司未对客户信息采取加密措施。',
      '■公司被罚',
      '6月2日，某市公安局依据《中华人民共和国网络安全法》第四十二条第二款、第六十四条第一款之规定，对该公司给予警告，并处罚款三万元。',
    ];
    const links = [
      '推荐阅读',
      '· 某县一网吧接纳未成年人被警告',
      '· 某区：两家网站未备案被罚款',
      '· 游客在景区走失 民警半小时找回',
    ];
    const withLinks = segment([...story, ...links].join('\n'));
    expect(withLinks.cases).toHaveLength(1);
    expect(withLinks.cases[0]!.paragraphs.join('')).not.toContain('网吧');
    // A sentence after the list ends it: prose below is the page's again.
    const after = segment(
      [
        ...story,
        '相关新闻',
        '· 某区：两家网站未备案被罚款',
        '此外，某县公安局对某某网吧给予警告，并处罚款二千元。',
      ].join('\n'),
    );
    expect(after.cases.map((c) => c.paragraphs.join('')).join('')).toContain('某某网吧');
  });
});

describe('a card’s labelled party', () => {
  it('keeps 行政相对人名称：… (a name with no 某) in the story of the card’s decision', () => {
    const groups = groupParagraphs([
      '行政相对人名称：东风路星光网吧',
      '违法事实：2031年3月2日，民警检查发现该网吧未核验上网人员身份。',
      '处罚内容：警告，并处罚款二千元',
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]![0]).toBe('行政相对人名称：东风路星光网吧');
  });

  it("drops the numbered items of the writer's own measures (四、整改措施) and keeps 事件经过/调查情况 one story (blind25 class)", () => {
    const text = [
      '关于我院挂号系统数据泄露事件的情况通报',
      '一、事件经过',
      '2031年4月2日，我院发现挂号系统异常，随即报告。',
      '二、调查情况',
      '经查，我院挂号系统未设置访问控制，导致患者信息泄露。',
      '三、处理情况',
      '2031年5月6日，某市公安局依据《中华人民共和国网络安全法》第二十一条之规定，对我院处以警告。',
      '四、整改措施',
      '（一）全面关停旧系统。新系统通过测评后再上线。',
      '（二）排查院内信息系统。关闭不必要的端口和服务，修改全部弱口令。',
      '某某市第一人民医院',
    ].join('\n');
    const s = segment(text);
    expect(s.cases).toHaveLength(1);
    const told = s.cases[0]!.paragraphs.join('\n');
    expect(told).toContain('2031年4月2日');
    expect(told).toContain('对我院处以警告');
    expect(told).not.toContain('关停旧系统');
  });

  it('drops the numbered directions of a 下一步工作要求 section, which quote a range and an 予以通报 (blind73 class)', () => {
    const text = [
      '关于某市第三季度网络安全执法检查情况的通报',
      '一、典型案例',
      '（一）某市某水务有限公司未落实等级保护制度案。2031年8月，某市公安局依据《中华人民共和国网络安全法》第五十九条第一款之规定，对该公司给予警告。',
      '（二）某市某物业服务有限公司未留存网络日志案。2031年9月，某区分局依据《中华人民共和国网络安全法》第五十九条第一款之规定，对该公司给予警告。',
      '二、下一步工作要求',
      '（一）坚持严格执法。对拒不改正的网络运营者，依法处一万元以上十万元以下罚款。',
      '（二）加强督导检查。市局将于11月对各区工作开展督导，对推进不力的单位予以通报。',
      '（三）及时报送情况。各区请于12月10日前报送工作情况。',
    ].join('\n');
    const s = segment(text);
    expect(s.cases).toHaveLength(2);
    expect(s.cases.map((c) => c.paragraphs.join(''))).not.toContainEqual(expect.stringContaining('督导'));
  });

  it('makes a section’s one case of a party named after the first sentence (检查中发现，一酒店（经营单位：某公司）…, blind25 class)', () => {
    const text = [
      '一、治安案件',
      '1．3月2日，李某某殴打他人，某分局依据《中华人民共和国治安管理处罚法》第五十一条之规定，对李某某处以行政拘留五日。',
      '2．3月3日，周某某盗窃财物，某分局依据《中华人民共和国治安管理处罚法》第五十八条之规定，对周某某处以罚款五百元。',
      '二、网络安全管理',
      '本周，本所对辖区4家宾馆开展检查。检查中发现，辖区一宾馆（经营单位：某某旅馆管理有限公司）提供的无线上网未落实实名认证。3月5日，某分局依据《中华人民共和国网络安全法》第二十六条第一款、第六十四条之规定，责令该公司改正。',
    ].join('\n');
    const s = segment(text);
    expect(s.cases).toHaveLength(3);
    expect(s.cases[2]!.paragraphs.join('')).toContain('责令该公司改正');
  });
});

describe('segment: a feature with a headline, its second line, a lead and cross-heads', () => {
  const page = [
    '新规落地后我区首张个人信息罚单开出',
    '一家健身机构泄露会员信息，机构被罚8万元',
    '会员办卡没几天，就接到推销电话——今年4月，多名市民向警方反映。记者5月8日从区公安分局获悉，该机构因未履行个人信息保护义务，被依法处罚。',
    '推销电话牵出泄露',
    '4月12日，区公安分局网安大队接到市民报警，称在青湾某健身服务有限公司办卡后频繁接到推销电话。民警检查发现，该公司会员系统的管理后台使用默认口令。',
    '依法处罚',
    '4月28日，区公安分局依据《中华人民共和国个人信息保护法》第五十一条、第六十六条第一款之规定，责令该公司改正，给予警告，并处罚款八万元。',
    '律师：合规不能只停在纸面',
    '“企业收集会员信息，就要承担保护义务。”某律师事务所律师说，最高可以罚到五十万元。',
  ].join('\n');
  it('tells one case, its story from the lead, with no case for the second line of the headline', () => {
    const { cases } = segment(page);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.paragraphs[0]).toMatch(/^会员办卡/);
    expect(cases[0]!.paragraphs.some((p) => p.startsWith('4月12日'))).toBe(true);
    expect(cases[0]!.paragraphs.some((p) => p.includes('律师'))).toBe(false);
  });
});

describe('segment: a monthly report whose cases sit under one of its numbered sections', () => {
  it('ends the last case at the next numbered section, which quotes the law', () => {
    const page = [
      '2031年5月全区网络执法工作情况',
      '一、总体情况',
      '5月份，全区共巡查网站平台800余个，依法给予警告2家。',
      '二、典型案件',
      '◆某论坛未处置违法信息',
      '5月6日，区委网信办发现某论坛存在违法信息。区委网信办依据《中华人民共和国网络安全法》第四十九条、第六十九条第一款的规定，责令该论坛运营者改正，给予警告。',
      '◆某网吧未落实实名登记',
      '5月9日，区公安分局检查发现青湾某网吧未核验上网人员身份。区公安分局依据《互联网上网服务营业场所管理条例》第二十三条、第三十二条第一款的规定，给予警告。',
      '◆某公司未履行数据安全保护义务',
      '5月中旬，区委网信办发现青湾某物流有限公司未建立数据安全管理制度。区委网信办依据《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款的规定，责令该公司改正，给予警告。',
      '三、下一步工作',
      '依据《中华人民共和国网络安全法》第七十一条的规定，网络运营者未履行义务的，可以处一万元以上十万元以下罚款。',
    ].join('\n');
    const { cases } = segment(page);
    expect(cases).toHaveLength(3);
    expect(cases[2]!.paragraphs.join('')).not.toContain('第七十一条');
  });
});

describe('a feature that tells its first case in the lead, before its first ■ cross-head', () => {
  it('makes the lead’s decided story a case of its own, ahead of the cross-headed ones', () => {
    const seg = segment(
      [
        '某市日报 电子版',
        '一张罚单背后的网吧',
        '——我市开展上网场所检查，两起案件被查处',
        '“我以为装个摄像头就够了。”傍晚，一家网吧的收银台前，老板娘孙女士翻着登记本说。',
        '5月8日，某区分局民警检查时发现，该网吧未落实上网人员实名登记制度。5月12日，某区分局依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条的规定，对该网吧经营者孙某给予警告。',
        '■ 另一家网吧被罚',
        '6月3日，某区分局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，对某市某网络会所有限公司给予警告，并处罚款一万元。',
        '■ 编造谣言者被拘',
        '6月9日，网民周某编造网吧失火谣言，某区分局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对其处以行政拘留三日。',
      ].join('\n'),
    );
    expect(seg.cases.map((c) => c.paragraphs[0]!.slice(0, 8))).toEqual([
      '“我以为装个摄像',
      '6月3日，某区分',
      '6月9日，网民周',
    ]);
    expect(seg.preamble).toEqual([
      '某市日报 电子版',
      '一张罚单背后的网吧',
      '——我市开展上网场所检查，两起案件被查处',
    ]);
  });
});

describe('a TV news transcript with captioned turns', () => {
  const page = [
    '某市电视台 | 某市新闻网',
    '【某市新闻】网吧系统被入侵 店家和入侵者均被处罚',
    '▶ 点击播放 播放次数：2.1万',
    '【主持人】',
    '一家网吧的收费系统被人动了手脚。请看报道。',
    '【记者 吕某某】',
    '今年4月3日，某市某网吧店员发现收费系统里多了几十个免费账号。接到报警后，某市公安局西城分局立案调查，很快查明系附近居民沈某所为。',
    '【同期声 某市公安局西城分局民警 韩某】',
    '沈某的行为已经违反了治安管理处罚法，我们依据《中华人民共和国治安管理处罚法》第三十三条第一项的规定，对沈某处以行政拘留五日。',
    '【记者】',
    '沈某受到了处罚，那么网吧有没有责任呢？4月9日，某市公安局网安支队对该网吧的经营公司开展了检查。',
    '【记者】',
    '4月20日，某市公安局依据《中华人民共和国网络安全法》第二十三条第（二）项、第六十一条第一款的规定，责令某市某网络会所有限公司改正，给予警告。',
  ].join('\n');
  it('keeps captions out of the cases, gives 「我们」 the caption’s unit, and opens the second case on the question', () => {
    const seg = segment(page);
    expect(seg.cases).toHaveLength(2);
    expect(seg.cases[1]!.paragraphs[0]!.slice(0, 6)).toBe('沈某受到了处');
    expect(seg.cases[0]!.paragraphs.join('')).toContain(
      '某市公安局西城分局依据《中华人民共和国治安管理处罚法》',
    );
    expect(seg.cases.flatMap((c) => c.paragraphs).join('')).not.toContain('同期声');
  });
});

describe('segment: a result card’s head with its status cell (blind30 class)', () => {
  it('titles the card with the name alone', () => {
    const text = [
      '① 槐江某网络服务有限公司　　　　　　状态：已结案',
      '违法事实：2032年3月，该公司未留存网络日志。处罚结果：给予警告。',
      '② 槐江某信息咨询有限公司　　　　　　状态：已结案（罚款已缴纳）',
      '违法事实：2031年5月，该公司未采取技术措施保障数据安全。处罚结果：罚款人民币叁万元。',
    ].join('\n');
    expect(segment(text).cases.map((c) => c.title)).toEqual([
      '槐江某网络服务有限公司',
      '槐江某信息咨询有限公司',
    ]);
  });
});

describe('groupParagraphs: a paragraph announcing one more case (blind37 class)', () => {
  it('opens a new case at 此外，…还查处了一起…案件。', () => {
    const groups = groupParagraphs([
      '另一家某市某商贸有限公司一直未办理备案手续。8月2日，某区分局依据该办法第十二条，对该公司给予警告处罚。',
      '此外，检查期间网安大队还查处了一起利用网络传播有害信息的案件。居民孙某多次上传有害视频。8月9日，某区分局依据《计算机信息网络国际联网安全保护管理办法》第二十条之规定，对孙某给予警告，并处罚款一千元。',
    ]);
    expect(groups).toHaveLength(2);
  });
});

describe('segment: a bracketed commentary label naming two commenters, then the commenter’s byline', () => {
  it('reads the 一、二、 items under 【检察官/律师说法】 and a 「…律师 某某：」 byline as the lesson, not as cases', () => {
    const text = [
      '【案情回顾】',
      '2021年4月，某市乙网络有限公司未按规定留存网络日志，被市公安局检查发现。',
      '【处理结果】',
      '2021年6月2日，某市公安局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，对乙网络有限公司作出责令改正、给予警告、罚款一万元的行政处罚。',
      '【检察官/律师说法】',
      '市法律援助中心律师 钱某：',
      '一、留存日志是法定义务。《网络安全法》第二十一条规定网络运营者应当留存相关的网络日志不少于六个月。',
      '二、拒不改正要受罚。依照第五十九条第一款，拒不改正的，处一万元以上十万元以下罚款。',
      '三、造成后果的，罚得更重。对直接负责的主管人员处五千元以上五万元以下罚款。',
    ].join('\n');
    const seg = segment(text);
    expect(seg.cases).toHaveLength(1);
    expect(seg.cases[0]!.paragraphs.join('')).toContain('罚款一万元的行政处罚');
    expect(seg.cases[0]!.paragraphs.join('')).not.toContain('拒不改正要受罚');
  });
});

describe('segment: a paragraph turning to another party (还查处了…另一家…)', () => {
  it('opens a second case at 「…还查处了辖区另一家网吧。」', () => {
    const text = [
      '9月3日，某区公安分局检查发现某网络科技有限公司未落实网络日志留存制度，依据《网络安全法》第二十一条、第五十九条第一款，对该公司给予警告。',
      '据了解，检查期间，民警还查处了辖区另一家网吧。该网吧经营者某某网络会所未核验上网人员身份，某区公安分局依据《网络安全法》第二十四条、第六十一条，对其处罚款一万元。',
    ].join('\n\n');
    const seg = segment(text);
    expect(seg.cases).toHaveLength(2);
    expect(seg.cases[1]!.paragraphs.join('')).toContain('另一家网吧');
  });
});

describe('segment: a paper’s lead (本报讯…) under the headline, then subheadings telling the one case', () => {
  it('joins the story under the subheadings to the case its decision section closes, not to the lead', () => {
    const text = [
      '某某日报电子版 > 第A03版',
      '网店后台漏洞泄露买家地址',
      '一电商公司被罚10万元',
      '本报讯（记者 甲某）记者昨日从市网信办获悉，我市一家电商公司因未履行数据安全保护义务，被依法罚款10万元。',
      '买家接连被骚扰',
      '今年5月，多名买家向市网信办反映，下单后不久就接到冒充客服的电话。',
      '经核查，某电子商务有限公司的订单系统存在未授权访问漏洞，约5万条买家地址可被任意查询。',
      '依法作出处罚',
      '市网信办认为，该公司的行为违反了《中华人民共和国数据安全法》第二十七条的规定。9月9日，市网信办依据该法第四十五条第一款，对该公司作出责令改正、给予警告、罚款10万元的行政处罚。',
    ].join('\n\n');
    const seg = segment(text);
    const told = seg.cases.find((c) => c.paragraphs.join('').includes('罚款10万元的行政处罚'))!;
    expect(told.paragraphs.join('')).toContain('某电子商务有限公司的订单系统');
  });
});

describe('a decision document in numbered sections (一、违法事实 … 五、处罚决定)', () => {
  it('reads its sections and the numbered items under 处罚决定 as one case', () => {
    const text = [
      '某市通信管理局',
      '行政处罚决定书',
      '某通管罚〔2032〕7号',
      '当事人：某市某数据服务有限公司',
      '一、违法事实',
      '2032年2月3日，本局检查发现，当事人的数据中心未按规定留存网络日志。',
      '二、证据列举',
      '上述事实有以下证据证明：1. 检查笔录；2. 询问笔录。',
      '三、陈述申辩情况',
      '当事人在规定期限内未提出陈述申辩。',
      '四、处罚依据和理由',
      '当事人的行为违反了《中华人民共和国网络安全法》第二十一条第（三）项的规定。依据《中华人民共和国网络安全法》第五十九条第一款的规定，本局决定对当事人予以处罚。',
      '五、处罚决定',
      '（一）责令当事人改正；',
      '（二）对当事人处以罚款人民币叁万元。',
    ].join('\n');
    const seg = segment(text);
    expect(seg.cases).toHaveLength(1);
    expect(seg.cases[0]!.paragraphs.join('')).toContain('（二）对当事人处以罚款人民币叁万元。');
    expect(seg.cases[0]!.paragraphs.join('')).toContain('第五十九条第一款');
  });
});

describe('an interview’s answers after a question', () => {
  it('reads an answer that orders a named party to rectify and warns it (责令某公司改正，给予警告) as a case', () => {
    const text = [
      '把好数据安全关——访某市委网信办主任',
      '问：今年查处了哪些案件？',
      '答：去年8月我们接到举报，发现一家外卖平台把骑手的身份证照片存放在公开的网盘里。我们依据网络安全法第四十二条、第六十四条第一款，对某某配送服务有限公司给予警告，并处罚款五万元。',
      '问：还有别的吗？',
      '答：还有一个健身房的会员系统。我们依据个人信息保护法第五十一条、第六十六条第一款，责令某某健身管理有限公司改正，给予警告，没收违法所得一千元。',
    ].join('\n');
    const parties = segment(text).cases.map((c) => c.paragraphs.join(''));
    expect(parties.some((p) => p.includes('某某配送服务有限公司'))).toBe(true);
    expect(parties.some((p) => p.includes('某某健身管理有限公司'))).toBe(true);
  });
});

describe('a column’s answers that each tell a case in the first person', () => {
  const text = [
    '【民警答疑】第8期｜上网的这些规矩，你知道吗？',
    '编者按：本期邀请某县公安局网安大队民警，结合办理的案件回答网友提问。',
    '问：在家里装个软件“翻墙”，也会被处理吗？',
    '答：会的。2020年5月，我们发现辖区一名男子柯某使用软件私自建立信道访问境外网站。县公安局依据《计算机信息网络国际联网管理暂行规定》第六条、第十四条，给予柯某警告。',
    '问：把客户的快递信息卖掉呢？',
    '答：2022年3月，我们查到某物流站点的分拣员温某某拍下面单出售，获利900元。县公安局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款，没收温某某违法所得900元，并处罚款5000元。',
    '问：网站不备案会怎么样？',
    '答：根据《计算机信息网络国际联网安全保护管理办法》第二十三条，不履行备案职责的，由公安机关给予警告或者停机整顿不超过六个月的处罚。',
  ].join('\n');

  it('reads each answer that decides about a masked party as a case (给予柯某警告 / 没收温某某违法所得), not the lesson', () => {
    const cases = segment(text).cases.map((c) => c.paragraphs.join(''));
    expect(cases).toHaveLength(2);
    expect(cases[0]).toContain('给予柯某警告');
    expect(cases[1]).toContain('没收温某某违法所得900元');
  });

  it('keeps an answer that only states the law’s ranges a lesson (no case)', () => {
    const cases = segment(text).cases.map((c) => c.paragraphs.join(''));
    expect(cases.some((c) => c.includes('不履行备案职责的'))).toBe(false);
  });
});

describe('a news list of one-line items, each ending in its publish date', () => {
  it('reads each item that tells a decision whole as its own case, dated by its own line', () => {
    const text = [
      '执法动态',
      '· 某江市委网信办3月8日对某江某网络科技有限公司运营的论坛未落实实名制问题，依据《网络安全法》第二十四条、第六十一条作出警告的行政处罚　　2031-03-10',
      '· 某江市委网信办2月1日约谈某外卖平台，督促其落实主体责任　　2030-02-03',
      '· 某江市委网信办9月9日对某江某电子商务有限公司运营的App违法收集个人信息问题，依据《网络安全法》第四十一条、第六十四条第一款责令改正　　2029-09-12',
    ].join('\n');
    const cases = segment(text).cases;
    expect(
      cases.map((c) => [
        c.paragraphs.join('').includes('某江某网络科技')
          ? 'a'
          : c.paragraphs.join('').includes('某江某电子商务')
            ? 'b'
            : '?',
        c.published,
      ]),
    ).toEqual([
      ['a', '2031-03-10'],
      ['b', '2029-09-12'],
    ]);
  });
});

describe('segment: a quoted 决定书 excerpt (blind54)', () => {
  const page = [
    '编者按：为压实平台主体责任，区网信办整理了近期查处的案例，现予发布。',
    '【基本案情】',
    '某某信息服务有限公司运营“邻家圈”论坛。2023年2月，区网信办巡查发现该论坛存在大量涉诈引流帖，当即约谈该公司。',
    '【处理结果】',
    '2023年5月6日，区网信办对该公司作出行政处罚决定。《行政处罚决定书》（某网信罚〔2023〕2号）载明：',
    '“……你公司上述行为违反了《中华人民共和国网络安全法》第四十七条之规定。依据该法第六十八条第一款之规定，本机关决定：',
    '一、责令你公司立即改正；',
    '二、处人民币拾贰万元罚款。……”',
    '【案例评析】',
    '平台应当管好用户发布的信息。',
    '【相关案例】',
    '· 某论坛发布违法广告被依法关闭',
  ].join('\n');

  it('keeps the story above the quote, joins the last item ending 。……”, and skips the 相关案例 headlines', () => {
    const cases = segment(page).cases;
    expect(cases.filter((c) => c.paragraphs.some((p) => p.includes('罚款')))).toHaveLength(1);
    const decided = cases.find((c) => c.paragraphs.some((p) => p.includes('拾贰万元')))!;
    expect(decided.paragraphs.some((p) => p.includes('某某信息服务有限公司运营'))).toBe(true);
    expect(
      decided.paragraphs.some((p) => p.endsWith('一、责令你公司立即改正；二、处人民币拾贰万元罚款。……”')),
    ).toBe(true);
    expect(cases.some((c) => c.paragraphs.some((p) => p.includes('被依法关闭')))).toBe(false);
  });

  it('a lead ending 载明： keeps the story pending; any other lead still opens a list', () => {
    const story = '某某商贸有限公司运营的网站被植入赌博链接，经约谈仍未整改。';
    const quoted = groupParagraphs([story, '《行政处罚决定书》载明：', '对某某商贸有限公司处罚款二万元。']);
    expect(quoted[0]).toContain(story);
    const listed = groupParagraphs([story, '处理情况如下：', '对某某商贸有限公司处罚款二万元。']);
    expect(listed[0]).not.toContain(story);
  });
});

describe('decisionsInLead: decisions in the lead, facts under headings ending 作出上述处罚 (blind65 class)', () => {
  const text = [
    '某区网信办',
    '两家网站被处罚',
    '9月8日，某区网信办对甲公司作出警告并罚款3万元的行政处罚；同日，对乙公司作出警告的行政处罚。',
    '案例一',
    '今年5月，甲公司运营的论坛未处置违法信息。区网信办依据《中华人民共和国网络安全法》第四十九条作出上述处罚。',
    '案例二',
    '今年6月，乙公司未采取技术措施。区网信办依据《中华人民共和国网络安全法》第二十三条作出上述处罚。',
  ].join('\n');

  it('makes the lead’s imposing paragraph the first case block, out of the preamble', () => {
    const seg = segment(text);
    expect(seg.preamble).toEqual(['某区网信办', '两家网站被处罚']);
    expect(seg.cases.map((c) => c.paragraphs[0]!.slice(0, 5))).toEqual([
      '9月8日，',
      '今年5月，',
      '今年6月，',
    ]);
  });

  it('leaves the lead in the preamble when no case refers back to it', () => {
    const seg = segment(text.replaceAll('作出上述处罚', '给予警告'));
    expect(seg.preamble).toHaveLength(3);
  });
});

describe('a case told in stages (一、案件由来 / 二、事先告知 / 三、听证过程 / 四、处罚决定) (blind65 class)', () => {
  it('reads the stages as sections of one case, not as cases', () => {
    const text = [
      '某省网信办',
      '一起案件的听证始末',
      '一、案件由来',
      '2030年4月，某省网信办接到举报。经调查，甲公司未经同意向他人提供用户信息。',
      '二、事先告知',
      '2030年6月1日，某省网信办向甲公司送达《行政处罚事先告知书》，拟对甲公司处罚款二十万元。',
      '三、听证过程',
      '甲公司申请听证。某省网信办于6月20日举行听证，甲公司提出其已整改。',
      '四、处罚决定',
      '2030年7月2日，某省网信办依据《中华人民共和国个人信息保护法》第六十六条第一款，对甲公司处罚款十万元。',
    ].join('\n');
    expect(segment(text).cases).toHaveLength(1);
  });
});

describe('groupParagraphs: a case under its own headline, a decision not to punish (blind67)', () => {
  it('keeps every paragraph above the decision as the story when the block sits under a case headline', () => {
    const body = [
      '2022年8月，民警在工作中发现，有人在群里出售游戏账号。',
      '顺线查到，某网吧网管岑某，利用职务便利，盗取顾客账号出售。',
      '岑某非法获取他人账号信息，处以罚款三千元。',
    ];
    expect(groupParagraphs(body, new Map(), true)).toEqual([body]);
    // A page's introduction is not a story: without the headline, only the party's paragraph is kept.
    expect(groupParagraphs(body)).toEqual([body.slice(1)]);
  });

  it('does not take a case closed by 决定不予行政处罚 as the story of the next one', () => {
    const paragraphs = [
      '去年5月，某县某餐饮有限公司的小程序未公示收集规则。该公司系初次违法并当即改正，县公安局依据《中华人民共和国行政处罚法》第三十三条第一款，决定对其不予行政处罚。',
      '去年7月，某县某诊所信息系统未备案。县公安局依据《中华人民共和国网络安全法》第二十一条第（一）项、第五十九条第一款，责令其改正并给予警告。',
    ];
    expect(groupParagraphs(paragraphs)).toEqual([paragraphs.slice(1)]);
  });
});

describe('blind69 classes: a press Q&A’s answers telling cases; a title over several cases', () => {
  it('reads cases from an answer under a question, not the lesson, and 我们 as the answering unit', () => {
    const text = [
      '区网信办有关负责人就两起执法案件答记者问',
      '日前，区网信办对两家运营者作出行政处罚。区网信办有关负责人回答了记者提问。',
      '问：两起案件是什么情况？',
      '答：第一起涉及某甲网络科技有限公司运营的论坛。该公司未及时处置违法信息。6月3日，我们依据《网络安全法》第六十九条第一款，对该公司作出责令改正、给予警告，处罚款五十五万元的行政处罚。',
      '第二起涉及某乙传媒有限公司运营的公众号。该公司转载违法信息，经要求仍未删除。6月9日，我们依据《网络安全法》第六十九条第一款，对该公司作出给予警告，并处罚款六万元的行政处罚。',
      '问：新法有什么变化？',
      '答：修正后，情节严重的，罚款提高到五十万元以上。',
    ].join('\n');
    const seg = segment(text);
    const told = seg.cases.filter((c) => c.paragraphs.some((p) => p.includes('某') && p.includes('罚款')));
    expect(told.map((c) => c.paragraphs.join('').includes('某乙'))).toEqual([false, true]);
    expect(told[0]!.paragraphs.join('')).toContain('区网信办依据');
    expect(told[1]!.paragraphs.join('')).toContain('区网信办依据');
    expect(seg.cases.some((c) => (c.lesson ?? '').includes('某甲'))).toBe(false);
  });
  it('keeps a question’s answer that tells no case as the lesson', () => {
    const text = [
      '某区公安分局开展执法检查',
      '一、某公司未留存日志案',
      '5月2日，某分局对某丙科技有限公司给予警告。',
      '问：日志要留多久？',
      '答：网络日志应当留存不少于六个月，否则可处以警告。',
    ].join('\n');
    const seg = segment(text);
    expect(seg.cases.filter((c) => c.paragraphs.some((p) => p.includes('六个月')))).toEqual([]);
  });
  it('puts a title over several cases, and the lines above their stories, in the page’s context', () => {
    const text = [
      '某县人民政府',
      '政务公开>部门动态',
      '2031年第一季度全县网络违法案件查处情况',
      '索引号：00xx/2031-00017 发布机构：某县公安局 发布日期：2031-04-08',
      '1月9日，网民甲某在某平台发布谣言。1月11日，县公安局依据《治安管理处罚法》第二十九条第（一）项，对甲某处以行政拘留五日。',
      '2月3日，县公安局检查发现某丁科技有限公司未留存网络日志。县公安局依据《网络安全法》第六十一条第一款，对该公司给予警告。',
    ].join('\n');
    const seg = segment(text);
    expect(seg.cases).toHaveLength(2);
    expect(seg.preamble).toContain('2031年第一季度全县网络违法案件查处情况');
  });
});

describe('the lead under a title over several cases (issue 13)', () => {
  const text = [
    '某市公安局',
    '首页，警务动态。',
    '市公安局网安支队开展网络安全执法检查',
    '发布日期：2031-06-03',
    '为落实新规，5月上旬至5月下旬，市公安局网安支队对辖区27家单位开展执法检查，督促整改隐患14处。',
    '某戊科技有限公司运营的网站未采取防范攻击的技术措施。市公安局依据《网络安全法》第六十一条第一款，对该公司给予警告。',
    '某己商贸有限公司运营的小程序未留存网络日志。市公安局依据《网络安全法》第六十一条第一款，责令该公司改正。',
  ].join('\n');
  it('puts the lead, above the first case’s story, in the page’s context', () => {
    const seg = segment(text);
    expect(seg.cases).toHaveLength(2);
    expect(seg.preamble.at(-1)).toContain('5月上旬至5月下旬');
    expect(seg.cases.flatMap((c) => c.paragraphs).join('')).not.toContain('5月上旬');
  });
});

describe('leadStoryCase: a lead story decided in the passive, above a ● case (blind75 class)', () => {
  const text = [
    '网警发布｜“某镇水库溃坝”？假的！',
    '原创　某市网警　某市网警　2031年05月20日 09:12　某省',
    '近日，有网民在短视频平台发布“某镇水库溃坝”的视频，引发恐慌。',
    '5月16日，网民甲某（男，33岁）为博取关注，将外地洪水视频配文后发布。',
    '目前，甲某已被某市公安局某区分局，依据《中华人民共和国治安管理处罚法》第二十九条第一项，处以行政拘留六日。',
    '在群内转发并添加不实内容的网民乙某，某镇派出所依法对其处以罚款二百元。',
    '另有3名网民转发该视频，民警已对其批评教育。',
    '● 出售“呼死你”软件被罚',
    '今年4月，某县公安局发现丙某出售“呼死你”软件，获利900元。',
    '某县公安局依据《网络安全法》第二十九条、第六十六条第一款之规定，对丙某作出没收违法所得900元的行政处罚。',
  ].join('\n\n');
  it('makes the lead a case of its own, the passive decision and the next party’s decision each', () => {
    const seg = segment(text);
    expect(seg.cases.map((c) => c.paragraphs.at(-1)!.slice(0, 6))).toEqual([
      '目前，甲某已',
      '在群内转发并',
      '某县公安局依',
    ]);
  });
  it('leaves the 批评教育 after the decisions in the preamble', () => {
    expect(segment(text).preamble.join('')).toContain('另有3名网民');
  });
});
