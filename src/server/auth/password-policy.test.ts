import { describe, expect, it } from 'vitest';
import { assertPasswordPolicy, characterClasses } from './password-policy.js';

const broken = (password: string, username = 'zhangsan') => {
  try {
    assertPasswordPolicy(password, username);
    return null;
  } catch (e) {
    return e as { code: string; message: string; details: { rule: string } };
  }
};

describe('password policy (GB/T 22239-2019 8.1.4.1 a 「身份鉴别信息具有复杂度要求」)', () => {
  it('accepts 10 characters of three classes without the username', () => {
    expect(broken('Abcdefgh12')).toBeNull();
    expect(broken('办案-口令-2026')).toBeNull();
  });

  it('refuses fewer than 10 characters, naming the rule in Chinese', () => {
    const e = broken('Ab1-Ab1-');
    expect(e?.code).toBe('INVALID_INPUT');
    expect(e?.details.rule).toBe('length');
    expect(e?.message).toContain('至少 10 个字符');
  });

  it('refuses fewer than three character classes and names the classes found', () => {
    const e = broken('abcdefghijk1');
    expect(e?.details.rule).toBe('classes');
    expect(e?.message).toContain('小写字母、数字');
    expect(characterClasses('网安口令abc-')).toEqual(['小写字母', '符号', '汉字等其他文字']);
  });

  it('refuses a password containing the username, across case and full width', () => {
    expect(broken('xx-Admin-2026', 'admin')?.details.rule).toBe('username');
    expect(broken('xx-Ａｄｍｉｎ-2026', 'admin')?.details.rule).toBe('username');
    expect(broken('xx-Admin-2026', 'ADMIN')?.message).toBe('密码不得包含用户名');
  });
});
