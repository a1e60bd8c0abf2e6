import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../core/documents/templates/index.js';
import { bulletinTitle } from './extraction/extract-bulletin.js';
import { realDocuments } from './wiring.js';

describe('bulletinTitle', () => {
  it('takes the first line as the heading', () => {
    expect(bulletinTitle('\n  宁夏公安网安部门公布2021年典型案例\n案例一')).toBe(
      '宁夏公安网安部门公布2021年典型案例',
    );
  });
  it('has none when the text opens with a case ordinal', () => {
    for (const t of ['案例一\n以其他非法方式获取个人信息案', '一、\n某案', '01\n某案', '（三）\n某案'])
      expect(bulletinTitle(t)).toBeNull();
    expect(bulletinTitle('  \n ')).toBeNull();
  });
});

describe('realDocuments', () => {
  it('issues with the registered templates; closing before any rendering loads nothing', async () => {
    const documents = realDocuments();
    expect(documents.templates).toBe(TEMPLATES);
    await expect(documents.close!()).resolves.toBeUndefined();
  });
});
