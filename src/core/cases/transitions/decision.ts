/**
 * procedure.md §4 T21–T24: legal review (法制审核), collective discussion, return for investigation, the decision.
 */
import { chinaDate } from '../periods.js';
import { competenceRefusal } from '../guards/competence.js';
import { legalityRefusal } from '../guards/legality.js';
import { notAnOfficer } from '../guards/people.js';
import { recusalRefusal } from '../guards/recusal.js';
import { deadlineAt } from '../proceeding-deadlines.js';
import type { Proposal } from '../proceeding.js';
import { heavier } from '../guards/heavier.js';
import { list, text } from './payload.js';
import { proposalOf } from './proposal-input.js';
import { ok, refuse, type Transition } from './types.js';

/** 行政处罚法 第五十八条第二款 「行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格。」 */
function reviewerRefusal(input: Record<string, unknown>) {
  return input['first_time'] === true && input['qualified'] !== true
    ? refuse(
        'REVIEWER_NOT_QUALIFIED',
        '初次从事法制审核的人员应当取得法律职业资格（行政处罚法 第五十八条第二款）',
        {
          first_time: true,
          qualified: input['qualified'] ?? null,
        },
      )
    : null;
}

export const DECISION: Transition[] = [
  {
    // 行政处罚法 第五十八条 「未经法制审核或者审核未通过的，不得作出决定」; 程序规定 第一百七十条–第一百七十一条
    action: 'pass_review',
    from: ['REVIEW'],
    rows: ['T21'],
    run: (s, input, ctx) => {
      const refusal =
        notAnOfficer(s, ctx.by, '法制审核人员') ?? recusalRefusal(s.history, ctx.by, '法制审核人员');
      if (refusal) return { ok: false, refusal };
      return reviewerRefusal(input) ?? ok({ ...s, stage: 'APPROVAL', reviewer: ctx.by });
    },
  },
  {
    // 行政处罚法 第五十七条第二款 「对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定。」
    action: 'escalate_collective',
    from: ['REVIEW'],
    rows: ['T22'],
    run: (s, input, ctx) => {
      const refusal =
        notAnOfficer(s, ctx.by, '法制审核人员') ?? recusalRefusal(s.history, ctx.by, '法制审核人员');
      if (refusal) return { ok: false, refusal };
      return reviewerRefusal(input) ?? ok({ ...s, stage: 'COLLECTIVE', reviewer: ctx.by });
    },
  },
  {
    action: 'collective_decision',
    from: ['COLLECTIVE'],
    rows: ['T22'],
    run: (s, input) => {
      const participants = list(input, 'participants');
      if (participants.length < 2 || participants.some((p) => typeof p !== 'string')) {
        return refuse('INVALID_PAYLOAD', 'participants: the 负责人 who discussed the case (at least two)', {
          field: 'participants',
          value: participants,
        });
      }
      return ok({ ...s, stage: 'APPROVAL' });
    },
  },
  {
    // procedure.md T23 (a design choice: the texts state no return path); 行政处罚法 第四十条
    action: 'return_for_investigation',
    from: ['REVIEW', 'COLLECTIVE', 'APPROVAL'],
    rows: ['T23'],
    run: (s, input) => {
      text(input, 'reason');
      return ok({ ...s, stage: 'INVESTIGATING' });
    },
  },
  {
    // 行政处罚法 第五十七条 (the head decides), 第六十条 (time limit), 第四十五条 (no heavier penalty); 程序规定 第一百七十三条
    action: 'decide',
    from: ['APPROVAL'],
    rows: ['T24'],
    run: (s, input, ctx, at) => {
      const approver =
        notAnOfficer(s, ctx.by, '审批负责人') ?? recusalRefusal(s.history, ctx.by, '审批负责人');
      if (approver) return { ok: false, refusal: approver };
      const limit = deadlineAt(s, 'case_time_limit', null, at, ctx.calendar);
      if (limit?.status === 'overdue' && typeof input['late_approval'] !== 'string') {
        return refuse('TIME_LIMIT_EXCEEDED', '已超过办案期限，须记录延长期限的批准', {
          due_at: limit.due_at,
          basis: limit.basis,
        });
      }
      const day = chinaDate(at);
      if (!s.proposal) {
        // A 不予行政处罚 decision (行政处罚法 第五十七条第一款第（二）（三）项)
        return ok({
          ...s,
          stage: 'DECIDED',
          approver: ctx.by,
          parties: s.parties.map((p) => ({ ...p, stage: 'DECIDED' })),
        });
      }
      // What the decision does not restate (facts, figures, basis) stays as the proposal established it.
      const { verdict: _notified, figures, ...notified } = s.proposal;
      const decided: Omit<Proposal, 'verdict'> =
        input['sanctions'] === undefined ? s.proposal : proposalOf(s, { ...notified, ...figures, ...input });
      const worse = heavier(decided.sanctions, s.proposal.sanctions);
      if (worse) {
        return refuse(
          'HEAVIER_THAN_NOTIFIED',
          '决定的处罚重于告知的处罚（行政处罚法 第四十五条第二款），须重新告知',
          { sanction: worse },
        );
      }
      const competence = competenceRefusal(s.agency, s.case_kind, decided.sanctions, day);
      if (competence) return { ok: false, refusal: competence };
      const { refusal, result } = legalityRefusal(s, decided, day, ctx);
      if (refusal) return { ok: false, refusal };
      return ok(
        {
          ...s,
          stage: 'DECIDED',
          approver: ctx.by,
          decision: { ...decided, verdict: result!.verdict },
          parties: s.parties.map((p) => ({ ...p, stage: 'DECIDED' })),
        },
        { verdict: result!.verdict },
      );
    },
  },
];
