import { describe, expect, it } from 'vitest';
import { COMPANY, DETENTION, INDIVIDUAL, PERSON_FIELDS, request } from '../cases.test-support.js';
import { addresseeLine, ageOn, ageRule, partyBlock, partyOf } from './party.js';

describe('the party block (程序规定 第一百七十五条第一款第（一）项)', () => {
  it('「被处罚单位的名称、地址和法定代表人」, and the 统一社会信用代码 where known', () => {
    const b = partyBlock(request('penalty_decision', COMPANY));
    expect(b.missing).toEqual([]);
    expect(b.text).toBe(
      '违法行为人：某某科技有限公司，统一社会信用代码：91XXXXXXXXXXXXXXXX，地址：某市某某区某某路88号，法定代表人：王某某。',
    );
  });

  it('「被处罚人的姓名、性别、出生日期、身份证件种类及号码、户籍所在地、现住址、工作单位、违法经历」: the items the Party lacks come from fields', () => {
    const b = partyBlock(request('penalty_decision', INDIVIDUAL, { fields: PERSON_FIELDS }));
    expect(b.missing).toEqual([]);
    expect(b.text).toBe(
      '违法行为人：闫某某，男，1995年3月8日出生，居民身份证号码：640XXXXXXXXXXXXXXX，户籍所在地：某省某市某区某某村，现住址：某市某某区某某小区3号楼2单元501室，工作单位：无，违法经历：无。',
    );
  });

  it('an empty item is a MissingField naming it, never a blank', () => {
    const b = partyBlock(request('penalty_decision', INDIVIDUAL, { fields: { 'party.sex': '男' } }));
    expect(b.missing.map((m) => m.field)).toEqual(['party.household', 'party.employer', 'party.record']);
    expect(b.missing[0]).toMatchObject({
      label: '户籍所在地',
      basis: expect.stringContaining('第一百七十五条'),
    });
    const unit = { ...COMPANY, parties: COMPANY.parties.map((p) => ({ ...p, address: undefined })) };
    expect(partyBlock(request('penalty_decision', unit)).missing).toEqual([
      { field: 'party.address', label: '地址', basis: expect.stringContaining('第五十九条第一款第（一）项') },
    ]);
  });

  it('a responsible person works for the unit unless the fields say otherwise', () => {
    const fields = { 'party.sex': '男', 'party.household': '某省某市', 'party.record': '无' };
    const b = partyBlock(request('penalty_decision', COMPANY, { party: 'mgr', fields }));
    expect(b.text).toContain('工作单位：某某科技有限公司');
  });

  it('治安管理处罚法（2025）第一百一十五条 「被处罚人的姓名、性别、年龄…」 with 第一百四十一条第一款: 年龄 in a 2026 detention case', () => {
    const b = partyBlock(
      request('penalty_decision', DETENTION, { date: '2026-03-03', fields: PERSON_FIELDS }),
    );
    expect(b.text).toContain('闫某某，男，30岁，1995年3月8日出生');
    // Before 2026 a detention under another law followed the procedure of that law: no 年龄 item.
    expect(ageRule(DETENTION, '2025-12-31')).toBeNull();
    expect(ageRule({ case_kind: 'ZHIAN' }, '2021-05-01')?.basis).toContain('第九十六条');
    expect(ageRule(INDIVIDUAL, '2026-03-03')).toBeNull();
  });

  it('on the spot (行政处罚法 第五十二条第二款): the person without 户籍、工作单位、违法经历', () => {
    const b = partyBlock(request('on_the_spot_decision', INDIVIDUAL, { fields: { 'party.sex': '男' } }), {
      prefix: '被处罚人',
      onTheSpot: true,
    });
    expect(b).toEqual({
      text: '被处罚人：闫某某，男，1995年3月8日出生，居民身份证号码：640XXXXXXXXXXXXXXX，现住址：某市某某区某某小区3号楼2单元501室。',
      missing: [],
    });
  });

  it('ages in completed years', () => {
    expect(ageOn('1995-03-08', '2026-03-07')).toBe(30);
    expect(ageOn('1995-03-08', '2026-03-08')).toBe(31);
  });

  it('the party addressed is req.party, default the unit; an unknown one is an error', () => {
    expect(partyOf(request('penalty_decision', COMPANY)).id).toBe('co');
    expect(partyOf(request('penalty_decision', COMPANY, { party: 'mgr' })).id).toBe('mgr');
    expect(() => partyOf(request('penalty_decision', COMPANY, { party: 'x' }))).toThrow(/当事人/);
    expect(addresseeLine(COMPANY.parties[0]!)).toBe('某某科技有限公司：');
  });
});
