/**
 * The 合规自查 routes (issue 11). Types come from the server's zod schemas (src/server/schemas/self-check.ts,
 * type-only imports): when a schema changes, this file stops compiling.
 */
import type { z } from 'zod';
import type {
  assessmentListResponseSchema,
  assessmentViewSchema,
  requirementsResponseSchema,
  reportSchema,
  selfCheckBodySchema,
  selfCheckFileResponseSchema,
} from '../../../src/server/schemas/index.js';
import { ApiError, request } from './client.js';

export type SelfCheckBody = z.input<typeof selfCheckBodySchema>;
export type Profile = SelfCheckBody['profile'];
export type AnswerValue = 'yes' | 'no' | 'partly' | 'n/a';
export type Requirement = z.infer<typeof requirementsResponseSchema>['items'][number];
export type SelfCheckReport = z.infer<typeof reportSchema>;
export type Gap = SelfCheckReport['gaps'][number];
export type AssessmentHead = z.infer<typeof assessmentListResponseSchema>['items'][number];
export type AssessmentView = z.infer<typeof assessmentViewSchema>;
export type SelfCheckFile = z.infer<typeof selfCheckFileResponseSchema>['file'];

type Signal = AbortSignal | undefined;
const seg = (s: string | number) => encodeURIComponent(String(s));

/** A file the server builds from a POST body, saved under the name it gives. */
async function download(path: string, body: SelfCheckBody, fallback: string): Promise<void> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (!res.ok) throw new ApiError(res.status, `HTTP_${res.status}`, `下载失败（${res.status}）`);
  const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : fallback;
  a.click();
  URL.revokeObjectURL(url);
}

export const selfCheckApi = {
  requirements: (profile: Profile, signal?: Signal) =>
    request<z.infer<typeof requirementsResponseSchema>>('GET', '/api/self-check/requirements', {
      query: { profile: JSON.stringify(profile) },
      signal,
    }),
  report: (body: SelfCheckBody) => request<SelfCheckReport>('POST', '/api/self-check', { json: body }),
  download: (ext: 'docx' | 'pdf', body: SelfCheckBody) =>
    download(`/api/self-check/report.${ext}`, body, `合规自查报告.${ext}`),
  save: (body: SelfCheckBody) =>
    request<{ assessment: AssessmentHead }>('POST', '/api/self-check/assessments', { json: body }),
  list: (signal?: Signal) =>
    request<z.infer<typeof assessmentListResponseSchema>>('GET', '/api/self-check/assessments', { signal }),
  get: (id: number, signal?: Signal) =>
    request<AssessmentView>('GET', `/api/self-check/assessments/${seg(id)}`, { signal }),
  reportUrl: (id: number, ext: 'docx' | 'pdf') => `/api/self-check/assessments/${seg(id)}/report.${ext}`,
  fileUrl: (id: number, fileId: number) => `/api/self-check/assessments/${seg(id)}/files/${seg(fileId)}`,
  upload: (id: number, requirement: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<{ file: SelfCheckFile }>(
      'POST',
      `/api/self-check/assessments/${seg(id)}/answers/${seg(requirement)}/files`,
      { form },
    );
  },
};
