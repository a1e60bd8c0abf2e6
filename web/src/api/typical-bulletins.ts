/**
 * The typical-case bulletin routes (典型案例通报, issue 10 §2). Types come from the server's zod schemas
 * (src/server/schemas/bulletins.ts, type-only imports as in endpoints.ts).
 */
import type { z } from 'zod';
import type {
  bulletinDraftSchema,
  composeBulletinBodySchema,
  issueBulletinBodySchema,
  issuedBulletinSchema,
} from '../../../src/server/schemas/index.js';
import { request } from './client.js';

export type BulletinDraft = z.infer<typeof bulletinDraftSchema>;
export type ComposeBulletinBody = z.input<typeof composeBulletinBodySchema>;
export type IssueBulletinBody = z.input<typeof issueBulletinBodySchema>;
export type IssuedBulletin = z.infer<typeof issuedBulletinSchema>;

type Signal = AbortSignal | undefined;
const seg = (s: string | number) => encodeURIComponent(String(s));

export const typicalBulletinsApi = {
  /** The draft of the cases (nothing stored). */
  compose: (body: ComposeBulletinBody, signal?: Signal) =>
    request<BulletinDraft>('POST', '/api/bulletins/compose', { json: body, signal }),
  issue: (body: IssueBulletinBody) =>
    request<IssuedBulletin>('POST', '/api/bulletins/issued', { json: body }),
  /** Newest first; with `caseId`, those that tell that case. */
  list: (signal?: Signal, caseId?: number) =>
    request<IssuedBulletin[]>('GET', '/api/bulletins/issued', { query: { case_id: caseId }, signal }),
  /** The Word file and the text as attachments; the HTML page is public. */
  fileUrl: (id: number, format: 'docx' | 'txt' | 'html') => `/api/bulletins/issued/${seg(id)}.${format}`,
};
