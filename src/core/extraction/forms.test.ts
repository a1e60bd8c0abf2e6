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
