/**
 * Once per run (unit and e2e): the run's temporary files go to a folder of its own (TMPDIR, which the test workers, their child
 * processes and worker threads inherit), removed at the end — tsx's compile cache of the child processes and the
 * extraction workers included, which no test could remove (issue 12: tests leave nothing in /tmp). Each test still
 * removes its own folders; what one leaves is named at the end, so a leak shows.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Left by the tools, not by a test: tsx's compile cache (`tsx-<uid>`). */
const TOOLS = /^tsx-/;

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'wangan-tests-'));
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  return () => {
    const left = readdirSync(dir).filter((name) => !TOOLS.test(name));
    if (left.length > 0) console.warn(`tests left in the temporary folder: ${left.join(', ')}`);
    rmSync(dir, { recursive: true, force: true });
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
  };
}
