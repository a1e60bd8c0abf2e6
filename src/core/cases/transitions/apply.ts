/**
 * Applying an action to a proceeding: the stage and time checks every action shares, then the transition's own
 * guards; on success the event is appended to the history (who, when it happened, what).
 */
import type { EventType, ProceedingEvent } from '../events.js';
import { isRecused, recusalRefusal } from '../guards/recusal.js';
import { branchStage, type Party, type Proceeding } from '../proceeding.js';
import type { PartyStage } from '../stages.js';
import { TRANSITIONS } from './index.js';
import { PayloadProblem } from './payload.js';
import { refuse, type ActionInput, type Outcome, type Transition, type TransitionContext } from './types.js';

const ms = (s: string) => Date.parse(s);

export function applyAction(state: Proceeding, input: ActionInput, ctx: TransitionContext): Outcome {
  const t = TRANSITIONS.find((x) => x.action === input.action);
  if (!t || !t.from.includes(state.stage)) {
    return refuse('WRONG_STAGE', `在“${state.stage}”阶段不能执行 ${String(input.action)}`, {
      stage: state.stage,
      action: input.action,
      allowed: allowedActions(state),
    });
  }
  // 程序规定 第二十四条第二款: a person recused takes no further part in the case
  if (isRecused(state.history, ctx.by))
    return { ok: false, refusal: recusalRefusal(state.history, ctx.by, null)! };
  const at = input.at ?? ctx.now;
  if (typeof at !== 'string' || Number.isNaN(ms(at)) || !/^\d{4}-\d{2}-\d{2}T/.test(at)) {
    return refuse('INVALID_PAYLOAD', '字段 at 应为 ISO 格式的日期时间', { field: 'at', value: at });
  }
  if (ms(at) > ms(ctx.now)) return refuse('AT_IN_FUTURE', '事件时间不能晚于当前时间', { at, now: ctx.now });
  const previous = state.history.at(-1);
  if (previous && ms(at) < ms(previous.at)) {
    return refuse('AT_BEFORE_PREVIOUS', '事件时间不能早于上一事件', { at, previous: previous.at });
  }
  try {
    if (t.partyFrom) {
      const party = state.parties.find((p) => p.id === input.party);
      const current = party && stageFor(party, t);
      if (party && !t.partyFrom.includes(current!)) {
        return refuse('WRONG_STAGE', `当事人处于“${current ?? '—'}”，不能执行 ${t.action}`, {
          party: party.id,
          stage: current ?? null,
          ...(t.branch ? { branch: t.branch } : {}),
          action: t.action,
        });
      }
    }
    const out = t.run(state, input, ctx, at);
    if (!out.ok) return out;
    return {
      ok: true,
      state: { ...out.state, history: [...state.history, eventOf(input, at, ctx, out.payload)] },
    };
  } catch (e) {
    if (e instanceof PayloadProblem) return { ok: false, refusal: e.refusal };
    throw e;
  }
}

function eventOf(
  input: ActionInput,
  at: string,
  ctx: TransitionContext,
  extra?: Record<string, unknown>,
): ProceedingEvent {
  const { action, at: _at, party, ...payload } = input;
  const type: EventType = action === 'record_event' ? (payload['event'] as EventType) : action;
  const event: ProceedingEvent = { type, at, by: ctx.by, payload: { ...payload, ...extra } };
  return party === undefined ? event : { ...event, party };
}

/** The stage a per-party step reads: its branch's, or the party's. */
const stageFor = (party: Party, t: Transition): PartyStage | undefined =>
  t.branch ? branchStage(party, t.branch) : party.stage;

/** Actions whose stage allows them now (their other guards may still refuse). */
export function allowedActions(state: Proceeding): string[] {
  return TRANSITIONS.filter(
    (t) =>
      t.from.includes(state.stage) &&
      (!t.partyFrom ||
        state.parties.some((p) => {
          const current = stageFor(p, t);
          return current !== undefined && t.partyFrom!.includes(current);
        })),
  ).map((t) => t.action);
}
