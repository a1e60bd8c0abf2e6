/**
 * readUploadedFile: a broken multipart envelope is the client's 400, not a 500 (found by `npm run fuzz`: an empty
 * body sent as multipart/form-data without a boundary to POST /api/imports/preview answered 500).
 */
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installErrorHandler } from '../errors.js';
import { readUploadedFile } from './body-limits.js';

async function app() {
  const a = Fastify({ logger: false });
  installErrorHandler(a);
  await a.register(multipart);
  a.post('/upload', async (req) => ({ size: (await readUploadedFile(req, 16)).bytes.length }));
  await a.ready();
  return a;
}

const part = (body: string) =>
  `--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n${body}\r\n--b--\r\n`;

describe('readUploadedFile', () => {
  it('reads the one file of a well-formed upload', async () => {
    const res = await (
      await app()
    ).inject({
      method: 'POST',
      url: '/upload',
      payload: part('abc'),
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(res.json()).toEqual({ size: 3 });
  });

  it.each([
    ['no boundary, empty body', '', 'multipart/form-data'],
    ['no boundary', part('abc'), 'multipart/form-data'],
    ['a part cut short', part('abc').slice(0, 40), 'multipart/form-data; boundary=b'],
  ])('answers 400 INVALID_INPUT in Chinese to a broken envelope: %s', async (_what, payload, type) => {
    const res = await (
      await app()
    ).inject({ method: 'POST', url: '/upload', payload, headers: { 'content-type': type } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/上传|multipart/),
    });
  });

  it('answers 413 to a file over the limit (not a file silently cut at it)', async () => {
    const res = await (
      await app()
    ).inject({
      method: 'POST',
      url: '/upload',
      payload: part('x'.repeat(40)),
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(res.statusCode).toBe(413);
  });
});
