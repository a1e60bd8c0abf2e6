import { describe, expect, it } from 'vitest';
import { COMPANY, DETENTION, INDIVIDUAL, ON_THE_SPOT, ORGAN, request } from '../cases.test-support.js';
import { annexLine, executionParagraph, surchargeSentence } from './payment.js';

describe('execution, surcharge and annex (行政处罚法 第五十九条第一款第（四）项; 程序规定 第一百七十五条第二款)', () => {
  it('行政处罚法 第六十七条第三款 「十五日内，到指定的银行或者通过电子支付系统缴纳罚款」', () => {
    const r = request('penalty_decision', COMPANY);
    expect(executionParagraph(r, COMPANY.parties[0]!)?.text).toBe(
      '执行方式和期限：警告自本决定书送达之日起执行；被处罚单位自收到本决定书之日起十五日内，到某银行某某支行（地址：某市某某区某某路1号）或者通过电子支付系统缴纳罚款。',
    );
    const p = request('penalty_decision', INDIVIDUAL);
    expect(executionParagraph(p, INDIVIDUAL.parties[0]!)?.text).toContain(
      '被处罚人自收到本决定书之日起十五日内',
    );
    expect(executionParagraph(p, INDIVIDUAL.parties[0]!)?.text).toContain('缴纳罚款及没收的违法所得');
    const nobank = request('penalty_decision', COMPANY, { organ: { ...ORGAN, bank: '' } });
    expect(executionParagraph(nobank, COMPANY.parties[0]!)?.missing.map((m) => m.field)).toEqual([
      'organ.bank',
    ]);
  });

  it('程序规定 第一百七十五条第二款 「载明逾期不缴纳罚款依法加处罚款的标准和最高限额」 (行政处罚法 第七十二条: 百分之三, not above the fine)', () => {
    const r = request('penalty_decision', COMPANY);
    expect(surchargeSentence(r, COMPANY.parties[0]!, COMPANY.decision!.sanctions)).toBe(
      '逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数。',
    );
    expect(surchargeSentence(r, ON_THE_SPOT.parties[0]!, ON_THE_SPOT.decision!.sanctions)).toBeNull();
  });

  it('detention: 送拘留所执行, with the period when its first day is given', () => {
    const base = request('penalty_decision', DETENTION, { date: '2026-03-03' });
    expect(executionParagraph(base, DETENTION.parties[0]!)?.missing.map((m) => m.field)).toEqual([
      'fields.detention.place',
    ]);
    const r = { ...base, fields: { 'detention.place': '某市拘留所', 'detention.start': '2026-03-03' } };
    expect(executionParagraph(r, DETENTION.parties[0]!)?.text).toBe(
      '执行方式和期限：送某市拘留所执行，拘留期限自2026年3月3日至2026年3月7日。',
    );
  });

  it('「对涉案财物作出处理的，行政处罚决定书应当附没收、收缴、追缴物品清单」', () => {
    const r = request('penalty_decision', INDIVIDUAL);
    expect(annexLine(r, INDIVIDUAL.parties[0]!, INDIVIDUAL.decision!.sanctions)).toBe(
      '附：没收违法所得、非法财物清单1份',
    );
    expect(annexLine(r, COMPANY.parties[0]!, COMPANY.decision!.sanctions)).toBeNull();
  });
});
