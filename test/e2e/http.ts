/**
 * The e2e suites' own HTTP calls to the server under test (setting up cases without the browser): a session cookie,
 * and a JSON request that must succeed. They send the server's own Origin, as its pages do: a signed-in write from
 * elsewhere is refused (CSRF).
 */
import { expect } from 'vitest';

export function httpClient(baseURL: string) {
  async function logInByApi(username: string, password: string): Promise<string> {
    const res = await fetch(`${baseURL}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  async function api(cookie: string, method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${baseURL}${path}`, {
      method,
      headers: {
        cookie,
        origin: new URL(baseURL).origin,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    return text ? JSON.parse(text) : undefined;
  }

  return { logInByApi, api };
}
