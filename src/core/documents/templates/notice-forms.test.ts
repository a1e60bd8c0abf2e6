import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { applied, checkApplying, DETENTION } from '../cases.test-support.js';
import { documentText } from '../text.js';
import { expectAll } from './golden.test-support.js';
import { templateOf } from './index.js';
import {
  at,
  built,
  caseWalks,
  CHECK,
  expectEachInputRequired,
  expectGolden,
  missingOf,
  request,
} from './forms.test-support.js';

const walks = caseWalks(loadCalendar());
const RECORD = {
  ended_at: '10:40',
  place: '某市公安局某某分局网安大队询问室',
  unit: '某市公安局某某分局网安大队',
  notifiers: '赵某、钱某',
  recorder: '钱某',
  recipient_sex: '男',
  recipient_birth_date: '1975-06-01',
  recipient_id: '居民身份证 110000197506010000',
};
const heardCo = () =>
  walks
    .noticed()
    .act({
      action: 'record_statement',
      party: 'co',
      statement: '已开始整改，请求从轻处罚。',
      at: at('2025-03-26'),
    })
    .act({ action: 'waive_hearing', party: 'co', at: at('2025-03-26', '11:00') });

describe('行政处罚告知笔录 (行政处罚法 第四十四条 「…告知当事人拟作出的行政处罚内容及事实、理由、依据…」; 程序规定 第一百六十七条)', () => {
  const req = (state = heardCo().state, fields: Record<string, string> = RECORD, party = 'co') =>
    request('notice_record', state, fields, { party, check: CHECK, date: '2025-03-25' });

  it('golden: header, the unit notified through its 法定代表人, facts, norms, the proposed penalty, rights, the recorded answers', async () => {
    const doc = built(req());
    await expectGolden('notice_record', doc);
    expect(doc.page_sign_line).toMatch(/^被告知人（签名、捺指印）/);
  });

  it('carries each mandatory item (行政处罚法 第四十四条; 程序规定 第一百六十七条: time, place, persons, the unit’s representative, facts, basis, proposed penalty, rights, answers)', () => {
    expectAll(documentText(built(req())), [
      '2025年3月25日10时00分至2025年3月25日10时40分',
      '某市公安局某某分局网安大队询问室',
      '赵某、钱某',
      '王某（法定代表人）',
      '居民身份证 110000197506010000',
      '某科技有限公司（统一社会信用代码：91000000MA00000000）',
      '违反了《中华人民共和国网络安全法》第二十一条的规定',
      '拟对某科技有限公司给予警告，并处罚款人民币50000元',
      '有权进行陈述和申辩',
      '有权要求听证',
      '答：已开始整改，请求从轻处罚。',
      '答：我不要求听证。',
    ]);
  });

  it('the proposed penalty and its basis are stated (第四十四条 「拟作出的行政处罚内容」)', () => {
    const text = documentText(built(req()));
    expect(text).toContain('违反了《中华人民共和国网络安全法》第二十一条的规定');
    expect(text).toContain(
      '根据《中华人民共和国网络安全法》第五十九条第一款之规定，拟对某科技有限公司给予警告，并处罚款人民币50000元。',
    );
  });

  it('each header item is mandatory; without a check the 处罚依据 is missing', () => {
    expectEachInputRequired(req(), [
      'ended_at',
      'place',
      'unit',
      'notifiers',
      'recorder',
      'recipient_sex',
      'recipient_birth_date',
      'recipient_id',
    ]);
    expect(missingOf({ ...req(), check: null })).toContain('check.applied');
  });

  it('without a recorded statement or hearing choice the officer gives the answers; the responsible person is notified in person', () => {
    const r = req(walks.noticed().state, RECORD, 'mgr');
    expect(missingOf(r)).toEqual(['fields.statement_answer', 'fields.hearing_answer']);
    const doc = built({
      ...r,
      fields: { ...RECORD, statement_answer: '我将在期限内书面提出。', hearing_answer: '我考虑后答复。' },
    });
    const text = documentText(doc);
    expect(text).toContain('被告知人：张某\n');
    expect(text).toContain('拟对某科技有限公司直接负责的主管人员张某处罚款人民币10000元');
    expect(text).toContain('答：我将在期限内书面提出。');
  });

  it('a bad end time is an input error naming the field', () => {
    expect(() => built(req(heardCo().state, { ...RECORD, ended_at: '10点40' }))).toThrow(/告知结束时间/);
  });

  it('is issuable from the notice until the decision, to a party with a proposed penalty', () => {
    const t = templateOf('notice_record');
    expect(t.issuable(walks.concludedCase().state, 'co')?.reason).toMatch(/拟处罚/);
    expect(t.issuable(walks.noticed().state, 'co')).toBeNull();
    expect(t.issuable(walks.decided().state, 'co')).not.toBeNull();
    expect(t.issuable(walks.noticed().state, 'nobody')).not.toBeNull();
  });
});

