/**
 * procedure.md §4 T6–T12: investigation, quick processing, the end of the investigation and its outcomes other than
 * a penalty; and the recorded events every open stage accepts.
 */
import { isRecordedEvent } from '../events.js';
import { isCaseOfficer, officersShort, twoOfficers } from '../guards/people.js';
import { recusalRefusal } from '../guards/recusal.js';
import { isMinorOn } from '../guards/hearing.js';
import { chinaDate } from '../periods.js';
import { UNDECIDED_STAGES, type Stage } from '../stages.js';
import { bad, instant, list, oneOf, text } from './payload.js';
import {
  DEFAULT_SETTINGS,
  ok,
  refuse,
  type ActionInput,
  type Refusal,
  type Transition,
  type TransitionContext,
} from './types.js';
import { OFFICER_ACTS, officerCountRefusal, type OneOfficerCircumstances } from '../guards/officer-count.js';
import type { Proceeding } from '../proceeding.js';

const BEFORE_DECISION = UNDECIDED_STAGES.filter((x) => x !== 'LEAD' && x !== 'INTAKE');
const OPEN: Stage[] = [
  'LEAD',
  'INTAKE',
  'SUMMARY',
  ...BEFORE_DECISION,
  'DECIDED',
  'SERVED',
  'CRIMINAL',
  'TERMINATED',
  'CLOSED',
];

/**
 * The officers present at the act that produced the evidence (`officers`, optional): case officers, the actor among
 * them; one alone only where a rule of ONE_OFFICER_RULES allows the `act` (治安管理处罚法 2025 第一百零八条第二款 …).
 */
function presentRefusal(
  s: Proceeding,
  input: ActionInput,
  ctx: TransitionContext,
  at: string,
): Refusal | null {
  if (input['officers'] === undefined) return null;
  const present = list(input, 'officers');
  if (
    present.length === 0 ||
    !present.includes(ctx.by) ||
    present.some((o) => !s.officers.includes(o as string))
  ) {
    return {
      code: 'NOT_CASE_OFFICER',
      message: '在场执法人员须为本案执法人员，且包括记录人',
      details: { field: 'officers', value: present, case_officers: s.officers },
    };
  }
  const act = oneOf(input, 'act', OFFICER_ACTS);
  return officerCountRefusal(
    s,
    act,
    present as string[],
    input as OneOfficerCircumstances,
    chinaDate(at),
    ctx.settings ?? DEFAULT_SETTINGS,
  );
}

