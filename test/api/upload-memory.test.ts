/**
 * Memory bounded under a large upload: a 100 MB chunked upload (no Content-Length, so nothing is refused up front)
 * to the bulletin preview raises the server's resident set by no more than 50 MB — the upload is refused as soon as
 * it passes the file limit, and the connection closed, so the rest is never read. The server runs in a child process so that its memory is
 * measured alone (upload-memory.server.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/server/auth/session.js';

const MB = 1024 * 1024;

interface Reply {
  port?: number;
  cookie?: string;
  baseline?: number;
  peak?: number;
}

function ask(child: ChildProcess, message: string | null): Promise<Reply> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as Reply));
    if (message !== null) child.send(message);
  });
}

/** POSTs `total` bytes of one multipart file field in 1 MB chunks, chunked; the status once the server answers, and
 * how many bytes had been sent by then. */
function upload(port: number, cookie: string, total: number): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const boundary = 'wangan-memory';
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/imports/preview',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'transfer-encoding': 'chunked',
        cookie: `${SESSION_COOKIE}=${cookie}`,
        origin: `http://127.0.0.1:${port}`,
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
      req.destroy();
    });
    req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
    const chunk = Buffer.alloc(MB, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < total && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end(`\r\n--${boundary}--\r\n`);
    };
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n`);
    pump();
  });
}

describe('a 100 MB upload does not raise the server’s memory by more than 50 MB', () => {
  let child: ChildProcess;
  let port: number;
  let cookie: string;
  beforeAll(async () => {
    child = fork(join(import.meta.dirname, 'upload-memory.server.ts'), [], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, WANGAN_TEST_PG_URL: '' },
    });
    const hello = await ask(child, null);
    port = hello.port!;
    cookie = hello.cookie!;
  }, 120_000);
  afterAll(async () => {
    if (child?.connected) {
      const exited = new Promise((r) => child.once('exit', r));
      child.send('stop');
      await exited;
    }
  });

  it('refuses it with 413 once past the file limit, and the resident set stays within 50 MB of before', async () => {
    await ask(child, 'mark');
    const { status, sent } = await upload(port, cookie, 100 * MB);
    expect(status).toBe(413);
    // Refused at the 10 MB limit, not after reading the rest (what is in flight in the sockets' buffers aside).
    expect(sent / MB).toBeLessThan(50);
    const { baseline, peak } = await ask(child, 'report');
    expect((peak! - baseline!) / MB).toBeLessThan(50);
  }, 120_000);
});
