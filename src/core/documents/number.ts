/**
 * The 文号 (documents.md §2.6): {机关代字}公（{部门简称}）{文书代字}字〔{年}〕{序号}号 — 六角括号 around a four-digit year,
 * the serial in Arabic numerals without leading zeros and without 第 (GB/T 9704-2012 7.2.5); the 部门简称 may be empty.
 */
import { DomainError } from '../shared/errors.js';

export interface NumberParts {
  /** 机关代字. */
  organ: string;
  /** 部门简称, '' for none. */
  department: string;
  /** 文书代字 ending in 字 (行罚决字). */
  code: string;
  year: number;
  serial: number;
}

const HAN = /^\p{Script=Han}+$/u;

export function formatNumber(p: NumberParts): string {
  const bad = (field: string, value: unknown) =>
    new DomainError('INVALID_INPUT', `文号的${field}不合规：${String(value)}`, { field, value });
  if (!HAN.test(p.organ)) throw bad('机关代字', p.organ);
  if (p.department !== '' && !HAN.test(p.department)) throw bad('部门简称', p.department);
  if (!HAN.test(p.code) || !p.code.endsWith('字')) throw bad('文书代字', p.code);
  if (!Number.isInteger(p.year) || p.year < 1000 || p.year > 9999) throw bad('年份', p.year);
  if (!Number.isSafeInteger(p.serial) || p.serial < 1) throw bad('序号', p.serial);
  const dept = p.department === '' ? '' : `（${p.department}）`;
  return `${p.organ}公${dept}${p.code}〔${p.year}〕${p.serial}号`;
}

/** The check of documents.md Appendix A item 4. */
export const NUMBER_PATTERN =
  /^\p{Script=Han}+公(（\p{Script=Han}+）)?\p{Script=Han}+字〔\d{4}〕[1-9]\d*号$/u;
