/**
 * The web UI: web/dist served as static files, with index.html for every other GET that accepts HTML (the
 * React router's paths). Unknown /api paths and missing /assets files stay 404s.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.js';

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>网安</title>
<body><p>网页界面尚未构建（缺少 web/dist）。请运行 <code>npm run build</code>；接口文档见 <a href="/api/docs">/api/docs</a>。</p></body></html>`;

export async function installWeb(app: FastifyInstance, webDir: string | null): Promise<void> {
  const built = webDir !== null && existsSync(join(webDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: 'index.html',
      cacheControl: false,
      // Vite names built assets by content hash: cache them for good; index.html must be revalidated.
      setHeaders: (reply, path) =>
        void reply.header(
          'cache-control',
          /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    // A missing built asset is a 404, never index.html: a page left open across a rebuild must fail plainly
    // instead of loading HTML as a script.
    if (path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/') || req.method !== 'GET') {
      return reply
        .status(404)
        .send(
          errorBody('NOT_FOUND', `没有此接口或资源：${req.method} ${path}`, { method: req.method, path }),
        );
    }
    if (!built) return reply.status(200).type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
