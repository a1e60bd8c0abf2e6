/**
 * The server of upload-memory.test.ts, in its own process so that its memory is its own: the API harness listening
 * on a free port. It samples its resident set size; on `mark` it takes the current RSS as the baseline and resets
 * the peak, on `report` it answers {baseline, peak}. Its first message is {port, cookie}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHarness } from './harness.js';

const h = await createHarness('sqlite');
await h.app.listen({ port: 0, host: '127.0.0.1' });
const { port } = h.app.server.address() as { port: number };

/** The kernel's peak RSS since the last reset, in bytes (VmHWM), or 0 where /proc is not there. */
function kernelPeak(): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

let baseline = process.memoryUsage.rss();
let sampled = baseline;
setInterval(() => {
  sampled = Math.max(sampled, process.memoryUsage.rss());
}, 5).unref();

process.on('message', (m: string) => {
  if (m === 'mark') {
    global.gc?.();
    try {
      writeFileSync('/proc/self/clear_refs', '5');
    } catch {
      // not Linux, or not permitted: the sampled peak alone
    }
    baseline = process.memoryUsage.rss();
    sampled = baseline;
    process.send!({ marked: true });
  } else if (m === 'report') {
    process.send!({ baseline, peak: Math.max(sampled, kernelPeak(), process.memoryUsage.rss()) });
  } else if (m === 'stop') {
    void h.close().then(() => process.exit(0));
  }
});
process.send!({ port, cookie: h.cookies.officer });
