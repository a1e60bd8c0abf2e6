import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, describeError, request, toQueryString } from './client.js';

describe('toQueryString', () => {
  it('leaves out empty values and encodes Chinese', () => {
    expect(toQueryString({ q: '个人信息', region: '', page: 2, x: undefined, y: null })).toBe(
      `?q=${encodeURIComponent('个人信息')}&page=2`,
    );
  });
  it('repeats array keys and gives nothing for no query', () => {
    expect(toQueryString({ kind: ['fine', 'warning'] })).toBe('?kind=fine&kind=warning');
    expect(toQueryString({})).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});

describe('request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('turns the server error body into an ApiError with its code and details', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: { code: 'INVALID_INPUT', message: 'fine_min: 不是数字', details: { field: 'fine_min' } },
            }),
            {
              status: 400,
              headers: { 'content-type': 'application/json' },
            },
          ),
      ),
    );
    const err = await request('GET', '/api/cases', { query: { fine_min: 'x' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
      message: 'fine_min: 不是数字',
      details: { field: 'fine_min' },
    });
  });

  it('sends JSON bodies and parses JSON answers', async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ ok: true }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await expect(request('POST', '/api/auth/login', { json: { username: 'a' } })).resolves.toEqual({
      ok: true,
    });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/auth/login');
    expect(init.body).toBe('{"username":"a"}');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('reports a network failure in Chinese', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    const err = await request('GET', '/api/health').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'NETWORK' });
    expect(describeError(err)).toContain('无法连接');
  });

  it('names 401 and 403 in words the user understands', () => {
    expect(describeError(new ApiError(401, 'UNAUTHENTICATED', 'no session'))).toBe('请先登录');
    expect(describeError(new ApiError(403, 'FORBIDDEN', 'role viewer'))).toBe('没有权限执行此操作');
  });

  it('never shows an English API message: the schema error names its field in Chinese words', () => {
    const bad = new ApiError(400, 'INVALID_INPUT', 'body record.title: Too big: expected string', {
      field: 'record.title',
    });
    expect(describeError(bad)).toBe('输入有误：「record.title」一项不符合要求');
    expect(describeError(new ApiError(500, 'INTERNAL', 'internal error'))).toBe('服务器出错，请稍后重试');
    expect(describeError(new ApiError(404, 'NOT_FOUND', 'Route GET:/x not found'))).toBe('未找到');
    expect(describeError(new ApiError(404, 'NOT_FOUND', '案例 7 不存在'))).toBe('案例 7 不存在');
  });
});
