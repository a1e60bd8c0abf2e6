import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from './regex.js';

const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it('gives what matchAll gives, captures and indices included', () => {
    const re = /对([^，。]{1,6}?)处以/g;
    const text = '依法对张某处以罚款，对李某处以警告。';
    expect(summary(allMatches(re, text))).toEqual(summary(text.matchAll(re)));
    expect(re.lastIndex).toBe(0);
  });

  it('moves past empty matches by one character, by one code point with the u flag', () => {
    expect(summary(allMatches(/x*/g, 'ab'))).toEqual(summary('ab'.matchAll(/x*/g)));
    expect(summary(allMatches(/x*/gu, 'a😀b'))).toEqual(summary('a😀b'.matchAll(/x*/gu)));
  });

  it('agrees with matchAll on any text (property)', () => {
    const patterns = [/某+/g, /[一二三]?条/g, /(罚款)?/g, /.?/gu];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('某', '一', '条', '罚', '款', 'a', '😀', '，') }),
        fc.nat(3),
        (text, k) => {
          const re = patterns[k]!;
          expect(summary(allMatches(re, text))).toEqual(summary(text.matchAll(re)));
        },
      ),
    );
  });

  it('refuses an expression without the g flag, naming it', () => {
    expect(() => allMatches(/某/, '某')).toThrow(/\/某\//);
  });
});
