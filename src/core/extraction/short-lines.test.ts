import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { rejoinShortLines } from './short-lines.js';

const POST = [
  '网警说案｜这些人被查了！',
  '原创 某市网警 2031年03月18日 19:30',
  '',
  '📍 案例一',
  '',
  '【案情】',
  '1月27日晚',
  '网民赵某（男，31岁）',
  '为给自己的账号“涨粉”',
  '把一段旧视频配上“某厂爆炸”的文字',
  '发到了多个微信群 🔥',
  '',
  '【处罚】',
  '1月29日',
  '某区分局依据',
  '《中华人民共和国治安管理处罚法》第二十九条第（一）项',
  '对赵某处以',
  '⚠️行政拘留六日',
  '',
  '📍 案例二',
  '',
  '【案情】',
  '2月上旬',
  '民警检查时发现',
  '某酒店管理有限公司',
  '网络日志只保存了十几天',
  '',
  '【处罚】',
  '某市公安局网安支队',
  '依据《中华人民共和国网络安全法》',
  '第二十三条第（三）项、第六十一条第一款',
  '对该公司',
  '✅责令改正',
  '✅给予警告',
  '✅罚款一万元',
].join('\n');

describe('rejoinShortLines: a post written in short lines', () => {
  it('joins each paragraph into one sentence and keeps markers, labels and the dateline on their own lines', () => {
    const lines = rejoinShortLines(POST).split('\n');
    expect(lines).toContain('原创 某市网警 2031年03月18日 19:30');
    expect(lines).toContain('【处罚】');
    expect(lines).toContain('📍 案例二');
    expect(lines).toContain(
      '1月29日，某区分局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项，对赵某处以行政拘留六日。',
    );
    expect(lines).toContain(
      '某市公安局网安支队，依据《中华人民共和国网络安全法》第二十三条第（三）项、第六十一条第一款，对该公司责令改正，给予警告，罚款一万元。',
    );
  });

  it('leaves a table copied one cell per line to the table readers (序号 / 当事人 / … / 2031.03.15)', () => {
    const cells = [
      '序号',
      '当事人',
      '违法事实',
      '处罚依据',
      '处罚结果',
      '处罚机关',
      '日期',
      '1',
      '某医药连锁有限公司',
      '未建立数据安全管理制度',
      '《中华人民共和国数据安全法》第四十五条第一款',
      '警告',
      '某市公安局',
      '2031.03.15',
      '2',
      '周某',
      '擅自建立境外信道',
      '罚款人民币800元',
      '某市公安局某分局',
      '2031.06.21',
    ].join('\n');
    expect(rejoinShortLines(cells)).toBe(cells);
  });

  it('leaves prose alone', () => {
    const prose = '2031年5月，某县公安局发现某公司未落实日志留存制度。\n该局依法对该公司给予警告。';
    expect(rejoinShortLines(prose)).toBe(prose);
  });

  it('lets the extractor read one record per case', () => {
    expect(
      extractCases(POST).map((r) => [r.party.name, r.date, r.sanctions.map((s) => s.kind).join('+')]),
    ).toEqual([
      ['赵某', '2031-01-27', 'detention'],
      ['某酒店管理有限公司', '2031-02', 'rectification+warning+fine'],
    ]);
  });
});

describe('rejoinShortLines: a title broken across lines', () => {
  it('joins a law title left open at a line end without a comma', () => {
    const post = [
      '2031年3月 某市公安局网安大队',
      '工作中发现 辖区居民刘某',
      '使用翻墙软件',
      '擅自建立境外信道',
      '浏览境外网站',
      '经查 刘某的行为违反',
      '了《中华人民共和国计算机信息网络国际联网管',
      '理暂行规定》第六条',
      '某市公安局依据',
      '该规定第十四条',
      '对刘某作出警告',
      '并处罚款一千元',
      '的处罚',
    ].join('\n');
    expect(rejoinShortLines(post)).toContain('《中华人民共和国计算机信息网络国际联网管理暂行规定》第六条');
  });
});

describe('rejoinShortLines: 分别对 with the object at a line end', () => {
  it('joins 分别对甲某 / 处以罚款… without a comma, so that each party gets its record (治安管理处罚法 第二十九条)', () => {
    const post = [
      '3月2日晚',
      '网民甲某',
      '在多个微信群',
      '转发“某桥垮塌”的不实消息',
      '引发群众恐慌',
      '',
      '3月4日',
      '某派出所依据',
      '《中华人民共和国治安管理处罚法》',
      '第二十九条第（一）项之规定',
      '分别对甲某',
      '处以罚款三百元',
      '对乙某',
      '处以罚款二百元',
    ].join('\n');
    expect(rejoinShortLines(post)).toContain('分别对甲某处以罚款三百元，对乙某处以罚款二百元');
    expect(
      extractCases(post).map((r) => [r.party.name, r.sanctions.map((s) => s.amount_yuan).join('+')]),
    ).toEqual([
      ['甲某', '300'],
      ['乙某', '200'],
    ]);
  });
});

