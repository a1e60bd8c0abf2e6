import { describe, expect, it } from 'vitest';
import {
  decides,
  handledAllBy,
  decidingUnit,
  issuingAgency,
  namedAgency,
  objectOnly,
  signatureDay,
} from './deciding-unit.js';
import { findAgencies } from './fields/agency.js';

/** Whether the first unit the sentence names is followed by the words of a decision it made. */
const firstDecides = (text: string): boolean => decides(text, findAgencies(text)[0]!.end);

describe('decides: a unit followed by the decision it made', () => {
  it.each([
    '某市公安局网安支队于2031年6月20日作出行政处罚决定，对该公司罚款一万元。',
    '某县公安局依法作出不予处罚决定。',
    '某县公安局做出的行政处罚决定书已送达当事人。',
    '某县公安局作出的处罚决定认定事实清楚。',
  ])('%s', (text) => {
    expect(firstDecides(text)).toBe(true);
  });
  it.each([
    // A measure, not a 处罚决定; a 于 that tells when something else was done.
    '某县公安局对该公司作出警告。',
    '某县公安局于今年开展专项行动，查处案件12起。',
  ])('not %s', (text) => {
    expect(firstDecides(text)).toBe(false);
  });
});

describe('decidingUnit: the unit of the sentence that decides (依据… / 对…)', () => {
  const at = (text: string, words: string): string | null =>
    decidingUnit(text, text.indexOf(words), findAgencies(text));

  it('takes the unit acting on its basis or its object, not the one that reported', () => {
    expect(
      at('某市公安局通报，近日，某区公安分局依据《网络安全法》第五十九条，对该公司处以警告。', '处以'),
    ).toBe('某区公安分局');
    expect(at('某市公安局通报，某区公安分局对李某处以警告。', '处以')).toBe('某区公安分局');
  });
  it('looks only in the sentence holding the decision, and needs the unit to decide there', () => {
    expect(at('某区公安分局民警发现该网站存在漏洞。某市网信办依法对其处以警告。', '处以')).toBe('某市网信办');
    expect(at('某区公安分局在检查中发现问题，对该公司处以警告。', '处以')).toBeNull();
  });
});

describe('objectOnly: a unit named only as the one a duty is owed to', () => {
  it('is true when every mention is an object (向/报/到/至 before it)', () => {
    expect(objectOnly('该公司未向公安机关办理备案手续，报公安机关备案前即开展业务。', '公安机关')).toBe(true);
    expect(objectOnly('该公司未将日志报送至公安机关，也未到公安机关备案。', '公安机关')).toBe(true);
  });
  it('is false when the unit is once a subject, or never named', () => {
    expect(objectOnly('该网站负责人到公安机关说明情况后，公安机关对其警告。', '公安机关')).toBe(false);
    expect(objectOnly('公安机关依法对该公司处以警告。', '公安机关')).toBe(false);
    expect(objectOnly('该公司未履行安全保护义务。', '公安机关')).toBe(false);
  });
});

describe('namedAgency: a decision document signed below by its unit', () => {
  const named = (text: string): string | null => {
    const units = findAgencies(text);
    return namedAgency(text, 0, [], text.indexOf('行政拘留'), units);
  };
  it('takes the unit signing on a line of its own, not the one that took the report', () => {
    expect(
      named(
        '李某向某派出所报案称其账号被盗。\n现决定对违法行为人张某行政拘留五日。\n某县公安局\n二〇三一年一月二十六日',
      ),
    ).toBe('某县公安局');
  });
  it('does not read a unit inside a later sentence as a signature', () => {
    expect(
      named('李某向某派出所报案称其账号被盗。现决定对违法行为人张某行政拘留五日。某县公安局将跟进此案。'),
    ).toBe('某派出所');
  });
});

describe('signatureDay: the full date right below the signing unit or its seal', () => {
  it.each([
    ['现决定对违法行为人王某行政拘留五日。\n某县公安局\n二〇三一年一月二十六日', '2031-01-26'],
    ['现决定对某公司罚款一万元。\n某市公安局网络安全保卫支队\n2031年3月27日\n（印）', '2031-03-27'],
    ['决定书\n某县公安局\n（印）\n2031年3月27日', '2031-03-27'],
    // Two documents: the last signature's day.
    ['现决定…\n某县公安局\n（印）\n二〇三一年一月二十六日\n现决定…\n某市公安局\n2031年5月2日', '2031-05-02'],
  ])('%s', (text, day) => {
    expect(signatureDay(text)).toBe(day);
  });
  it.each([
    // No unit above the date, a month only, a date inside a sentence.
    '抄送：某县人民检察院\n2031年3月27日',
    '现决定…\n某县公安局\n2031年3月',
    '某县公安局于2031年3月27日作出决定。\n2031年3月27日',
  ])('none in %s', (text) => {
    expect(signatureDay(text)).toBeNull();
  });
});

describe('issuingAgency', () => {
  it('takes the site owner of a 欢迎访问…网站 bar when no later line names the issuer', () => {
    expect(issuingAgency(['欢迎访问溪南省通信管理局网站首页，无障碍，English。'])).toBe('溪南省通信管理局');
    expect(issuingAgency(['欢迎访问溪南政务服务网首页'])).toBeNull();
  });
});

describe('handledAllBy (blind67)', () => {
  it('reads the unit a page says handled all its cases', () => {
    expect(handledAllBy('…才是对用户负责。\n（以上案件均由某市公安局依法办理）')).toBe('某市公安局');
    expect(handledAllBy('上述案件均由某县公安局网安大队查处。')).toBe('某县公安局网安大队');
  });

  it('reads none where no unit, or only the police in general, is named', () => {
    expect(handledAllBy('以上案件均由公安机关依法办理。')).toBeNull();
    expect(handledAllBy('两起案件由某市公安局办理。')).toBeNull();
  });
});
