import { apiTarget } from './api.js';
import { checkTarget } from './check.js';
import { citationsTarget } from './citations.js';
import { extractDocxTarget, extractHtmlTarget, extractTextTarget } from './extraction.js';
import type { FuzzTarget } from './target.js';

/** The slowest first, so that the jobs finish together. */
export const TARGETS: FuzzTarget[] = [
  apiTarget,
  extractTextTarget,
  extractHtmlTarget,
  checkTarget,
  citationsTarget,
  extractDocxTarget,
];
