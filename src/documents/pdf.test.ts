import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../core/shared/errors.js';
import { CHROMIUM, PdfRenderer } from './pdf.js';
import { pdfFacts, ptToMm } from './pdf-facts.test-support.js';
import { DECISION, NOTICE_RECORD, ON_THE_SPOT } from './samples.test-support.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`PDF tests skipped: ${CHROMIUM} is not installed (Debian package chromium)`);

describe('PdfRenderer: what is missing is named', () => {
  it('no Chromium', async () => {
    const r = new PdfRenderer({ executablePath: '/nonexistent/chromium' });
    const e: unknown = await r.render(DECISION).catch((x: unknown) => x);
    expect(isDomainError(e) && e.code).toBe('RENDERER_UNAVAILABLE');
    expect(isDomainError(e) && e.details).toEqual({ missing: 'chromium', path: '/nonexistent/chromium' });
  });

  it('no Noto Serif CJK font file', async () => {
    const r = new PdfRenderer({ fontFiles: ['/nonexistent/NotoSerifCJK-Regular.ttc'] });
    const e: unknown = await r.render(DECISION).catch((x: unknown) => x);
    expect(isDomainError(e) && e.code).toBe('RENDERER_UNAVAILABLE');
    expect(isDomainError(e) && e.details).toEqual({
      missing: 'font',
      path: '/nonexistent/NotoSerifCJK-Regular.ttc',
    });
    expect(isDomainError(e) && e.message).toContain('fonts-noto-cjk');
  });
});

describe.skipIf(!hasChromium)('PdfRenderer with Chromium', () => {
  const renderer = new PdfRenderer();
  afterAll(() => renderer.close());

  it('A4 pages with Noto Serif CJK SC embedded, so the PDF reads the same everywhere (说明 第2项: A4)', async () => {
    const facts = pdfFacts(await renderer.render(DECISION));
    expect(facts.isPdf).toBe(true);
    expect(facts.pages.length).toBeGreaterThanOrEqual(1);
    for (const p of facts.pages) expect([ptToMm(p.width), ptToMm(p.height)]).toEqual([210.2, 297]);
    expect(facts.embedded).toBe(true);
    expect(facts.fonts.length).toBeGreaterThan(0);
    expect(facts.fonts).toEqual(['NotoSerifCJKsc-Regular']);
  });

  it('当场处罚决定书 on one A5 page (说明 第2项: 当场处罚决定书版心130mm×160mm)', async () => {
    const facts = pdfFacts(await renderer.render(ON_THE_SPOT));
    expect(facts.pages.map((p) => [ptToMm(p.width), ptToMm(p.height)])).toEqual([[148.2, 210.2]]);
  });

  it('one browser for many renders, a page each; after close() a render launches another', async () => {
    const [a, b] = await Promise.all([renderer.render(NOTICE_RECORD), renderer.render(DECISION)]);
    expect(pdfFacts(a).pages.length).toBeGreaterThan(1);
    expect(pdfFacts(b).isPdf).toBe(true);
    await renderer.close();
    expect(pdfFacts(await renderer.render(ON_THE_SPOT)).isPdf).toBe(true);
  });
});

describe.skipIf(!hasChromium)('PdfRenderer on shutdown', () => {
  it('a process that closes it on SIGTERM leaves no Chromium folder in the temporary directory (issue 12)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'wangan-pdf-shutdown-'));
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'pdf-shutdown.test-support.ts')],
        {
          env: { ...process.env, TMPDIR: tmp },
          stdio: 'pipe',
          timeout: 60_000,
        },
      );
      expect(readdirSync(tmp).filter((f) => f.startsWith('org.chromium.'))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 90_000);
});
