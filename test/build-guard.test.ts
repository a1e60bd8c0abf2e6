/**
 * No build rewrites dist/ under a running server (issue 12: 「`npx wangan …` may rebuild `dist/` under a running
 * server」): every build path of package.json goes through bin/build-if-needed.js, which skips (automatic) or
 * refuses (--force) while a `wangan serve` of the same root is marked live (bin/serving.js). Run on a copy of the
 * scripts in a temporary root with a stale build, so nothing here can build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markServing, runningServers } from '../bin/serving.js';
import { packageRoot } from '../src/paths.js';

describe('builds and a running server', () => {
  let root: string;
  let server: ChildProcess;
  const built = () => statSync(join(root, 'dist/cli/main.js')).mtimeMs;
  const build = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin/build-if-needed.js'), ...args], { encoding: 'utf8' });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'wangan-build-guard-'));
    mkdirSync(join(root, 'bin'));
    for (const f of ['build-if-needed.js', 'serving.js'])
      copyFileSync(join(packageRoot, 'bin', f), join(root, 'bin', f));
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'dist/cli/main.js'), '// an old build\n');
    utimesSync(join(root, 'dist/cli/main.js'), new Date('2026-01-01'), new Date('2026-01-01'));
    writeFileSync(join(root, 'src/main.ts'), '// edited since\n');
    // A stand-in for `wangan serve`: a live process marked as serving from this root.
    server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    markServing(root, server.pid);
  });
  afterAll(() => {
    server?.kill('SIGKILL');
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('every build script of package.json goes through the guarded build', () => {
    const scripts = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    expect(scripts['build']).toBe('node bin/build-if-needed.js --force');
    expect(scripts['prepare']).toBe('node bin/build-if-needed.js');
    expect(scripts['prestart']).toBe('node bin/build-if-needed.js');
    // No other script compiles into dist/ (build:web writes web/dist and is called by the guarded build only).
    const others = Object.entries(scripts).filter(
      ([name]) => !['build', 'prepare', 'prestart', 'build:web'].includes(name),
    );
    expect(others.filter(([, cmd]) => /tsc -p tsconfig\.build|npm run build\b|vite build/.test(cmd))).toEqual(
      [],
    );
  });

  it('the automatic build (prepare, prestart) is skipped with a note, the server’s build kept', () => {
    const before = built();
    const res = build();
    expect(res.status).toBe(0);
    expect(res.stderr).toContain(`not rebuilding: wangan serve (pid ${server.pid}) is running`);
    expect(built()).toBe(before);
  });

  it('an explicit build (npm run build) is refused naming the server', () => {
    const before = built();
    const res = build('--force');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`not building: wangan serve (pid ${server.pid}) is running from ${root}`);
    expect(built()).toBe(before);
  });

  it('a server that died without removing its mark does not count, and its mark is removed', async () => {
    expect(runningServers(root)).toEqual([server.pid]);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
    expect(runningServers(root)).toEqual([]);
    expect(readdirSync(join(root, '.wangan-serving'))).toEqual([]);
    const unmark = markServing(root);
    expect(runningServers(root)).toEqual([process.pid]);
    unmark();
    expect(runningServers(root)).toEqual([]);
  });
});
