/**
 * Test support: the writer child process (writer-child.ts) seen from the test — what it imports, how to start it
 * and how to wait for its committed steps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fixturesDir } from '../../paths.js';

export const WRITER_BULLETIN = join(fixturesDir, 'bulletins/dev/ningxia-2021.txt');
export const WRITER_BULLETIN_CASES = 10;

export interface Writer {
  child: ChildProcess;
  /** Committed steps seen so far. */
  steps(): number;
  /** Resolves once the child has printed `n` steps (or has exited: then with the steps it printed). */
  reached(n: number): Promise<number>;
  /** Resolves when the child has exited. */
  exited: Promise<void>;
}

/** Starts writer-child.ts on the store of data directory `dir`; `rounds` undefined: until killed. */
export function startWriter(dir: string, rounds?: number): Writer {
  const script = join(import.meta.dirname, 'writer-child.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, dir, ...(rounds === undefined ? [] : [String(rounds)])],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let seen = 0;
  const waiters: { n: number; resolve: (n: number) => void }[] = [];
  const wake = (all: boolean) => {
    for (const w of [...waiters])
      if (all || seen >= w.n) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(seen);
      }
  };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('step ')) seen++;
    wake(false);
  });
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      wake(true);
      resolve();
    }),
  );
  return {
    child,
    steps: () => seen,
    reached: (n) =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve(seen)
        : new Promise((resolve) => {
            waiters.push({ n, resolve });
            wake(false);
          }),
    exited,
  };
}
