import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { joinLabelLines } from './label-lines.js';

/** An invented 信用 detail page: every label on a line of its own, its value on the next. */
const PAGE = [
  '信用某市',
  '首页',
  '行政处罚',
  '某市某网络科技有限公司',
  '统一社会信用代码',
  '91xxxx0000MA0******1',
  '行政处罚信息',
  '行政处罚决定书文号',
  '某公（网）行罚决字〔2031〕0007号',
  '违法事实',
  '经查，2031年2月，该公司运营的网站未落实网络日志留存措施。',
  '处罚依据',
  '《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款',
  '处罚类别',
  '警告;罚款',
  '处罚内容',
  '责令改正，给予警告，并处罚款人民币壹万元',
  '罚款金额(万元)',
  '1',
  '处罚决定日期',
  '2031-03-20',
  '公示截止期',
  '2034-03-20',
  '处罚机关',
  '某市公安局某某分局',
  '该主体其他行政处罚信息（1条）',
  '行政处罚决定书文号',
  '某公（网）行罚决字〔2029〕0101号',
  '违法事实',
  '该公司未建立安全保护管理制度',
  '处罚依据',
  '《计算机信息网络国际联网安全保护管理办法》第二十一条第（一）项',
  '处罚内容',
  '责令限期改正，给予警告',
  '罚款金额(万元)',
  '0',
  '处罚决定日期',
  '2029-06-01',
  '处罚机关',
  '某市公安局某某分局',
  '纠错',
  '主办单位：某市发展和改革委员会',
].join('\n');

describe('detail pages with each label on its own line', () => {
  it('joins each label to the value on the next line (处罚依据 / 《…》第二十一条… → 处罚依据：《…》…)', () => {
    const lines = joinLabelLines(PAGE)
      .split('\n')
      .filter((l) => l !== '');
    expect(lines).toContain('处罚内容：责令改正，给予警告，并处罚款人民币壹万元');
    expect(lines).toContain('罚款金额(万元)：1');
    expect(lines).toContain('处罚决定日期：2031-03-20');
    expect(lines).toContain('某市某网络科技有限公司');
  });

  it('leaves a text with a label or two on their own lines as it is', () => {
    const text = '处罚依据\n《中华人民共和国网络安全法》第五十九条\n某公司被处以警告。';
    expect(joinLabelLines(text)).toBe(text);
    // A table copied one cell per line: its column names stand one under another, no value between them.
    const table = [
      '序号',
      '当事人',
      '违法事实',
      '处罚依据',
      '处罚结果',
      '处罚机关',
      '日期',
      '1',
      '某公司',
    ].join('\n');
    expect(joinLabelLines(table)).toBe(table);
  });

  it('reads one record per decision block, each on the subject named above 统一社会信用代码 (行政处罚法 第四十八条 公示)', () => {
    const records = extractCases(PAGE);
    expect(records.map((r) => r.party.name)).toEqual(['某市某网络科技有限公司', '某市某网络科技有限公司']);
    expect(records.map((r) => r.decision_date)).toEqual(['2031-03-20', '2029-06-01']);
    expect(records[0]!.date).toBe('2031-02');
    expect(records[0]!.agency).toBe('某市公安局某某分局');
    expect(records.map((r) => r.sanctions.map((s) => `${s.kind}|${s.amount_yuan ?? ''}`))).toEqual([
      ['rectification|', 'warning|', 'fine|10000'],
      ['rectification|', 'warning|'],
    ]);
    expect(records[1]!.provisions.map((p) => `${p.law}|${p.article}|${p.item}`)).toEqual([
      '计算机信息网络国际联网安全保护管理办法|21|1',
    ]);
  });
});

/** An invented 公示 page whose decisions are vertical tables of two cells a row (label, value), read a tab apart. */
const VERTICAL = [
  '某省某管理局行政处罚信息公示',
  '一、某管罚〔2032〕3号',
  '决定书文号\t某管罚〔2032〕3号',
  '案件名称\t某市某数据服务有限公司未落实日志留存案',
  '当事人名称\t某市某数据服务有限公司',
  '违法事实\t2031年10月，当事人运营的网站未留存网络日志。违反了《中华人民共和国网络安全法》第二十一条第（三）项的规定。',
  '处罚依据\t《中华人民共和国网络安全法》第五十九条第一款',
  '处罚内容\t责令改正，给予警告，并处罚款人民币贰万元',
  '罚款金额（万元）\t2',
  '处罚决定日期\t2032/01/12',
  '处罚机关\t某省某管理局',
  '备注',
  '二、某管罚〔2032〕4号',
  '决定书文号\t某管罚〔2032〕4号',
  '案件名称\t某县某商贸有限公司未备案案',
  '当事人名称\t某县某商贸有限公司',
  '违法事实\t当事人开办网站未履行备案手续。',
  '处罚依据\t《非经营性互联网信息服务备案管理办法》第二十三条',
  '处罚内容\t责令限期改正，给予警告',
  '处罚决定日期\t2032/02/03',
  '处罚机关\t某省某管理局',
  '备注\t',
].join('\n');

