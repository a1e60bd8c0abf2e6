import { describe, expect, it } from 'vitest';
import { placePrefix } from './place-prefix.js';

describe('placePrefix', () => {
  it('stops at an interview’s verb (——访某市委网信办…): 访 is no place', () => {
    const text = '——访某江市委网信办执法处处长';
    expect(placePrefix(text, text.indexOf('网信办'))).toBe('某江市委');
  });
});

describe('placePrefix: a referral’s verb (blind75 class)', () => {
  it('stops at 移送 / 移交 (已将线索移送公安机关: no place)', () => {
    const text = '已将线索移送公安机关依法处理';
    expect(placePrefix(text, text.indexOf('公安机关'))).toBe('');
    const other = '将案件移交某县网信办';
    expect(placePrefix(other, other.indexOf('网信办'))).toBe('某县');
  });
});
