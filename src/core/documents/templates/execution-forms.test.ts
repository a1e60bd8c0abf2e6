import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { documentText } from '../text.js';
import { expectAll } from './golden.test-support.js';
import { templateOf } from './index.js';
import {
  at,
  built,
  caseWalks,
  expectEachInputRequired,
  expectGolden,
  missingOf,
  request,
} from './forms.test-support.js';

const walks = caseWalks(loadCalendar());

describe('责令（限期）改正通知书 (行政处罚法 第二十八条第一款 「…应当责令当事人改正或者限期改正违法行为」)', () => {
  const fields = {
    violated: '《中华人民共和国网络安全法》第二十一条',
    order_basis: '《中华人民共和国网络安全法》第五十九条第一款',
    measures: '完成信息系统定级备案，落实网络日志留存等技术措施',
  };
  const req = (state = walks.concludedCase().state, f: Record<string, string> = fields) =>
    request('rectification_notice', state, f, {
      party: 'co',
      number: '某公（网安）责通字〔2025〕3号',
      date: '2025-03-05',
    });

  it('golden: titled 责令限期改正通知书 with the deadline the rectification_ordered event recorded (what later proves 拒不改正)', async () => {
    const doc = built(req());
    expect(doc.title).toBe('责令限期改正通知书');
    await expectGolden('rectification_notice', doc);
  });

  it('carries each mandatory item (the facts, the norm violated, the basis and deadline of the order, the remedy (行政处罚法 第二十八条第一款))', () => {
    expectAll(documentText(built(req())), [
      '某科技有限公司：',
      '未按照网络安全等级保护制度的要求履行安全保护义务',
      '违反了《中华人民共和国网络安全法》第二十一条的规定',
      '根据《中华人民共和国网络安全法》第五十九条第一款之规定',
      '于2025年3月20日前改正',
      '某市人民政府或者某市某某区人民政府',
      '某市某某区人民法院',
      '本通知书已收到',
    ]);
  });

  it('the norm violated and the basis of the order are mandatory; the remedy needs the review body and court', () => {
    expectEachInputRequired(req(), ['violated', 'order_basis']);
    expect(missingOf({ ...req(), organ: { ...req().organ, review_bodies: [] } })).toEqual([
      'organ.review_bodies',
    ]);
  });

  it('an order without a deadline is a 责令改正通知书 to correct at once; the order may carry its items in the event', () => {
    const w = walks.registered().act({
      action: 'record_event',
      event: 'rectification_ordered',
      party: 'co',
      violated: '《计算机信息网络国际联网安全保护管理办法》第十二条',
      basis: '《计算机信息网络国际联网安全保护管理办法》第二十三条',
      at: at('2025-03-04'),
    });
    const doc = built(req(w.state, {}));
    expect(doc.title).toBe('责令改正通知书');
    expect(documentText(doc)).toContain('现责令你单位立即改正违法行为。');
  });

  it('is issuable only after an order recorded for the party', () => {
    const t = templateOf('rectification_notice');
    expect(t.issuable(walks.concludedCase().state, 'co')).toBeNull();
    expect(t.issuable(walks.concludedCase().state, 'mgr')?.reason).toMatch(/责令改正/);
    expect(t.issuable(walks.registered().state, 'co')).not.toBeNull();
  });
});

describe('催告书 (程序规定 第二百条 「…催告以书面形式作出，并直接送达被处理人」)', () => {
  const fields = { decision_number: '某公（网安）行罚决字〔2025〕20号', deadline: '2025-05-06' };
  const req = (f: Record<string, string> = fields) =>
    request('demand_notice', walks.overdue().state, f, { party: 'co', date: '2025-04-21' });

  it('golden: decision, fine, the last day of payment, surcharge accrued to the date (6 days × 3% of 50000), deadline, bank, rights, consequence', async () => {
    const doc = built(req());
    expect(documentText(doc)).toContain('加处罚款人民币9000元，尚应缴纳人民币59000元');
    await expectGolden('demand_notice', doc);
  });

  it('carries each mandatory item (程序规定 第二百条第二款: period and manner, amount and manner of payment, statement and defence)', () => {
    expectAll(documentText(built(req())), [
      '某公（网安）行罚决字〔2025〕20号',
      '罚款人民币50000元',
      '2025年4月15日',
      '加处罚款人民币9000元',
      '2025年5月6日前',
      '某银行某某支行',
      '电子支付系统',
      '有权进行陈述和申辩',
      '某市公安局某某分局法制大队',
      '申请某市某某区人民法院强制执行',
    ]);
  });

  it('「加处罚款的数额不得超出罚款的数额」: the surcharge stops at the fine', () => {
    const doc = built({ ...req({ ...fields, deadline: '2025-08-10' }), date: '2025-07-30' });
    expect(documentText(doc)).toContain('加处罚款人民币50000元，尚应缴纳人民币100000元');
  });

  it('第二百条第二款 items: the decision, the deadline, the bank and the office for statements are mandatory', () => {
    expectEachInputRequired(req(), ['decision_number', 'deadline']);
    const organ = { ...req().organ, bank: '', hearing_office: '' };
    expect(missingOf({ ...req(), organ })).toEqual(['organ.bank', 'organ.hearing_office']);
  });

  it('a deadline not after the date is an input error', () => {
    expect(() => built(req({ ...fields, deadline: '2025-04-21' }))).toThrow(/履行期限/);
  });

  it('is issuable only once the party’s fine is overdue', () => {
    const t = templateOf('demand_notice');
    expect(t.issuable(walks.served().state, 'co')?.reason).toMatch(/逾期/);
    expect(t.issuable(walks.overdue().state, 'co')).toBeNull();
    expect(t.issuable(walks.overdue().state, 'mgr')).not.toBeNull();
  });
});
