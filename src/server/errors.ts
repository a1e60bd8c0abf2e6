/**
 * The one error mapper: DomainError code → HTTP status with {error:{code,message,details}}; validation errors
 * are 400 naming the field; anything unexpected is logged and answered 500 without internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Refusal } from '../core/cases/transitions/types.js';
import { isDomainError, type DomainErrorCode } from '../core/shared/errors.js';
import './zod-chinese.js';

export const STATUS: Record<DomainErrorCode, number> = {
  INVALID_INPUT: 400,
  INVALID_DATE: 400,
  UNKNOWN_LAW: 404,
  UNKNOWN_VERSION: 404,
  UNKNOWN_ARTICLE: 404,
  NO_VERSION_IN_FORCE: 404,
  UNKNOWN_PROVISION: 400,
  UNREADABLE_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  ACCOUNT_LOCKED: 423,
  PASSWORD_CHANGE_REQUIRED: 403,
  INVALID_TRANSITION: 409,
  // A working-day period reaches a year whose official 放假调休 calendar is not loaded (data/calendar).
  CALENDAR_NOT_COVERED: 422,
  // A document cannot be rendered here: Chromium or the PDF font is not installed (src/documents/pdf.ts).
  RENDERER_UNAVAILABLE: 503,
  // A document (法律文书) with a mandatory field empty, or not issuable at the proceeding's stage.
  MISSING_FIELDS: 409,
  NOT_ISSUABLE: 409,
  INPUT_TOO_LARGE: 413,
  INPUT_TOO_COMPLEX: 422,
};

/** An error whose status and code are not a DomainError's: a refusal of the case-handling core, a version conflict. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Refusals that are a bad payload (400 naming the field); every other refusal is a guard's (409 with its code). */
const PAYLOAD_REFUSALS: Partial<Record<Refusal['code'], string>> = {
  INVALID_PAYLOAD: 'body',
  UNKNOWN_PARTY: 'party',
  AT_IN_FUTURE: 'at',
};

export function refusalError(r: Refusal): ApiError {
  const field = PAYLOAD_REFUSALS[r.code];
  if (field === undefined) return new ApiError(409, r.code, r.message, r.details);
  const named = typeof r.details['field'] === 'string' ? r.details['field'] : field;
  return new ApiError(400, r.code, r.message, { ...r.details, field: named });
}

export function errorBody(code: string, message: string, details: Record<string, unknown> = {}) {
  return { error: { code, message, details } };
}

const PLACES: Record<string, string> = {
  body: '请求内容',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** 「请求内容的字段 record.title 不符合要求：…」: where and which field in Chinese; the schema's words after them. */
function validationMessage(where: string, first: { field: string; message: string }): string {
  const place = PLACES[where] ?? '请求';
  return first.field
    ? `${place}的字段 ${first.field} 不符合要求：${first.message}`
    : `${place}不符合要求：${first.message}`;
}

/** Fastify's client errors by status, in the words users read. */
const CLIENT_ERROR_MESSAGES: Record<number, string> = {
  400: '请求格式有误（例如内容不是有效的 JSON），无法处理',
  401: '请先登录',
  403: '无权执行此操作',
  404: '请求的资源不存在',
  405: '不支持该请求方法',
  406: '无法提供所要求的内容格式',
  411: '请求缺少内容长度',
  415: '不支持该内容类型，请以 JSON 或文件上传提交',
};

const CJK = /[\u4e00-\u9fff]/;

/**
 * The message users read is Chinese: a message of the core written in English (it serves the CLI as well) is led by
 * the Chinese words for its status, its own words kept after them as the particulars.
 */
function inChinese(status: number, message: string): string {
  return CJK.test(message) ? message : `${LEADS[status] ?? '请求有误'}：${message}`;
}

const LEADS: Record<number, string> = {
  400: '输入有误',
  401: '请先登录',
  403: '无权执行此操作',
  404: '未找到',
  409: '与当前状态冲突',
  413: '内容过大',
  422: '内容无法处理',
  423: '账户已锁定',
  429: '请求过于频繁',
  503: '服务暂不可用',
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    // Refused before its body was read to the end (an upload past its limit, a write before sign-in): close the
    // connection after the answer, so that the rest of the body is not read only to be thrown away.
    if (!req.raw.complete) void reply.header('connection', 'close');
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: v.message ?? '不符合要求',
      }));
      const where = err.validationContext ?? 'request';
      const first = issues[0]!;
      const field = first.field || where;
      return reply
        .status(400)
        .send(errorBody('INVALID_INPUT', validationMessage(where, first), { in: where, field, issues }));
    }
    if (err instanceof ApiError) {
      return reply
        .status(err.status)
        .send(errorBody(err.code, inChinese(err.status, err.message), err.details));
    }
    if (isDomainError(err)) {
      const status = STATUS[err.code] ?? 400;
      return reply.status(status).send(errorBody(err.code, inChinese(status, err.message), err.details));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return reply.status(500).send(errorBody('INTERNAL', '服务器内部错误：应答不符合其格式定义'));
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status === 413) {
      // Fastify's bodyLimit or the multipart file-size limit: reading stopped at the limit.
      return reply.status(413).send(
        errorBody('INPUT_TOO_LARGE', '上传内容过大，超过该接口的大小上限', {
          fastify_code: err.code ?? null,
        }),
      );
    }
    if (status >= 400 && status < 500) {
      const code =
        status === 401
          ? 'UNAUTHENTICATED'
          : status === 403
            ? 'FORBIDDEN'
            : status === 404
              ? 'NOT_FOUND'
              : 'INVALID_INPUT';
      // Fastify's own refusals (a body that is not JSON, an unsupported content type …) speak English: the
      // message users see is Chinese, Fastify's words stay in the details.
      return reply.status(status).send(
        errorBody(code, CLIENT_ERROR_MESSAGES[status] ?? '请求有误，无法处理', {
          fastify_code: err.code ?? null,
          reason: err.message,
        }),
      );
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL', '服务器内部错误'));
  });
}
