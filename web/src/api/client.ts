/**
 * The one way the UI talks to the API: JSON over fetch with the session cookie, errors as ApiError carrying
 * the server's stable code ({error:{code,message,details}}), so a screen can say what went wrong.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | readonly (string | number)[]>;

/** `?a=1&b=x` from a record; empty, null and undefined values are left out, arrays repeat the key. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, String(v));
    } else {
      params.append(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  query?: Query;
  /** JSON body. */
  json?: unknown;
  /** Multipart body (file uploads). */
  form?: FormData;
  signal?: AbortSignal;
}

async function errorFrom(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let message = res.statusText || `请求失败（${res.status}）`;
  let details: Record<string, unknown> = {};
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string; details?: Record<string, unknown> };
    };
    if (body.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
      details = body.error.details ?? {};
    }
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, code, message, details);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let res: Response;
  try {
    res = await fetch(`${path}${toQueryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) throw await errorFrom(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

/** A message for the user: the server's own words, or a Chinese fallback by status. */
/** Has the text a Chinese character (the API's own messages do; the schema library's and Fastify's are English). */
const CHINESE = /\p{Script=Han}/u;

/** What to say when the API's message is not in Chinese, by status. */
function statusWords(e: ApiError): string {
  if (e.code === 'INVALID_INPUT' || e.status === 400) {
    const field = typeof e.details['field'] === 'string' && e.details['field'] ? e.details['field'] : null;
    return field ? `输入有误：「${field}」一项不符合要求` : '输入有误，请检查后重试';
  }
  if (e.status === 404) return '未找到';
  if (e.status === 409) return '数据已被他人修改，请刷新后重试';
  if (e.status === 413) return '上传内容过大';
  if (e.status === 429) return '请求过于频繁，请稍后重试';
  if (e.status >= 500) return '服务器出错，请稍后重试';
  return `请求未能完成（HTTP ${e.status}）`;
}

export function describeError(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 401) return '请先登录';
    if (e.status === 403) return '没有权限执行此操作';
    return CHINESE.test(e.message) ? e.message : statusWords(e);
  }
  if (e instanceof Error) return e.message;
  return String(e);
}
