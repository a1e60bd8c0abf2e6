import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../api/endpoints.js';
import { PARTIAL_DATE, formFromRecord, recordFromForm } from './record-form.js';

// 宁夏 2021 案例一 (fixtures: ningxia-2021), as the extractor labels it.
const YAN: CaseRecord = {
  title: '以其他非法方式获取个人信息案',
  date: '2021-01',
  region: '银川市兴庆区',
  agency: '兴庆区网安部门',
  party: { kind: 'individual', name: '闫某' },
  facts: '在抖音、今日头条、淘宝特价等APP上通过购买手机号注册新用户进行“拉新”，以平台红包返现的形式获利',
  provisions: [{ law: '网络安全法', article: 64, paragraph: 2, item: null }],
  sanctions: [{ kind: 'fine', amount_yuan: 1500, days: null, target: 'party' }],
  theme: null,
  source_page: 3,
};

describe('record ⇄ form', () => {
  it('round-trips a record, keeping its extra properties', () => {
    const back = recordFromForm(formFromRecord(YAN), YAN);
    expect(back).toEqual({ ...YAN, lesson: null, decision_date: null, illegal_gains_yuan: null });
    expect(back.source_page).toBe(3);
  });

  it('marks each fact 已认定, 已排除 or 未查明 and writes established_facts / absent_facts', () => {
    // 网络安全法(2016) 第五十九条第一款: the fine needs 拒不改正 or 导致危害网络安全等后果 established.
    const record: CaseRecord = {
      ...YAN,
      established_facts: ['refused_rectification'],
      absent_facts: ['harm_caused'],
    };
    const values = formFromRecord(record);
    expect(values.fact_status).toMatchObject({
      refused_rectification: 'established',
      harm_caused: 'absent',
      serious_circumstances: 'unknown',
    });
    expect(recordFromForm(values, record)).toMatchObject({
      established_facts: ['refused_rectification'],
      absent_facts: ['harm_caused'],
    });
    const cleared = recordFromForm(
      {
        ...values,
        fact_status: {
          ...values.fact_status,
          refused_rectification: 'unknown',
          serious_circumstances: 'established',
        },
      },
      record,
    );
    expect(cleared.established_facts).toEqual(['serious_circumstances']);
    expect(cleared.absent_facts).toEqual(['harm_caused']);
    const none = recordFromForm({ ...values, fact_status: { harm_caused: 'unknown' } }, record);
    expect(none).not.toHaveProperty('established_facts');
    expect(none).not.toHaveProperty('absent_facts');
  });

  it('turns empty fields into null, trims, strips 《》 and drops blank rows', () => {
    const r = recordFromForm({
      title: '  某公司未落实等级保护制度案 ',
      date: '',
      region: '  ',
      party_kind: 'organization',
      party_name: '某公司',
      facts: '门户网站被攻击',
      provisions: [{ law: '《网络安全法》', article: 59, paragraph: 1 }, { law: '' }],
      sanctions: [
        { kind: 'fine', amount_yuan: 10000, target: 'party' },
        { kind: 'fine', amount_yuan: 5000, target: 'responsible_person', note: ' 直接负责的主管人员 ' },
        {},
      ],
    });
    expect(r).toEqual({
      title: '某公司未落实等级保护制度案',
      date: null,
      region: null,
      agency: null,
      party: { kind: 'organization', name: '某公司' },
      facts: '门户网站被攻击',
      provisions: [{ law: '网络安全法', article: 59, paragraph: 1, item: null }],
      sanctions: [
        { kind: 'fine', amount_yuan: 10000, days: null, target: 'party' },
        {
          kind: 'fine',
          amount_yuan: 5000,
          days: null,
          target: 'responsible_person',
          note: '直接负责的主管人员',
        },
      ],
      theme: null,
      lesson: null,
      decision_date: null,
      illegal_gains_yuan: null,
    });
  });

  it('accepts the partial dates the schema accepts', () => {
    for (const ok of ['2021', '2021-01', '2021-01-31']) expect(PARTIAL_DATE.test(ok)).toBe(true);
    for (const bad of ['2021-13', '2021-1', '21-01-01', '2021/01/01', '2021-01-32'])
      expect(PARTIAL_DATE.test(bad)).toBe(false);
  });
});
