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

function describe(e: ErrorObject): { field: string; message: string } {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const missing = e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : null;
  const field = missing ? (path ? `${path}.${missing}` : missing) : path || '(record)';
  const allowed =
    e.keyword === 'enum'
      ? `: one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
      : '';
  return { field, message: missing ? 'is required' : `${e.message ?? 'is invalid'}${allowed}` };
}

/** Parses JSON text holding an array of case records; throws INVALID_INPUT naming source, index and field. */
export function parseCaseRecords(text: string, source: string): CaseRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DomainError('INVALID_INPUT', `${source}: malformed JSON: ${(e as Error).message}`, { source });
  }
  return validateCaseRecords(value, source);
}

export function validateCaseRecords(value: unknown, source: string): CaseRecord[] {
  if (!Array.isArray(value)) {
    throw new DomainError(
      'INVALID_INPUT',
      `${source}: expected a JSON array of case records, got ${value === null ? 'null' : typeof value}`,
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
        `${source}: case ${index}${titleOf(record)}: field ${first.field} ${first.message}` +
          (errors.length > 1
            ? ` (and ${errors.length - 1} more: ${errors
                .slice(1)
                .map((e) => e.field)
                .join(', ')})`
            : ''),
        { source, index, field: first.field, errors },
      );
    }
  });
  return value as CaseRecord[];
}

function titleOf(record: unknown): string {
  const t = (record as { title?: unknown } | null)?.title;
  return typeof t === 'string' && t ? ` («${t}»)` : '';
}
