/**
 * Issuing a document (issue 9): rendering the 行政处罚决定书 as .docx (target p95 ≤ 50 ms) and as PDF through
 * Chromium (target p95 ≤ 500 ms), one render at a time. Each issue builds the company's decision of documents.md
 * Example A-2 from its proceeding through the template (src/core/documents/templates) and renders it; the browser is
 * launched once, in the warm-up. The machine is shared: beside the wall-clock percentiles, the CPU time of each render — of this process
 * and, for the PDF, of the Chromium processes it started (from /proc, in clock ticks of 10 ms) — is what one core
 * would spend.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { renderDocx } from '../src/documents/docx.js';
import { PdfRenderer } from '../src/documents/pdf.js';
import { applied, checkApplying, COMPANY, request } from '../src/core/documents/cases.test-support.js';
import type { LegalDocument } from '../src/core/documents/model.js';
import { buildDocument } from '../src/core/documents/templates/index.js';
import { DomainError } from '../src/core/shared/errors.js';
import { percentile } from './harness.js';
import type { BenchResult } from './run.js';

const TICK_MS = 10;

/** CPU time (ms) of this process and all its descendants so far. */
function treeCpuMs(): number {
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; p = procs.get(p)?.ppid ?? 0, hops++) {
      if (p === process.pid) return true;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, p] of procs) if (inTree(pid)) ticks += p.ticks;
  return ticks * TICK_MS;
}

interface Figures {
  p50: number;
  p95: number;
  cpuP50: number;
  cpuP95: number;
}

async function measure(
  n: number,
  warmup: number,
  cpu: () => number,
  f: () => Promise<unknown>,
): Promise<Figures> {
  for (let k = 0; k < warmup; k++) await f();
  const wall: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < n; k++) {
    const c = cpu();
    const t = performance.now();
    await f();
    wall.push(performance.now() - t);
    cpus.push(cpu() - c);
  }
  const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
  sorted(wall);
  sorted(cpus);
  return {
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    cpuP50: percentile(cpus, 50),
    cpuP95: percentile(cpus, 95),
  };
}

const processCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The 行政处罚决定书 of the company fined under 网络安全法 (2016) 第五十九条第一款, built from its proceeding. */
function decision(): LegalDocument {
  const built = buildDocument(
    request('penalty_decision', COMPANY, {
      number: '某公（网安）行罚决字〔2025〕123号',
      check: checkApplying(applied('CSL2016.59.1', '网络安全法', '2016-11-07', 59, 1)),
    }),
  );
  if (!built.ok)
    throw new DomainError('INVALID_INPUT', 'bench decision is incomplete', { missing: built.missing });
  return built.document;
}

export async function run(): Promise<BenchResult[]> {
  const docx = await measure(200, 20, processCpuMs, () => renderDocx(decision()));
  const renderer = new PdfRenderer();
  let pdf: Figures;
  try {
    pdf = await measure(60, 5, treeCpuMs, () => renderer.render(decision()));
  } finally {
    await renderer.close();
  }
  return [
    { name: 'documents: decision .docx, p50', value: docx.p50, unit: 'ms' },
    { name: 'documents: decision .docx, p95', value: docx.p95, unit: 'ms', target: '≤ 50 ms' },
    { name: 'documents: decision .docx, CPU p95', value: docx.cpuP95, unit: 'ms', target: '≤ 50 ms' },
    { name: 'documents: decision PDF (Chromium), p50', value: pdf.p50, unit: 'ms' },
    { name: 'documents: decision PDF (Chromium), p95', value: pdf.p95, unit: 'ms', target: '≤ 500 ms' },
    { name: 'documents: decision PDF, CPU of node + Chromium, p50', value: pdf.cpuP50, unit: 'ms' },
    {
      name: 'documents: decision PDF, CPU of node + Chromium, p95',
      value: pdf.cpuP95,
      unit: 'ms',
      target: '≤ 500 ms',
    },
  ];
}
