/**
 * `npm run fuzz [-- --runs N] [--seed S] [--only name,…] [--jobs J]`: every fuzz target (targets.ts) for its share
 * of N generated inputs (default 1,000,000; FUZZ_RUNS, FUZZ_SEED and FUZZ_JOBS work too), J targets at a time in
 * child processes (default: one per CPU). Prints the runs and time per target, the total and the seed; a failing
 * target prints its shrunk counterexample and the seed and path that replay it. Exit 1 when any target failed.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTarget, type TargetOutcome } from './target.js';
import { TARGETS } from './targets.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
    jobs: { type: 'string' },
    /** Child mode: run this one target for exactly --runs inputs and print its outcome as JSON. */
    target: { type: 'string' },
  },
});
const RESULT = 'fuzz-outcome ';

const total = Number(values.runs ?? process.env['FUZZ_RUNS'] ?? 1_000_000);
const seed = Number(values.seed ?? process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const jobs = Number(values.jobs ?? process.env['FUZZ_JOBS'] ?? availableParallelism());
if (![total, seed, jobs].every(Number.isInteger) || total < 1 || jobs < 1) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S] [--only citations,api,…] [--jobs J]');
  process.exit(2);
}

if (values.target !== undefined) {
  const target = TARGETS.find((t) => t.name === values.target);
  if (!target) throw new Error(`no fuzz target ${values.target}`);
  console.log(RESULT + JSON.stringify(await runTarget(target, total, seed)));
  process.exit(0);
}

/** One target in a child process (its own heap and event loop; a crash of the process is a failure too). */
function inChild(name: string, runs: number): Promise<TargetOutcome> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(
    process.execPath,
    [...process.execArgv, self, '--target', name, '--runs', String(runs), '--seed', String(seed)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const started = Date.now();
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT));
      resolve(
        line
          ? (JSON.parse(line.slice(RESULT.length)) as TargetOutcome)
          : {
              name,
              runs: 0,
              ms: Date.now() - started,
              failure: `the process ended (${signal ?? code}) without an outcome:\n${out.slice(-2000)}`,
            },
      );
    }),
  );
}

const only = values.only?.split(',');
const targets = TARGETS.filter((t) => !only || only.includes(t.name));
const shares = targets.reduce((s, t) => s + t.share, 0);
console.log(`fuzz: ${total} runs over ${targets.length} targets, ${jobs} at a time, seed ${seed}`);
const started = Date.now();
const queue = targets.map((t) => ({
  name: t.name,
  runs: Math.max(1, Math.round((total * t.share) / shares)),
}));
const outcomes: TargetOutcome[] = [];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const o = await inChild(next.name, next.runs);
      outcomes.push(o);
      const rate = (o.runs / Math.max(o.ms, 1)) * 1000;
      console.log(
        `${o.name.padEnd(14)} ${String(o.runs).padStart(9)} runs ${(o.ms / 1000).toFixed(1).padStart(7)} s ${rate.toFixed(0).padStart(7)}/s  ${o.failure ? 'FAILED' : 'ok'}`,
      );
      if (o.failure) console.log(o.failure);
    }
  }),
);
const done = outcomes.reduce((s, o) => s + o.runs, 0);
const failed = outcomes.filter((o) => o.failure);
console.log(
  `total ${done} runs in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
    `${failed.length ? `${failed.length} target(s) failed: ${failed.map((o) => o.name).join(', ')}` : 'no failures'}; ` +
    `replay with --seed ${seed}${only ? ` --only ${only.join(',')}` : ''}`,
);
process.exit(failed.length ? 1 : 0);
