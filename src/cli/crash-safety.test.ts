/**
 * Crash safety (issue 12): a child process imports a bulletin (`wangan import`, one transaction) and takes a
 * proceeding through workflow actions (one transaction each) round after round; it is killed with SIGKILL at a
 * seeded random point — after a seeded number of committed steps and a seeded delay, so mostly inside an
 * extraction or a transaction — 20 times, each time on the database the previous kill left. After each kill the
 * database opens, `PRAGMA integrity_check` is ok, nothing is half-written (a bulletin has all its cases or none,
 * case_applied rows match the cases, a proceeding has one event per version), the audit chain verifies, and every
 * import the child reported committed is there. Whatever the timing, the assertions are the same.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../core/shared/seeded-random.js';
import { main } from './main.js';
import { memoryIo } from './memory-io.js';
import { sqliteConsistency } from './testing/consistency.js';
import { startWriter, WRITER_BULLETIN_CASES } from './testing/writer.js';

/** Each lane is one database killed RUNS times in a row; the lanes run side by side. */
const LANES = 2;
const RUNS = 8;
/** writer-child.ts: a round is an import, an opening and four actions; its first step is the import. */
const ROUND = 6;

const root = mkdtempSync(join(tmpdir(), 'wangan-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function lane(n: number): Promise<string[]> {
  const dir = join(root, `lane-${n}`);
  const io = memoryIo({ env: { WANGAN_DATA_DIR: dir, LOG_LEVEL: 'silent' } });
  if ((await main(['migrate'], io)) !== 0) throw new Error(io.err.join(''));
  const rnd = seededRandom(1200 + n);
  const failures: string[] = [];
  let imported = 0;
  for (let run = 0; run < RUNS; run++) {
    const steps = Math.floor(rnd() * 8);
    const delay = Math.floor(rnd() * 60);
    const writer = startWriter(dir);
    const seen = await writer.reached(steps);
    await sleep(delay);
    writer.child.kill('SIGKILL');
    await writer.exited;
    const committed = writer.steps();
    imported += Math.ceil(committed / ROUND);
    const c = await sqliteConsistency(join(dir, 'wangan.sqlite'), WRITER_BULLETIN_CASES);
    const where = `lane ${n} run ${run} (killed ${delay} ms after step ${seen}, ${committed} steps committed)`;
    for (const p of c.problems) failures.push(`${where}: ${p}`);
    if (c.bulletins < imported)
      failures.push(`${where}: ${c.bulletins} bulletins, ${imported} imports reported committed`);
  }
  return failures;
}

describe('crash safety: SIGKILL during imports and workflow actions', () => {
  it(`${LANES * RUNS} kills leave a database that opens, checks, holds whole transactions and verifies its audit chain (「备份与恢复」「数据完整性」)`, async () => {
    const failures = (await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)))).flat();
    expect(failures).toEqual([]);
  }, 120_000);
});
