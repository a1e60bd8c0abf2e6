/**
 * The kind of authority an agency's name denotes, as bulletins write it (金凤网安部门, 县公安局, 警方, 衡阳市网信办,
 * 省互联网信息办公室, 通信管理局). Unknown when the name says nothing of it.
 */
import type { Authority } from './model.js';

const PATTERNS: [RegExp, Authority][] = [
  [/网信|互联网信息办公室|网络安全和信息化/, 'cyberspace'],
  [/公安|网安|网警|警方|派出所|公安机关/, 'public_security'],
  [/通信管理局|电信主管|工业和信息化/, 'telecom'],
];

export function authorityOf(agency: string | null | undefined): Authority | null {
  if (!agency) return null;
  for (const [re, a] of PATTERNS) if (re.test(agency)) return a;
  return null;
}

export const AUTHORITY_LABEL: Readonly<Record<Authority, string>> = {
  public_security: '公安机关',
  cyberspace: '网信部门',
  telecom: '电信主管部门',
  pi_protection: '履行个人信息保护职责的部门',
  competent_department: '有关主管部门',
};

/**
 * May an agency of this kind apply a rule that names these authorities? 有关主管部门 is whichever department the
 * law puts in charge (网络安全法 第八条): any known kind may be it. 履行个人信息保护职责的部门 (个人信息保护法 第六十条)
 * are the 网信部门 and the departments the State Council names, which include 公安机关 in their fields.
 */
export function authorityMayApply(agency: Authority, named: readonly Authority[]): boolean {
  if (named.includes(agency) || named.includes('competent_department')) return true;
  if (named.includes('pi_protection')) return agency === 'cyberspace' || agency === 'public_security' || agency === 'telecom';
  return false;
}
