/**
 * Who may act. 行政处罚法 第四十二条 「执法人员不得少于两人，法律另有规定的除外。」; 第六十四条第（四）项 「听证由行政机关指定的
 * 非本案调查人员主持」; the reviewer (法制审核) and the approver are not officers of the case (issue 8; 程序规定 第一百七十条
 * separates 审核、审批 from the investigation).
 */
import type { Proceeding } from '../proceeding.js';
import { refuse, type Outcome, type Refusal } from '../transitions/types.js';

export function twoOfficers(officers: unknown): Refusal | null {
  if (!Array.isArray(officers) || officers.some((o) => typeof o !== 'string' || o === '')) {
    return {
      code: 'INVALID_PAYLOAD',
      message: '字段 officers 应为执法人员用户 id 的列表',
      details: { field: 'officers', value: officers },
    };
  }
  const distinct = new Set(officers);
  if (distinct.size < officers.length) {
    return { code: 'SAME_PERSON', message: '同一执法人员不能重复计入', details: { officers } };
  }
  if (distinct.size < 2) {
    return {
      code: 'TOO_FEW_OFFICERS',
      message: '执法人员不得少于两人（行政处罚法 第四十二条）',
      details: { officers, required: 2 },
    };
  }
  return null;
}

export function notAnOfficer(state: Proceeding, person: string, role: string): Refusal | null {
  if (!state.officers.includes(person)) return null;
  return {
    code: 'SAME_PERSON',
    message: `${role}不得由本案调查人员担任`,
    details: { person, role, officers: state.officers },
  };
}

export function isCaseOfficer(state: Proceeding, person: string): Refusal | null {
  if (state.officers.includes(person)) return null;
  return {
    code: 'NOT_CASE_OFFICER',
    message: '只有本案执法人员可以办理此步骤',
    details: { person, officers: state.officers },
  };
}

/** Fewer than two officers left on the case (one recused): the case goes on only once they are assigned anew. */
export function officersShort(state: Proceeding): Outcome | null {
  return state.officers.length >= 2
    ? null
    : refuse('TOO_FEW_OFFICERS', '本案执法人员不足两人（回避后须重新指派，行政处罚法 第四十二条）', {
        officers: state.officers,
        required: 2,
      });
}
