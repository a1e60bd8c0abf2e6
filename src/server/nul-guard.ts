/**
 * Request hygiene before validation. PostgreSQL text cannot hold U+0000 (SQLite can): a request carrying it would
 * fail in the database, so it is refused up front as a 400 naming the field, and both engines answer alike.
 */
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../core/shared/errors.js';

export function findNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || 'value' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findNul(v, [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return [...path, k].join('.');
      const found = findNul(v, [...path, k]);
      if (found !== null) return found;
    }
  }
  return null;
}

const PLACES = { querystring: '查询参数', params: '路径参数', body: '请求内容' } as const;

export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    // An empty query parameter (?region=, as HTML forms send a cleared field) means the filter is not set.
    const query = req.query as Record<string, unknown> | undefined;
    if (query) for (const [k, v] of Object.entries(query)) if (v === '') delete query[k];
    for (const [where, value] of [
      ['querystring', req.query],
      ['params', req.params],
      ['body', req.body],
    ] as const) {
      const field = findNul(value);
      if (field !== null) {
        throw new DomainError(
          'INVALID_INPUT',
          `${PLACES[where]}的字段 ${field} 含有 NUL 字符（U+0000），不能保存`,
          {
            in: where,
            field,
          },
        );
      }
    }
  });
}
