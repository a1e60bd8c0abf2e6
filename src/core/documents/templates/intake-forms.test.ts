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
  opened,
  request,
} from './forms.test-support.js';

const { registered } = caseWalks(loadCalendar());

const REPORTED = {
  source: '报案',
  reporter: '李某',
  reporter_gender: '男',
  reporter_birth_date: '1990年1月2日',
  reporter_id: '居民身份证 110000199001020000',
  reporter_work: '某网络公司',
  reporter_phone: '13900000000',
  reporter_address: '某县某某街3号',
  receivers: '赵某、钱某',
  place: '某县公安局网安大队',
  evidence: '是（见接受证据清单）',
};

describe('受案登记表 (程序规定 第六十一条第一款第（一）项 「…制作受案登记表和受案回执」)', () => {
  const req = (fields: Record<string, string> = REPORTED) =>
    request('case_registration', registered().state, fields, { number: '某公（网安）受案字〔2025〕12号' });

  it('golden: a reported case, its reporter, the 受案意见 and the approval row', async () => {
    await expectGolden('case_registration', built(req()));
  });

  it('carries each mandatory item (程序规定 第六十一条: source, reporter, receiving officers, time and place, facts, evidence, 受案意见)', () => {
    expectAll(documentText(built(req())), [
      '☑报案',
      '李某',
      '居民身份证 110000199001020000',
      '赵某、钱某',
      '2025年3月3日09时00分',
      '某县公安局网安大队',
      '未按照网络安全等级保护制度的要求履行安全保护义务',
      '是（见接受证据清单）',
      '属本单位管辖的行政案件',
      '2025年3月3日10时00分',
      '受案字〔2025〕12号',
    ]);
  });

  it('each item of a reported case is mandatory; the 报案人 rows are struck (／) for a case found on duty', () => {
    expectEachInputRequired(req(), [
      'source',
      'receivers',
      'place',
      'evidence',
      'reporter',
      'reporter_gender',
      'reporter_birth_date',
      'reporter_id',
      'reporter_work',
      'reporter_phone',
      'reporter_address',
    ]);
    const onDuty = built(
      req({ source: '工作中发现', receivers: '赵某、钱某', place: '某县某某路88号', evidence: '否' }),
    );
    const table = onDuty.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[1]!.map((c) => c.text)).toEqual([
      '报案人',
      '／',
      '性别',
      '／',
    ]);
  });

  it('a transferred case needs the transferring unit, person and contact', () => {
    expect(missingOf(req({ ...REPORTED, source: '移送' }))).toEqual([
      'fields.transfer_unit',
      'fields.transfer_person',
      'fields.transfer_phone',
    ]);
  });

  it('an unknown source is an input error naming the field', () => {
    expect(() => built(req({ ...REPORTED, source: '举报' }))).toThrow(/案件来源/);
  });

  it('is not issuable before 受案登记', () => {
    expect(templateOf('case_registration').issuable(opened(), undefined)?.reason).toMatch(/受案登记/);
    expect(templateOf('case_registration').issuable(registered().state, undefined)).toBeNull();
  });
});

describe('受案回执 (程序规定 第六十一条第一款第（一）项 「…并将受案回执交报案人…」)', () => {
  const fields = { reporter: '李某', contact_person: '赵某', contact_phone: '0000-11112222' };
  const req = (f: Record<string, string> = fields) => request('case_receipt', registered().state, f);

  it('golden: addressed to the reporter, with the case, contact and seal; no 受案登记表文号 given → ／', async () => {
    await expectGolden('case_receipt', built(req()));
  });

  it('carries each mandatory item (the reporter, when reported and accepted, the case, the contact, the organ and date)', () => {
    expectAll(documentText(built(req())), [
      '李某：',
      '2025年3月3日09时00分',
      '2025年3月3日受理',
      '某科技公司未履行网络安全等级保护义务案',
      '赵某',
      '0000-11112222',
      '某市公安局某某分局（印）',
      '2025年4月15日',
    ]);
  });

  it('the reporter and the contact are mandatory', () => {
    expectEachInputRequired(req(), ['reporter', 'contact_person', 'contact_phone']);
  });

  it('a unit may reword the [G] body sentence', () => {
    const organ = {
      ...request('case_receipt', registered().state).organ,
      sentences: { 'case_receipt.body': '你报称的案件已于{registered}受理。' },
    };
    const doc = built({ ...req(), organ });
    expect(
      doc.blocks.some((b) => b.type === 'paragraph' && b.text === '你报称的案件已于2025年3月3日受理。'),
    ).toBe(true);
  });

  it('is not issuable before 受案登记', () => {
    expect(templateOf('case_receipt').issuable(opened(), undefined)).not.toBeNull();
  });
});

describe('送达回执 (程序规定 第三十六条; 行政处罚法 第六十一条)', () => {
  const fields = {
    document: '责令限期改正通知书 某公（网安）责通字〔2025〕3号',
    place: '某县某某路88号',
    method: '直接送达',
    servers: '赵某、钱某',
  };
  const req = (party?: string) =>
    request('service_receipt', registered().state, fields, party ? { party } : {});

  it('golden: the party served, the document, place, method and the signature cells', async () => {
    await expectGolden('service_receipt', built(req()));
  });

  it('carries each mandatory item (程序规定 第三十六条: who, what, where, how, by whom)', () => {
    expectAll(documentText(built(req())), [
      '某科技有限公司',
      '责令限期改正通知书 某公（网安）责通字〔2025〕3号',
      '某县某某路88号',
      '直接送达',
      '赵某、钱某（签名）',
      '收件人',
    ]);
  });

  it('document, place, method and servers are mandatory', () => {
    expectEachInputRequired(req(), ['document', 'place', 'method', 'servers']);
  });

  it('is addressed to the party named; an unknown party is refused', () => {
    const doc = built(req('mgr'));
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[0]![1]!.text).toBe('张某');
    expect(templateOf('service_receipt').issuable(registered().state, 'nobody')).not.toBeNull();
    expect(templateOf('service_receipt').issuable(opened(), undefined)).not.toBeNull();
  });
});
