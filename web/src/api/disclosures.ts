/**
 * The 双公示 disclosure routes (issue 10). Types come from the server's zod schemas (src/server/schemas/disclosures.ts,
 * type-only imports): when a schema changes, this file stops compiling.
 */
import type { z } from 'zod';
import type {
  disclosureSchema,
  publicDisclosureListSchema,
  publicDisclosureQuerySchema,
  publicDisclosureSchema,
  publishDisclosureBodySchema,
  withdrawDisclosureBodySchema,
} from '../../../src/server/schemas/index.js';
import { request, toQueryString } from './client.js';

/** A record as its case's handlers see it (who published, the override, the withdrawal and its due day). */
export type Disclosure = z.infer<typeof disclosureSchema>;
/** A record as the public sees it. */
export type PublicDisclosure = z.infer<typeof publicDisclosureSchema>;
export type PublicDisclosureList = z.infer<typeof publicDisclosureListSchema>;
export type PublicDisclosureQuery = Partial<
  Omit<z.input<typeof publicDisclosureQuerySchema>, 'limit' | 'offset'> & { limit: number; offset: number }
>;
export type PublishDisclosureBody = z.input<typeof publishDisclosureBodySchema>;
export type WithdrawDisclosureBody = z.input<typeof withdrawDisclosureBodySchema>;

type Signal = AbortSignal | undefined;
const seg = (s: string | number) => encodeURIComponent(String(s));

export const disclosuresApi = {
  ofProceeding: (proceedingId: number, signal?: Signal) =>
    request<Disclosure[]>('GET', `/api/proceedings/${seg(proceedingId)}/disclosure`, { signal }),
  publish: (proceedingId: number, body: PublishDisclosureBody) =>
    request<Disclosure>('POST', `/api/proceedings/${seg(proceedingId)}/disclosure`, { json: body }),
  /** The decision was changed or revoked: the three-working-day deadline to withdraw starts. */
  changed: (proceedingId: number, body: WithdrawDisclosureBody) =>
    request<Disclosure>('POST', `/api/proceedings/${seg(proceedingId)}/disclosure/changed`, { json: body }),
  withdraw: (proceedingId: number, body: WithdrawDisclosureBody) =>
    request<Disclosure>('POST', `/api/proceedings/${seg(proceedingId)}/disclosure/withdraw`, { json: body }),
  /** The public list (no login). */
  list: (query: PublicDisclosureQuery, signal?: Signal) =>
    request<PublicDisclosureList>('GET', '/api/disclosures', { query, signal }),
  get: (id: number, signal?: Signal) =>
    request<PublicDisclosure>('GET', `/api/disclosures/${seg(id)}`, { signal }),
  /** The list as a file, with the same filters (all pages, up to the export's limit). */
  exportUrl: (format: 'csv' | 'xlsx', query: Omit<PublicDisclosureQuery, 'limit' | 'offset'>) =>
    `/api/disclosures.${format}${toQueryString(query)}`,
};
