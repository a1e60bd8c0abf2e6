import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProvisionRef } from '../shared/case-record.js';
import { formatChineseInteger, tryParseChineseInteger } from '../shared/numerals.js';
import { LAWS } from '../statutes/catalogue.js';
import { CHINESE_NUMERAL, DIGIT, is, RANGE_MARK } from './char-classes.js';
import { formatCitation, parseCitations, type Citation } from './parse-citations.js';
import { CITATION_PIECES as PIECES } from './citation-pieces.test-support.js';
import { MAX_ARTICLE } from './reference-units.js';

const grammarText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  grammarText,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

/** Every integer written in `s` (Arabic or Chinese numerals). */
function numbersIn(s: string): number[] {
  const out: number[] = [];
  let k = 0;
  while (k < s.length) {
    const cls = is(s, k, DIGIT) ? DIGIT : is(s, k, CHINESE_NUMERAL) ? CHINESE_NUMERAL : 0;
    if (cls === 0) {
      k++;
      continue;
    }
    let e = k;
    while (is(s, e, cls)) e++;
    const v = tryParseChineseInteger(s.slice(k, e));
    if (v !== undefined) out.push(v);
    k = e;
  }
  return out;
}

/** The number is written in the span, or the span is a range whose written ends enclose it. */
function writtenIn(n: number, source: string): boolean {
  const nums = numbersIn(source);
  if (nums.includes(n)) return true;
  const hasRange = [...source].some((_, k) => is(source, k, RANGE_MARK));
  return hasRange && nums.some((a) => a < n) && nums.some((b) => b > n);
}

function checkInvariants(text: string, found: Citation[]): void {
  let lastStart = -1;
  for (const c of found) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeLessThan(c.end);
    expect(c.start).toBeGreaterThanOrEqual(lastStart);
    lastStart = c.start;
    expect(c.source).toBe(text.slice(c.start, c.end));
    expect(c.law.length).toBeGreaterThan(0);
    if (c.article === null) {
      expect(c.paragraph).toBeNull();
      expect(c.item).toBeNull();
      continue;
    }
    expect(Number.isInteger(c.article) && c.article >= 1 && c.article <= MAX_ARTICLE).toBe(true);
    expect(writtenIn(c.article, c.source)).toBe(true);
    if (c.paragraph !== null) expect(writtenIn(c.paragraph, c.source)).toBe(true);
    if (c.item !== null) expect(writtenIn(c.item, c.source)).toBe(true);
  }
}

describe('parseCitations properties', () => {
  it('never throws, and every span is inside the text, ordered, and writes its numbers', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), (text, selfLaw) => {
        const found = parseCitations(text, selfLaw === undefined ? {} : { selfLaw });
        checkInvariants(text, found);
      }),
      { numRuns: 3000 },
    );
  });

  it('never returns an article for huge numbers, in any numeral form', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10000n, max: 10n ** 30n }), fc.boolean(), (n, chinese) => {
        const written = chinese && n < 10n ** 12n ? formatChineseInteger(Number(n)) : n.toString();
        const text = `依据《网络安全法》第${written}条、第${'九'.repeat(5 + Number(n % 20n))}条`;
        const found = parseCitations(text);
        checkInvariants(text, found);
        expect(found.filter((c) => c.article !== null)).toEqual([]);
      }),
    );
  });

  const ref = fc.record({
    law: fc.constantFrom(...LAWS.map((l) => l.name)),
    article: fc.integer({ min: 1, max: MAX_ARTICLE }),
    paragraph: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
    item: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
  });

  it('reads back what formatCitation writes', () => {
    fc.assert(
      fc.property(ref, (r: ProvisionRef) => {
        const text = formatCitation(r);
        const found = parseCitations(text);
        expect(found.map(({ law, article, paragraph, item }) => ({ law, article, paragraph, item }))).toEqual(
          [r],
        );
        expect(found[0]?.known).toBe(true);
        expect(found[0]?.source).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads every article of an enumeration, whatever the connector and the numerals', () => {
    const connector = fc.constantFrom('、', '，', ',', '和', '及', '以及', '或者', ' 、 ');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 }),
        fc.array(connector, { minLength: 8, maxLength: 8 }),
        fc.array(fc.constantFrom('chinese', 'arabic', 'bare'), { minLength: 8, maxLength: 8 }),
        (articles, connectors, styles) => {
          let text = '依据《网络安全法》';
          articles.forEach((a, k) => {
            if (k > 0) text += connectors[k] ?? '、';
            const style = styles[k] ?? 'chinese';
            const num = style === 'arabic' ? String(a) : formatChineseInteger(a);
            text += style === 'bare' && k > 0 ? `${num}条` : `第${num}条`;
          });
          text += '之规定，给予警告。';
          const found = parseCitations(text);
          checkInvariants(text, found);
          expect(found.map((c) => c.article)).toEqual(articles);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a provision written in any of the styles bulletins use', () => {
    const fullWidth = (n: number): string =>
      String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const numeral = fc.constantFrom<(n: number) => string>(formatChineseInteger, String, fullWidth);
    const lawName = fc.constantFrom<[string, string]>(
      ['《中华人民共和国网络安全法》', '网络安全法'],
      ['《网络安全法》', '网络安全法'],
      ['网安法', '网络安全法'],
      ['中华人民共和国网络安全法', '网络安全法'],
      ['《计算机信息网络国际联网安全保护管理办法》', '计算机信息网络国际联网安全保护管理办法'],
      ['计算机信息网络国际联网安全保护管理办法', '计算机信息网络国际联网安全保护管理办法'],
      ['《个人信息保护法》', '个人信息保护法'],
      ['<<数据安全法>>', '数据安全法'],
    );
    const itemStyle = fc.constantFrom<(w: string) => string>(
      (w) => `第（${w}）项`,
      (w) => `第(${w})项`,
      (w) => `第${w}项`,
      (w) => `（${w}）项`,
      (w) => `(${w})项`,
      (w) => `第 ( ${w} ) 项`,
    );
    const space = fc.constantFrom('', ' ', '\u3000');
    fc.assert(
      fc.property(
        lawName,
        fc.integer({ min: 1, max: 500 }),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        numeral,
        itemStyle,
        space,
        fc.constantFrom('根据', '依据', '违反', ''),
        ([written, law], article, paragraph, item, num, itemAs, sp, verb) => {
          let text = `${verb}${written}第${sp}${num(article)}${sp}条`;
          if (paragraph !== null) text += `第${num(paragraph)}款`;
          if (item !== null) text += itemAs(num(item));
          text += '之规定，给予警告。';
          const found = parseCitations(text);
          checkInvariants(text, found);
          expect(found.map(({ law: l, article: a, paragraph: p, item: i }) => [l, a, p, i])).toEqual([
            [law, article, paragraph, item],
          ]);
          expect(found[0]?.start).toBe(verb.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
