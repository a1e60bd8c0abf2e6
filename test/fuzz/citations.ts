/** The citation parser over generated text and mutated bulletin text: never throws; every span is inside the text. */
import fc from 'fast-check';
import { CITATION_PIECES } from '../../src/core/citations/citation-pieces.test-support.js';
import { parseCitations } from '../../src/core/citations/parse-citations.js';
import { bulletinTexts } from './fixtures.js';
import { mutatedText, NASTY_STRINGS } from './mutate.js';
import type { FuzzTarget } from './target.js';

/**
 * The property test's pieces of the citation grammar and more (other laws, rarer units and numerals, number forms a
 * parser could mistake, invisible and control characters), so that generated text reaches its paths, not only its
 * refusals.
 */
export const PIECES: readonly string[] = [
  ...CITATION_PIECES,
  '《个人信息保护法》',
  '目',
  '之二',
  '节',
  '千',
  '万',
  '〇',
  '0x1',
  '1e3',
  '九九九九九九九九九九九九',
  '到',
  '~',
  '\t',
  '\r',
  '\udc00',
  '\u200b',
  '\u202e',
  '\ufeff',
  '第五十九条第一款第（二）项',
  '第六十四条之一',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 1000)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

export const citationsTarget: FuzzTarget = {
  name: 'citations',
  share: 0.53,
  setup: async () => {
    const texts = bulletinTexts();
    const grammar = fc.array(piece, { maxLength: 80 }).map((p) => p.join(''));
    const text = fc.oneof(
      grammar,
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.constantFrom(...texts).chain((t) => mutatedText(t.slice(0, 2000), piece)),
    );
    const selfLaw = fc.option(
      fc.oneof(fc.constantFrom('网络安全法', '数据安全法', ''), fc.string({ maxLength: 12 })),
      {
        nil: undefined,
      },
    );
    return {
      property: fc.property(text, selfLaw, (t, self) => {
        for (const c of parseCitations(t, self === undefined ? {} : { selfLaw: self })) {
          if (
            !(c.start >= 0 && c.start < c.end && c.end <= t.length) ||
            c.source !== t.slice(c.start, c.end)
          ) {
            throw new Error(`citation span out of the text: ${JSON.stringify(c)}`);
          }
          if (c.article !== null && !(Number.isInteger(c.article) && c.article >= 1)) {
            throw new Error(`article not a positive integer: ${JSON.stringify(c)}`);
          }
        }
      }),
      close: async () => {},
    };
  },
};
