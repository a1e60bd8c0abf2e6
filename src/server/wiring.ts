/**
 * The real dependencies of the application: the legality checker and the bulletin extractor of the core, the
 * templates and renderers of legal documents.
 */
import { join } from 'node:path';
import { renderDocx } from '../documents/docx.js';
import { PdfRenderer } from '../documents/pdf.js';
import { TEMPLATES } from '../core/documents/templates/index.js';
import { decodeBulletin } from '../core/extraction/decode/index.js';
import { extractFromBytes } from '../core/extraction/extract.js';
import { createChecker } from '../law-data/checker.js';
import { packageRoot } from '../paths.js';
import type { BulletinExtractor, Checker, DocumentDeps } from './deps.js';

export const webDistDir = join(packageRoot, 'web', 'dist');

export function realChecker(): Checker {
  return createChecker();
}

/** A case ordinal line (案例一, 一、, 01), which opens a case rather than titling the bulletin. */
const ORDINAL = /^(典型)?(案例|案件)?[（(]?[一二三四五六七八九十百\d]+[)）]?[、.．:：]?$/;

/** The bulletin's own heading: its first non-empty line, unless that line already opens a case. */
export function bulletinTitle(text: string): string | null {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return line && !ORDINAL.test(line) ? line.slice(0, 200) : null;
}

/**
 * The core's extraction: the decoded text (for the preview's source pane and the stored bulletin) and the case
 * records found in it, with the extractor's warnings (empty file, traditional text converted, no cases found).
 */
export function realExtractor(): BulletinExtractor {
  return async (bytes, filename) => {
    const decoded = await decodeBulletin(bytes, filename);
    const result = await extractFromBytes(bytes, { filename });
    return {
      format: decoded.format,
      encoding: decoded.encoding,
      text: decoded.text,
      title: bulletinTitle(decoded.text),
      cases: result.records,
      doubts: result.doubts,
      warnings: result.warnings,
    };
  };
}

/**
 * The templates of src/core/documents/templates and the renderers of src/documents (docx.ts: renderDocx; pdf.ts:
 * PdfRenderer, one Chromium for the process, launched on the first PDF and closed with the application).
 */
export function realDocuments(): DocumentDeps {
  const pdf = new PdfRenderer();
  return {
    templates: TEMPLATES,
    renderDocx,
    renderPdf: (doc) => pdf.render(doc),
    close: () => pdf.close(),
  };
}
