/**
 * A LegalDocument as PDF: its HTML (html.ts) printed by Chromium — Debian's /usr/bin/chromium driven by
 * playwright-core, never a downloaded browser — with Noto Serif CJK SC embedded, so the PDF looks the same on every
 * machine. One browser is launched on the first render and reused; each render has a page of its own while it runs.
 * A page is kept for the next render when it is done (up to IDLE_PAGES of them): opening one starts a renderer
 * process, which costs about as much CPU as printing the PDF.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PrintedDocument } from '../core/documents/model.js';
import { DomainError } from '../core/shared/errors.js';
import { PDF_FONT } from './fonts.js';
import { footerTemplate, renderHtml } from './html.js';
import { PAGE_LAYOUT } from './layout.js';

export const CHROMIUM = '/usr/bin/chromium';
const IDLE_PAGES = 4;

export interface PdfRendererOptions {
  /** The Chromium to drive (default Debian's). */
  executablePath?: string;
  /** The font files the PDF needs (default Debian's fonts-noto-cjk Noto Serif CJK). */
  fontFiles?: readonly string[];
}

const unavailable = (missing: 'chromium' | 'font', path: string, cause?: string) =>
  new DomainError(
    'RENDERER_UNAVAILABLE',
    missing === 'chromium'
      ? `无法生成PDF：找不到 Chromium（${path}）${cause ? `：${cause}` : ''}`
      : `无法生成PDF：找不到字体文件 ${path}（Debian 软件包 fonts-noto-cjk）`,
    { missing, path, ...(cause ? { cause } : {}) },
  );

export class PdfRenderer {
  readonly #executablePath: string;
  readonly #fontFiles: readonly string[];
  #context: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  #idle: Page[] = [];

  constructor(options: PdfRendererOptions = {}) {
    this.#executablePath = options.executablePath ?? CHROMIUM;
    this.#fontFiles = options.fontFiles ?? PDF_FONT.files;
  }

  /** What is missing to render a PDF here, as the error render() would throw; null when nothing is. */
  check(): DomainError | null {
    if (!existsSync(this.#executablePath)) return unavailable('chromium', this.#executablePath);
    const font = this.#fontFiles.find((f) => !existsSync(f));
    return font === undefined ? null : unavailable('font', font);
  }

  #launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    const missing = this.check();
    if (missing) return Promise.reject(missing);
    const started = (async () => {
      // Loaded on the first PDF, not at start: importing playwright-core costs a server ~90 MB of memory it would
      // otherwise hold whether or not anyone prints (issue 12: server RSS ≤ 300 MB).
      const { chromium } = await import('playwright-core');
      const browser = await chromium
        .launch({
          executablePath: this.#executablePath,
          // The application closes the browser on SIGINT/SIGTERM (close(), from the server's onClose hook). Playwright's
          // own handlers would kill it first, and a killed Chromium leaves its /tmp/org.chromium.Chromium.* folder.
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
          ],
        })
        .catch((e: unknown) => {
          throw unavailable('chromium', this.#executablePath, e instanceof Error ? e.message : String(e));
        });
      browser.on('disconnected', () => {
        if (this.#context !== started) return;
        this.#context = null;
        this.#idle = [];
      });
      return { browser, context: await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false }) };
    })();
    started.catch(() => {
      if (this.#context === started) this.#context = null;
    });
    return started;
  }

  async render(doc: PrintedDocument): Promise<Buffer> {
    this.#context ??= this.#launch();
    const started = this.#context;
    const { context } = await started;
    const page = this.#idle.pop() ?? (await context.newPage());
    let reusable = false;
    try {
      await page.setContent(renderHtml(doc), { waitUntil: 'load' });
      const l = PAGE_LAYOUT[doc.page];
      const mm = (n: number) => `${n}mm`;
      const pdf = await page.pdf({
        width: mm(l.width),
        height: mm(l.height),
        margin: {
          top: mm(l.margin.top),
          bottom: mm(l.margin.bottom),
          left: mm(l.margin.left),
          right: mm(l.margin.right),
        },
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(doc),
      });
      reusable = true;
      return pdf;
    } finally {
      if (reusable && this.#context === started && this.#idle.length < IDLE_PAGES) this.#idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  /** Closes the browser; a later render launches another. */
  async close(): Promise<void> {
    const started = this.#context;
    this.#context = null;
    this.#idle = [];
    if (started) await started.then(({ browser }) => browser.close()).catch(() => undefined);
  }
}