describe('rejoinShortLines: a page of cards with bracketed labels', () => {
  it('leaves 【标签】值 lines as they are: they are a form’s fields, not phrases broken off', () => {
    const card = (n: number): string[] => [
      `【决定书文号】某公行罚决字〔2031〕${n}号`,
      `【行政相对人名称】某甲${n}号网吧`,
      '【处罚类别】警告',
      '【处罚内容】警告',
      '【罚款金额（元）】0',
      '【处罚机关】某区分局',
      '',
    ];
    const text = [...card(1), ...card(2), ...card(3)].join('\n');
    expect(rejoinShortLines(text)).toBe(text);
  });
});

describe('rejoinShortLines: a page of cards with labelled lines', () => {
  it('leaves 行政相对人名称：… / 罚款金额（万元）：… lines and the card’s title as they are', () => {
    const card = (n: number): string[] => [
      `〔${n}〕某甲${n}号网吧未核验身份案`,
      `行政处罚决定书文号：某公行罚决字〔2031〕${n}号`,
      `行政相对人名称：某甲${n}号网吧`,
      '经营者：周某',
      '处罚类别：警告',
      '罚款金额（万元）：0',
      '处罚机关：某区分局',
    ];
    const text = [...card(1), ...card(2), ...card(3)].join('\n');
    expect(rejoinShortLines(text)).toBe(text);
  });
});

describe('rejoinShortLines: a decision document', () => {
  it('leaves the short lines of a 决定书 (head, 文号, labelled lines, signature, seal, date) as they are', () => {
    const text = [
      '某市公安局某分局',
      '行政处罚决定书',
      '某公（网）行罚决字〔2031〕3号',
      '被处罚人：王某',
      '性别：男',
      '现住址：某市某区',
      '现查明：2031年1月5日，王某在某平台发布谣言。',
      '根据《中华人民共和国治安管理处罚法》第二十五条第一项之规定，现决定：',
      '对王某处以罚款二百元',
      '附：相关法律条文（略）',
      '某市公安局某分局',
      '（印）',
      '二〇三一年一月九日',
      '上一条',
      '下一条',
      '返回列表',
      '打印本页',
    ].join('\n');
    expect(rejoinShortLines(text)).toBe(text);
  });
});

describe('rejoinShortLines: long labels of a 双公示 summary (blind30 class)', () => {
  it('keeps 没收…金额（万元）：… and 作出处罚决定的机关名称：… each on its own line', () => {
    const lines = Array.from({ length: 14 }, (_, i) => `短句第${i}行没有标点`);
    const text = [
      ...lines,
      '没收违法所得、没收非法财物的金额（万元）：0.3100',
      '作出处罚决定的机关名称：某县公安局',
    ].join('\n');
    const out = rejoinShortLines(text).split('\n');
    expect(out).toContain('没收违法所得、没收非法财物的金额（万元）：0.3100');
    expect(out).toContain('作出处罚决定的机关名称：某县公安局');
  });
});

describe('blind37 classes: a note in short lines', () => {
  const NOTE = [
    '某县人注意！这两件事会被罚',
    '',
    '最近某县公安连发两条通报',
    '都和大家刷手机有关',
    '我整理好了👇',
    '',
    '1️⃣ 造谣“水库决堤”→被拘5天',
    '6月3号那条视频大家都刷到过吧',
    '说水库马上决堤',
    '结果是假的！！',
    '发视频的是孔某（男，41岁）',
    '6月5号，某县公安局根据《治安管理处罚法》第二十五条第一项',
    '对他行政拘留五日',
    '',
    '2️⃣ 网吧上网不实名？→被责令改正',
    '朋友开的网吧',
    '顾客不登记就能上网',
    '5月份网警来检查发现了',
    '通报里写的是“某县某网吧”',
    '县公安局依据《网络安全法》第二十四条第一款、第六十一条',
    '责令该网吧改正',
    '',
    '💡 科普一下',
    '网络安全法第六十一条：拒不改正的，处五万元以上五十万元以下罚款',
    '',
    '1️⃣ 转发前先核实',
    '2️⃣ 不造谣不信谣',
    '',
    '编辑于 2031-07-02',
    '',
    '—————  2031-07-03  —————',
  ].join('\n');

  it('keeps the number of a keycap item that tells a decision, not of one that gives advice', () => {
    const out = rejoinShortLines(NOTE);
    expect(out).toMatch(/^1、造谣/m);
    expect(out).toMatch(/^2、网吧上网不实名/m);
    expect(out).not.toMatch(/^\d、转发前/m);
    expect(out).not.toMatch(/^\d、不造谣/m);
  });

  it('keeps a date divider between rules as it is', () => {
    expect(rejoinShortLines(NOTE).split('\n')).toContain('—————  2031-07-03  —————');
  });

  it('reads the two items as two cases, each with its own unit and one order', () => {
    const cases = extractCases(NOTE);
    expect(cases).toHaveLength(2);
    expect(cases[0]!.sanctions.map((s) => s.kind)).toEqual(['detention']);
    expect(cases[1]!.agency).toBe('县公安局');
    expect(cases[1]!.sanctions.map((s) => s.kind)).toEqual(['rectification']);
  });
});

