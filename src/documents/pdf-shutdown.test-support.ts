/**
 * Test support, run as a child process (`node --import tsx pdf-shutdown.test-support.ts`): renders one PDF, then
 * shuts down on SIGTERM as `wangan serve` does (the renderer's close() on the way out) and sends itself SIGTERM.
 */
import { PdfRenderer } from './pdf.js';
import { ON_THE_SPOT } from './samples.test-support.js';

const renderer = new PdfRenderer();
await renderer.render(ON_THE_SPOT);
process.once('SIGTERM', () => {
  void renderer.close().then(() => process.exit(0));
});
process.kill(process.pid, 'SIGTERM');
// keeps the process alive until the handler exits it
setTimeout(() => process.exit(3), 30_000);
