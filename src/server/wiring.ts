/** The real dependencies of the application: the legality checker and the bulletin extractor of the core. */
import { join } from 'node:path';
import { decodeBulletin } from '../core/extraction/decode/index.js';
import { createChecker } from '../law-data/checker.js';
import { packageRoot } from '../paths.js';
import type { BulletinExtractor, Checker } from './deps.js';

export const webDistDir = join(packageRoot, 'web', 'dist');

export function realChecker(): Checker {
  return createChecker();
}

/** First non-empty line of a bulletin, as its title. */
export function bulletinTitle(text: string): string | null {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return line ? line.slice(0, 200) : null;
}

/**
 * Decodes the bulletin (encodings, HTML, .docx, traditional → simplified). Case extraction plugs in here when
 * src/core/extraction/extract.ts lands (being written in parallel); until then a preview shows the decoded text
 * with no cases, and first start seeds from the hand-labelled records.
 */
export function realExtractor(): BulletinExtractor {
  return async (bytes, filename) => {
    const decoded = await decodeBulletin(bytes, filename);
    return { format: decoded.format, encoding: decoded.encoding, text: decoded.text, title: bulletinTitle(decoded.text), cases: [] };
  };
}
