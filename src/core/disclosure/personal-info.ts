/**
 * Personal information of parties in case data, masked by default wherever the case library shows it (个人信息保护法
 * 第五十一条: 「采取相应的加密、去标识化等安全技术措施」; GB/T 22239-2019 8.1.4.11 个人信息保护): ID numbers, phone
 * numbers and addresses are removed with the disclosure rules (masking.ts); names are not (a case is read by the
 * officers who handle it). Revealed only on request, and the reveal is audited (NOTES.md “Security (identity and audit)”).
 */
import { removeAddresses, removeIdNumbers, removePhoneNumbers } from './masking.js';

/** A text with ID numbers, phone numbers and addresses removed. */
export const maskPersonalText = (text: string): string =>
  removeAddresses(removePhoneNumbers(removeIdNumbers(text)));

/** Every string inside `value` (a case record, with its extra properties) masked; the shape is unchanged. */
export function maskPersonalInfo<T>(value: T): T {
  if (typeof value === 'string') return maskPersonalText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => maskPersonalInfo(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPersonalInfo(v)])) as T;
  }
  return value;
}
