/**
 * Evidence files over HTTP, for a proceeding's evidence and the proof of a self-check answer alike: the upload (one
 * multipart field `file`, typed by its first bytes, at most the evidence limit) and the download.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../core/shared/errors.js';
import type { NewFile } from '../db/repositories/stored-files.js';
import { evidenceType, EVIDENCE_TYPES } from './evidence-type.js';
import { readUploadedFile } from './http/body-limits.js';
import { rfc5987 } from './routes/documents.js';

/** The OpenAPI summary of an upload route: what it uploads, and how. */
export const uploadSummary = (what: string) =>
  `${what}（multipart 字段 file；按文件头识别类型：${EVIDENCE_TYPES.join('、')}）`;

/** The uploaded file: 400 naming the field when the body is not multipart (or a broken one), has no file, an empty one or one of a type not accepted; 413 over `limit`. */
export async function receiveEvidence(req: FastifyRequest, limit: number): Promise<NewFile> {
  if (!req.isMultipart()) {
    throw new DomainError('INVALID_INPUT', 'body file: 需要 multipart/form-data 的文件字段 file', {
      field: 'file',
    });
  }
  const { filename, bytes: content } = await readUploadedFile(req, limit);
  if (content.length === 0) throw new DomainError('INVALID_INPUT', 'body file: 文件为空', { field: 'file' });
  const mediaType = evidenceType(content);
  if (!mediaType) {
    throw new DomainError('INVALID_INPUT', 'body file: 不支持的文件类型（按文件头识别）', {
      field: 'file',
      filename,
      accepted: EVIDENCE_TYPES,
    });
  }
  return { filename: filename || 'evidence', mediaType, content };
}

/** A stored file as an attachment under its own name (RFC 5987) and type. */
export const sendEvidence = (
  reply: FastifyReply,
  f: { filename: string; media_type: string; content: Uint8Array },
): FastifyReply =>
  reply
    .header('content-type', f.media_type)
    .header('content-disposition', `attachment; filename*=UTF-8''${rfc5987(f.filename)}`)
    .send(Buffer.from(f.content));
