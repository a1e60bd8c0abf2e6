import { describe, expect, it } from 'vitest';
import { htmlToText } from './decode/html.js';
import { tableRowsToSentences } from './tables.js';

describe('tableRowsToSentences', () => {
  it('reads a CSV export: quoted fields with commas inside and 「""」 escapes, 处罚类别 giving way to 处罚内容', () => {
    const text = [
      '序号,案件名称,违法事实,处罚类别,处罚内容,罚款金额（万元）,行政相对人名称,行政相对人类别,处罚决定日期',
      '1,"某公司未履行数据安全保护义务案","该公司""某某""平台未采取加密措施,数据可被访问","警告,罚款","责令改正,给予警告,并处罚款人民币伍万元",5,"某市某科技有限公司","法人及非法人组织",2031/3/22',
      '2,"赵某非法侵入计算机信息系统案","赵某侵入某系统","行政拘留","行政拘留五日",,"赵某","自然人",2031/4/11',
    ].join('\n');
    expect(tableRowsToSentences(text).split('\n')).toEqual([
      '案件名称：某公司未履行数据安全保护义务案，违法事实：该公司"某某"平台未采取加密措施,数据可被访问，处罚内容：责令改正,给予警告,并处罚款人民币伍万元，罚款金额：5万元，行政相对人名称：某市某科技有限公司，行政相对人类别：法人及非法人组织，处罚决定日期：2031/3/22。',
      '案件名称：赵某非法侵入计算机信息系统案，违法事实：赵某侵入某系统，处罚内容：行政拘留五日，行政相对人名称：赵某，行政相对人类别：自然人，处罚决定日期：2031/4/11。',
    ]);
  });

  it('reads a space-aligned table opening on 序号 whose column names are not known words, cells one space apart', () => {
    const text = [
      '序号　小程序名称　　主办方　　　　　　　检测渠道　问题类型　　　　处理结果',
      '1　　甲乙丙　　　　某市某网络科技有限公司　微信　　　违规收集信息　　通报',
      '2　　丁戊　　　　　某县某文化传媒有限公司　支付宝　超范围索取权限　约谈',
    ].join('\n');
    expect(tableRowsToSentences(text).split('\n')).toEqual([
      '小程序名称：甲乙丙，主办方：某市某网络科技有限公司，检测渠道：微信，问题类型：违规收集信息，处理结果：通报。',
      '小程序名称：丁戊，主办方：某县某文化传媒有限公司，检测渠道：支付宝，问题类型：超范围索取权限，处理结果：约谈。',
    ]);
  });

  it('takes no sentence opening on 序号 for a header', () => {
    const text = '序号　为本表第一列，　　下列各项依次排列　　说明如下　　见附件';
    expect(tableRowsToSentences(text)).toBe(text);
  });

  it('turns each data row into one labelled sentence and drops the header row', () => {
    const text =
      '公示表\n序号\t当事人\t违法行为\t处罚结果\n1\t某科技有限公司\t未落实等级保护制度\t警告\n2\t王某某\t发布虚假信息\t行政拘留五日';
    expect(tableRowsToSentences(text).split('\n')).toEqual([
      '公示表',
      '当事人：某科技有限公司，违法行为：未落实等级保护制度，处罚结果：警告。',
      '当事人：王某某，违法行为：发布虚假信息，处罚结果：行政拘留五日。',
    ]);
  });

  it('joins a row that a line break inside a cell ran onto the next line, and keeps the header for the rows after (issue 13)', () => {
    const text = [
      '序号\t当事人\t违法行为\t处罚结果\t决定日期',
      '1\t某网络科技有限公司\t未留存日志\t责令改正',
      '给予警告\t2031-05-09',
      '2\t钱某\t散布谣言\t行政拘留三日\t2031-06-01',
    ].join('\n');
    expect(tableRowsToSentences(text).split('\n')).toEqual([
      '当事人：某网络科技有限公司，违法行为：未留存日志，处罚结果：责令改正，给予警告，决定日期：2031-05-09。',
      '当事人：钱某，违法行为：散布谣言，处罚结果：行政拘留三日，决定日期：2031-06-01。',
    ]);
  });

  it('reads | bars and, under a header, runs of spaces as cell separators', () => {
    expect(
      tableRowsToSentences('| 当事人 | 违法行为 | 处罚结果 |\n|---|---|---|\n| 某公司 | 未备案 | 警告 |'),
    ).toBe('当事人：某公司，违法行为：未备案，处罚结果：警告。');
    expect(tableRowsToSentences('当事人    违法行为    处罚结果\n某公司    未备案    警告')).toBe(
      '当事人：某公司，违法行为：未备案，处罚结果：警告。',
    );
    expect(tableRowsToSentences('某公司  被罚款。')).toBe('某公司  被罚款。');
  });

  it('puts a column’s unit on its amounts, drops empty amounts and reads 处罚内容 instead of its summary 处罚类别', () => {
    const text = [
      '序号\t行政相对人名称\t处罚类别\t处罚内容\t罚款金额（万元）\t没收违法所得金额（万元）',
      '1\t某科技有限公司\t警告;罚款\t决定给予警告并处罚款。\t1.5\t0',
      '2\t孙某\t行政拘留;没收违法所得\t决定对孙某行政拘留五日，没收违法所得。\t—\t0.68',
    ].join('\n');
    expect(tableRowsToSentences(text).split('\n')).toEqual([
      '行政相对人名称：某科技有限公司，处罚内容：决定给予警告并处罚款，罚款金额：1.5万元。',
      '行政相对人名称：孙某，处罚内容：决定对孙某行政拘留五日，没收违法所得，没收违法所得金额：0.68万元。',
    ]);
  });

  it('leaves text without tables alone', () => {
    expect(tableRowsToSentences('案例一\n给予警告。')).toBe('案例一\n给予警告。');
  });

  it('reads a page laid out in table cells as lines, not as one row', () => {
    const html =
      '<table><tr><td>导航</td><td><p>第一段。</p><p>第二段。</p><h3>案例二</h3></td></tr></table>';
    expect(htmlToText(html).split('\n')).toEqual(['导航\t第一段。', '第二段。', '案例二']);
  });

  it('reads HTML table rows as tab-separated lines', () => {
    const html =
      '<table><tr><th>当事人</th><th>处罚结果</th><th>处罚日期</th></tr><tr><td>某公司</td><td>警告</td><td>2023年7月5日</td></tr></table>';
    expect(htmlToText(html).split('\n')).toEqual([
      '当事人\t处罚结果\t处罚日期',
      '某公司\t警告\t2023年7月5日',
    ]);
  });
});

