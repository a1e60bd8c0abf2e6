/**
 * The API, one typed function per route. Types come from the server's zod schemas (type-only imports, so
 * nothing of the server is bundled): when a schema changes, this file stops compiling.
 */
import type { z } from 'zod';
import type {
  articleResponseSchema,
  bulletinSchema,
  caseCreateBodySchema,
  caseFilterSchema,
  caseListResponseSchema,
  caseListQuerySchema,
  caseMutationResponseSchema,
  caseResponseSchema,
  caseUpdateBodySchema,
  checkRequestSchema,
  compareResponseSchema,
  fineStatsResponseSchema,
  healthResponseSchema,
  importCommitBodySchema,
  importCommitResponseSchema,
  importPreviewResponseSchema,
  lawListSchema,
  loginResponseSchema,
  meResponseSchema,
  sessionUserSchema,
  similarResponseSchema,
  statsGroupBySchema,
  statsResponseSchema,
  statuteSearchResponseSchema,
  versionArticlesResponseSchema,
} from '../../../src/server/schemas/index.js';
import { request } from './client.js';

export type SessionUser = z.infer<typeof sessionUserSchema>;
export type LawList = z.infer<typeof lawListSchema>;
export type LawSummary = LawList[number];
export type LawVersionSummary = LawSummary['versions'][number];
export type VersionArticles = z.infer<typeof versionArticlesResponseSchema>;
export type StatuteArticle = VersionArticles['articles'][number];
export type ArticleAt = z.infer<typeof articleResponseSchema>;
export type CompareResponse = z.infer<typeof compareResponseSchema>;
export type ComparePair = CompareResponse['pairs'][number];
export type StatuteSearchResponse = z.infer<typeof statuteSearchResponseSchema>;
export type CaseFilter = z.infer<typeof caseFilterSchema>;
export type CaseListQuery = Partial<z.infer<typeof caseListQuerySchema>>;
export type CaseList = z.infer<typeof caseListResponseSchema>;
export type CaseSummary = CaseList['items'][number];
export type CaseDetail = z.infer<typeof caseResponseSchema>;
/** 类案参考: comparables, distribution, 同案同罚 advice and 裁量基准 (GET /api/cases/{id}/similar). */
export type SimilarView = z.infer<typeof similarResponseSchema>;
export type StoredCase = CaseDetail['case'];
export type CaseRecord = StoredCase['record'];
export type CheckResult = CaseDetail['check'];
export type CaseCreateBody = z.input<typeof caseCreateBodySchema>;
export type CaseUpdateBody = z.input<typeof caseUpdateBodySchema>;
export type CaseMutation = z.infer<typeof caseMutationResponseSchema>;
export type ImportPreview = z.infer<typeof importPreviewResponseSchema>;
export type ImportCommitBody = z.input<typeof importCommitBodySchema>;
export type ImportCommitResult = z.infer<typeof importCommitResponseSchema>;
export type StatsGroupBy = z.infer<typeof statsGroupBySchema>;
export type StatsResponse = z.infer<typeof statsResponseSchema>;
export type FineStats = z.infer<typeof fineStatsResponseSchema>;
export type Health = z.infer<typeof healthResponseSchema>;
export type Bulletin = z.infer<typeof bulletinSchema>;

type Signal = AbortSignal | undefined;
const seg = (s: string | number) => encodeURIComponent(String(s));

export const healthApi = {
  get: (signal?: Signal) => request<Health>('GET', '/api/health', { signal }),
};

export const authApi = {
  me: async (signal?: Signal) =>
    (await request<z.infer<typeof meResponseSchema>>('GET', '/api/auth/me', { signal })).user,
  login: (username: string, password: string) =>
    request<z.infer<typeof loginResponseSchema>>('POST', '/api/auth/login', { json: { username, password } }),
  logout: () => request<unknown>('POST', '/api/auth/logout'),
};

export const lawsApi = {
  list: (signal?: Signal) => request<LawList>('GET', '/api/laws', { signal }),
  articles: (law: string, version: string, signal?: Signal) =>
    request<VersionArticles>('GET', `/api/laws/${seg(law)}/versions/${seg(version)}/articles`, { signal }),
  article: (law: string, number: number, at: string | undefined, signal?: Signal) =>
    request<ArticleAt>('GET', `/api/laws/${seg(law)}/articles/${seg(number)}`, { query: { at }, signal }),
  compare: (law: string, from: string, to: string, signal?: Signal) =>
    request<CompareResponse>('GET', `/api/laws/${seg(law)}/compare`, { query: { from, to }, signal }),
  search: (q: string, law: string | undefined, signal?: Signal) =>
    request<StatuteSearchResponse>('GET', '/api/statutes/search', { query: { q, law }, signal }),
};

export const casesApi = {
  list: (query: CaseListQuery, signal?: Signal) => request<CaseList>('GET', '/api/cases', { query, signal }),
  /** `reveal`: the party's ID numbers, phones and addresses unmasked (signed in; the server audits it). */
  get: (id: number, signal?: Signal, reveal = false) =>
    request<CaseDetail>('GET', `/api/cases/${seg(id)}`, {
      query: reveal ? { reveal: 'pi' } : {},
      signal,
    }),
  similar: (id: number, signal?: Signal) =>
    request<SimilarView>('GET', `/api/cases/${seg(id)}/similar`, { signal }),
  create: (body: CaseCreateBody) => request<CaseMutation>('POST', '/api/cases', { json: body }),
  update: (id: number, body: CaseUpdateBody) =>
    request<CaseMutation>('PUT', `/api/cases/${seg(id)}`, { json: body }),
  remove: (id: number) => request<unknown>('DELETE', `/api/cases/${seg(id)}`),
};

export const importsApi = {
  previewText: (text: string, filename?: string) =>
    request<ImportPreview>('POST', '/api/imports/preview', { json: { text, filename } }),
  previewFile: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<ImportPreview>('POST', '/api/imports/preview', { form });
  },
  commit: (body: ImportCommitBody) => request<ImportCommitResult>('POST', '/api/imports', { json: body }),
};

export const checkApi = {
  /** The legality check of one record, nothing stored (re-checks a corrected import record). */
  record: (record: z.input<typeof checkRequestSchema>['record']) =>
    request<CheckResult>('POST', '/api/check', { json: { record } }),
};

export const statsApi = {
  groups: (group_by: StatsGroupBy, filter: CaseFilter = {}, signal?: Signal) =>
    request<StatsResponse>('GET', '/api/stats', { query: { ...filter, group_by }, signal }),
  fines: (filter: CaseFilter = {}, signal?: Signal) =>
    request<FineStats>('GET', '/api/stats/fines', { query: filter, signal }),
};

export const bulletinsApi = {
  get: (id: number, signal?: Signal) => request<Bulletin>('GET', `/api/bulletins/${seg(id)}`, { signal }),
};