describe('vertical tables of two cells a row (HTML 公示: one table per decision)', () => {
  it('writes each row as a labelled line (处罚依据<tab>《…》 → 处罚依据：《…》)', () => {
    const lines = joinLabelLines(VERTICAL).split('\n');
    expect(lines).toContain('处罚内容：责令改正，给予警告，并处罚款人民币贰万元');
    expect(lines).toContain('罚款金额（万元）：2');
    expect(lines).toContain('一、某管罚〔2032〕3号');
  });

  it('leaves rows of three or more cells to the table reader', () => {
    const table = ['当事人\t违法行为\t处罚依据\t处罚结果', '某公司\t未留存日志\t第五十九条\t警告'].join('\n');
    expect(joinLabelLines(`前言\n${table}`)).toBe(`前言\n${table}`);
  });

  it('reads one record per table, the sanctions from 处罚内容 alone', () => {
    const records = extractCases(VERTICAL);
    expect(records.map((r) => r.party.name)).toEqual(['某市某数据服务有限公司', '某县某商贸有限公司']);
    expect(records.map((r) => r.decision_date)).toEqual(['2032-01-12', '2032-02-03']);
    expect(records.map((r) => r.sanctions.map((s) => `${s.kind}|${s.amount_yuan ?? ''}`))).toEqual([
      ['rectification|', 'warning|', 'fine|20000'],
      ['rectification|', 'warning|'],
    ]);
    expect(records[0]!.provisions.map((p) => `${p.article}|${p.paragraph ?? ''}|${p.item ?? ''}`)).toEqual([
      '21||3',
      '59|1|',
    ]);
  });
});

/** A credit report copied from its PDF (invented): label and value in two columns, a value wrapped over a page break. */
const REPORT = [
  '某省信用平台                                   报告编号：XY20330101001',
  '    主体名称：某市某云数据有限公司',
  '    统一社会信用代码：91000XXXMA00******',
  '一、基本信息',
  '主体名称              某市某云数据有限公司',
  '二、行政管理信息',
  '（一）行政许可信息（共1条）',
  '序号                  1',
  '行政相对人名称        某市某云数据有限公司',
  '许可内容              互联网信息服务',
  '许可决定日期          2030-01-09',
  '许可机关              某省通信管理局',
  '（二）行政处罚信息（共2条）',
  '序号                  1',
  '行政相对人名称        某市某云数据有限公司',
  '违法事实              2032年5月3日，某市公安局网安支队检查发现，当事人运营的平台未落实日志留存措施，网络',
  '                      日志留存不足六个月。',
  '处罚依据              《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款',
  '处罚内容              责令改正，给予警告',
  '处罚决定日期          2032-06-01',
  '处罚机关              某市公安局',
  '',
  '                                                              第 2 页 共 3 页',
  '某省信用平台公共信用信息报告                   报告编号：XY20330101001',
  '',
  '序号                  2',
  '行政相对人名称        某市某云数据有限公司',
  '违法事实              2031年3月8日，某市公安局某分局巡查发现，当事人运营的论坛未建立用户登记制度，用户无需登',
  '',
  '                                                              第 3 页 共 3 页',
  '某省信用平台公共信用信息报告                   报告编号：XY20330101001',
  '',
  '                      记即可发帖。',
  '处罚依据              《计算机信息网络国际联网安全保护管理办法》第十条第（五）项、第二十一条第（六）项',
  '处罚内容              责令限期改正，给予警告',
  '处罚决定日期          2031-04-02',
  '处罚机关              某市公安局某分局',
  '（三）行政检查信息（共1条）',
  '检查结果              未发现问题',
].join('\n');

