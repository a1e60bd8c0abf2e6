import { describe, expect, it } from 'vitest';
import { placePrefix } from './place-prefix.js';

describe('placePrefix', () => {
  it('stops at an interview’s verb (——访某市委网信办…): 访 is no place', () => {
    const text = '——访某江市委网信办执法处处长';
    expect(placePrefix(text, text.indexOf('网信办'))).toBe('某江市委');
  });
});
