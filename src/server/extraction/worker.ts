/** The extraction worker thread: one bulletin in, its extraction or the error out (in-worker.ts starts it). */
import { parentPort, workerData } from 'node:worker_threads';
import { isDomainError } from '../../core/shared/errors.js';
import { extractBulletin } from './extract-bulletin.js';
import type { WorkerAnswer, WorkerInput } from './in-worker.js';

const { bytes, filename } = workerData as WorkerInput;
let answer: WorkerAnswer;
try {
  answer = { ok: true, result: await extractBulletin(bytes, filename) };
} catch (e) {
  answer = isDomainError(e)
    ? { ok: false, domain: { code: e.code, message: e.message, details: e.details } }
    : { ok: false, message: e instanceof Error ? e.message : String(e) };
}
parentPort!.postMessage(answer);
