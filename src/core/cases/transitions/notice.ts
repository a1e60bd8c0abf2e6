/**
 * procedure.md §4 T13–T20: the penalty proposal and notice, statements, hearings, and the way to legal review.
 */
import { chinaDate } from '../periods.js';
import { hearingRight, isMinorOn } from '../guards/hearing.js';
import { legalityRefusal } from '../guards/legality.js';
import { limitationRefusal } from '../guards/limitation.js';
import { notAnOfficer, officersShort } from '../guards/people.js';
import { recusalRefusal } from '../guards/recusal.js';
import { rectificationRefusal } from '../guards/rectification.js';
import { deadlineAt } from '../proceeding-deadlines.js';
import { updateParty, type Proceeding, type ProposedSanction } from '../proceeding.js';
import { heavier } from '../guards/heavier.js';
import { DEFAULT_SETTINGS, ok, refuse, type ActionInput, type Transition } from './types.js';
import { instant, partyOf, text } from './payload.js';
import { proposalOf } from './proposal-input.js';
import { ZAF2025_FROM } from '../timers/scope.js';

/** After a hearing step: HEARING_REQUESTED while a request awaits acceptance, else HEARING_SCHEDULED or back to NOTICE. */
function hearingStage(s: Proceeding): Proceeding['stage'] {
  if (s.parties.some((p) => p.hearing === 'requested')) return 'HEARING_REQUESTED';
  if (s.parties.some((p) => p.hearing === 'scheduled')) return 'HEARING_SCHEDULED';
  return s.parties.some((p) => p.heard) ? 'DEFENCE' : 'NOTICE';
}

/**
 * A new notice when the proposal changes after the notice (a changed basis, facts or penalty): the parties are
 * notified again and their rights run anew. It states its reason; a heavier penalty rests on evidence gathered after
 * the last notice (程序规定 第一百六十九条 「对违法嫌疑人提出的新的事实、理由和证据，公安机关应当进行复核。公安机关不得因违法嫌疑人申辩而加重处罚。」),
 * never on the statements alone (行政处罚法 第四十五条第二款).
 */
function renoticeRefusal(s: Proceeding, sanctions: readonly ProposedSanction[], input: ActionInput) {
  if (s.stage !== 'NOTICE' && s.stage !== 'DEFENCE') return null;
  text(input, 'reason');
  const worse = heavier(sanctions, s.proposal?.sanctions ?? []);
  const noticedAt = s.history.findLast((e) => e.type === 'propose_penalty')?.at;
  const fresh = s.evidence.filter((e) => noticedAt !== undefined && Date.parse(e.at) > Date.parse(noticedAt));
  if (!worse || fresh.length > 0) return null;
  return {
    code: 'HEAVIER_WITHOUT_NEW_EVIDENCE' as const,
    message:
      '告知后拟加重处罚，须有告知后新收集的证据；不得因当事人陈述、申辩而加重处罚（行政处罚法 第四十五条第二款）',
    details: { sanction: worse, notified_at: noticedAt ?? null },
  };
}

