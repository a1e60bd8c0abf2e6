import { describe, expect, it } from 'vitest';
import { authorityLevelOf, authorityMayApply, authorityOf } from './authority.js';

describe('authority of an agency as bulletins name it', () => {
  it.each([
    ['金凤网安部门', 'public_security'],
    ['北京市公安局昌平分局', 'public_security'],
    ['警方', 'public_security'],
    ['衡阳市网信办', 'cyberspace'],
    ['青海省互联网信息办公室', 'cyberspace'],
    ['辽宁省通信管理局', 'telecom'],
    ['某市市场监督管理局', 'market_regulation'],
    ['某县工商行政管理局', 'market_regulation'],
    // 互联网上网服务营业场所管理条例 第四条 「县级以上人民政府文化行政部门」: today's 文化和旅游局 and its 综合执法 units.
    ['某市文化和旅游局', 'culture'],
    ['某区文化市场综合执法大队', 'culture'],
    ['某县文化广电和旅游局', 'culture'],
    // 互联网信息服务管理办法 第二十条 「由公安机关、国家安全机关」.
    ['某市国家安全局', 'state_security'],
    ['某市公安局国家安全保卫支队', 'public_security'],
    ['中国人民银行某市分行', 'financial'],
    ['国家金融监督管理总局某监管分局', 'financial'],
  ])('%s → %s', (agency, kind) => expect(authorityOf(agency)).toBe(kind));

  it('有关主管部门 may be any department; 公安机关 only the police', () => {
    expect(authorityMayApply('cyberspace', ['competent_department'])).toBe(true);
    expect(authorityMayApply('cyberspace', ['public_security'])).toBe(false);
    expect(authorityMayApply('public_security', ['public_security'])).toBe(true);
  });

  it('文化行政部门 rules (互联网上网服务营业场所管理条例 第三十一条 「由文化行政部门给予警告」) reject the police and market regulators', () => {
    expect(authorityMayApply('culture', ['culture'])).toBe(true);
    expect(authorityMayApply('public_security', ['culture'])).toBe(false);
    expect(authorityMayApply('market_regulation', ['culture', 'public_security'])).toBe(false);
  });

  it('履行个人信息保护职责的部门 (个人信息保护法 第六十条) include 市场监管 and 金融管理 in their fields, not 文化 or 国家安全', () => {
    for (const agency of [
      'cyberspace',
      'public_security',
      'telecom',
      'market_regulation',
      'financial',
    ] as const)
      expect(authorityMayApply(agency, ['pi_protection'])).toBe(true);
    expect(authorityMayApply('culture', ['pi_protection'])).toBe(false);
    expect(authorityMayApply('state_security', ['pi_protection'])).toBe(false);
  });

  it('金融管理部门 may apply a 有关主管部门 rule (反电信网络诈骗法 第四十条), not a 公安机关 one (第四十四条)', () => {
    expect(authorityMayApply('financial', ['competent_department'])).toBe(true);
    expect(authorityMayApply('financial', ['public_security'])).toBe(false);
  });

  it.each([
    ['青海省互联网信息办公室', 'provincial_or_above'],
    ['国家互联网信息办公室', 'provincial_or_above'],
    ['北京市公安局', 'provincial_or_above'],
    ['北京市公安局昌平分局', 'below_provincial'],
    ['衡阳市网信办', 'below_provincial'],
    ['警方', null],
  ])('level of %s → %s', (agency, level) => expect(authorityLevelOf(agency)).toBe(level));
});
