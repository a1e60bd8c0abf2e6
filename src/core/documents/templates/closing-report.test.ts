import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { documentText } from '../text.js';
import { expectAll } from './golden.test-support.js';
import { templateOf } from './index.js';
import {
  built,
  caseWalks,
  expectEachInputRequired,
  expectGolden,
  missingOf,
  request,
} from './forms.test-support.js';

const walks = caseWalks(loadCalendar());
const fields = {
  handlers: '赵某、钱某',
  decision_numbers: '某公（网安）行罚决字〔2025〕20号、21号',
};

describe('结案报告 (程序规定 第二百五十八条 「…（三）作出行政处罚等处理决定，且已执行的」)', () => {
  const req = (f: Record<string, string> = fields) => request('closing_report', walks.closed().state, f);

  it('golden: the dates, each party with its sanctions and their execution from the history, the item of 第二百五十八条', async () => {
    await expectGolden('closing_report', built(req()));
  });

  it('carries each mandatory item (第二百五十八条: each party’s decision and its execution, the decision’s number and date, the ground)', () => {
    expectAll(documentText(built(req())), [
      '给予警告，并处罚款人民币50000元',
      '2025年4月10日缴纳罚款人民币50000元',
      '处罚款人民币10000元',
      '2025年4月11日缴纳罚款人民币10000元',
      '某公（网安）行罚决字〔2025〕20号、21号',
      '2025年3月31日',
      '第二百五十八条第（三）项',
      '赵某、钱某',
    ]);
  });

  it('the handlers and, once decided, the decision numbers are mandatory', () => {
    expectEachInputRequired(req(), ['handlers', 'decision_numbers']);
  });

  it('a case closed without a decision (transferred as criminal) strikes the decision cells', () => {
    const criminal = walks
      .concludedCase()
      .act({ action: 'transfer_criminal', to_organ: '某县公安局刑侦大队', at: '2025-03-25T10:00:00+08:00' })
      .act({ action: 'close', ground: 'criminal', at: '2025-03-26T10:00:00+08:00' });
    const r = request('closing_report', criminal.state, { handlers: '赵某、钱某' });
    expect(missingOf(r)).toEqual([]);
    const table = built(r).blocks.find((b) => b.type === 'table');
    const text = table?.type === 'table' ? table.rows.map((row) => row.map((c) => c.text).join('|')) : [];
    expect(text).toContain('决定日期|／|决定书文号|／');
    expect(text.some((l) => l.includes('第二百五十八条第（四）项'))).toBe(true);
  });

  it('is issuable only at CLOSED (or ARCHIVED)', () => {
    expect(templateOf('closing_report').issuable(walks.served().state, undefined)?.reason).toMatch(/结案/);
    expect(templateOf('closing_report').issuable(walks.closed().state, undefined)).toBeNull();
  });
});
