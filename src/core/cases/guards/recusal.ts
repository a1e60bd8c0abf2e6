/**
 * 回避 as a guard. 行政处罚法 第四十三条 「执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避。」 … 「决定作出之前，
 * 不停止调查。」; 程序规定 第二十四条 「在公安机关作出回避决定前，办案人民警察不得停止对行政案件的调查。作出回避决定后，公安机关负责人、
 * 办案人民警察不得再参与该行政案件的调查和审核、审批工作。」
 * A person recused takes no further step in the case. While an application against a person is undecided, the
 * investigation goes on, but that person does not review, approve or preside (a choice: the texts keep only the
 * investigation going; NOTES.md “Procedure”).
 */
import type { ProceedingEvent } from '../events.js';
import type { Refusal } from '../transitions/types.js';

const personOf = (e: ProceedingEvent) => e.payload?.['person'];

export function isRecused(history: readonly ProceedingEvent[], person: string): boolean {
  return history.some(
    (e) => e.type === 'decide_recusal' && personOf(e) === person && e.payload?.['granted'] === true,
  );
}

export function recusalPending(history: readonly ProceedingEvent[], person: string): boolean {
  const last = history.findLast(
    (e) => (e.type === 'apply_recusal' || e.type === 'decide_recusal') && personOf(e) === person,
  );
  return last?.type === 'apply_recusal';
}

/**
 * @param role what the person would do; a pending application bars reviewing, approving and presiding, not
 *   investigating (`role` null)
 */
export function recusalRefusal(
  history: readonly ProceedingEvent[],
  person: string,
  role: string | null,
): Refusal | null {
  if (isRecused(history, person)) {
    return {
      code: 'RECUSED',
      message: `${person} 已被决定回避，不得再参与本案（程序规定 第二十四条第二款）`,
      details: { person, role },
    };
  }
  if (role !== null && recusalPending(history, person)) {
    return {
      code: 'RECUSAL_PENDING',
      message: `对${person}的回避申请尚未决定，其不能担任${role}`,
      details: { person, role },
    };
  }
  return null;
}
