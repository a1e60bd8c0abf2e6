// Which `wangan serve` processes run from this install: each writes `.wangan-serving/<pid>` in the package root
// while it serves (src/cli/commands/serve.ts), so that a build (bin/build-if-needed.js: `npm run build`, `prepare`
// run by `npm install` or by `npx wangan`, `prestart`) never rewrites dist/ or web/dist/ under a running server.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const dirOf = (root) => join(root, '.wangan-serving');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** The pids of live servers of this root; the marks of dead ones (a crash, a kill -9) are removed. */
export function runningServers(root) {
  let names;
  try {
    names = readdirSync(dirOf(root));
  } catch {
    return [];
  }
  const pids = [];
  for (const name of names) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) pids.push(pid);
    else rmSync(join(dirOf(root), name), { force: true });
  }
  return pids;
}

/** Marks this process as serving from `root`; returns the function that removes the mark. */
export function markServing(root, pid = process.pid) {
  mkdirSync(dirOf(root), { recursive: true });
  const file = join(dirOf(root), String(pid));
  writeFileSync(file, `${new Date().toISOString()}\n`);
  return () => rmSync(file, { force: true });
}
