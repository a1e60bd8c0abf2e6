import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the package, whether this file runs from src/ (tsx, vitest) or dist/ (compiled). */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const lawDataDir = resolve(packageRoot, 'data', 'law');
export const fixturesDir = resolve(packageRoot, 'fixtures');
