/** The citation parser over generated text and mutated bulletin text: never throws; every span is inside the text. */
import fc from 'fast-check';
import { parseCitations } from '../../src/core/citations/parse-citations.js';
import { bulletinTexts } from './fixtures.js';
import { mutatedText, NASTY_STRINGS } from './mutate.js';
import type { FuzzTarget } from './target.js';

/** Pieces of the citation grammar, so that generated text reaches its paths, not only its refusals. */
export const CITATION_PIECES = [
  '《网络安全法》',
  '《中华人民共和国网络安全法》',
  '《数据安全法》',
  '《个人信息保护法》',
  '网安法',
  '《刑法》',
  '《计算机信息网络国际联网安全保护管理办法》',
  '《',
  '》',
  '<<',
  '>>',
  '〈',
  '〉',
  '本法',
  '本办法',
  '该法',
  '依据',
  '根据',
  '违反了',
  '依',
  '之规定',
  '规定',
  '第',
  '条',
  '款',
  '项',
  '目',
  '之一',
  '之二',
  '章',
  '节',
  '一',
  '二',
  '十',
  '百',
  '千',
  '万',
  '零',
  '〇',
  '两',
  '壹',
  '拾',
  '5',
  '59',
  '５',
  '0',
  '0x1',
  '1e3',
  '99999999999999999999',
  '九九九九九九九九九九九九',
  '、',
  '，',
  ',',
  '和',
  '及',
  '以及',
  '或者',
  '至',
  '到',
  '-',
  '～',
  '~',
  '(',
  ')',
  '（',
  '）',
  ' ',
  '\u3000',
  '\t',
  '。',
  '；',
  '\n',
  '\r\n',
  '\r',
  '的',
  '了',
  '🙂',
  '\ud800',
  '\udc00',
  '\u200b',
  '\u202e',
  '\ufeff',
  '罚款',
  '行政处罚',
  '第五十九条第一款第（二）项',
  '第六十四条之一',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CITATION_PIECES) },
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
