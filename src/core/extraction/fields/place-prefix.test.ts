import { describe, expect, it } from 'vitest';
import { placePrefix } from './place-prefix.js';

describe('placePrefix', () => {
  it('stops at an interview’s verb (——访某市委网信办…): 访 is no place', () => {
    const text = '——访某江市委网信办执法处处长';
    expect(placePrefix(text, text.indexOf('网信办'))).toBe('某江市委');
  });

  it('stops at an example’s cue (比如/例如 某地某公司…): the cue is no place (blind72 class)', () => {
    const text = '我们坚持从旧兼从轻。比如岱州某软件有限公司的平台';
    expect(placePrefix(text, text.indexOf('某'))).toBe('岱州');
    const other = '例如青川某科技公司';
    expect(placePrefix(other, other.indexOf('某'))).toBe('青川');
  });
});