describe('a credit report in two columns (label, then value; blind25 class)', () => {
  it('joins each row into a labelled line, its wrapped lines across the page break included, the page marks dropped', () => {
    const joined = joinLabelLines(REPORT);
    expect(joined).toContain(
      '违法事实：2031年3月8日，某市公安局某分局巡查发现，当事人运营的论坛未建立用户登记制度，用户无需登记即可发帖。',
    );
    expect(joined).toContain('处罚内容：责令改正，给予警告');
    expect(joined).not.toContain('第 3 页');
    expect(joined).not.toContain('公共信用信息报告');
  });

  it('reads one record per 行政处罚 block, none for the licence or the inspection', () => {
    const records = extractCases(REPORT);
    expect(records.map((r) => [r.party.name, r.agency, r.date])).toEqual([
      ['某市某云数据有限公司', '某市公安局', '2032-05-03'],
      ['某市某云数据有限公司', '某市公安局某分局', '2031-03-08'],
    ]);
    expect(records.map((r) => r.sanctions.map((s) => s.kind))).toEqual([
      ['rectification', 'warning'],
      ['rectification', 'warning'],
    ]);
  });
});

/** An invented 主体信用记录 page: label and value on one line, padded apart with full-width spaces. */
const PADDED = [
  '信用某市',
  '某市某数据服务有限公司',
  '存续　　B级纳税人　　　　[下载报告]　[纠错]',
  '统一社会信用代码　91000XXXMA22******　　　法定代表人　韩某某',
  '——行政许可——',
  '许可文件编号　某许字〔2030〕第8号',
  '许可内容　　　互联网信息服务',
  '许可机关　　　某省通信管理局',
  '',
  '——行政处罚——',
  '行政处罚决定书文号　某公网罚决字〔2032〕3号',
  '违法事实　　　　　　2032年2月，当事人运营的网站未留存网络日志。',
  '处罚依据　　　　　　《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款',
  '处罚内容　　　　　　责令改正，给予警告',
  '处罚决定日期　　　　2032-04-01',
  '处罚机关　　　　　　某市公安局',
  '',
  '行政处罚决定书文号　某公网罚决字〔2033〕4号',
  '违法事实　　　　　　2033年1月，当事人运营的论坛未落实用户实名登记。',
  '处罚依据　　　　　　《中华人民共和国网络安全法》第二十四条第一款、第六十一条',
  '处罚内容　　　　　　罚款人民币伍万元',
  '处罚决定日期　　　　2033-03-02',
  '处罚机关　　　　　　某市公安局某分局',
].join('\n');

describe('a record page with labels padded by full-width spaces (blind30 class)', () => {
  it('writes each padded row as a labelled line', () => {
    const joined = joinLabelLines(PADDED);
    expect(joined).toContain('处罚依据：《中华人民共和国网络安全法》第二十四条第一款、第六十一条');
    expect(joined).toContain('行政处罚决定书文号：某公网罚决字〔2032〕3号');
  });

  it('reads one record per 行政处罚 block on the subject above the status line, none for the licence', () => {
    const records = extractCases(PADDED);
    expect(records.map((r) => [r.party.name, r.agency, r.date])).toEqual([
      ['某市某数据服务有限公司', '某市公安局', '2032-02'],
      ['某市某数据服务有限公司', '某市公安局某分局', '2033-01'],
    ]);
    expect(records[1]!.sanctions.map((s) => [s.kind, s.amount_yuan])).toEqual([['fine', 50000]]);
  });
});

/** An invented 双公示 summary drawn in box characters, labels of the 信息摘要 template, amounts in 万元. */
const FRAMED = [
  '某市公安局行政处罚信息摘要',
  '现将行政处罚信息摘要公示如下。罚没金额单位均为万元。',
  '',
  ...[
    [
      'No.1',
      '柏某某',
      '自然人',
      '2031年4月，柏某某在网上出售破解软件，违法所得人民币4200元。',
      '没收违法所得、行政拘留；《中华人民共和国网络安全法》第二十七条、第六十三条第一款',
      '没收违法所得，行政拘留三日',
      '0.0000',
      '0.4200',
      '2031-08-02',
    ],
    [
      'No.2',
      '某市某软件有限公司',
      '法人',
      '2032年2月，该公司未留存网络日志。',
      '警告；《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款',
      '责令改正，给予警告',
      '0.0000',
      '0.0000',
      '2032-05-06',
    ],
  ].flatMap(([no, party, kind, facts, basis, outcome, fine, conf, day]) => [
    '┌──────────────────────',
    `│ 信息摘要 ${no}\u3000\u3000\u3000\u3000\u3000\u3000公示状态：公示中`,
    '├──────────────────────',
    `│ 行政处罚决定书文号：林公网行罚决字〔${day!.slice(0, 4)}〕第00${no!.slice(-1)}号`,
    `│ 当事人名称（姓名）：${party}`,
    `│ 当事人类型：${kind}`,
    `│ 主要违法事实：${facts}`,
    `│ 行政处罚的种类和依据：${basis}`,
    `│ 行政处罚内容：${outcome}`,
    `│ 罚款金额（万元）：${fine}`,
    `│ 没收违法所得、没收非法财物的金额（万元）：${conf}`,
    '│ 作出处罚决定的机关名称：某市公安局',
    `│ 作出处罚决定的日期：${day}`,
    '│ [查看决定书]',
    '└──────────────────────',
    '',
  ]),
  '共2条　首页　<　1　>　末页',
].join('\n');

