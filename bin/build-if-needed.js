#!/usr/bin/env node
// The one build: compiles the server (tsc → dist/) and builds the web UI (vite → web/dist/) when their output is
// missing or older than their sources (`npm start`'s prestart, `npm install`'s prepare — which `npx wangan` runs
// too), or always with --force (`npm run build`). Never while a `wangan serve` of this root runs (bin/serving.js):
// a rebuild under it would change the code its extraction workers load and the pages it serves. Then --force
// fails (exit 1) and the automatic build is skipped with a note (exit 0), the server's build kept.
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runningServers } from './serving.js';

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
const force = process.argv.includes('--force');

const serverOut = newest(['dist/cli/main.js']);
const buildServer =
  force || serverOut === 0 || newest(['src', 'tsconfig.json', 'tsconfig.build.json'], isTest) > serverOut;
const webOut = newest(['web/dist/index.html']);
const buildWeb =
  existsSync(join(root, 'web', 'index.html')) &&
  (force ||
    webOut === 0 ||
    newest(['web/src', 'web/index.html', 'web/vite.config.ts', 'src/server/schemas'], isTest) > webOut);

const servers = buildServer || buildWeb ? runningServers(root) : [];
if (servers.length > 0) {
  const which = `wangan serve (pid ${servers.join(', ')}) is running from ${root}`;
  if (force) {
    process.stderr.write(`not building: ${which}; stop it first, then build\n`);
    process.exit(1);
  }
  process.stderr.write(
    `not rebuilding: ${which}; its build is kept (stop it and run npm run build to update)\n`,
  );
  process.exit(0);
}
if (buildServer) {
  process.stderr.write('building the server (tsc)…\n');
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
}
if (buildWeb) {
  process.stderr.write('building the web UI (vite)…\n');
  run('npm', ['run', 'build:web']);
}
