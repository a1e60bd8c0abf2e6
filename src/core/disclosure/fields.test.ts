/** The 双公示 record (行政处罚法 第四十八条第一款 「具有一定社会影响的行政处罚决定应当依法公开」; fields: disclosure.md §2.2). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import { disclosureRecord, minorOn, PENALTY_FIELDS, yuanToWan, type DisclosureInput } from './fields.js';

const COMPANY: CaseRecord = {
  title: '某某科技有限公司不履行网络安全保护义务案',
  date: '2021-05',
  region: '宁夏',
  agency: '银川市公安局兴庆区分局',
  party: { kind: 'organization', name: '某某科技有限公司' },
  facts:
    '某某科技有限公司（统一社会信用代码916401001990010112）未落实网络日志留存措施，联系人王小明，电话13912345678。',
  provisions: [
    { law: '网络安全法', article: 21, paragraph: null, item: 3 },
    { law: '网络安全法', article: 59, paragraph: 1, item: null },
  ],
  sanctions: [
    { kind: 'warning', amount_yuan: null, days: null, target: 'party' },
    { kind: 'fine', amount_yuan: 10000, days: null, target: 'party' },
    { kind: 'fine', amount_yuan: 5000, days: null, target: 'responsible_person' },
  ],
  theme: '未履行网络安全保护义务',
  decision_date: '2021-05-07',
};

const ORGAN = { name: '银川市公安局兴庆区分局', credit_code: '11640100MB1234567X' };

const company = (over: Partial<DisclosureInput> = {}): DisclosureInput => ({
  record: COMPANY,
  party: { credit_code: '916401001990010112', legal_representative: '赵大海' },
  document_number: '银公兴（网）行罚决字〔2021〕12号',
  organ: ORGAN,
  third_parties: ['王小明'],
  ...over,
});

const PERSON: CaseRecord = {
  ...COMPANY,
  title: '张三丰未核对上网人员身份案',
  party: { kind: 'individual', name: '张三丰' },
  facts:
    '张三丰（住银川市兴庆区解放西街100号）于2024年3月2日在其经营的网吧内，未核对上网人员李四的身份，张三丰对此供认不讳。',
  provisions: [{ law: '网络安全法', article: 24, paragraph: 1, item: null }],
  sanctions: [
    { kind: 'fine', amount_yuan: 1500.5, days: null, target: 'party' },
    { kind: 'confiscation', amount_yuan: 300, days: null, target: 'party' },
  ],
  decision_date: '2024-05-10',
};

const person = (over: Partial<DisclosureInput> = {}, record: Partial<CaseRecord> = {}): DisclosureInput => ({
  record: { ...PERSON, ...record },
  party: { birth_date: '1990-01-01', id_type: '居民身份证', id_number: '64010419900101123X' },
  document_number: '银公兴（网）行罚决字〔2024〕3号',
  organ: ORGAN,
  third_parties: ['李四'],
  ...over,
});

const cell = (r: ReturnType<typeof disclosureRecord>, code: string) =>
  r.status === 'ok' ? r.cells.find((c) => c.code === code)?.value : `not ok: ${r.status}`;

describe('the field list', () => {
  it('has the thirty fields of the standard, in order, each code once', () => {
    expect(PENALTY_FIELDS).toHaveLength(30);
    expect(new Set(PENALTY_FIELDS.map((f) => f.code)).size).toBe(30);
    expect(PENALTY_FIELDS[0]!.code).toBe('cf_xdr_mc');
    expect(PENALTY_FIELDS.at(-1)!.code).toBe('bz');
  });
});

describe('a unit party', () => {
  const r = disclosureRecord(company());

  it('fills every cell in the standard’s order', () => {
    expect(r.status).toBe('ok');
    expect(r.status === 'ok' && r.cells.map((c) => c.code)).toEqual(PENALTY_FIELDS.map((f) => f.code));
  });

  it('names the unit, its credit code and legal representative; the individual template stays empty', () => {
    expect(cell(r, 'cf_xdr_mc')).toBe('某某科技有限公司');
    expect(cell(r, 'cf_xdr_lb')).toBe('法人及非法人组织');
    expect(cell(r, 'cf_xdr_shxym')).toBe('916401001990010112');
    expect(cell(r, 'cf_frdb')).toBe('赵大海');
    expect(cell(r, 'cf_xdr_zjhm')).toBeNull();
  });

  it('keeps the unit’s credit code in the facts, masks the third party and removes the phone', () => {
    expect(cell(r, 'cf_sy')).toBe(
      '某某科技有限公司（统一社会信用代码916401001990010112）未落实网络日志留存措施，联系人王某某，电话***。',
    );
  });

  it('states the sanctions of the party only (the responsible person’s fine is another record), in 万元', () => {
    expect(cell(r, 'cf_cflb')).toBe('警告、罚款');
    expect(cell(r, 'cf_nr')).toBe('给予警告，并处罚款人民币10000元');
    expect(cell(r, 'cf_nr_fk')).toBe('1');
    expect(cell(r, 'cf_nr_wfff')).toBeNull();
  });

  it('cites the provisions and computes the 公示截止期 (three years)', () => {
    expect(cell(r, 'cf_yj')).toBe('《中华人民共和国网络安全法》第二十一条第（三）项、第五十九条第一款');
    expect(cell(r, 'cf_jdrq')).toBe('2021-05-07');
    expect(cell(r, 'cf_gsjzq')).toBe('2024-05-07');
    expect(cell(r, 'cf_sjly')).toBe(ORGAN.name);
    expect(cell(r, 'cf_sjlydm')).toBe(ORGAN.credit_code);
  });

  it('names each mandatory field left empty, never an empty cell', () => {
    const r2 = disclosureRecord(company({ document_number: ' ', organ: { name: ORGAN.name }, party: {} }));
    expect(r2.status === 'incomplete' && r2.missing.map((m) => m.code)).toEqual([
      'cf_xdr_shxym',
      'cf_wsh',
      'cf_cfjgdm',
      'cf_sjlydm',
    ]);
  });
});

describe('a natural person', () => {
  const r = disclosureRecord(person());

  it('masks the name, in the name cell and inside the facts, and withholds the ID number', () => {
    expect(cell(r, 'cf_xdr_mc')).toBe('张某某');
    expect(cell(r, 'cf_xdr_lb')).toBe('自然人');
    expect(cell(r, 'cf_xdr_zjlx')).toBe('居民身份证');
    expect(cell(r, 'cf_xdr_zjhm')).toBeNull();
    expect(cell(r, 'cf_sy')).toBe(
      '张某某（住***）于2024年3月2日在其经营的网吧内，未核对上网人员李某的身份，张某某对此供认不讳。',
    );
    expect(cell(r, 'cf_xdr_shxym')).toBeNull();
  });

  it('computes the amounts in 万元 from yuan', () => {
    expect(cell(r, 'cf_nr_fk')).toBe('0.15005');
    expect(cell(r, 'cf_nr_wfff')).toBe('0.03');
    expect(cell(r, 'cf_cflb')).toBe('罚款、没收违法所得、没收非法财物');
  });

  it('a fine without its amount is missing, not published as an empty amount', () => {
    const r2 = disclosureRecord(
      person({}, { sanctions: [{ kind: 'fine', amount_yuan: null, days: null, target: 'party' }] }),
    );
    expect(r2.status === 'incomplete' && r2.missing.map((m) => m.code)).toEqual(['cf_nr', 'cf_nr_fk']);
  });

  it('an order to rectify alone is no 处罚类别 (行政处罚法 第二十八条第一款 「应当责令当事人改正」)', () => {
    const r2 = disclosureRecord(
      person({}, { sanctions: [{ kind: 'rectification', amount_yuan: null, days: null, target: 'party' }] }),
    );
    expect(r2.status === 'incomplete' && r2.missing.map((m) => m.code)).toContain('cf_cflb');
  });

  it('a decision dated only by month has no 处罚决定日期 and no 公示截止期: both are named', () => {
    const r2 = disclosureRecord(person({}, { decision_date: '2024-05' }));
    expect(r2.status === 'incomplete' && r2.missing.map((m) => m.code)).toEqual(['cf_jdrq', 'cf_gsjzq']);
  });

  it('without a birth date or ID number the minor check cannot run: the birth date is asked for', () => {
    const r2 = disclosureRecord(person({ party: {} }));
    expect(r2.status === 'incomplete' && r2.missing.map((m) => m.code)).toEqual(['party.birth_date']);
  });
});

describe('refusals', () => {
  it('a minor on the decision day is never published (18 周岁 from the day after the 18th birthday)', () => {
    const minor = disclosureRecord(person({ party: { birth_date: '2006-05-10' } }));
    expect(minor).toMatchObject({
      status: 'refused',
      refusal: { reason: 'minor', decision_date: '2024-05-10' },
    });
    expect(disclosureRecord(person({ party: { birth_date: '2006-05-09' } })).status).toBe('ok');
    expect(minorOn('2006-05-10', '2024-05-10')).toBe(true);
    expect(minorOn('2006-05-10', '2024-05-11')).toBe(false);
  });

  it('reads the birth date from an 18- or 15-digit ID number', () => {
    expect(disclosureRecord(person({ party: { id_number: '64010420080101123X' } })).status).toBe('refused');
    expect(disclosureRecord(person({ party: { id_number: '640104900101123' } })).status).toBe('ok');
  });

  const zhian = (decision_date: string) =>
    disclosureRecord(
      person(
        {},
        { decision_date, provisions: [{ law: '治安管理处罚法', article: 33, paragraph: null, item: 1 }] },
      ),
    );

  it('a 治安 decision from 2026-01-01 is sealed (治安管理处罚法 2025 第一百三十六条 「不得向任何单位和个人提供或者公开」)', () => {
    const r = zhian('2026-01-05');
    expect(r).toMatchObject({ status: 'refused', refusal: { reason: 'sealed' } });
    expect(r.status === 'refused' && r.refusal.basis).toContain('第一百三十六条');
    expect(zhian('2025-12-31').status).toBe('ok');
  });
});

describe('yuanToWan', () => {
  it.each([
    [10000, '1'],
    [5000, '0.5'],
    [150.5, '0.01505'],
    [1234567, '123.4567'],
    [0.01, '0.000001'],
    [0, '0'],
  ])('%d 元 → %s 万元', (yuan, wan) => {
    expect(yuanToWan(yuan)).toBe(wan);
  });

  it('is exact to the 分 for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (cents) => {
        const wan = yuanToWan(cents / 100);
        return Math.round(Number(wan) * 1_000_000) === cents && !/\.\d*0$/.test(wan);
      }),
    );
  });
});
