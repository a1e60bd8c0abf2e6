import { describe, expect, it } from 'vitest';
import { fnv1a } from './fnv.js';

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('differs for texts that differ in one character', () => {
    expect(fnv1a('第二十三条')).not.toBe(fnv1a('第二十一条'));
  });
});
