/**
 * Extraction off the event loop: each bulletin is extracted in its own worker thread (worker.ts), so that a large
 * or pathological input never stalls the server — /api/health and every other request keep being answered. A worker
 * that runs past EXTRACTION_TIME_LIMIT_MS is terminated and the request answered 422 INPUT_TOO_COMPLEX.
 */
import { Worker } from 'node:worker_threads';
import { DomainError, type DomainErrorCode } from '../../core/shared/errors.js';
import type { ExtractedBulletin } from '../deps.js';

export const EXTRACTION_TIME_LIMIT_MS = 60_000;

export interface WorkerInput {
  bytes: Uint8Array;
  filename: string;
}

export type WorkerAnswer =
  | { ok: true; result: ExtractedBulletin }
  | { ok: false; domain: { code: DomainErrorCode; message: string; details: Record<string, unknown> } }
  | { ok: false; message: string };

// Built, the worker is plain JavaScript. Run from the TypeScript sources (tests, tsx), it is started through tsx's
// loader, registered inside the worker (a worker does not take --import).
const fromSource = import.meta.url.endsWith('.ts');
const WORKER = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
const startWorker = (workerData: WorkerInput): Worker =>
  fromSource
    ? new Worker(
        `import('tsx/esm/api')` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`,
        { eval: true, workerData },
      )
    : new Worker(WORKER, { workerData });

export function extractInWorker(
  bytes: Uint8Array,
  filename: string,
  timeLimitMs = EXTRACTION_TIME_LIMIT_MS,
): Promise<ExtractedBulletin> {
  return new Promise((resolve, reject) => {
    const input: WorkerInput = { bytes, filename };
    const worker = startWorker(input);
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new DomainError(
              'INPUT_TOO_COMPLEX',
              `${filename}：提取超过 ${timeLimitMs / 1000} 秒仍未完成，已停止；请拆分公告后重试`,
              { input: filename, limit_ms: timeLimitMs, what: 'time' },
            ),
          ),
        ),
      timeLimitMs,
    );
    worker.once('message', (a: WorkerAnswer) =>
      settle(() => {
        if (a.ok) resolve(a.result);
        else if ('domain' in a) reject(new DomainError(a.domain.code, a.domain.message, a.domain.details));
        else reject(new Error(`extraction worker: ${a.message}`));
      }),
    );
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', (code) => settle(() => reject(new Error(`extraction worker exited with ${code}`))));
  });
}
