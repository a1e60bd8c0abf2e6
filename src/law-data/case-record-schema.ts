/**
 * Validation of case records against the interchange schema (data/schema/case-record.schema.json, JSON Schema
 * 2020-12): what `check` and `import` read. Errors name the source, the case index and the field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { CaseRecord } from '../core/shared/case-record.js';
import { DomainError } from '../core/shared/errors.js';
import { packageRoot } from '../paths.js';

export const CASE_RECORD_SCHEMA_PATH = resolve(packageRoot, 'data', 'schema', 'case-record.schema.json');

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!validate) {
    const schema = JSON.parse(readFileSync(CASE_RECORD_SCHEMA_PATH, 'utf8')) as object;
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  return validate;
}

/** What a schema keyword asks, in Chinese; Ajv's own English words stay in `schema_message`. */
function requirement(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return '为必填字段';
    case 'type':
      return `的类型应为 ${String(p['type'])}`;
    case 'enum':
      return `应为以下之一：${(p['allowedValues'] as unknown[]).join('、')}`;
    case 'const':
      return `应为 ${JSON.stringify(p['allowedValue'])}`;
    case 'additionalProperties':
      return `含有未定义的字段 ${String(p['additionalProperty'])}`;
    case 'format':
      return `的格式应为 ${String(p['format'])}`;
    case 'pattern':
      return '的格式不符合要求';
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return `的值应 ${String(p['comparison'])} ${String(p['limit'])}`;
    case 'minLength':
      return `至少应有 ${String(p['limit'])} 个字符`;
    case 'maxLength':
      return `至多可有 ${String(p['limit'])} 个字符`;
    case 'minItems':
      return `至少应有 ${String(p['limit'])} 项`;
    case 'maxItems':
      return `至多可有 ${String(p['limit'])} 项`;
    default:
      return '不符合要求';
  }
}

function describe(e: ErrorObject): { field: string; message: string; schema_message: string } {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const missing = e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : null;
  const field = missing ? (path ? `${path}.${missing}` : missing) : path || '(record)';
  return { field, message: requirement(e), schema_message: e.message ?? '' };
}

/** Parses JSON text holding an array of case records; throws INVALID_INPUT naming source, index and field. */
export function parseCaseRecords(text: string, source: string): CaseRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DomainError('INVALID_INPUT', `${source}：不是有效的 JSON（${(e as Error).message}）`, {
      source,
    });
  }
  return validateCaseRecords(value, source);
}

export function validateCaseRecords(value: unknown, source: string): CaseRecord[] {
  if (!Array.isArray(value)) {
    throw new DomainError(
      'INVALID_INPUT',
      `${source}：应为案件记录的 JSON 数组，实为 ${value === null ? 'null' : typeof value}`,
      {
        source,
      },
    );
  }
  const v = validator();
  value.forEach((record, index) => {
    if (!v(record)) {
      const errors = (v.errors ?? []).map(describe);
      const first = errors[0]!;
      throw new DomainError(
        'INVALID_INPUT',
        `${source}：第 ${index} 件案件${titleOf(record)}的字段 ${first.field} ${first.message}` +
          (errors.length > 1
            ? `（另有 ${errors.length - 1} 处：${errors
                .slice(1)
                .map((e) => e.field)
                .join('、')}）`
            : ''),
        { source, index, field: first.field, errors },
      );
    }
  });
  return value as CaseRecord[];
}

function titleOf(record: unknown): string {
  const t = (record as { title?: unknown } | null)?.title;
  return typeof t === 'string' && t ? `《${t}》` : '';
}
