/**
 * The extractor as the server runs it (extractBulletin: decode, then extract, with the server's caps) over text,
 * HTML and .docx bytes, generated and mutated from the real bulletins: it returns a result whose doubts stand
 * beside its cases, or refuses with a DomainError — never anything else.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { MAX_BULLETIN_CASES } from '../../src/core/extraction/extract.js';
import { isDomainError } from '../../src/core/shared/errors.js';
import { extractBulletin } from '../../src/server/extraction/extract-bulletin.js';
import { PIECES as CITATION_PIECES } from './citations.js';
import { bulletinDocx, bulletinHtml, bulletinTexts } from './fixtures.js';
import { mutatedBytes, mutatedText, NASTY_STRINGS } from './mutate.js';
import type { FuzzTarget } from './target.js';

/** Lines of bulletins: case openings, the sanction sentences, tables. */
const BULLETIN_PIECES = [
  '案例一',
  '一、',
  '（一）',
  '1.',
  '典型案例',
  '某科技有限公司',
  '张某某',
  '某市公安局网安支队',
  '2021年3月',
  '二〇二一年十二月三十一日',
  '违反',
  '依据',
  '给予警告',
  '并处罚款人民币五万元',
  '罚款1.5万元',
  '罚款壹万元整',
  '没收违法所得',
  '责令改正',
  '行政拘留五日',
  '暂停相关业务',
  '对直接负责的主管人员处罚款一万元',
  '｜',
  '|',
  '\t',
  '单位名称',
  '处罚决定书文号',
  '公网安罚决字〔2021〕1号',
  '第',
  '条',
  '款',
  '元',
  '万元',
  '。',
  '：',
  '\n',
  '\n\n',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BULLETIN_PIECES, ...CITATION_PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 1000)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const generatedText = fc.array(piece, { maxLength: 120 }).map((p) => p.join(''));

const TAGS = [
  'div',
  'p',
  'span',
  'table',
  'tr',
  'td',
  'th',
  'br',
  'section',
  'b',
  'font',
  'li',
  'ul',
  'script',
  'style',
  'pre',
  'img',
  'a',
  'title',
  'head',
  'body',
  'html',
  '!--',
  'svg',
  'template',
  'noscript',
  'iframe',
  'textarea',
];
const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&nbsp;',
  '&#20013;',
  '&#x4e2d;',
  '&#0;',
  '&#x110000;',
  '&#xd800;',
  '&#99999999999;',
  '&ensp;',
  '&emsp;',
  '&',
  '&#',
  '&#x;',
  '&unknown;',
  '&amp',
  '&quot;',
  '&#12288;',
];
const ATTRS = [
  '',
  ' style="display:none"',
  ' class="x"',
  " data-x='\"'",
  ' hidden',
  ' colspan="999999"',
  ' rowspan="-1"',
  ' charset="gbk"',
  ' a=<b>',
];

/** HTML the way bad pages write it: deep nesting, unclosed and stray tags, entities, scripts and tables. */
const htmlNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    piece,
    fc.constantFrom(...ENTITIES),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.constantFrom(...ATTRS),
        fc.array(tie('node'), { maxLength: 5 }),
        fc.boolean(),
      )
      .map(([tag, attr, kids, close]) => `<${tag}${attr}>${kids.join('')}${close ? `</${tag}>` : ''}`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.nat(300))
      .map(([tag, depth]) => `<${tag}>`.repeat(depth) + '罚款一万元' + `</${tag}>`.repeat(depth >> 1)),
    fc.constantFrom(
      '</div>',
      '</td></tr></table>',
      '<![CDATA[',
      ']]>',
      '<!DOCTYPE html>',
      '<?xml version="1.0"?>',
      '<meta charset="gb2312">',
      '-->',
    ),
  ),
})).node;

const utf8 = (s: string) => new TextEncoder().encode(s);
const decoder = new TextDecoder();

async function assertExtracts(bytes: Uint8Array, filename: string): Promise<void> {
  try {
    const r = await extractBulletin(bytes, filename);
    if (r.cases.length > MAX_BULLETIN_CASES) throw new Error(`${r.cases.length} cases, over the cap`);
    if (r.doubts.length !== r.cases.length)
      throw new Error(`${r.doubts.length} doubts beside ${r.cases.length} cases`);
  } catch (e) {
    if (!isDomainError(e)) throw e;
  }
}

export const extractTextTarget: FuzzTarget = {
  name: 'extract-text',
  share: 0.17,
  setup: async () => {
    const texts = bulletinTexts();
    const text = fc.oneof(
      generatedText,
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.constantFrom(...texts).chain((t) => mutatedText(t, piece)),
    );
    const bytes = fc.oneof(
      { weight: 4, arbitrary: text.map(utf8) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
      { weight: 1, arbitrary: fc.constantFrom(...texts).chain((t) => mutatedBytes(utf8(t))) },
    );
    return {
      property: fc.asyncProperty(
        bytes,
        fc.constantFrom('公告.txt', '公告', 'a.md', '通报.TXT'),
        assertExtracts,
      ),
      close: async () => {},
    };
  },
};

export const extractHtmlTarget: FuzzTarget = {
  name: 'extract-html',
  share: 0.08,
  setup: async () => {
    const pages = bulletinHtml();
    const generated = fc.array(htmlNode, { maxLength: 12 }).map((n) => n.join(''));
    const html = fc.oneof(
      generated.map(utf8),
      generated.map((g) =>
        utf8(`<html><head><meta charset="utf-8"><title>通报</title></head><body>${g}</body></html>`),
      ),
      fc.constantFrom(...pages).chain((p) => mutatedBytes(p)),
      fc.constantFrom(...pages).chain((p) => mutatedText(decoder.decode(p), htmlNode).map(utf8)),
    );
    return {
      property: fc.asyncProperty(html, fc.constantFrom('page.html', 'page.htm', 'page'), assertExtracts),
      close: async () => {},
    };
  },
};

export const extractDocxTarget: FuzzTarget = {
  name: 'extract-docx',
  share: 0.006,
  setup: async () => {
    const [docx] = bulletinDocx();
    if (!docx) throw new Error('no .docx fixture in fixtures/bulletins');
    const zip = await JSZip.loadAsync(docx);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const xmlPiece = fc.oneof(
      piece,
      fc.constantFrom(
        '<w:p>',
        '</w:p>',
        '<w:r><w:t>',
        '</w:t></w:r>',
        '<w:tbl>',
        '<w:tc>',
        '<w:br/>',
        '<w:tab/>',
        '&amp;',
        '&#0;',
        '<!ENTITY x "xx">',
        '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]>',
        '&a;',
        ']]>',
        '<w:t xml:space="preserve">',
      ),
      fc.nat(400).map((d) => '<w:p><w:r><w:t>'.repeat(d)),
    );
    /** Bytes as they come, or the real package with its document.xml edited (a valid zip whose XML is bad). */
    const input = fc.oneof(
      mutatedBytes(docx).map((bytes) => ({ bytes })),
      mutatedText(documentXml, xmlPiece).map((xml) => ({ xml })),
      fc
        .uint8Array({ maxLength: 300 })
        .map((b) => ({ bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b]) })),
    );
    const bytesOf = async (i: { bytes: Uint8Array } | { xml: string }) => {
      if ('bytes' in i) return i.bytes;
      const copy = await JSZip.loadAsync(docx);
      copy.file('word/document.xml', i.xml);
      return copy.generateAsync({ type: 'uint8array' });
    };
    return {
      property: fc.asyncProperty(input, async (i) => assertExtracts(await bytesOf(i), '通报.docx')),
      close: async () => {},
    };
  },
};