describe('tableRowsToSentences: merged cells and an officer’s own row (blind72 classes)', () => {
  const header = '序号\t决定书文号\t当事人名称\t违法行为\t处罚内容\t处罚日期\t处罚机关';
  it('gives a row that stops short the cells merged over it from the row above (rowspan)', () => {
    const rows = tableRowsToSentences(
      [
        header,
        '1\t某罚〔2033〕1号\t甲某科技有限公司\t未留存日志\t警告\t2033-05-06\t某省通信管理局',
        '2\t某罚〔2033〕2号\t乙某网络有限公司\t未备案\t罚款一万元',
      ].join('\n'),
    ).split('\n');
    expect(rows[1]).toContain('处罚日期：2033-05-06，处罚机关：某省通信管理局');
  });

  it('joins the row of a unit’s 直接负责的主管人员 under the unit’s 文号 to the unit’s row', () => {
    const rows = tableRowsToSentences(
      [
        header,
        '1\t某罚〔2033〕3号\t甲某科技有限公司\t未留存日志\t罚款五万元\t2033-05-06\t某省通信管理局',
        '2\t某罚〔2033〕3号\t吕某（甲某科技有限公司直接负责的主管人员）\t同上\t罚款一万元\t2033-05-06\t某省通信管理局',
      ].join('\n'),
    ).split('\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/处罚机关：某省通信管理局；对直接负责的主管人员吕某处以罚款一万元。$/);
    // Under another 文号 the person's row is a case of its own.
    const own = tableRowsToSentences(
      [
        header,
        '1\t某罚〔2033〕3号\t甲某科技有限公司\t未留存日志\t罚款五万元\t2033-05-06\t某省通信管理局',
        '2\t某罚〔2033〕4号\t吕某（甲某科技有限公司直接负责的主管人员）\t同上\t罚款一万元\t2033-05-06\t某省通信管理局',
      ].join('\n'),
    ).split('\n');
    expect(own).toHaveLength(2);
  });
});
