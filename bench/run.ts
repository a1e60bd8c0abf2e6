/**
 * `npm run bench`: every benchmark of the project, one module each exporting `run()`; prints a table and writes
 * bench/out/results.json. Targets are stated beside each figure; a benchmark never fails the test suite.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const MODULES = [
  './check.js',
  './extract.js',
  './api.js',
  './citations.js',
  './proceedings.js',
  './documents.js',
  './disclosures.js',
  './self-check-core.js',
  './self-check.js',
  './similar.js',
  './scale.js',
];
const only = process.argv.slice(2);

const results: BenchResult[] = [];
for (const m of MODULES) {
  if (only.length && !only.some((o) => m.includes(o))) continue;
  const mod = (await import(m)) as { run: () => Promise<BenchResult[]> };
  const started = Date.now();
  const out = await mod.run();
  for (const r of out) {
    results.push(r);
    console.log(
      `${r.name.padEnd(58)} ${r.value.toFixed(r.value < 100 ? 2 : 0).padStart(12)} ${r.unit.padEnd(10)} ${r.target ? `target ${r.target}` : ''}`,
    );
  }
  console.error(`(${m} took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
const dir = resolve(import.meta.dirname, 'out');
mkdirSync(dir, { recursive: true });
writeFileSync(
  resolve(dir, 'results.json'),
  JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2),
);
