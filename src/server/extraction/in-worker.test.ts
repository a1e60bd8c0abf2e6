import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../paths.js';
import { extractBulletin } from './extract-bulletin.js';
import { extractInWorker } from './in-worker.js';

const NINGXIA = readFileSync(join(fixturesDir, 'bulletins/dev/ningxia-2021.txt'));

describe('extraction in a worker thread', () => {
  it('gives what the extraction gives in process', async () => {
    const inWorker = await extractInWorker(NINGXIA, 'ningxia-2021.txt');
    expect(inWorker).toEqual(await extractBulletin(NINGXIA, 'ningxia-2021.txt'));
    expect(inWorker.cases.length).toBeGreaterThan(2);
  }, 60_000);

  it("passes the extractor's refusals through with their code and details", async () => {
    const html = Buffer.from(`${'<div>'.repeat(600)}正文${'</div>'.repeat(600)}`);
    await expect(extractInWorker(html, 'deep.html')).rejects.toMatchObject({
      code: 'INPUT_TOO_COMPLEX',
      details: { what: 'html_depth' },
    });
  }, 60_000);

  it('stops a worker past its time limit with INPUT_TOO_COMPLEX', async () => {
    await expect(extractInWorker(NINGXIA, 'slow.txt', 1)).rejects.toMatchObject({
      code: 'INPUT_TOO_COMPLEX',
      details: { what: 'time' },
    });
  }, 60_000);
});
