import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { documentText } from '../text.js';
import { expectAll } from './golden.test-support.js';
import { templateOf } from './index.js';
import { built, caseWalks, expectEachInputRequired, expectGolden, request } from './forms.test-support.js';

const walks = caseWalks(loadCalendar());
const textOf = (kind: Parameters<typeof request>[0], req: ReturnType<typeof request>) =>
  built({ ...req, kind }).blocks.flatMap((b) =>
    b.type === 'paragraph'
      ? [b.text]
      : b.type === 'fields'
        ? b.rows.map((r) => `${r.label}：${r.value}`)
        : [],
  );

describe('举行听证通知书 (程序规定 第一百三十六条 「…在举行听证的七日前将举行听证通知书送达听证申请人」)', () => {
  const fields = { place: '某县公安局听证室', presider: '孙某', recorder: '周某' };
  const req = (f: Record<string, string> = fields) =>
    request('hearing_notice', walks.hearingScheduled().state, f, {
      party: 'co',
      number: '某公（网安）听通字〔2025〕2号',
      date: '2025-03-28',
    });

  it('golden: 案由, the time recorded by accept_hearing, place, public form, presider, recorder, rights and absence', async () => {
    await expectGolden('hearing_notice', built(req()));
  });

  it('carries each mandatory item (第一百三十六条 and 行政处罚法 第六十四条: 案由, time, place, public, presider, recorder, rights, absence)', () => {
    expectAll(documentText(built(req())), [
      '某科技有限公司：',
      '2025年3月27日',
      '某科技公司未履行网络安全等级保护义务案',
      '2025年4月9日09时00分',
      '某县公安局听证室',
      '公开举行',
      '孙某',
      '周某',
      '申请回避',
      '委托一至二人代理',
      '视为放弃听证权利',
    ]);
  });

  it('place, presider and recorder are mandatory (行政处罚法 第六十四条第（二）（四）项); 听证员 struck when none', () => {
    expectEachInputRequired(req(), ['place', 'presider', 'recorder']);
    expect(textOf('hearing_notice', req())).toContain('听证员：／');
  });

  it('「除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行」 (第六十四条第（三）项): the reason of a closed hearing is printed', () => {
    const lines = textOf('hearing_notice', req({ ...fields, not_public_reason: '涉及商业秘密' }));
    expect(lines).toContain('听证方式：不公开举行（涉及商业秘密）');
  });

  it('is issuable only for a party whose request was accepted', () => {
    const t = templateOf('hearing_notice');
    expect(t.issuable(walks.hearingScheduled().state, 'co')).toBeNull();
    expect(t.issuable(walks.hearingScheduled().state, 'mgr')?.reason).toMatch(/听证/);
    expect(t.issuable(walks.hearingRequested().state, 'co')).not.toBeNull();
    expect(t.issuable(walks.hearingScheduled().state, 'nobody')).not.toBeNull();
  });
});

describe('不予受理听证通知书 (程序规定 第一百三十五条 「…决定不予受理的，应当制作不予受理听证通知书，告知听证申请人」)', () => {
  const fields = { basis: '《中华人民共和国行政处罚法》第六十四条第（一）项' };
  const req = () =>
    request('hearing_rejection', walks.hearingRefused().state, fields, { party: 'co', date: '2025-03-28' });

  it('golden: the request date, the reason recorded by refuse_hearing and the basis', async () => {
    await expectGolden('hearing_rejection', built(req()));
  });

  it('carries each mandatory item (第一百三十五条: the request, the reason, the basis, the refusal)', () => {
    expectAll(documentText(built(req())), [
      '2025年3月27日提出的听证申请',
      '听证申请超过法定期限',
      '《中华人民共和国行政处罚法》第六十四条第（一）项',
      '决定不予受理',
      '本通知书已收到',
    ]);
  });

  it('the basis is mandatory', () => {
    expectEachInputRequired(req(), ['basis']);
  });

  it('is issuable only after refuse_hearing for that party', () => {
    const t = templateOf('hearing_rejection');
    expect(t.issuable(walks.hearingRefused().state, 'co')).toBeNull();
    expect(t.issuable(walks.hearingScheduled().state, 'co')).not.toBeNull();
  });
});

describe('终止案件调查决定书 (程序规定 第二百五十九条)', () => {
  const fields = { reason: '该公司已于案发前完成网络安全等级保护定级备案，没有违法事实。' };
  const req = (state = walks.terminated().state) =>
    request('termination_decision', state, fields, {
      number: '某公（网安）终止字〔2025〕1号',
      date: '2025-03-25',
    });

  it('golden: case, suspects, reason, 第二百五十九条第一款第（一）项 for no_violation; no measure to lift → ／', async () => {
    await expectGolden('termination_decision', built(req()));
  });

  it('carries each mandatory item (第二百五十九条: the case, the suspects, the reason, the item, the lifted measures)', () => {
    expectAll(documentText(built(req())), [
      '某科技公司未履行网络安全等级保护义务案',
      '某科技有限公司、张某',
      '没有违法事实',
      '第二百五十九条第一款第（一）项',
      '决定终止调查',
      '解除的行政强制措施：／',
    ]);
  });

  it('the reason is mandatory; 「终止调查时，违法嫌疑人已被采取行政强制措施的，应当立即解除」 makes the lifted measures mandatory after a seizure', () => {
    expectEachInputRequired(req(), ['reason']);
    const seized = walks
      .concludedCase()
      .act({ action: 'record_event', event: 'seizure', at: '2025-03-24T11:00:00+08:00' })
      .act({
        action: 'terminate',
        ground: 'suspect_dead',
        approved_by: 'leader-l',
        at: '2025-03-25T10:00:00+08:00',
      });
    expectEachInputRequired({ ...req(seized.state), fields: { ...fields, lifted: '扣押的服务器一台' } }, [
      'lifted',
    ]);
  });

  it('is issuable only after terminate', () => {
    expect(
      templateOf('termination_decision').issuable(walks.concludedCase().state, undefined),
    ).not.toBeNull();
    expect(templateOf('termination_decision').issuable(walks.terminated().state, undefined)).toBeNull();
  });
});