describe('rejoinShortLines: bracketed headlines and a law in a bracket of its own (blind67)', () => {
  const post = [
    '两张罚单背后的故事',
    '',
    '━━━━━━',
    '',
    '【网店后台被撞库，经营公司挨了罚】',
    '',
    '2023年6月',
    '有顾客反映',
    '账号被人盗用',
    '',
    '民警调查发现',
    '网店后台没有登录限制',
    '也从未做过安全检测',
    '',
    '某县某电子商务有限公司未采取防范网络攻击的技术措施，处以警告并罚款八千元。',
    '（《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款）',
    '',
    '━━━━━━',
    '',
    '【倒卖会员资料，店员被罚】',
    '',
    '2024年9月',
    '网警巡查发现',
    '有人在群里兜售',
    '健身会员资料',
    '',
    '店员郝某非法出售公民个人信息，没收违法所得900元，处罚款一万元。',
    '（《中华人民共和国网络安全法》第四十四条、第六十四条第二款）',
    '',
    '（以上案件均由某县公安局依法办理）',
  ].join('\n');

  it('keeps a 【】 headline of a dozen words alone, with no 。 put after it', () => {
    const out = rejoinShortLines(post).split('\n');
    expect(out).toContain('【网店后台被撞库，经营公司挨了罚】');
    expect(out).toContain('【倒卖会员资料，店员被罚】');
  });

  it('joins the bracketed law to the decision above it, inside its sentence', () => {
    const out = rejoinShortLines(post);
    expect(out).toContain(
      '处以警告并罚款八千元（《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款）。',
    );
    // A bracket naming no article (the closing line) stays apart.
    expect(out).toContain('\n（以上案件均由某县公安局依法办理）');
  });

  it('reads each headline as a case with its own law, party, date and the unit the closing line names', () => {
    const records = extractCases(post);
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.party.name)).toEqual(['某县某电子商务有限公司', '郝某']);
    expect(records.map((r) => r.date)).toEqual(['2023-06', '2024-09']);
    expect(records.map((r) => r.agency)).toEqual(['某县公安局', '某县公安局']);
    expect(records[0]!.provisions.map((p) => `${p.article}/${p.paragraph}/${p.item}`)).toEqual([
      '21/null/2',
      '59/1/null',
    ]);
    expect(records[1]!.provisions.map((p) => p.article)).toEqual([44, 64]);
  });
});

describe('a Weibo timeline: each post under its 31-3-18 09:32 来自 … line (blind73 class)', () => {
  it('keeps the post’s time on its own line, so that its two-digit year dates the months the posts tell', () => {
    const timeline = [
      '微博 首页 推荐 视频 消息',
      '某县公安 V',
      '某县公安局官方微博',
      '微博 1.2万 关注 100 粉丝 3万',
      '全部 原创 图片 视频 文章',
      '',
      '某县公安 V',
      '31-3-18 09:32 来自 微博网页版',
      '【#某县警方通报#】3月15日晚，网民甲某在微信群发布“某镇化工厂爆炸”的虚假信息，引发恐慌。3月17日，某县公安局依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对甲某处以行政拘留五日。',
      '转发 12 评论 3 赞 40',
      '',
      '某县公安 V',
      '31-3-10 16:48 来自 iPhone客户端',
      '春季开学在即 警惕刷单诈骗',
      '转发 4 评论 1 赞 9',
      '',
      '热门微博',
      '加载更多',
    ].join('\n');
    expect(rejoinShortLines(timeline).split('\n')).toContain('31-3-18 09:32 来自 微博网页版');
    const records = extractCases(timeline);
    expect(records.map((r) => [r.party.name, r.date, r.decision_date])).toEqual([
      ['甲某', '2031-03-15', '2031-03-17'],
    ]);
  });
});
