/** The fuzz harness itself (npm run fuzz), a few hundred inputs per target, so that it cannot rot unnoticed. */
import { describe, expect, it } from 'vitest';
import { runTarget } from './target.js';
import { TARGETS } from './targets.js';

/** The slow targets (an HTTP round trip with storage; a .docx zipped and unzipped) run fewer. */
const SMOKE_RUNS: Record<string, number> = { api: 150, 'extract-docx': 100 };

describe('fuzz targets (smoke: the properties of npm run fuzz on a few inputs each)', () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s holds',
    async (_name, target) => {
      const outcome = await runTarget(target, SMOKE_RUNS[target.name] ?? 300, 20261205);
      expect(outcome.failure).toBeNull();
      expect(outcome.runs).toBeGreaterThan(0);
    },
    120_000,
  );
});
