/**
 * Body limits per endpoint. JSON bodies: Fastify's bodyLimit (the application's default, or a route's own), which
 * refuses a Content-Length over it before reading and stops reading a chunked body at it. Uploads (multipart):
 * a route declares `config.uploadLimit`, and a declared Content-Length over it (plus the multipart envelope) is
 * refused here before a byte of the body is read; a chunked upload is cut off by the multipart file-size limit.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, isDomainError } from '../../core/shared/errors.js';

/** The default limit of a JSON body (a case record, an action, a composed bulletin). */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024;

/** What a multipart or JSON envelope may add to a file's or text's own bytes. */
export const ENVELOPE_BYTES = 64 * 1024;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The largest file this route accepts, in bytes. */
    uploadLimit?: number;
  }
}

/** 413 INPUT_TOO_LARGE naming the limit (and the size, when it is known: a streamed upload is cut at the limit). */
export const tooLarge = (limit: number, what: string, size: number | null = null): DomainError =>
  new DomainError(
    'INPUT_TOO_LARGE',
    `上传内容过大：${what}最多 ${formatBytes(limit)}${size === null ? '' : `，收到 ${formatBytes(size)}`}`,
    { size, limit, what },
  );

/**
 * The one file of a multipart upload (field `file`), at most `limit` bytes: 400 INVALID_INPUT when there is none
 * or the envelope is broken (no boundary, a part cut short — the multipart parser's plain errors would otherwise be
 * a 500), 413 over the limit — as soon as the limit is passed, not once the whole body has been read (@fastify/multipart's
 * toBuffer waits for the end of the part, reading a 100 MB body to refuse it at 10 MB).
 */
export async function readUploadedFile(
  req: FastifyRequest,
  limit: number,
): Promise<{ filename: string; bytes: Buffer }> {
  try {
    const file = await req.file({ limits: { fileSize: limit } });
    if (!file) throw new DomainError('INVALID_INPUT', 'body file: 缺少上传文件', { field: 'file' });
    // At the limit the parser only discards the rest of the part and tells it with 'limit': stop there instead,
    // so that the 413 goes out at once (the connection is then closed, see errors.ts) and the rest is never read.
    file.file.once('limit', () => file.file.destroy(tooLarge(limit, '文件')));
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of file.file as AsyncIterable<Buffer>) {
      size += chunk.length;
      chunks.push(chunk);
    }
    if (file.file.truncated || size > limit) throw tooLarge(limit, '文件');
    return { filename: file.filename, bytes: Buffer.concat(chunks, size) };
  } catch (e) {
    throw malformedUpload(e);
  }
}

/** A parser error without a client status (busboy's 「Boundary not found」 …) as the 400 it is; others unchanged. */
function malformedUpload(e: unknown): unknown {
  if (isDomainError(e)) return e;
  const status = (e as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status < 500) return e;
  return new DomainError(
    'INVALID_INPUT',
    `body file: 上传内容不是有效的 multipart/form-data（${(e as Error).message}）`,
    {
      field: 'file',
    },
  );
}

const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

export function installUploadLimits(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    const limit = req.routeOptions.config.uploadLimit;
    const length = Number(req.headers['content-length']);
    if (limit !== undefined && Number.isFinite(length) && length > limit + ENVELOPE_BYTES) {
      throw tooLarge(limit, '文件', length);
    }
  });
}
