/**
 * procedure.md §4 T31–T35, T37: suspension of enforcement, the execution of detention per party, and publication.
 */
import { chinaDate } from '../periods.js';
import { nonExecutionGround, type DetentionCircumstances } from '../guards/detention.js';
import { updateBranch, type Proceeding } from '../proceeding.js';
import { partyOf, text } from './payload.js';
import { ok, refuse, type ActionInput, type Transition } from './types.js';

const AFTER_DECISION = ['DECIDED', 'SERVED'] as const;

const daysOf = (s: Proceeding, party: string) =>
  (s.decision?.sanctions ?? [])
    .filter((x) => x.party === party && x.kind === 'detention')
    .reduce((a, x) => a + (x.days ?? 0), 0);

function groundOf(s: Proceeding, input: ActionInput, at: string): string | null {
  const party = partyOf(s, input);
  const offset = typeof input['offset_days'] === 'number' ? input['offset_days'] : 0;
  // 程序规定 第一百六十三条第二款 「被采取强制措施限制人身自由的时间超过决定的行政拘留期限的，行政拘留决定不再执行。」
  if (offset > 0 && offset >= daysOf(s, party.id))
    return '强制措施限制人身自由的时间已折抵全部拘留期限（程序规定 第一百六十三条）';
  const act = s.decision?.conduct_date ?? chinaDate(at);
  return nonExecutionGround(party, input as DetentionCircumstances, s.case_kind, act, chinaDate(at));
}

export const DETENTION: Transition[] = [
  {
    // 程序规定 第二百一十条 (中止执行), 第二款 (恢复执行)
    action: 'suspend_enforcement',
    from: AFTER_DECISION,
    partyFrom: ['COURT_ENFORCEMENT'],
    branch: 'fine',
    rows: ['T31'],
    run: (s, input) => {
      text(input, 'ground');
      return ok(updateBranch(s, partyOf(s, input).id, 'fine', 'ENFORCEMENT_SUSPENDED'));
    },
  },
  {
    action: 'resume_enforcement',
    from: AFTER_DECISION,
    partyFrom: ['ENFORCEMENT_SUSPENDED'],
    branch: 'fine',
    rows: ['T31'],
    run: (s, input) => ok(updateBranch(s, partyOf(s, input).id, 'fine', 'COURT_ENFORCEMENT')),
  },
  {
    // 程序规定 第二百二十条 「对被决定行政拘留的人，由作出决定的公安机关送达拘留所执行。」
    action: 'execute_detention',
    from: AFTER_DECISION,
    partyFrom: ['DETENTION_PENDING'],
    branch: 'detention',
    rows: ['T32'],
    run: (s, input, _ctx, at) => {
      const ground = groundOf(s, input, at);
      if (ground)
        return refuse('NOT_TO_BE_EXECUTED', `依法不送拘留所执行：${ground}`, { party: input.party, ground });
      return ok(updateBranch(s, partyOf(s, input).id, 'detention', 'IN_DETENTION'));
    },
  },
  {
    // 程序规定 第一百六十三条、第一百六十四条; 治安管理处罚法 第二十一条 (2012) / 第二十三条 (2025)
    action: 'skip_detention',
    from: AFTER_DECISION,
    partyFrom: ['DETENTION_PENDING'],
    branch: 'detention',
    rows: ['T33'],
    run: (s, input, _ctx, at) => {
      const ground = groundOf(s, input, at);
      if (!ground)
        return refuse('NO_NON_EXECUTION_GROUND', '不具备不执行行政拘留的情形', { party: input.party });
      return ok(updateBranch(s, partyOf(s, input).id, 'detention', 'NOT_EXECUTED'), { ground });
    },
  },
  {
    // 行政处罚法 第七十三条第二款; 程序规定 第二百二十三条 「…提出符合条件的担保人，或者按每日行政拘留二百元的标准交纳保证金…对同一被处罚人，
    // 不得同时责令其提出保证人和交纳保证金。」; 治安管理处罚法 (2025) 第一百二十六条 (only in the listed circumstances)
    action: 'defer_detention',
    from: AFTER_DECISION,
    partyFrom: ['DETENTION_PENDING', 'IN_DETENTION'],
    branch: 'detention',
    rows: ['T34'],
    run: (s, input, _ctx, at) => {
      const party = partyOf(s, input);
      const no = (why: string, details: Record<string, unknown> = {}) =>
        refuse('DEFERRAL_CONDITIONS', why, { party: party.id, ...details });
      if (input['review_or_litigation_filed'] !== true)
        return no('暂缓执行须以申请行政复议或者提起行政诉讼为前提');
      const guarantor = typeof input['guarantor'] === 'string' && input['guarantor'] !== '';
      const deposit = typeof input['deposit_yuan'] === 'number' ? input['deposit_yuan'] : null;
      if (guarantor === (deposit !== null)) return no('担保人与保证金须择一，不得同时或者均无');
      const required = 200 * daysOf(s, party.id);
      if (deposit !== null && deposit < required)
        return no('保证金按每日行政拘留二百元的标准交纳', { deposit_yuan: deposit, required });
      if (
        s.case_kind !== 'OTHER_ADMIN' &&
        chinaDate(at) >= '2026-01-01' &&
        typeof input['circumstance'] !== 'string'
      ) {
        return no('须有参加升学考试、子女出生或者近亲属病危、死亡等情形（治安管理处罚法 第一百二十六条）');
      }
      return ok(updateBranch(s, party.id, 'detention', 'DEFERRED'));
    },
  },
  {
    // 程序规定 第二百二十九条–第二百三十二条 (guarantor default or withdrawal, absconding, review upheld)
    action: 'resume_detention',
    from: AFTER_DECISION,
    partyFrom: ['DEFERRED'],
    branch: 'detention',
    rows: ['T35'],
    run: (s, input) => {
      text(input, 'reason');
      return ok(updateBranch(s, partyOf(s, input).id, 'detention', 'IN_DETENTION'));
    },
  },
  {
    action: 'finish_detention',
    from: AFTER_DECISION,
    partyFrom: ['IN_DETENTION'],
    branch: 'detention',
    rows: ['T32'],
    run: (s, input) => ok(updateBranch(s, partyOf(s, input).id, 'detention', 'DETENTION_DONE')),
  },
  {
    // 行政处罚法 第四十八条第一款 「具有一定社会影响的行政处罚决定应当依法公开。」; 治安管理处罚法 (2025) 第一百三十六条 「违反治安管理的记录应当
    // 予以封存，不得向任何单位和个人提供或者公开」 (Errata 8)
    action: 'publish',
    from: ['DECIDED', 'SERVED', 'CLOSED'],
    rows: ['T37'],
    run: (s, _input, _ctx, at) => {
      const decidedOn = s.history.findLast((e) => e.type === 'decide' || e.type === 'on_the_spot');
      if (s.case_kind === 'ZHIAN' && decidedOn && chinaDate(decidedOn.at) >= '2026-01-01') {
        return refuse(
          'RECORD_SEALED',
          '违反治安管理的记录应当予以封存，不得公开（治安管理处罚法 第一百三十六条）',
          { at },
        );
      }
      return ok(s);
    },
  },
];
