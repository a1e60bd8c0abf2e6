/**
 * Every 4xx says in Chinese what was wrong (found by `npm run fuzz`: the schema's, Fastify's and the core's English
 * messages reached users as they were).
 */
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../core/shared/errors.js';
import { installErrorHandler } from './errors.js';
import { frameworkErrors } from './http/client-error.js';
import { installNulGuard } from './nul-guard.js';

const CJK = /[\u4e00-\u9fff]/;

async function app() {
  const a = Fastify({ logger: false, frameworkErrors }).withTypeProvider<ZodTypeProvider>();
  a.setValidatorCompiler(validatorCompiler);
  a.setSerializerCompiler(serializerCompiler);
  installErrorHandler(a);
  installNulGuard(a);
  a.post('/things/:name', { schema: { body: z.object({ title: z.string() }) } }, async () => ({ ok: true }));
  a.post('/boom', async () => {
    throw new Error('a bug');
  });
  a.post('/core', async () => {
    throw new DomainError('INVALID_INPUT', 'record 0: date must be a date', { field: 'date' });
  });
  await a.ready();
  return a;
}

describe('client errors are answered in Chinese', () => {
  it('a body failing its schema: 400 naming the field in Chinese, the schema’s words after it', async () => {
    const a = await app();
    const res = await a.inject({ method: 'POST', url: '/things/x', payload: { title: 1 } });
    expect(res.statusCode).toBe(400);
    const { message, details } = res.json().error;
    expect(message).toMatch(/^请求内容的字段 title 不符合要求：/);
    expect(details.field).toBe('title');
    const whole = await a.inject({
      method: 'POST',
      url: '/things/x',
      payload: '1',
      headers: { 'content-type': 'application/json' },
    });
    expect(whole.json().error.message).toMatch(/^请求内容不符合要求：/);
  });

  it('a body that is not JSON, or of a type no route reads: Fastify’s refusal in Chinese, its words in details', async () => {
    const a = await app();
    const broken = await a.inject({
      method: 'POST',
      url: '/things/x',
      payload: '{"a":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toMatch(CJK);
    expect(broken.json().error.details.reason).toBeTruthy();
    const type = await a.inject({
      method: 'POST',
      url: '/things/x',
      payload: 'x',
      headers: { 'content-type': 'text/csv' },
    });
    expect(type.statusCode).toBe(415);
    expect(type.json().error.message).toMatch(CJK);
  });

  it('a path with a malformed percent escape (%ZZ): 400 in Chinese, not Fastify’s English body', async () => {
    const res = await (await app()).inject({ method: 'POST', url: '/things/%ZZ', payload: { title: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/百分号编码/),
    });
  });

  it('a NUL character in a path parameter: 400 naming the field in Chinese', async () => {
    const res = await (await app()).inject({ method: 'POST', url: '/things/%00', payload: { title: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('路径参数的字段 name 含有 NUL 字符（U+0000），不能保存');
  });

  it('a message passed on from elsewhere in English (a library’s words): led by the Chinese words for its status', async () => {
    const res = await (await app()).inject({ method: 'POST', url: '/core' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('输入有误：record 0: date must be a date');
  });

  it('the schema library’s own words after the field are Chinese too (zod’s zh-CN locale)', async () => {
    const res = await (await app()).inject({ method: 'POST', url: '/things/x', payload: { title: 1 } });
    expect(res.json().error.message).toBe(
      '请求内容的字段 title 不符合要求：无效输入：期望 string，实际接收 数字',
    );
  });

  it('an unexpected error: 500 in Chinese, without internals', async () => {
    const res = await (await app()).inject({ method: 'POST', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toEqual({ code: 'INTERNAL', message: '服务器内部错误', details: {} });
  });
});
