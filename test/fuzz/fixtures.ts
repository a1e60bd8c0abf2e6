/** The real inputs the fuzz targets mutate: the bulletins of fixtures/bulletins and their gold case records. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../src/paths.js';

const BULLETINS = join(fixturesDir, 'bulletins');

function files(ext: string): string[] {
  return readdirSync(BULLETINS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(BULLETINS, d.name))
        .filter((f) => f.endsWith(ext))
        .map((f) => join(BULLETINS, d.name, f)),
    )
    .sort();
}

export const bulletinTexts = (): string[] => files('.txt').map((f) => readFileSync(f, 'utf8'));
/** HTML bulletins as bytes: some are GBK. */
export const bulletinHtml = (): Uint8Array[] => files('.html').map((f) => readFileSync(f));
export const bulletinDocx = (): Uint8Array[] => files('.docx').map((f) => readFileSync(f));
/** Every gold case record of the fixtures. */
export const goldRecords = (): unknown[] =>
  files('.json').flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown[]);
