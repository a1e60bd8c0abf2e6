/**
 * Reading an action's payload: a missing or malformed field is refused as INVALID_PAYLOAD naming the field.
 */
import { isPartialDate, type IsoDate } from '../../shared/dates.js';
import type { Proceeding, Party } from '../proceeding.js';
import type { ActionInput, Refusal } from './types.js';

export class PayloadProblem extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/** 「字段 fine 应为正数金额」: the field and, in Chinese, what it should hold; the field's value in the details. */
export const bad = (field: string, expected: string, value: unknown): never => {
  throw new PayloadProblem({
    code: 'INVALID_PAYLOAD',
    message: `字段 ${field} 应为${expected}`,
    details: { field, value },
  });
};

export function text(input: ActionInput, field: string): string {
  const v = input[field];
  return typeof v === 'string' && v.trim() !== '' ? v : bad(field, '非空文字', v);
}

export function optionalText(input: ActionInput, field: string): string | undefined {
  return input[field] === undefined ? undefined : text(input, field);
}

export function day(input: ActionInput, field: string): IsoDate {
  const v = input[field];
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v)
    ? v
    : bad(field, '日期（YYYY-MM-DD）', v);
}

export function instant(input: ActionInput, field: string): string {
  const v = input[field];
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))
    ? v
    : bad(field, 'ISO 格式的日期时间', v);
}

export function amount(input: ActionInput, field: string): number {
  const v = input[field];
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : bad(field, '正数金额', v);
}

export function oneOf<T extends string>(input: ActionInput, field: string, values: readonly T[]): T {
  const v = input[field];
  return values.includes(v as T) ? (v as T) : bad(field, `以下之一：${values.join('、')}`, v);
}

export function list(input: ActionInput, field: string): unknown[] {
  const v = input[field];
  return Array.isArray(v) ? v : bad(field, '列表', v);
}

/** The party the action names (`party`), which must be one of the proceeding's. */
export function partyOf(state: Proceeding, input: ActionInput): Party {
  const id = input.party;
  const party = state.parties.find((p) => p.id === id);
  if (!party) {
    throw new PayloadProblem({
      code: 'UNKNOWN_PARTY',
      message: `当事人“${String(id)}”不是本案的当事人`,
      details: { field: 'party', value: id, parties: state.parties.map((p) => p.id) },
    });
  }
  return party;
}
