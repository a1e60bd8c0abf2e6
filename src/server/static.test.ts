import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CONTENT_SECURITY_POLICY, installSecurityHeaders } from './http/security-headers.js';
import { installWeb } from './static.js';

describe('web UI serving', () => {
  it('serves web/dist files and index.html for client-side routes; /api stays JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangan-web-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>网安</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const app = Fastify();
    installSecurityHeaders(app);
    await installWeb(app, dir);
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.body).toBe('console.log(1)');
    // Static files carry the security headers as the API does.
    expect(asset.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ method: 'GET', url: '/' })).headers['cache-control']).toBe('no-cache');
    const spa = await app.inject({ method: 'GET', url: '/cases/12?tab=check' });
    expect(spa.statusCode).toBe(200);
    expect(spa.headers['content-type']).toContain('text/html');
    expect(spa.body).toContain('<div id="root">');
    const api = await app.inject({ method: 'GET', url: '/api/none' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('NOT_FOUND');
    expect((await app.inject({ method: 'POST', url: '/cases' })).statusCode).toBe(404);
    const gone = await app.inject({ method: 'GET', url: '/assets/index-oldhash.js' });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).not.toContain('text/html');
    await app.close();
  });

  it('says in Chinese that the UI is not built when web/dist is missing', async () => {
    const app = Fastify();
    await installWeb(app, join(tmpdir(), 'no-such-web-dist'));
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('网页界面尚未构建');
    await app.close();
  });
});
