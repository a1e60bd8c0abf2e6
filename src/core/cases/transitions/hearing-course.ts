/**
 * The course of a hearing once scheduled: postponement at the applicant's request (程序规定 第一百三十八条 「听证申请人不能
 * 按期参加听证的，可以申请延期，是否准许，由听证主持人决定。」), suspension and resumption (第一百四十八条 「听证过程中，遇有下列情形
 * 之一，听证主持人可以中止听证」 … 「中止听证的情形消除后，听证主持人应当及时恢复听证。」). Each is the presider's decision
 * (第一百二十八条第（四）项 「听证的延期、中止或者终止」).
 */
import { notAnOfficer } from '../guards/people.js';
import { recusalRefusal } from '../guards/recusal.js';
import type { Proceeding } from '../proceeding.js';
import { instant, oneOf, optionalText, partyOf, text } from './payload.js';
import { ok, refuse, type Outcome, type Transition } from './types.js';

function presiderOnly(s: Proceeding, by: string): Outcome | null {
  if (s.hearing_presider === by) return null;
  return refuse('NOT_PRESIDER', '听证的延期、中止由听证主持人决定（程序规定 第一百二十八条第（四）项）', {
    person: by,
    presider: s.hearing_presider ?? null,
  });
}

export const HEARING_COURSE: Transition[] = [
  {
    action: 'postpone_hearing',
    from: ['HEARING_SCHEDULED'],
    rows: ['T17'],
    run: (s, input, ctx, at) => {
      const party = partyOf(s, input);
      const hearingAt = instant(input, 'hearing_at');
      text(input, 'reason');
      const refusal = presiderOnly(s, ctx.by);
      if (refusal) return refusal;
      if (party.hearing !== 'scheduled')
        return refuse('NOT_HEARING_ELIGIBLE', '该当事人没有已安排的听证', { party: party.id });
      if (Date.parse(hearingAt) <= Date.parse(at)) {
        return refuse('INVALID_PAYLOAD', '字段 hearing_at：新的听证时间应晚于决定延期的时间', {
          field: 'hearing_at',
          value: hearingAt,
        });
      }
      return ok(s);
    },
  },
  {
    action: 'suspend_hearing',
    from: ['HEARING'],
    rows: ['T18'],
    run: (s, input, ctx) => {
      // 第一百四十八条第（一）项 new witnesses, evidence, appraisal or inspection; （二） a recusal; （三） other
      const ground = oneOf(input, 'ground', ['new_evidence', 'recusal', 'other']);
      if (ground === 'other') text(input, 'reason');
      return presiderOnly(s, ctx.by) ?? ok({ ...s, stage: 'HEARING_SUSPENDED' });
    },
  },
  {
    action: 'resume_hearing',
    from: ['HEARING_SUSPENDED'],
    rows: ['T18'],
    run: (s, input, ctx) => {
      // A presider recused (第一百四十八条第（二）项) is replaced by the one named here, who resumes the hearing.
      const presider = optionalText(input, 'presider') ?? s.hearing_presider ?? ctx.by;
      const refusal =
        notAnOfficer(s, presider, '听证主持人') ?? recusalRefusal(s.history, presider, '听证主持人');
      if (refusal) return { ok: false, refusal };
      if (presider !== ctx.by) {
        return refuse('NOT_PRESIDER', '恢复听证由听证主持人进行', { person: ctx.by, presider });
      }
      return ok({ ...s, stage: 'HEARING', hearing_presider: presider });
    },
  },
];