describe('行政处罚告知书 (程序规定 第一百六十七条第二款 「…采用书面形式或者笔录形式告知」)', () => {
  const req = () =>
    request('notice_letter', walks.noticed().state, {}, { party: 'co', check: CHECK, date: '2025-03-25' });

  it('golden: addressee, the 告知内容, the statement period and the hearing right, seal, receipt', async () => {
    await expectGolden('notice_letter', built(req()));
  });

  it('carries each mandatory item (行政处罚法 第四十四条: facts, reasons, basis, proposed penalty, rights with where and when)', () => {
    expectAll(documentText(built(req())), [
      '某科技有限公司：',
      '未按照网络安全等级保护制度的要求履行安全保护义务',
      '违反了《中华人民共和国网络安全法》第二十一条的规定',
      '根据《中华人民共和国网络安全法》第五十九条第一款之规定',
      '拟对某科技有限公司给予警告，并处罚款人民币50000元',
      '有权进行陈述和申辩',
      '有权要求听证',
      '五日内（不含法定节假日）',
      '某市公安局某某分局法制大队',
      '本告知书已收到',
    ]);
  });

  it('治安管理处罚法 (2025) 第一百一十二条 「…应当告知违反治安管理行为人拟作出治安管理处罚的内容及事实、理由、依据…」: a 2026 detention case under 网络安全法 is notified under it; no hearing right for an adult (第一百一十七条)', () => {
    const proceeding = { ...DETENTION, stage: 'NOTICE' as const, decision: undefined };
    const check = checkApplying(applied('PSAL2025.56.2', '治安管理处罚法', '2025-06-27', 56, 2));
    const text = documentText(built(request('notice_letter', proceeding, {}, { check, date: '2026-02-25' })));
    expect(text).toContain(
      '根据《中华人民共和国行政处罚法》第四十四条、《中华人民共和国治安管理处罚法》第一百一十二条之规定',
    );
    expect(text).toContain(
      '违反了《中华人民共和国网络安全法》第四十六条的规定。根据《中华人民共和国治安管理处罚法》第五十六条第二款之规定，拟对闫某某行政拘留五日。',
    );
    expect(text).not.toContain('要求听证');
  });

  it('治安管理处罚法 (2025) 第一百一十二条第三款 「违反治安管理行为人不满十八周岁的，还应当…告知未成年人的父母或者其他监护人」: the guardian is mandatory and named', () => {
    const minor = {
      ...DETENTION,
      stage: 'NOTICE' as const,
      decision: undefined,
      parties: DETENTION.parties.map((p) => ({ ...p, birth_date: '2010-05-01' })),
      history: [...DETENTION.history, { type: 'propose_penalty' as const, at: '2026-02-25T10:00:00+08:00' }],
    };
    const check = checkApplying(applied('PSAL2025.56.2', '治安管理处罚法', '2025-06-27', 56, 2));
    const r = request('notice_letter', minor, {}, { check, date: '2026-02-25' });
    expect(missingOf(r)).toEqual(['fields.guardian']);
    const text = documentText(built({ ...r, fields: { guardian: '闫某（父亲）' } }));
    expect(text).toContain('本告知书同时告知闫某（父亲），并听取其意见。');
    const record = built({
      ...r,
      kind: 'notice_record',
      fields: { ...RECORD, guardian: '闫某（父亲）', statement_answer: '不提出。' },
    });
    expect(documentText(record)).toContain('监护人：闫某（父亲）');
    expect(record.page_sign_line).toMatch(/^被告知人及监护人/);
  });

  it('where to state and ask for a hearing is mandatory (organ.hearing_office)', () => {
    expect(missingOf({ ...req(), organ: { ...req().organ, hearing_office: '' } })).toEqual([
      'organ.hearing_office',
    ]);
  });
});

describe('听证告知书 (程序规定 第一百二十三条 「…应当告知违法嫌疑人有要求举行听证的权利」)', () => {
  const req = () =>
    request(
      'hearing_rights_notice',
      walks.noticed().state,
      {},
      { party: 'co', check: CHECK, date: '2025-03-25' },
    );

  it('golden: the proposed penalty and the hearing right with its period and office', async () => {
    await expectGolden('hearing_rights_notice', built(req()));
  });

  it('carries each mandatory item (行政处罚法 第六十四条第（一）项: the proposed penalty, the right, the period, the office)', () => {
    expectAll(documentText(built(req())), [
      '拟对某科技有限公司给予警告，并处罚款人民币50000元',
      '有权要求听证',
      '五日内（不含法定节假日）',
      '某市公安局某某分局法制大队',
      '视为放弃听证权利',
    ]);
  });

  it('is issuable only to a party the proposal gives the right (propose_penalty recorded it)', () => {
    const t = templateOf('hearing_rights_notice');
    const s = walks.noticed().state;
    expect(s.parties.map((p) => p.hearing)).toEqual(['eligible', 'eligible']);
    expect(t.issuable(s, 'co')).toBeNull();
    const none = { ...s, parties: s.parties.map((p) => ({ ...p, hearing: 'not_eligible' as const })) };
    expect(t.issuable(none, 'co')?.reason).toMatch(/听证/);
    expect(missingOf({ ...req(), proceeding: none })).toContain('party.hearing');
  });
});
