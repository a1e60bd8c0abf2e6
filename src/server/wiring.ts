/**
 * The real dependencies of the application: the legality checker and the bulletin extractor of the core, the
 * templates and renderers of legal documents.
 */
import { join } from 'node:path';
import { renderDocx } from '../documents/docx.js';
import { PdfRenderer } from '../documents/pdf.js';
import { TEMPLATES } from '../core/documents/templates/index.js';
import { createChecker } from '../law-data/checker.js';
import { packageRoot } from '../paths.js';
import type { BulletinExtractor, Checker, DocumentDeps } from './deps.js';
import { extractInWorker } from './extraction/in-worker.js';

export const webDistDir = join(packageRoot, 'web', 'dist');

export function realChecker(): Checker {
  return createChecker();
}

/**
 * The core's extraction, in a worker thread (extraction/in-worker.ts): the decoded text and the case records found in
 * it, with the extractor's warnings; the event loop keeps answering meanwhile.
 */
export function realExtractor(): BulletinExtractor {
  return extractInWorker;
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
