import { describe, expect, it } from 'vitest';
import { formBlocks } from './forms.js';

const FORM = [
  '某省通信管理局行政处罚信息公示',
  '现将有关情况公示如下：',
  '一、',
  '案件名称：甲公司未备案案',
  '当事人：甲公司',
  '处罚结果：警告',
  '处罚日期：2020年6月1日',
  '二、',
  '案件名称：乙公司未备案案',
  '当事人：乙公司',
  '处罚结果：罚款一万元',
  '处罚日期：2020年6月3',
  '某省通信管理局',
];

describe('formBlocks', () => {
  it('cuts a form-style page into one block per case, opened by the same label, titled by 案件名称', () => {
    const form = formBlocks(FORM)!;
    expect(form.preamble).toEqual(['某省通信管理局行政处罚信息公示', '现将有关情况公示如下：']);
    expect(form.blocks.map((b) => b.title)).toEqual(['甲公司未备案案', '乙公司未备案案']);
    expect(form.blocks[1]!.paragraphs).toEqual([
      '案件名称：乙公司未备案案',
      '当事人：乙公司',
      '处罚结果：罚款一万元',
      '处罚日期：2020年6月3',
    ]);
  });

  it('is no form when prose runs between the fields, or a block has no outcome field', () => {
    expect(formBlocks([...FORM.slice(0, 5), '经查，甲公司未履行备案手续。', ...FORM.slice(5)])).toBeNull();
    expect(formBlocks(FORM.filter((l) => l !== '处罚结果：警告'))).toBeNull();
    expect(formBlocks(['当事人：甲公司', '处罚结果：警告'])).toBeNull();
  });

  it('reads a form whose outcome field is any of the outcome labels, with or without 行政', () => {
    for (const label of ['处罚结果', '处罚内容', '处罚决定', '处理结果', '处罚种类', '处罚种类和幅度']) {
      for (const written of [label, `行政${label}`]) {
        const form = formBlocks(FORM.map((l) => l.replace(/^处罚结果/, written)));
        expect(
          form?.blocks.map((b) => b.title),
          written,
        ).toEqual(['甲公司未备案案', '乙公司未备案案']);
      }
    }
  });

  it('opens blocks at the label written most often, passes over short lines between blocks, stops at the footer', () => {
    const page = [
      '某市某科技有限公司',
      '统一社会信用代码：91xxxx',
      '决定书文号：某公罚〔2031〕1号',
      '处罚内容：警告',
      '罚款金额（万元）：0',
      '该主体其他行政处罚信息（1条）',
      '决定书文号：某公罚〔2030〕9号',
      '处罚内容：罚款人民币五千元',
      '纠错',
      '主办单位：某市发展和改革委员会',
    ];
    const form = formBlocks(page)!;
    expect(form.preamble).toEqual(page.slice(0, 2));
    expect(form.blocks.map((b) => b.paragraphs)).toEqual([
      [
        '当事人：某市某科技有限公司',
        '决定书文号：某公罚〔2031〕1号',
        '处罚内容：警告',
        '罚款金额（万元）：0',
      ],
      ['当事人：某市某科技有限公司', '决定书文号：某公罚〔2030〕9号', '处罚内容：罚款人民币五千元'],
    ]);
  });
});

describe('formBlocks: rules between the blocks and labels with a unit', () => {
  it('reads blocks separated by drawn rules, with 罚款金额（元）：… among their fields', () => {
    const lines = [
      '某市委网信办行政处罚决定信息公示',
      '序号：1',
      '行政相对人名称：某科技有限公司',
      '处罚内容：给予警告，并处罚款人民币壹万元',
      '罚款金额（元）：10000',
      '━━━━━━━━━━━━',
      '序号：2',
      '行政相对人名称：某传媒有限公司',
      '处罚内容：责令改正',
    ];
    const form = formBlocks(lines);
    expect(form?.preamble).toEqual(['某市委网信办行政处罚决定信息公示']);
    expect(form?.blocks.map((b) => b.paragraphs.length)).toEqual([4, 3]);
  });
});

describe('formBlocks: the footer after the last rule', () => {
  it('ends the form at a rule followed by no block (附注：… / 主办单位：… are the page’s, not the last block’s)', () => {
    const lines = [
      '序号：1',
      '行政相对人名称：某科技有限公司',
      '处罚内容：给予警告',
      '━━━━━━━━━━━━',
      '序号：2',
      '行政相对人名称：某传媒有限公司',
      '处罚内容：责令改正',
      '━━━━━━━━━━━━',
      '附注：公示期满后，相关信息将从本栏目撤下。',
      '主办单位：某市委网信办',
      'ICP备案：某ICP备19000000号',
    ];
    expect(formBlocks(lines)?.blocks.map((b) => b.paragraphs.length)).toEqual([3, 3]);
  });
});

