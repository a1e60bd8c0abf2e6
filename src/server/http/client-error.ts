/**
 * Requests Node's HTTP parser refuses before Fastify sees them — above all a raw (not percent-encoded) Chinese path
 * or query string — answered like every other bad input: 400 with {error:{code,message,details}} in Chinese and
 * the security headers, instead of Fastify's bare "Client Error"; and those Fastify's router refuses (frameworkErrors).
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../errors.js';
import { SECURITY_HEADERS } from './security-headers.js';

interface Answer {
  status: number;
  code: string;
  message: string;
}

function answerFor(code: string | undefined): Answer {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, code: 'REQUEST_TIMEOUT', message: '请求超时：未在限定时间内收到完整请求' };
  }
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, code: 'HEADERS_TOO_LARGE', message: '请求头过大' };
  }
  if (code === 'HPE_INVALID_URL' || code === 'HPE_INVALID_CHARACTER' || code === 'HPE_INVALID_METHOD') {
    return {
      status: 400,
      code: 'INVALID_INPUT',
      message:
        '请求地址含未编码的字符（如中文或空格）：路径和查询参数须按 UTF-8 百分号编码（encodeURIComponent）',
    };
  }
  return { status: 400, code: 'INVALID_INPUT', message: '请求格式有误：无法解析该 HTTP 请求' };
}

/** Fastify's clientErrorHandler. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const a = answerFor(err.code);
    const body = JSON.stringify(
      errorBody(a.code, a.message, { in: 'request', parser_code: err.code ?? null }),
    );
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    };
    const head = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${a.status} ${STATUS_CODES[a.status]}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}

/**
 * Fastify's frameworkErrors: a path Fastify's router cannot decode (a malformed percent escape such as `%ZZ`) is
 * answered like every other bad input, not with Fastify's English body.
 */
export function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  void reply.status(400).send(
    errorBody(
      'INVALID_INPUT',
      '请求地址含无效的百分号编码：路径须按 UTF-8 百分号编码（encodeURIComponent）',
      {
        in: 'request',
        fastify_code: err.code ?? null,
      },
    ),
  );
}
