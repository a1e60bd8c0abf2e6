/**
 * Property tests: the extractor never crashes — on any string, any bytes, and the ningxia bulletin cut at
 * random points — its records always validate against the schema, and every provision it reports has its
 * article number written in the text.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import { isDomainError } from '../shared/errors.js';
import { formatChineseInteger } from '../shared/numerals.js';
import { extractCases, extractFromBytes } from './extract.js';

const root = resolve(import.meta.dirname, '../../..');
const NINGXIA = readFileSync(join(root, 'fixtures/bulletins/dev/ningxia-2021.txt'), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(root, 'data/schema/case-record.schema.json'), 'utf8')) as object,
);

/** The article's number as the text may write it: 64, 六十四, ６４, or digit by digit 六四 (a text cut inside 第二十九条). */
function articleWritten(text: string, article: number): boolean {
  const fullWidth = String(article).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const digitByDigit = String(article).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
  return [
    String(article),
    formatChineseInteger(article),
    fullWidth,
    digitByDigit,
    digitByDigit.replace(/〇/g, '零'),
  ].some((f) => text.includes(f));
}

function checkRecords(text: string, records: CaseRecord[]): void {
  for (const r of records) {
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    for (const p of r.provisions) {
      if (p.article !== null)
        expect(articleWritten(text, p.article), `${p.law} ${p.article} in ${JSON.stringify(text)}`).toBe(
          true,
        );
    }
  }
}

/** Pieces of bulletin language, so that random texts reach the interesting paths. */
const PIECES = [
  '案例一',
  '案例2：',
  '【案例三】',
  '一、',
  '（二）',
  '3.',
  '01',
  '★整治网络秩序',
  '警示意义：',
  '网警提醒：',
  '\n',
  '\n\n',
  '，',
  '。',
  '；',
  ',',
  '(',
  ')',
  '2021年1月份',
  '7月份',
  '2019年10月28日',
  '今年',
  '某公司',
  '闫某',
  '该公司',
  '其',
  '侯某某',
  '直接负责的主管人员',
  '分别',
  '银川市兴庆区网安部门',
  '公安机关',
  '县公安局',
  '网信办',
  '依据',
  '根据',
  '《网络安全法》',
  '《中华人民共和国数据安全法》',
  '《个人信息保护法》',
  '第六十四条第二款',
  '第二十一条第（二）项',
  '第27条',
  '、六十条',
  '之规定',
  '给予',
  '对',
  '处以',
  '罚款',
  '1500元',
  '1.5万元',
  '壹万伍仟元',
  '五万元',
  '警告',
  '行政拘留三日',
  '没收违法所得',
  '责令限期整改',
  '责令暂停相关业务',
  '吊销',
  '关停',
  '依法给予行政处罚',
  '判处有期徒刑',
  '罚金',
  '以上',
  '以下',
  '第二十一条 国家实行',
  '立即',
  '投稿',
  '返回',
  '顶部',
  '<p>',
  '</p>',
  '<div class="share">',
  '</div>',
  '案',
  '发现',
  '违法所得2万余元',
];

const bulletinish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((xs) => xs.join(''));

describe('extractCases never crashes', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        checkRecords(text, extractCases(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on text made of bulletin pieces', () => {
    fc.assert(
      fc.property(bulletinish, (text) => {
        checkRecords(text, extractCases(text));
      }),
      { numRuns: 400 },
    );
  });

  it('on the ningxia bulletin cut at random points', () => {
    fc.assert(
      fc.property(fc.nat(NINGXIA.length), fc.nat(NINGXIA.length), (a, b) => {
        const text = NINGXIA.slice(Math.min(a, b), Math.max(a, b));
        checkRecords(text, extractCases(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on the ningxia bulletin with pieces cut out', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(NINGXIA.length), fc.nat(40)), { maxLength: 8 }), (cuts) => {
        let text = NINGXIA;
        for (const [at, len] of cuts) text = text.slice(0, at) + text.slice(at + len);
        checkRecords(text, extractCases(text));
      }),
      { numRuns: 150 },
    );
  });
});

describe('extractFromBytes never crashes', () => {
  it('on any bytes: records, or a DomainError naming what the bytes looked like', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        try {
          const r = await extractFromBytes(bytes, { filename: 'x.bin' });
          for (const rec of r.records) expect(validate(rec)).toBe(true);
        } catch (e) {
          expect(isDomainError(e), String(e)).toBe(true);
          if (isDomainError(e)) expect(e.code).toBe('UNREADABLE_INPUT');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on the UTF-8 bytes of the ningxia bulletin cut anywhere (even inside a character)', async () => {
    const utf8 = new TextEncoder().encode(NINGXIA);
    await fc.assert(
      fc.asyncProperty(fc.nat(utf8.length), fc.nat(utf8.length), async (a, b) => {
        const slice = utf8.subarray(Math.min(a, b), Math.max(a, b));
        try {
          const r = await extractFromBytes(slice);
          // Never mojibake: a cut UTF-8 file is still read as UTF-8.
          expect(r.encoding).toBe('utf-8');
          checkRecords(new TextDecoder().decode(slice), r.records);
        } catch (e) {
          expect(isDomainError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
