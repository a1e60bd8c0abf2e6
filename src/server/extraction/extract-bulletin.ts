/** A bulletin's bytes → its text and case records, with the caps of the server (the body of the worker). */
import { decodeBulletin } from '../../core/extraction/decode/index.js';
import { extractFromBytes, MAX_BULLETIN_CASES } from '../../core/extraction/extract.js';
import type { ExtractedBulletin } from '../deps.js';

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
 * The core's extraction (run in the worker): the decoded text (for the preview's source pane and the stored bulletin) and the case
 * records found in it, with the extractor's warnings (empty file, traditional text converted, no cases found).
 */
export async function extractBulletin(bytes: Uint8Array, filename: string): Promise<ExtractedBulletin> {
  const decoded = await decodeBulletin(bytes, filename);
  const result = await extractFromBytes(bytes, { filename, maxCases: MAX_BULLETIN_CASES });
  return {
    format: decoded.format,
    encoding: decoded.encoding,
    text: decoded.text,
    title: bulletinTitle(decoded.text),
    cases: result.records,
    doubts: result.doubts,
    warnings: result.warnings,
  };
}