export const NOTICE: Transition[] = [
  {
    // 行政处罚法 第四十四条 「行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的
    // 陈述、申辩、要求听证等权利。」; 第三十六条 (时效); 第三十七条 (从旧兼从轻, in the check); 程序规定 第一百六十七条
    action: 'propose_penalty',
    from: ['CONCLUDED', 'QUICK', 'NOTICE', 'DEFENCE'],
    rows: ['T13'],
    run: (s, input, ctx, at) => {
      const short = s.stage === 'CONCLUDED' || s.stage === 'QUICK' ? officersShort(s) : null;
      if (short) return short;
      const proposal = proposalOf(s, input);
      const day = chinaDate(at);
      const renotice = renoticeRefusal(s, proposal.sanctions, input);
      if (renotice) return { ok: false, refusal: renotice };
      const act = s.violation
        ? s.violation.continuing
          ? s.violation.end
          : s.violation.start
        : proposal.conduct_date;
      const early =
        limitationRefusal(
          s.case_kind,
          act,
          chinaDate(s.received_at),
          s.violation?.endangers_life_or_finance === true,
        ) ?? rectificationRefusal(proposal.established_facts, s.history);
      if (early) return { ok: false, refusal: early };
      const minor = s.parties.find((p) => isMinorOn(p, day));
      if (
        minor &&
        s.case_kind !== 'OTHER_ADMIN' &&
        day >= ZAF2025_FROM &&
        input['guardian_notified'] !== true
      ) {
        // 治安管理处罚法 (2025) 第一百一十二条第三款 「违反治安管理行为人不满十八周岁的，还应当依照前两款的规定告知未成年人的父母或者其他监护人，充分听取其意见。」
        return refuse('GUARDIAN_NOT_HEARD', '当事人未满十八周岁，须同时告知其父母或者其他监护人', {
          party: minor.id,
        });
      }
      const { refusal, result } = legalityRefusal(s, proposal, day, ctx);
      if (refusal) return { ok: false, refusal };
      const settings = ctx.settings ?? DEFAULT_SETTINGS;
      const rights = new Map(
        s.parties.map((p) => [
          p.id,
          hearingRight(
            p,
            proposal.sanctions,
            { agency: s.agency.kind, caseKind: s.case_kind },
            day,
            settings,
          ),
        ]),
      );
      const eligible = [...rights].filter(([, r]) => r.eligible).map(([id]) => id);
      if (s.stage === 'QUICK' && eligible.length > 0) {
        // 程序规定 第四十一条第（二）项 「依法应当适用听证程序的」 — not quick processing
        return refuse(
          'QUICK_EXCLUDED',
          '依法应当适用听证程序的案件不适用快速办理（程序规定 第四十一条第（二）项）',
          { hearing_eligible: eligible },
        );
      }
      return ok(
        {
          ...s,
          stage: 'NOTICE',
          proposal: { ...proposal, verdict: result!.verdict },
          parties: s.parties.map((p) => ({
            ...p,
            hearing: rights.get(p.id)!.eligible ? 'eligible' : 'not_eligible',
            hearing_grounds: rights.get(p.id)!.grounds,
            heard: false,
          })),
        },
        { hearing_eligible: eligible, verdict: result!.verdict },
      );
    },
  },
  {
    // 行政处罚法 第四十五条 「当事人有权进行陈述和申辩。行政机关必须充分听取当事人的意见…」
    action: 'record_statement',
    from: ['NOTICE', 'DEFENCE', 'HEARING_REQUESTED', 'HEARING_SCHEDULED'],
    rows: ['T14'],
    run: (s, input) => {
      const party = partyOf(s, input);
      text(input, 'statement');
      const next = updateParty(s, party.id, { heard: true });
      return ok({ ...next, stage: s.stage === 'NOTICE' ? 'DEFENCE' : s.stage });
    },
  },
  {
    // 行政处罚法 第六十二条 「…当事人明确放弃陈述或者申辩权利的除外」; 程序规定 第一百三十四条 (a waiver may be withdrawn within the period)
    action: 'waive_hearing',
    from: ['NOTICE', 'DEFENCE', 'HEARING_REQUESTED', 'HEARING_SCHEDULED'],
    rows: ['T20'],
    run: (s, input) => {
      const party = partyOf(s, input);
      if (party.hearing !== 'eligible') {
        return refuse('NOT_HEARING_ELIGIBLE', '该当事人没有可放弃的听证权利', {
          party: party.id,
          hearing: party.hearing,
        });
      }
      return ok(
        updateParty(s, party.id, {
          hearing: 'waived',
          heard: party.heard || input['waive_statement'] === true,
        }),
      );
    },
  },
  {
    // 行政处罚法 第六十四条第（一）项 「当事人要求听证的，应当在行政机关告知后五日内提出」 (第八十五条: working days)
    action: 'request_hearing',
    from: ['NOTICE', 'DEFENCE', 'HEARING_REQUESTED', 'HEARING_SCHEDULED'],
    rows: ['T15'],
    run: (s, input, ctx, at) => {
      const party = partyOf(s, input);
      if (party.hearing !== 'eligible' && party.hearing !== 'waived') {
        return refuse('NOT_HEARING_ELIGIBLE', '拟作出的处罚不属于该当事人可以要求听证的情形', {
          party: party.id,
          hearing: party.hearing,
        });
      }
      const window = deadlineAt(s, 'hearing_request_window', party.id, at, ctx.calendar);
      if (window && window.status === 'lapsed') {
        return refuse('HEARING_WINDOW_CLOSED', '要求听证的期限已过', {
          party: party.id,
          due_at: window.due_at,
          at,
        });
      }
      return ok({ ...updateParty(s, party.id, { hearing: 'requested' }), stage: 'HEARING_REQUESTED' });
    },
  },
  {
    // 程序规定 第一百三十五条 「…应当在二日内决定是否受理…逾期不通知听证申请人的，视为受理。」
    action: 'refuse_hearing',
    from: ['HEARING_REQUESTED'],
    rows: ['T16'],
    run: (s, input, ctx, at) => {
      const party = partyOf(s, input);
      text(input, 'reason');
      if (party.hearing !== 'requested')
        return refuse('NOT_HEARING_ELIGIBLE', '该当事人没有待决定的听证申请', { party: party.id });
      const acceptance = deadlineAt(s, 'hearing_acceptance', party.id, at, ctx.calendar);
      if (acceptance && acceptance.status === 'overdue') {
        return refuse(
          'HEARING_DEEMED_ACCEPTED',
          '收到听证申请二日内未决定不予受理的，视为受理（程序规定 第一百三十五条）',
          {
            party: party.id,
            due_at: acceptance.due_at,
          },
        );
      }
      const next = updateParty(s, party.id, { hearing: 'refused' });
      return ok({ ...next, stage: hearingStage(next) });
    },
  },
  {
    // 行政处罚法 第六十四条第（二）项 「行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点」; 第（四）项 「听证由行政机关指定的
    // 非本案调查人员主持」
    action: 'accept_hearing',
    from: ['HEARING_REQUESTED'],
    rows: ['T17'],
    run: (s, input, ctx, at) => {
      const party = partyOf(s, input);
      const hearingAt = instant(input, 'hearing_at');
      const presider = text(input, 'presider');
      if (party.hearing !== 'requested')
        return refuse('NOT_HEARING_ELIGIBLE', '该当事人没有待受理的听证申请', { party: party.id });
      const same =
        notAnOfficer(s, presider, '听证主持人') ?? recusalRefusal(s.history, presider, '听证主持人');
      if (same) return { ok: false, refusal: same };
      const trial = {
        ...s,
        history: [
          ...s.history,
          { type: 'accept_hearing' as const, at, party: party.id, payload: { hearing_at: hearingAt } },
        ],
      };
      const lead = deadlineAt(trial, 'hearing_notice_lead', party.id, at, ctx.calendar);
      if (lead && Date.parse(at) > Date.parse(lead.due_at)) {
        return refuse('HEARING_NOTICE_TOO_SHORT', '听证通知须在举行听证的七个工作日前送达', {
          hearing_at: hearingAt,
          notice_by: lead.due_at,
          at,
        });
      }
      const next = updateParty(s, party.id, { hearing: 'scheduled' });
      return ok({ ...next, hearing_presider: presider, stage: hearingStage(next) });
    },
  },
  {
    action: 'open_hearing',
    from: ['HEARING_SCHEDULED'],
    rows: ['T18'],
    run: (s, _input, ctx) => {
      const same = s.hearing_presider
        ? (notAnOfficer(s, s.hearing_presider, '听证主持人') ??
          recusalRefusal(s.history, s.hearing_presider, '听证主持人'))
        : null;
      if (same) return { ok: false, refusal: same };
      return ok({ ...s, stage: 'HEARING' }, { opened_by: ctx.by });
    },
  },
  {
    // 行政处罚法 第六十四条第（八）项 (the record signed, or the refusal noted); 第（六）项 (absence = waiver); 第六十五条
    action: 'close_hearing',
    from: ['HEARING', 'HEARING_SUSPENDED'],
    rows: ['T19'],
    run: (s, input) => {
      const outcome = input['outcome'];
      // 程序规定 第一百四十九条: a suspended hearing may end only by termination (the applicant withdraws …)
      const allowed = s.stage === 'HEARING_SUSPENDED' ? ['terminated'] : ['held', 'terminated'];
      if (typeof outcome !== 'string' || !allowed.includes(outcome)) {
        return refuse('INVALID_PAYLOAD', `字段 outcome 应为${allowed.join(' 或 ')}`, {
          field: 'outcome',
          value: outcome,
        });
      }
      if (outcome === 'held' && input['record_signed'] !== true && input['refusal_noted'] !== true) {
        return refuse('INVALID_PAYLOAD', '听证笔录须经当事人签字或者盖章，拒绝的由主持人注明', {
          field: 'record_signed',
          value: input['record_signed'] ?? null,
        });
      }
      const parties = s.parties.map((p) =>
        p.hearing === 'scheduled'
          ? {
              ...p,
              hearing: outcome === 'held' ? ('held' as const) : ('waived' as const),
              heard: p.heard || outcome === 'held',
            }
          : p,
      );
      // A party whose right is neither used nor waived keeps its window: review waits for it (proceed_to_review).
      return ok({
        ...s,
        stage: parties.some((p) => p.hearing === 'eligible') ? 'DEFENCE' : 'REVIEW',
        parties,
      });
    },
  },
  {
    // 行政处罚法 第六十二条; 第六十四条第（一）项: review only when no hearing right is still open
    action: 'proceed_to_review',
    from: ['NOTICE', 'DEFENCE', 'NO_PENALTY_PROPOSED'],
    rows: ['T20'],
    run: (s, _input, ctx, at) => {
      for (const p of s.parties.filter((x) => x.hearing === 'eligible')) {
        const window = deadlineAt(s, 'hearing_request_window', p.id, at, ctx.calendar);
        if (!window || window.status !== 'lapsed') {
          return refuse('HEARING_WINDOW_OPEN', '当事人要求听证的期限未届满，也未放弃听证', {
            party: p.id,
            due_at: window?.due_at ?? null,
          });
        }
      }
      return ok({ ...s, stage: 'REVIEW' });
    },
  },
];
