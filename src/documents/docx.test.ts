import { describe, expect, it, vi } from 'vitest';
import type { LegalDocument } from '../core/documents/model.js';
import { documentText } from '../core/documents/text.js';
import { pinZipDates, readParts } from './docx-package.js';
import { STYLE } from './docx-styles.js';
import { docxText } from './docx-text.js';
import { renderDocx } from './docx.js';
import { DECISION, NOTICE_RECORD, ON_THE_SPOT, REGISTRATION, SAMPLES } from './samples.test-support.js';

const parts = async (doc: LegalDocument) => readParts(await renderDocx(doc), () => true);
const part = (p: Map<string, string>, path: string) => {
  const xml = p.get(path);
  if (xml === undefined) throw new Error(`no ${path}`);
  return xml;
};
/** One w:style element by its id. */
const style = (styles: string, id: string) => {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
};
const mmToTwips = (mm: number) => Math.round((mm / 25.4) * 1440);

describe('renderDocx: styles and fonts', () => {
  it('body 3号仿宋 and title 2号小标宋 in named styles, Times New Roman for digits (说明 一、一般要求 第2项: 标题2号小标宋，正文3号仿宋)', async () => {
    const styles = part(await parts(DECISION), 'word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(defaults).toMatch(/w:ascii="Times New Roman"/);
    expect(defaults).toMatch(/w:hAnsi="Times New Roman"/);
    expect(defaults).toMatch(/w:hint="eastAsia"/);
    expect(defaults).toMatch(/<w:sz w:val="32"\/>/);
    expect(defaults).toMatch(/w:eastAsia="zh-CN"/);
    const title = style(styles, STYLE.title);
    expect(title).toMatch(/w:name w:val="文书标题"/);
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toMatch(/w:ascii="Times New Roman"/);
    expect(title).toMatch(/<w:sz w:val="44"\/>/);
    expect(title).toMatch(/<w:jc w:val="center"\/>/);
    expect(style(styles, STYLE.organ)).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(style(styles, STYLE.number)).toMatch(/<w:jc w:val="right"\/>/);
  });

  it('body text: first line indented two characters, fixed 28.95 pt lines — 22 lines fill the 225 mm type area (GB/T 9704 5.2.2: 每面排22行)', async () => {
    const styles = part(await parts(DECISION), 'word/styles.xml');
    expect(style(styles, STYLE.body)).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(styles).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
    expect(22 * 28.95).toBeLessThanOrEqual((225 / 25.4) * 72);
    const doc = part(await parts(DECISION), 'word/document.xml');
    expect(doc).toMatch(/<w:pStyle w:val="WanganBody"\/>/);
    expect(doc).toMatch(/<w:pStyle w:val="WanganTitle"\/>.*行政处罚决定书/);
  });

  it('word/fontTable.xml names a GB2312 fallback for each Chinese font (altName, charset 86, family, panose)', async () => {
    const fonts = part(await parts(DECISION), 'word/fontTable.xml');
    const entry = (name: string) =>
      new RegExp(`<w:font w:name="${name}">.*?</w:font>`).exec(fonts)?.[0] ?? '';
    expect(entry('仿宋_GB2312')).toMatch(
      /<w:altName w:val="仿宋"\/>.*<w:panose1 w:val="02010609030101010101"\/><w:charset w:val="86"\/><w:family w:val="modern"\/>/,
    );
    expect(entry('仿宋')).toMatch(/<w:altName w:val="FangSong"\/>.*<w:charset w:val="86"\/>/);
    expect(entry('方正小标宋简体')).toMatch(/<w:altName w:val="宋体"\/>.*<w:charset w:val="86"\/>/);
    expect(entry('宋体')).toMatch(/<w:altName w:val="SimSun"\/>.*<w:charset w:val="86"\/>/);
    expect(entry('Times New Roman')).toMatch(/<w:charset w:val="00"\/><w:family w:val="roman"\/>/);
    for (const name of ['仿宋_GB2312', '方正小标宋简体', '宋体']) expect(entry(name)).toMatch(/w:csb0="0004/);
  });
});

describe('renderDocx: pages', () => {
  it('A4 with GB/T 9704 margins (5.2.1: 天头37 mm±1 mm，订口28 mm±1 mm；版心156 mm×225 mm)', async () => {
    const doc = part(await parts(DECISION), 'word/document.xml');
    expect(doc).toMatch(new RegExp(`<w:pgSz w:w="${mmToTwips(210)}" w:h="${mmToTwips(297)}"`));
    expect(doc).toMatch(
      new RegExp(
        `<w:pgMar w:top="${mmToTwips(37)}" w:right="${mmToTwips(26)}" w:bottom="${mmToTwips(35)}" w:left="${mmToTwips(28)}"`,
      ),
    );
  });

  it('当场处罚决定书 on a 130 × 160 mm type area (说明 第2项: 当场处罚决定书版心130mm×160mm), smaller type', async () => {
    const p = await parts(ON_THE_SPOT);
    const doc = part(p, 'word/document.xml');
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(doc)!;
    const mar = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(doc)!;
    const [w, h, top, right, bottom, left] = [...size.slice(1), ...mar.slice(1)].map(Number) as number[];
    expect(Math.abs(w! - left! - right! - mmToTwips(130))).toBeLessThanOrEqual(2);
    expect(Math.abs(h! - top! - bottom! - mmToTwips(160))).toBeLessThanOrEqual(2);
    const styles = part(p, 'word/styles.xml');
    expect(/<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)![0]).toMatch(/<w:sz w:val="21"\/>/);
    expect(style(styles, STYLE.title)).toMatch(/<w:sz w:val="36"\/>/);
  });

  it('page numbers 「— 1 —」, odd pages right and even pages left (GB/T 9704 7.5: 单页码居右空一字，双页码居左空一字)', async () => {
    const p = await parts(DECISION);
    expect(part(p, 'word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>/);
    const doc = part(p, 'word/document.xml');
    expect(doc).toMatch(/<w:footerReference w:type="default"/);
    expect(doc).toMatch(/<w:footerReference w:type="even"/);
    const footers = [...p.entries()].filter(([k]) => /^word\/footer\d+\.xml$/.test(k)).map(([, v]) => v);
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toMatch(/— <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:t[^>]*> —<\/w:t>/);
      expect(f).not.toMatch(/NUMPAGES/);
    }
    expect(footers.some((f) => /<w:jc w:val="right"\/>/.test(f))).toBe(true);
    expect(footers.some((f) => /<w:jc w:val="left"\/>/.test(f))).toBe(true);
  });

  it('a 笔录 prints its signing line and 「第 X 页 共 Y 页」 on every page (程序规定 第七十七条: 应当在询问笔录上逐页签名或者捺指印)', async () => {
    const p = await parts(NOTICE_RECORD);
    expect(part(p, 'word/settings.xml')).not.toMatch(/<w:evenAndOddHeaders\/>/);
    const footer = part(p, 'word/footer1.xml');
    expect(footer).toContain(NOTICE_RECORD.page_sign_line);
    expect(footer).toMatch(/第 <\/w:t>.*>PAGE<.*> 页 共 <\/w:t>.*>NUMPAGES<.*> 页<\/w:t>/);
  });

  it('tables are ruled, cells span columns, rows do not split across pages', async () => {
    const doc = part(await parts(REGISTRATION), 'word/document.xml');
    const tbl = /<w:tbl>.*?<\/w:tbl>/.exec(doc)![0];
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(tbl).toMatch(new RegExp(`<w:${side} w:val="single" w:color="000000" w:sz="4"`));
    }
    expect(tbl).toMatch(/<w:gridSpan w:val="3"\/>/);
    expect(tbl).toMatch(/<w:cantSplit\/>/);
  });

  it('a page break starts the next copy on a new page without an empty first line; before a table it is a paragraph of its own', async () => {
    const doc = part(await parts(REGISTRATION), 'word/document.xml');
    expect(doc).toMatch(/<w:pageBreakBefore\/>.{0,200}银川市公安局兴庆区分局/);
    expect(doc).not.toMatch(/<w:br w:type="page"\/>/);
    const beforeTable: LegalDocument = {
      ...REGISTRATION,
      blocks: [{ type: 'paragraph', text: '甲' }, { type: 'page_break' }, REGISTRATION.blocks[3]!],
    };
    expect(part(await parts(beforeTable), 'word/document.xml')).toMatch(/<w:br w:type="page"\/>.*<w:tbl>/);
    expect(await docxText(await renderDocx(beforeTable))).toBe(documentText(beforeTable));
  });

  it('the seal goes over the organ’s name at the right, with the date (行政处罚法 第五十九条第二款: 必须盖有作出行政处罚决定的行政机关的印章)', async () => {
    const doc = part(await parts(DECISION), 'word/document.xml');
    expect(doc).toMatch(/<w:pStyle w:val="WanganSignature"\/>.*?银川市公安局兴庆区分局（印）/);
    const styles = part(await parts(DECISION), 'word/styles.xml');
    expect(style(styles, STYLE.signature)).toMatch(/<w:jc w:val="right"\/>/);
    expect(style(styles, STYLE.footer)).toMatch(/<w:sz w:val="28"\/>/);
  });
});

describe('renderDocx: text and bytes', () => {
  it.each(SAMPLES.map((d) => [d.title, d] as const))(
    '%s reads back as documentText, line for line',
    async (_, doc) => {
      expect(await docxText(await renderDocx(doc))).toBe(documentText(doc));
    },
  );

  it('markup characters are text, not XML', async () => {
    const doc: LegalDocument = {
      ...DECISION,
      blocks: [
        { type: 'paragraph', text: '<w:t>“引号”&amp; ‘单引号’ <b>粗体</b>\n第二行' },
        { type: 'fields', rows: [{ label: 'A&B', value: '"x" < y' }] },
      ],
    };
    expect(await docxText(await renderDocx(doc))).toBe(documentText(doc));
  });

  it('the same document gives the same bytes (the SHA-256 of an issued file can be recomputed)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-04-02T09:00:00+08:00'));
      const a = await renderDocx(DECISION);
      vi.setSystemTime(new Date('2026-12-31T23:59:58+08:00'));
      const b = await renderDocx(DECISION);
      expect(b.equals(a)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const core = part(await parts(DECISION), 'docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain('<dc:title>行政处罚决定书</dc:title>');
  });

  it('dating the zip entries refuses what is not a zip, naming where it failed', () => {
    expect(() => pinZipDates(Buffer.alloc(64))).toThrow(
      expect.objectContaining({
        code: 'UNREADABLE_INPUT',
        details: { what: 'end of central directory', offset: 64 },
      }),
    );
  });
});