export const INVESTIGATION: Transition[] = [
  {
    // 行政处罚法 第四十二条 「执法人员不得少于两人」; 程序规定 第五十二条第一款 「人民警察不得少于二人」
    action: 'start_investigation',
    from: ['FILED'],
    rows: ['T6'],
    run: (s, input) => {
      const refusal = twoOfficers(input['officers']);
      if (refusal) return { ok: false, refusal };
      const officers = input['officers'] as string[];
      const recused = officers.map((o) => recusalRefusal(s.history, o, null)).find((r) => r !== null);
      if (recused) return { ok: false, refusal: recused };
      return ok({ ...s, stage: 'INVESTIGATING', officers: [...officers] });
    },
  },
  {
    // 行政处罚法 第五十四条第一款 「必须全面、客观、公正地调查，收集有关证据」; 程序规定 第一百六十九条第一款 (复核 of what the party
    // states after the notice)
    action: 'add_evidence',
    from: ['INVESTIGATING', 'QUICK', 'NOTICE', 'DEFENCE'],
    rows: ['T9'],
    run: (s, input, ctx, at) => {
      const refusal = isCaseOfficer(s, ctx.by) ?? presentRefusal(s, input, ctx, at);
      if (refusal) return { ok: false, refusal };
      const item = { kind: text(input, 'kind'), description: text(input, 'description'), by: ctx.by, at };
      return ok({ ...s, evidence: [...s.evidence, item] });
    },
  },
  {
    action: 'record_event',
    from: OPEN,
    rows: ['§5'],
    run: (s, input) => {
      if (!isRecordedEvent(input['event'])) bad('event', '可登记的事件名称', input['event']);
      return ok(s);
    },
  },
  {
    // 程序规定 第一百六十五条第二款 「为了查明案情进行鉴定的期间，不计入办案期限。」
    action: 'start_appraisal',
    from: BEFORE_DECISION,
    rows: ['§2.16'],
    run: (s, input) => {
      text(input, 'matter');
      return ok(s);
    },
  },
  { action: 'end_appraisal', from: BEFORE_DECISION, rows: ['§2.16'], run: (s) => ok(s) },
  {
    // 程序规定 第一百六十五条 「经上一级公安机关批准，可以延长三十日」; 治安管理处罚法 (2025) 第一百一十八条 「期限延长以二次为限」
    action: 'extend_time_limit',
    from: BEFORE_DECISION,
    rows: ['T24'],
    run: (s, input) => {
      text(input, 'approved_by');
      return ok(s);
    },
  },
  {
    // 程序规定 第四十条–第四十二条 (conditions, exclusions, signed consent)
    action: 'start_quick',
    from: ['INVESTIGATING'],
    rows: ['T7'],
    run: (s, input, _ctx, at) => {
      instant(input, 'arrived_at');
      if (input['consent_signed'] !== true) {
        return refuse('QUICK_EXCLUDED', '快速办理须违法嫌疑人书面同意（程序规定 第四十二条）', {
          consent_signed: input['consent_signed'] ?? null,
        });
      }
      const day = chinaDate(at);
      const excluded = s.parties.find((p) => p.vulnerable === true || isMinorOn(p, day));
      if (excluded) {
        return refuse(
          'QUICK_EXCLUDED',
          '违法嫌疑人系盲、聋、哑人，未成年人或者疑似精神病人的，不适用快速办理（程序规定 第四十一条第（一）项）',
          { party: excluded.id },
        );
      }
      if (typeof input['max_detention_days'] === 'number' && input['max_detention_days'] >= 10) {
        return refuse(
          'QUICK_EXCLUDED',
          '可能作出十日以上行政拘留处罚的，不适用快速办理（程序规定 第四十一条第（三）项）',
          {
            max_detention_days: input['max_detention_days'],
          },
        );
      }
      return ok({ ...s, stage: 'QUICK', procedure: 'quick' });
    },
  },
  {
    // 程序规定 第四十八条 (unsuitable → ordinary procedure, evidence kept)
    action: 'convert_to_ordinary',
    from: ['QUICK'],
    rows: ['T8'],
    run: (s, input) => {
      text(input, 'reason');
      return ok({ ...s, stage: 'INVESTIGATING', procedure: 'ordinary' });
    },
  },
  {
    // 行政处罚法 第四十条 「违法事实不清、证据不足的，不得给予行政处罚。」
    action: 'conclude',
    from: ['INVESTIGATING'],
    rows: ['T9'],
    run: (s) =>
      officersShort(s) ??
      (s.evidence.length === 0
        ? refuse('NO_EVIDENCE', '调查终结前须收集证据（行政处罚法 第四十条、第五十四条）', {})
        : ok({ ...s, stage: 'CONCLUDED' })),
  },
  {
    // 程序规定 第二百五十九条 (no violation; limitation expired; suspect dead; other) with the head's approval
    action: 'terminate',
    from: ['INVESTIGATING', 'CONCLUDED'],
    rows: ['T10'],
    run: (s, input) => {
      oneOf(input, 'ground', ['no_violation', 'limitation_expired', 'suspect_dead', 'other']);
      text(input, 'approved_by');
      return ok({ ...s, stage: 'TERMINATED' });
    },
  },
  {
    // 行政处罚法 第五十七条第一款第（四）项 「违法行为涉嫌犯罪的，移送司法机关」; 程序规定 第一百七十二条第一款第（五）项
    action: 'transfer_criminal',
    from: ['INVESTIGATING', 'CONCLUDED'],
    rows: ['T11'],
    run: (s, input) => {
      text(input, 'to_organ');
      return ok({ ...s, stage: 'CRIMINAL' });
    },
  },
  {
    // 行政处罚法 第五十七条第一款第（二）（三）项; 第三十条、第三十一条、第三十三条
    action: 'propose_no_penalty',
    from: ['CONCLUDED'],
    rows: ['T12'],
    run: (s, input) => {
      oneOf(input, 'ground', [
        'facts_not_established',
        'minor_and_corrected',
        'first_offence',
        'no_fault',
        'under_14',
        'mental_incapacity',
      ]);
      const { proposal: _earlier, ...rest } = s;
      return ok({ ...rest, stage: 'NO_PENALTY_PROPOSED' });
    },
  },
];
