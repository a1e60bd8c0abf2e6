/**
 * Upload and body limits: 413 before the body is read when its declared length is over the endpoint's limit; a JSON
 * {text} held to the file limit; .docx zip bombs and over-deep HTML refused through the API.
 */
import { connect } from 'node:net';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { SESSION_COOKIE } from '../../src/server/auth/session.js';
import { createHarness, OWN_ORIGIN, type Harness } from './harness.js';
import { multipart } from './multipart.js';

const [engine] = testEngines();
const LIMIT = 8 * 1024;

/** Sends only the head of a request declaring a large body, and reads the answer (the body never comes). */
function headOnly(port: number, path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      const head = Object.entries({ host: `127.0.0.1:${port}`, ...headers })
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('');
      socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
    });
    let answer = '';
    socket.on('data', (d: Buffer) => {
      answer += d.toString('utf8');
      if (answer.includes('\r\n\r\n') && answer.includes('}')) socket.destroy();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
  });
}

describe(`body and upload limits (${engine})`, () => {
  let h: Harness;
  let port: number;
  beforeAll(async () => {
    h = await createHarness(engine!, { maxUploadBytes: LIMIT });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    port = (h.app.server.address() as { port: number }).port;
  }, 60_000);
  afterAll(async () => h?.close());

  const preview = (payload: object | string | Buffer, headers: Record<string, string> = {}) =>
    h.as('officer', { method: 'POST', url: '/api/imports/preview', payload, headers });

  it('answers 413 to a declared 100 MB upload before reading it, and 401 to an anonymous one', async () => {
    const big = {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(100 * 1024 * 1024),
    };
    const signedIn = await headOnly(port, '/api/imports/preview', {
      ...big,
      cookie: `${SESSION_COOKIE}=${h.cookies.officer!}`,
      origin: `http://127.0.0.1:${port}`,
    });
    expect(signedIn).toMatch(/^HTTP\/1\.1 413 /);
    expect(signedIn).toContain('INPUT_TOO_LARGE');
    const anonymous = await headOnly(port, '/api/imports/preview', big);
    expect(anonymous).toMatch(/^HTTP\/1\.1 401 /);
  });

  it('holds a JSON {text} to the file limit: over it 413, far over it 413 by the body limit', async () => {
    const over = await preview({ text: '某'.repeat(LIMIT) });
    expect(over.statusCode).toBe(413);
    expect(over.json().error).toMatchObject({ code: 'INPUT_TOO_LARGE', details: { limit: LIMIT } });
    const far = await preview({ text: 'a'.repeat(1024 * 1024) });
    expect(far.statusCode).toBe(413);
    expect(far.json().error.code).toBe('INPUT_TOO_LARGE');
    const within = await preview({ text: '某公司未履行网络安全保护义务，被处以警告。' });
    expect(within.statusCode).toBe(200);
  });

  it('refuses a .docx that inflates past what it declares (a zip bomb) with 413', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', `<w:document>${'0'.repeat(4 * 1024 * 1024)}</w:document>`);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Declare 1,000 bytes uncompressed everywhere: the inflation is capped at that.
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (bytes.readUInt32LE(i) === 0x04034b50) bytes.writeUInt32LE(1000, i + 22);
      if (bytes.readUInt32LE(i) === 0x02014b50) bytes.writeUInt32LE(1000, i + 24);
    }
    expect(bytes.length).toBeLessThan(LIMIT);
    const { payload, headers } = multipart('bomb.docx', bytes);
    const res = await preview(payload, headers);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('INPUT_TOO_LARGE');
  });

  it('refuses HTML nested deeper than the cap with 422 INPUT_TOO_COMPLEX', async () => {
    const res = await preview({
      html: `${'<div>'.repeat(600)}正文${'</div>'.repeat(600)}`,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('INPUT_TOO_COMPLEX');
  });

  it('keeps the default JSON limit on other endpoints (2 MB)', async () => {
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/cases',
      headers: { origin: OWN_ORIGIN },
      payload: { record: { title: 'x'.repeat(3 * 1024 * 1024) } },
    });
    expect(res.statusCode).toBe(413);
  });

  it('keeps answering /api/health while a bulletin is being extracted (extraction runs in a worker thread)', async () => {
    let previewDone = false;
    const previewing = preview({ text: '某公司未履行网络安全保护义务，被处以警告。\n'.repeat(100) }).then(
      (r) => {
        previewDone = true;
        return r;
      },
    );
    const health = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(previewDone).toBe(false);
    expect((await previewing).statusCode).toBe(200);
  });
});