describe('formBlocks: cards with bracketed labels', () => {
  const CARD = (n: number, party: string, outcome: string): string[] => [
    `〔第${n}条〕`,
    `【决定书文号】某公（网）行罚决字〔2031〕00${n}号`,
    `【案件名称】${party}未落实日志留存案`,
    `【行政相对人名称】${party}`,
    '【处罚依据】《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款',
    `【处罚内容】${outcome}`,
    '【没收违法所得、没收非法财物的金额（元）】0',
    '【处罚机关】某市公安局',
    '～～～～～～～～～～',
  ];

  it('reads 【标签】值 lines as labelled fields, one block per card, and stops at the prose of the footer', () => {
    const page = [
      '某市公安局行政处罚信息公示',
      ...CARD(1, '甲某科技有限公司', '责令改正，给予警告'),
      ...CARD(2, '乙某信息有限公司', '警告'),
      '共2条　首页　上一页　1　下一页　尾页',
      '如对公示内容有异议，请于公示之日起十五个工作日内向某市公安局反映，联系电话：0000-0000000。',
      '主办：某市公安局',
    ];
    const form = formBlocks(page)!;
    expect(form.blocks.map((b) => b.title)).toEqual([
      '甲某科技有限公司未落实日志留存案',
      '乙某信息有限公司未落实日志留存案',
    ]);
    expect(form.blocks[0]!.paragraphs).toContain('处罚内容：责令改正，给予警告');
    expect(form.blocks[1]!.paragraphs.at(-1)).toBe('处罚机关：某市公安局');
  });

  it('is still no form when prose follows the first card with no gap', () => {
    const page = [
      ...CARD(1, '甲某科技有限公司', '警告').slice(0, -1),
      '经查，甲某科技有限公司运营的网站未按规定留存不少于六个月的网络日志，情节较轻，依法给予警告处罚。',
      ...CARD(2, '乙某信息有限公司', '警告'),
    ];
    expect(formBlocks(page)).toBeNull();
  });
});

describe('formBlocks: a report whose other sections come first (blind25 class)', () => {
  it('opens the blocks at the labelled run holding the first outcome field; the labelled header and licence blocks are the preamble', () => {
    const page = [
      '主体名称：某市某网络科技有限公司',
      '统一社会信用代码：91000XXXMA11******',
      '报告说明：本报告依据公共信用信息平台归集的信息生成，仅供查询机构在查询用途范围内使用，不得用于其他用途。',
      '（一）行政许可信息',
      '行政相对人名称：某市某网络科技有限公司',
      '许可内容：互联网信息服务',
      '（二）行政处罚信息',
      '1',
      '行政相对人名称：某市某网络科技有限公司',
      '处罚内容：警告',
      '处罚机关：某市公安局',
      '2',
      '行政相对人名称：某市某网络科技有限公司',
      '处罚内容：罚款五千元',
      '处罚机关：某区公安分局',
    ];
    const form = formBlocks(page)!;
    expect(form.blocks.map((b) => b.paragraphs[0])).toEqual([
      '行政相对人名称：某市某网络科技有限公司',
      '行政相对人名称：某市某网络科技有限公司',
    ]);
    expect(form.blocks[1]!.paragraphs).toContain('处罚内容：罚款五千元');
  });
});

describe('formBlocks: a record page with ruled section headings and a status line (blind30 class)', () => {
  const page = [
    '某市某数据服务有限公司。',
    '存续 B级纳税人 [下载报告] [纠错]。',
    '统一社会信用代码：91000XXXMA22******',
    '——行政许可——。',
    '许可文件编号：某许字〔2030〕第8号',
    '许可内容：互联网信息服务',
    '许可机关：某省通信管理局',
    '许可文件编号：某许字〔2031〕第9号',
    '许可内容：数据处理服务',
    '许可机关：某省通信管理局',
    '——行政处罚——。',
    '行政处罚决定书文号：某公网罚决字〔2032〕3号',
    '处罚内容：警告',
    '处罚机关：某市公安局',
    '行政处罚决定书文号：某公网罚决字〔2033〕4号',
    '处罚内容：罚款二万元',
    '处罚机关：某市公安局某区分局',
  ];
  it('opens the blocks under a heading drawn between rules, even with a full stop joined to it', () => {
    const form = formBlocks(page)!;
    expect(form.blocks).toHaveLength(2);
    expect(form.blocks[1]!.paragraphs).toContain('处罚内容：罚款二万元');
  });
  it('gives every block the subject above its status line of badges and buttons', () => {
    const form = formBlocks(page)!;
    expect(form.blocks.map((b) => b.paragraphs[0])).toEqual([
      '当事人：某市某数据服务有限公司',
      '当事人：某市某数据服务有限公司',
    ]);
  });
});

