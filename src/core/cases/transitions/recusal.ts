/**
 * 回避: an application (by the person concerned or a party), its decision, an order to withdraw, and the officers
 * assigned anew when one is recused. 程序规定 第十七条–第二十五条; 行政处罚法 第四十三条.
 */
import { recusalRefusal } from '../guards/recusal.js';
import { twoOfficers } from '../guards/people.js';
import { UNDECIDED_STAGES } from '../stages.js';
import { oneOf, text } from './payload.js';
import { ok, refuse, type Transition } from './types.js';

const UNDECIDED = UNDECIDED_STAGES;

export const RECUSAL: Transition[] = [
  {
    // 程序规定 第十八条 「…提出回避申请的，应当说明理由。」; 第二十条 「当事人及其法定代理人要求公安机关负责人、办案人民警察回避的，应当提出申请，
    // 并说明理由。」
    action: 'apply_recusal',
    from: UNDECIDED,
    rows: ['§2.1'],
    run: (s, input) => {
      text(input, 'person');
      text(input, 'reason');
      oneOf(input, 'applicant', ['self', 'party']);
      return ok(s);
    },
  },
  {
    // 程序规定 第十九条 (who decides), 第二十一条 (二日内), 第二十二条 (指令回避 without an application); 行政处罚法 第四十三条第三款
    action: 'decide_recusal',
    from: UNDECIDED,
    rows: ['§2.1'],
    run: (s, input, ctx) => {
      const person = text(input, 'person');
      text(input, 'decided_by');
      if (typeof input['granted'] !== 'boolean') {
        return refuse('INVALID_PAYLOAD', '字段 granted 应为 true 或 false', {
          field: 'granted',
          value: input['granted'],
        });
      }
      if (person === ctx.by) {
        return refuse(
          'SAME_PERSON',
          '回避由所属公安机关或者上一级公安机关决定，不由本人决定（程序规定 第十九条）',
          {
            person,
          },
        );
      }
      const ordered = input['ordered'] === true;
      const applied = s.history.some((e) => e.type === 'apply_recusal' && e.payload?.['person'] === person);
      if (!applied && !ordered) {
        return refuse(
          'INVALID_PAYLOAD',
          'ordered: a decision without an application is an order (程序规定 第二十二条)',
          {
            field: 'ordered',
            value: input['ordered'] ?? null,
          },
        );
      }
      if (input['granted'] !== true) return ok(s);
      // 第二十四条第二款: no longer an officer of the case
      return ok({ ...s, officers: s.officers.filter((o) => o !== person) });
    },
  },
  {
    // 行政处罚法 第四十二条 「执法人员不得少于两人」 after a recusal: the officers of the case assigned anew
    action: 'assign_officers',
    from: UNDECIDED.filter((x) => !['LEAD', 'INTAKE', 'FILED'].includes(x)),
    rows: ['T6'],
    run: (s, input) => {
      const refusal = twoOfficers(input['officers']);
      if (refusal) return { ok: false, refusal };
      const officers = input['officers'] as string[];
      for (const o of officers) {
        const recused = recusalRefusal(s.history, o, null);
        if (recused) return { ok: false, refusal: recused };
      }
      return ok({ ...s, officers: [...officers] });
    },
  },
];
