/**
 * The 法律文书 routes (issue 9, documents-shared.md “HTTP contract”). Their zod schemas are written on the docs-store
 * branch; these interfaces follow the contract field by field until the merge, after which they are to be inferred
 * from the schemas as endpoints.ts does.
 */
import type { DocumentKind, IssuingOrgan } from '../../../src/core/documents/model.js';
import type { ProceedingPerson } from './proceedings.js';
import { request } from './client.js';

export type { DocumentKind, IssuingOrgan };

/** An issued document: immutable once its number is taken; a correction is a new one naming it in `replaces`. */
export interface IssuedDocument {
  id: number;
  kind: DocumentKind;
  /** The title as printed (责令限期改正通知书 …). */
  label: string;
  /** The 文号; null for kinds that carry none (笔录, 回执). */
  number: string | null;
  /** The party it is addressed to (a party id of the proceeding); null when it is the case's. */
  party: string | null;
  /** The day the document is dated (China date). */
  date?: string;
  issued_at: string;
  /** Who issued it: the username (docs-store), or the user as the proceeding names people, or the bare id. */
  issued_by: ProceedingPerson | number | string | null;
  sha256: string;
  /** The document this one corrects, and the one that corrected this one. */
  replaces: number | null;
  /** Why a correction was issued. */
  reason?: string | null;
  replaced_by: number | null;
}

/** An input of a template that the proceeding does not hold (告知地点, 听证的时间和地点 …). */
export interface DocumentInput {
  name: string;
  label: string;
  required: boolean;
  /** Why it is asked for (the templates carry it; shown under the field when the route passes it on). */
  basis?: string;
}

/** A kind as the case may issue it now: `reason` says why not when `issuable` is false. */
export interface DocumentKindOption {
  kind: DocumentKind;
  label: string;
  issuable: boolean;
  reason: string | null;
  inputs: DocumentInput[];
}

export interface IssueDocumentBody {
  kind: DocumentKind;
  party?: string;
  fields?: Record<string, string>;
  /** The id of the document this one corrects, with the reason for the correction. */
  replaces?: number;
  reason?: string;
}

/** What a 409 MISSING_FIELDS names: where the value comes from, its name on the form, and why it is required. */
export interface MissingField {
  field: string;
  label: string;
  basis: string;
}

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