describe('a summary drawn in box characters (blind30 class)', () => {
  it('writes each framed line without its borders, each rule of the frame as a plain rule', () => {
    const joined = joinLabelLines(FRAMED);
    expect(joined).toContain('\n当事人名称（姓名）：柏某某\n');
    expect(joined).not.toContain('│');
    expect(joined).not.toContain('┌');
  });

  it('reads one record per card, the sanctions from 行政处罚内容, a confiscation’s amount from its 万元 field', () => {
    const records = extractCases(FRAMED);
    expect(records.map((r) => [r.party.name, r.agency, r.decision_date])).toEqual([
      ['柏某某', '某市公安局', '2031-08-02'],
      ['某市某软件有限公司', '某市公安局', '2032-05-06'],
    ]);
    expect(records.map((r) => r.sanctions.map((s) => [s.kind, s.amount_yuan ?? s.days]))).toEqual([
      [
        ['confiscation', 4200],
        ['detention', 3],
      ],
      [
        ['rectification', null],
        ['warning', null],
      ],
    ]);
  });
});

/** An invented 处罚结果查询 result: cards ①②, ②'s details expanded in place, ①'s appended below the list. */
const QUERY = [
  '处罚结果查询',
  '查询结果：共找到 2 条记录',
  '',
  '① 槐江某网络服务有限公司　　　　　　　　状态：已结案',
  '　文书编号：槐公网罚决字〔2032〕0021号　　决定日期：2032-06-20　　执法主体：槐江市公安局',
  '　案由：未留存网络日志',
  '　处罚结果：责令改正，给予警告　　[展开详情 ▼]',
  '',
  '② 槐江某信息咨询有限公司　　　　　　　　状态：已结案',
  '　文书编号：槐公网罚决字〔2031〕0008号　　决定日期：2031-09-02　　执法主体：槐江市公安局',
  '　案由：未履行数据安全保护义务',
  '　处罚结果：责令改正，给予警告，并处罚款人民币叁万元　　[收起详情 ▲]',
  '　处罚对象类型：法人　　法定代表人：蒋某',
  '　违法事实：2031年5月，该公司客户信息系统存在未授权访问漏洞，未采取技术措施保障数据安全。',
  '　处罚依据：《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款',
  '　公示期限：2031-09-09至2034-09-02',
  '',
  '〔展开详情：①〕',
  '　处罚对象类型：法人　　法定代表人：丁某某',
  '　违法事实：2032年3月，该公司运营的论坛未按规定留存网络日志。',
  '　处罚依据：《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款',
  '　公示期限：2032-06-27至2033-06-20',
  '',
  '温馨提示：信息以执法机关作出的法律文书为准。',
].join('\n');

describe('query results whose details are appended below the list (blind30 class)', () => {
  it('moves each card’s details up to the end of the card it names', () => {
    const joined = joinLabelLines(QUERY);
    expect(joined).not.toContain('〔展开详情');
    const one = joined.indexOf('①');
    const two = joined.indexOf('②');
    expect(joined.indexOf('第二十一条第（三）项')).toBeGreaterThan(one);
    expect(joined.indexOf('第二十一条第（三）项')).toBeLessThan(two);
  });

  it('reads each card as its case: its unit the party, its law its own, dated to the conduct', () => {
    const records = extractCases(QUERY);
    expect(records.map((r) => [r.party.name, r.date, r.decision_date])).toEqual([
      ['槐江某网络服务有限公司', '2032-03', '2032-06-20'],
      ['槐江某信息咨询有限公司', '2031-05', '2031-09-02'],
    ]);
    expect(records.map((r) => r.provisions.map((p) => `${p.law}${p.article}`))).toEqual([
      ['网络安全法21', '网络安全法59'],
      ['数据安全法27', '数据安全法45'],
    ]);
  });
});
