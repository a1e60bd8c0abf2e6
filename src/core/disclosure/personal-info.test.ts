import { describe, expect, it } from 'vitest';
import { REMOVED } from './masking.js';
import { maskPersonalInfo } from './personal-info.js';

describe('personal information masked in case data (个人信息保护法 第五十一条 「去标识化等安全技术措施」)', () => {
  it('removes ID numbers, phone numbers and addresses from every text of a record, keeping its shape', () => {
    const record = {
      title: '张三（身份证号 640102199001011234）非法获取公民个人信息案',
      party: { kind: 'individual', name: '张三', roles: ['住宁夏回族自治区银川市兴庆区解放西街12号3单元'] },
      facts: '张三（手机 13912345678）在银川市金凤区长城中路88号出售个人信息。',
      sanctions: [{ kind: 'fine', amount_yuan: 5000, days: null, target: 'party' }],
      date: '2021-04-07',
      extra: { contact: '0951-5012345' },
    };
    const masked = maskPersonalInfo(record);
    const text = JSON.stringify(masked);
    for (const pi of ['640102199001011234', '13912345678', '长城中路88号', '解放西街12号', '0951-5012345']) {
      expect(text).not.toContain(pi);
    }
    expect(masked.title).toContain(REMOVED);
    expect(masked.party.name).toBe('张三');
    expect(masked.sanctions).toEqual(record.sanctions);
    expect(masked.date).toBe('2021-04-07');
  });
});
