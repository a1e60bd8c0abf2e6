import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts.js';
import { extractRegion } from './region.js';
import { composeTitle } from './title.js';

describe('extractFacts', () => {
  it('keeps the violation and drops the lead-in and the penalty sentence', () => {
    const t =
      '利通区网安部门在工作中发现，某医院注册网站被篡改为游戏页面，网站存在高危漏洞。利通区网安部门根据《网络安全法》第二十一条之规定，给予该医院警告的行政处罚。';
    expect(extractFacts(t)).toBe('某医院注册网站被篡改为游戏页面，网站存在高危漏洞');
  });

  it('takes the part before the legal basis of a one-sentence case', () => {
    const t =
      '2021年1月份，银川市兴庆区网安部门发现，居民闫某通过购买手机号注册新用户获利，兴庆网安部门根据《网络安全法》第六十四条第二款之规定，给予闫某罚款1500元的行政处罚。';
    expect(extractFacts(t)).toBe('居民闫某通过购买手机号注册新用户获利');
  });
});

describe('composeTitle', () => {
  it('writes party + violation + 案', () => {
    expect(
      composeTitle('某电子公司', '该公司既没有制定、落实网络安全管理制度，也没有部署网络安全技术措施', ''),
    ).toBe('某电子公司没有制定、落实网络安全管理制度案');
    expect(composeTitle('某宾馆', '提供的无线上网服务未落实安全技术措施', '')).toBe(
      '某宾馆未落实安全技术措施案',
    );
    expect(composeTitle(null, '', '')).toBe('违法违规案');
  });
});

describe('extractRegion', () => {
  it('reads the place of the enforcing unit, else of the party', () => {
    expect(extractRegion('银川市兴庆区网安部门发现', '银川市兴庆区网安部门', '闫某')).toBe('银川市兴庆区');
    expect(extractRegion('警方依法处罚', '警方', '厦门某教育培训机构')).toBe('厦门');
    expect(extractRegion('某公司被处罚', null, '某公司')).toBeNull();
  });
});

describe('extractFacts: key–value lines', () => {
  it('takes the 违法事实 line, not the case name or time lines', () => {
    const t = [
      '案件名称：某数据公司未备案案',
      '违法时间：2023年5月',
      '违法事实：姑苏某数据有限公司联网后30日内未办理备案手续。',
      '处罚结果：警告',
    ].join('\n');
    expect(extractFacts(t)).toBe('姑苏某数据有限公司联网后30日内未办理备案手续');
  });
});

describe('composeTitle: a 案件名称 field', () => {
  it('names the case as labelled', () => {
    const t = '案件名称：某数据公司未备案案\n违法事实：某数据有限公司未办理备案手续。';
    expect(composeTitle('某数据有限公司', '某数据有限公司未办理备案手续', t)).toBe('某数据公司未备案案');
  });
});

describe('extractFacts: a table row', () => {
  it('takes the 违法事实 cell up to the next labelled cell', () => {
    const row =
      '当事人：某网络有限公司，违法事实：该公司联网后未办理备案手续，处罚依据：《计算机信息网络国际联网安全保护管理办法》第十二条，处罚内容：警告。';
    expect(extractFacts(row)).toBe('该公司联网后未办理备案手续');
  });
});

describe('extractRegion: a party committee’s office', () => {
  it('drops the 委 of 区委网信办 / 省委网信办, and names no place for a bare 市委网信办', () => {
    expect(extractRegion('青禾区委网信办对某公司处以罚款。', '青禾区委网信办', null)).toBe('青禾区');
    expect(extractRegion('江岚省委网信办对该公司处以罚款。', '江岚省委网信办', null)).toBe('江岚省');
    expect(extractRegion('市委网信办依法约谈。', '市委网信办', null)).toBeNull();
  });
});
