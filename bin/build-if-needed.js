#!/usr/bin/env node
// `npm start` runs this first: compiles the server (tsc → dist/) and builds the web UI (vite → web/dist/) when
// their output is missing or older than their sources, so that a fresh clone or an edited tree just starts.
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time under the given paths (files or directories), 0 if none exist. */
function newest(paths, skip = () => false) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p) || skip(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else max = Math.max(max, st.mtimeMs);
  };
  for (const p of paths) walk(join(root, p));
  return max;
}

const isTest = (p) => /\.(test|spec)\.tsx?$/.test(p);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

const serverOut = newest(['dist/cli/main.js']);
if (serverOut === 0 || newest(['src', 'tsconfig.json', 'tsconfig.build.json'], isTest) > serverOut) {
  process.stderr.write('building the server (tsc)…\n');
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
}

const webOut = newest(['web/dist/index.html']);
if (
  existsSync(join(root, 'web', 'index.html')) &&
  (webOut === 0 ||
    newest(['web/src', 'web/index.html', 'web/vite.config.ts', 'src/server/schemas'], isTest) > webOut)
) {
  process.stderr.write('building the web UI (vite)…\n');
  run('npm', ['run', 'build:web']);
}
