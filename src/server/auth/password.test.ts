import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './password.js';
import { assertPasswordPolicy } from './password-policy.js';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const h = await hashPassword('正确的口令123');
    expect(h).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('正确的口令123', h)).toBe(true);
    expect(await verifyPassword('正确的口令124', h)).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'));
  });

  it('rejects malformed stored hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1$2')).toBe(false);
  });

  it('generates long random passwords that satisfy the password policy (「身份鉴别信息具有复杂度要求」)', () => {
    const a = generatePassword();
    expect(a.length).toBeGreaterThanOrEqual(16);
    expect(a).not.toBe(generatePassword());
    for (let i = 0; i < 200; i++)
      expect(() => assertPasswordPolicy(generatePassword(), 'admin')).not.toThrow();
  });
});
