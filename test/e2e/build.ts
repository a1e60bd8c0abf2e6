/**
 * The e2e suite runs the built application. CI builds it (`npm ci` runs `prepare` → `build`); a developer
 * running `npm test` after editing sources gets a rebuild here when an output is older than its inputs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runningServers } from '../../bin/serving.js';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function stale(output: string, inputs: string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((i) => newestMtime(i) > built);
}

/** Never under a running `wangan serve` of this root (bin/serving.js). */
function assertNoServer(root: string): void {
  const servers = runningServers(root);
  if (servers.length > 0) {
    throw new Error(
      `e2e: the build is stale but wangan serve (pid ${servers.join(', ')}) runs from ${root}: stop it first`,
    );
  }
}

export function ensureBuilt(root: string, log: (s: string) => void): void {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const serverOut = join(root, 'dist', 'cli', 'main.js');
  if (stale(serverOut, [join(root, 'src'), join(root, 'tsconfig.build.json')])) {
    assertNoServer(root);
    log('e2e: building the server (tsc -p tsconfig.build.json)…');
    execFileSync(npx, ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  }
  const webOut = join(root, 'web', 'dist', 'index.html');
  const webInputs = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/core', 'src/server/schemas'].map(
    (p) => join(root, p),
  );
  if (stale(webOut, webInputs)) {
    assertNoServer(root);
    log('e2e: building the web UI (vite build web)…');
    // vitest sets NODE_ENV=test, which would make Vite bundle React's and antd's development builds
    execFileSync(npx, ['vite', 'build', 'web', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}
