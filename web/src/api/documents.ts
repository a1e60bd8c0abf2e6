/**
 * The 法律文书 routes (issue 9). Types come from the server's zod schemas (src/server/schemas/documents.ts, type-only
 * imports as in endpoints.ts): when a schema changes, this file stops compiling.
 */
import type { z } from 'zod';
import type {
  documentKindOfferSchema,
  issueDocumentBodySchema,
  issuedDocumentSchema,
  issuingOrganSchema,
} from '../../../src/server/schemas/index.js';
import type { DocumentKind, MissingField } from '../../../src/core/documents/model.js';
import { request } from './client.js';

export type { DocumentKind, MissingField };
/** An issued document: immutable once its number is taken; a correction is a new one naming it in `replaces`. */
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;
/** A kind as the case may issue it now: `reason` says why not when `issuable` is false. */
export type DocumentKindOption = z.infer<typeof documentKindOfferSchema>;
/** An input of a template that the proceeding does not hold (告知地点, 听证的时间和地点 …). */
export type DocumentInput = DocumentKindOption['inputs'][number];
export type IssueDocumentBody = z.input<typeof issueDocumentBodySchema>;
export type IssuingOrgan = z.infer<typeof issuingOrganSchema>;

type Signal = AbortSignal | undefined;
const seg = (s: string | number) => encodeURIComponent(String(s));

export const documentsApi = {
  list: (proceedingId: number, signal?: Signal) =>
    request<IssuedDocument[]>('GET', `/api/proceedings/${seg(proceedingId)}/documents`, { signal }),
  /** What the case may issue now, for `party` (a per-party document; default the main party). */
  kinds: (proceedingId: number, party: string | undefined, signal?: Signal) =>
    request<DocumentKindOption[]>('GET', `/api/proceedings/${seg(proceedingId)}/document-kinds`, {
      query: { party },
      signal,
    }),
  issue: (proceedingId: number, body: IssueDocumentBody) =>
    request<IssuedDocument>('POST', `/api/proceedings/${seg(proceedingId)}/documents`, { json: body }),
  /** The file as an attachment (下载), or inline for the preview. */
  fileUrl: (id: number, format: 'docx' | 'pdf', inline = false) =>
    `/api/documents/${seg(id)}.${format}${inline ? '?inline=1' : ''}`,
};

export const documentOrgansApi = {
  list: (signal?: Signal) => request<IssuingOrgan[]>('GET', '/api/document-organs', { signal }),
  /** Saves one agency's settings (keyed by `agency`), answering them as stored. */
  save: (organ: IssuingOrgan) => request<IssuingOrgan>('PUT', '/api/document-organs', { json: organ }),
};
