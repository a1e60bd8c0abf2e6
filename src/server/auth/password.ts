/** Password hashing with node:crypto scrypt: scrypt$N$r$p$salt$hash (base64), compared in constant time. */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { characterClasses, MIN_CHARACTER_CLASSES } from './password-policy.js';

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

function scrypt(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((res, rej) =>
    scryptCb(password.normalize('NFC'), salt, KEYLEN, opts, (err, key) => (err ? rej(err) : res(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A random password (printed once): 16 characters of base64url, drawn again until it has three character classes
 * (the password policy, password-policy.ts; a draw fails that in about one case in 2,000).
 */
export function generatePassword(): string {
  for (;;) {
    const pw = randomBytes(12).toString('base64url');
    if (characterClasses(pw).length >= MIN_CHARACTER_CLASSES) return pw;
  }
}