describe('formBlocks: cards with a caption line and 行政处罚内容 (blind30 class)', () => {
  it('passes over a card’s caption between rules and reads 行政处罚内容 as the outcome field', () => {
    const page = [
      '某局行政处罚信息摘要',
      '──────',
      '信息摘要 No.1 公示状态：公示中',
      '──────',
      '行政处罚决定书文号：某罚字〔2031〕1号',
      '行政处罚内容：警告',
      '──────',
      '──────',
      '信息摘要 No.2 公示状态：公示期满',
      '──────',
      '行政处罚决定书文号：某罚字〔2031〕2号',
      '行政处罚内容：罚款一千元',
      '──────',
    ];
    const form = formBlocks(page)!;
    expect(form.blocks.map((b) => b.paragraphs)).toEqual([
      ['行政处罚决定书文号：某罚字〔2031〕1号', '行政处罚内容：警告'],
      ['行政处罚决定书文号：某罚字〔2031〕2号', '行政处罚内容：罚款一千元'],
    ]);
  });
});

describe('formBlocks: a field left empty (blind30 class)', () => {
  it('keeps a block whole across a label with no value', () => {
    const page = [
      '当事人：甲公司',
      '处罚内容：警告',
      '暂扣或吊销证照名称及编号：',
      '处罚机关：某局',
      '当事人：乙公司',
      '处罚内容：罚款一千元',
      '暂扣或吊销证照名称及编号：',
      '处罚机关：某局',
    ];
    expect(formBlocks(page)?.blocks.map((b) => b.paragraphs.length)).toEqual([3, 3]);
  });
});

describe('formBlocks: the label under each rule opens the blocks (blind34 class)', () => {
  it('opens the blocks at the ruled label, though a later label is written more often', () => {
    const page = [
      '某市通信管理局行政处罚公示',
      '====',
      '决定书文号：某罚〔2031〕7号',
      '处罚内容：警告',
      '相对人名称：丙公司',
      '决定日期：2031-02-01',
      '====',
      '决定书文号：某罚〔2031〕8号',
      '处罚内容：罚款二万元',
      '相对人名称：丁公司',
      '决定日期：2031-02-09',
      '====',
      '不罚决定书文号：某不罚〔2031〕2号',
      '处理结果：不予处罚',
      '相对人名称：戊公司',
    ];
    const form = formBlocks(page)!;
    expect(form.blocks.map((b) => b.paragraphs[0])).toEqual([
      '决定书文号：某罚〔2031〕7号',
      '决定书文号：某罚〔2031〕8号',
    ]);
    expect(form.blocks[1]!.paragraphs).toContain('相对人名称：丁公司');
  });
});

describe('双公示 entries with the standard’s numbered labels (blind50)', () => {
  it('reads 行政相对人代码_1（统一社会信用代码）：… as a field of its block', () => {
    const entry = (n: number, name: string): string[] => [
      `序号：${n}`,
      `行政相对人名称：${name}`,
      '行政相对人代码_1（统一社会信用代码）：91000000MA00******',
      '处罚依据：《某条例》第十条',
      '处罚内容：警告',
      '处罚决定日期：2022/03/01',
      '━━━━━━━━━━',
    ];
    const form = formBlocks([
      '某县行政处罚信息公示',
      '━━━━━━━━━━',
      ...entry(1, '某县甲网吧'),
      ...entry(2, '某县乙网吧'),
    ]);
    expect(form?.blocks.map((b) => b.paragraphs[1])).toEqual([
      '行政相对人名称：某县甲网吧',
      '行政相对人名称：某县乙网吧',
    ]);
    expect(form?.blocks[0]!.paragraphs).toContain('行政相对人代码_1（统一社会信用代码）：91000000MA00******');
  });
});

describe('formBlocks: a footer of prose right below the last block (the rules dropped)', () => {
  const BLOCKS = [
    '公示如下：',
    '文书编号：某公罚字〔2030〕5号',
    '处罚内容：警告',
    '被处罚人：甲公司',
    '处罚机关：某县公安局',
    '文书编号：某公罚字〔2030〕9号',
    '处罚内容：罚款二千元',
    '被处罚人：乙公司',
    '处罚机关：某县公安局',
  ];
  const FOOTER = '对以上公示内容如有疑问，可在十个工作日内向某县公安局法制室反映，联系电话见本网站首页。';

  it('ends the form at that prose when the last block is whole and nothing below opens a block', () => {
    const form = formBlocks([...BLOCKS, FOOTER, '主办：某县人民政府'])!;
    expect(form.blocks.map((b) => b.paragraphs.length)).toEqual([4, 4]);
  });

  it('is no form when the block above is cut short, or the prose below tells a sanction', () => {
    expect(formBlocks([...BLOCKS.slice(0, -1), FOOTER, '主办：某县人民政府'])).toBeNull();
    expect(
      formBlocks([
        ...BLOCKS,
        '另查明，丙公司在网站开通后三十日内未到公安机关办理备案手续，公安机关依法对其处以警告并罚款一千元。',
        '主办：某县人民政府',
      ]),
    ).toBeNull();
  });
});
