import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCalendar } from '../../../law-data/calendar.js';
import { openProceeding } from '../open.js';
import { heavier } from '../guards/heavier.js';
import type { Proceeding, ProposedSanction } from '../proceeding.js';
import { applyAction } from './apply.js';
import type { ActionInput } from './types.js';
import { fakeCheck, PROPOSAL, SEED } from './walk.test-support.js';

const calendar = loadCalendar();

/** Every action of the ordinary procedure with a payload that some guard may accept. */
const ACTIONS: ((at: number) => Omit<ActionInput, 'at'>)[] = [
  () => ({ action: 'register' }),
  () => ({ action: 'file' }),
  () => ({ action: 'start_investigation', officers: ['officer-a', 'officer-b'] }),
  () => ({ action: 'add_evidence', kind: '书证', description: 'x' }),
  () => ({ action: 'record_event', event: 'rectification_ordered', party: 'co', due: '2025-03-03' }),
  () => ({ action: 'record_event', event: 'rectification_checked', party: 'co', complied: false }),
  () => ({ action: 'conclude' }),
  () => ({ action: 'propose_penalty', ...PROPOSAL }),
  () => ({ action: 'propose_no_penalty', ground: 'minor_and_corrected' }),
  () => ({ action: 'record_statement', party: 'co', statement: 's' }),
  () => ({ action: 'waive_hearing', party: 'co' }),
  () => ({ action: 'waive_hearing', party: 'mgr' }),
  () => ({ action: 'request_hearing', party: 'co' }),
  () => ({ action: 'refuse_hearing', party: 'co', reason: 'r' }),
  (at) => ({
    action: 'accept_hearing',
    party: 'co',
    presider: 'legal-x',
    hearing_at: new Date(at + 20 * 86_400_000).toISOString(),
  }),
  () => ({ action: 'open_hearing' }),
  () => ({ action: 'close_hearing', outcome: 'held', record_signed: true }),
  () => ({ action: 'proceed_to_review' }),
  () => ({ action: 'pass_review' }),
  () => ({ action: 'escalate_collective' }),
  () => ({ action: 'collective_decision', participants: ['h1', 'h2'] }),
  () => ({ action: 'return_for_investigation', reason: 'r' }),
  () => ({ action: 'decide', late_approval: 'approved' }),
  () => ({ action: 'start_quick', consent_signed: true, arrived_at: '2025-03-03T09:00:00+08:00' }),
  () => ({ action: 'convert_to_ordinary', reason: 'r' }),
  () => ({ action: 'serve', party: 'co', method: 'm' }),
  // paths added since: a new notice (heavier), the course of a hearing, 回避 and new officers
  () => ({ action: 'propose_penalty', reason: 'r', ...PROPOSAL, sanctions: HEAVIER }),
  () => ({ action: 'propose_penalty', reason: 'r', ...PROPOSAL }),
  () => ({ action: 'decide', late_approval: 'approved', ...PROPOSAL, sanctions: HEAVIER }),
  () => ({ action: 'suspend_hearing', ground: 'new_evidence' }),
  () => ({ action: 'resume_hearing' }),
  (at) => ({
    action: 'postpone_hearing',
    party: 'co',
    reason: 'r',
    hearing_at: new Date(at + 30 * 86_400_000).toISOString(),
  }),
  () => ({ action: 'apply_recusal', person: 'reviewer-r', reason: 'r', applicant: 'party' }),
  () => ({ action: 'decide_recusal', person: 'officer-b', granted: true, decided_by: 'x', ordered: true }),
  () => ({ action: 'decide_recusal', person: 'reviewer-r', granted: true, decided_by: 'x' }),
  () => ({ action: 'assign_officers', officers: ['officer-a', 'officer-c'] }),
];
const ACTORS = ['officer-a', 'officer-b', 'reviewer-r', 'leader-l', 'legal-x', 'officer-c'];

const HEAVIER = [
  { party: 'co', kind: 'fine', amount_yuan: 90000, days: null },
  { party: 'mgr', kind: 'fine', amount_yuan: 20000, days: null },
];

/** The table's own order (the last test), which random steps interleave with so that walks get far. */
const PATH = [0, 1, 2, 3, 6, 7, 10, 11, 17, 18, 22];
const PATH_ACTORS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3];

const step = fc.record({
  follow: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  action: fc.integer({ min: 0, max: ACTIONS.length - 1 }),
  hours: fc.integer({ min: 1, max: 96 }),
  actor: fc.integer({ min: 0, max: ACTORS.length - 1 }),
});

/** The seed lead with its 责令改正 order served and found unmet (so that 拒不改正 can be established). */
function seeded(): Proceeding {
  let state = openProceeding(SEED, 'desk');
  for (const [i, at] of [
    [4, '2025-03-03T09:10:00+08:00'],
    [5, '2025-03-04T09:20:00+08:00'],
  ] as const) {
    const out = applyAction(state, { ...ACTIONS[i]!(0), at } as ActionInput, {
      now: at,
      by: 'officer-a',
      calendar,
    });
    if (!out.ok) throw new Error(out.refusal.code);
    state = out.state;
  }
  return state;
}

function decidedWithoutNoticeOrReview(s: Proceeding): boolean {
  if (s.stage !== 'DECIDED') return false;
  const types = s.history.map((e) => e.type);
  const decided = types.lastIndexOf('decide');
  const reviewed = Math.max(types.lastIndexOf('pass_review'), types.lastIndexOf('escalate_collective'));
  if (reviewed < 0 || reviewed > decided) return true;
  if (!s.decision) return false; // a no-penalty decision needs no notice (程序规定 第一百六十七条第三款)
  const noticed = types.lastIndexOf('propose_penalty');
  return noticed < 0 || noticed > reviewed;
}

/** A decision heavier than the last notice (行政处罚法 第四十五条第二款), or a step by a person after his recusal (程序规定 第二十四条). */
function unfair(s: Proceeding): string | null {
  if (s.stage === 'DECIDED' && s.decision) {
    const notice = s.history.findLast((e) => e.type === 'propose_penalty');
    const notified = (notice?.payload?.['sanctions'] ?? []) as ProposedSanction[];
    if (heavier(s.decision.sanctions, notified)) return 'heavier than notified';
  }
  const recused = new Set<string>();
  for (const e of s.history) {
    if (e.by && recused.has(e.by)) return `${e.by} acted after recusal`;
    if (e.type === 'decide_recusal' && e.payload?.['granted'] === true)
      recused.add(e.payload['person'] as string);
  }
  return null;
}

/**
 * A random walk: each step either follows the table (the furthest step of PATH allowed now) or tries a random action;
 * `each` sees every state reached and stops the walk by returning false.
 */
function walk(
  steps: { hours: number; follow: boolean; action: number; actor: number }[],
  each: (s: Proceeding) => boolean,
): boolean {
  let state = seeded();
  let t = Date.parse('2025-03-04T10:00:00+08:00');
  for (const st of steps) {
    t += st.hours * 3_600_000;
    const at = new Date(t).toISOString();
    const attempt = (action: number, actor: number) =>
      applyAction(state, { ...ACTIONS[action]!(t), at } as ActionInput, {
        now: at,
        by: ACTORS[actor]!,
        calendar,
        check: fakeCheck('lawful'),
      });
    const out = st.follow
      ? (PATH.map((a, k) => () => attempt(a, PATH_ACTORS[k]!))
          .reverse()
          .map((f) => f())
          .find((o) => o.ok) ?? attempt(st.action, st.actor))
      : attempt(st.action, st.actor);
    if (!out.ok) continue;
    state = out.state;
    if (!each(state)) return false;
  }
  return true;
}

describe('properties of the ordinary procedure', () => {
  it('no sequence of actions reaches DECIDED without NOTICE and legal review (行政处罚法 第四十四条、第五十八条、第六十二条)', () => {
    let reachedDecided = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 120 }), (steps) =>
        walk(steps, (state) => {
          if (state.stage === 'DECIDED') reachedDecided += 1;
          if (decidedWithoutNoticeOrReview(state)) return false;
          return true;
        }),
      ),
      { numRuns: 600 },
    );
    expect(reachedDecided).toBeGreaterThan(0);
  });

  it('no sequence decides more heavily than the last notice, and no one recused acts again (行政处罚法 第四十五条第二款; 程序规定 第二十四条第二款)', () => {
    let renoticed = 0;
    let recusals = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 120 }), (steps) =>
        walk(steps, (state) => {
          const last = state.history.at(-1)!;
          if (last.type === 'propose_penalty' && last.payload?.['reason']) renoticed += 1;
          if (last.type === 'decide_recusal') recusals += 1;
          if (unfair(state)) return false;
          return true;
        }),
      ),
      // a fixed seed: the counts below show that the new paths are walked, the same way on every run (a decision after
      // a new notice: ordinary.test.ts)
      { numRuns: 400, seed: 8 },
    );
    expect(renoticed).toBeGreaterThan(0);
    expect(recusals).toBeGreaterThan(0);
  });

  it('a walk that follows the table does reach DECIDED (the property is not vacuous)', () => {
    const [order, actors] = [PATH, PATH_ACTORS];
    let state = seeded();
    let t = Date.parse('2025-03-04T10:00:00+08:00');
    order.forEach((i, k) => {
      t += 72 * 3_600_000;
      const at = new Date(t).toISOString();
      const out = applyAction(state, { ...ACTIONS[i]!(t), at } as ActionInput, {
        now: at,
        by: ACTORS[actors[k]!]!,
        calendar,
        check: fakeCheck('lawful'),
      });
      if (!out.ok) throw new Error(`${ACTIONS[i]!(t).action}: ${out.refusal.code}`);
      state = out.state;
    });
    expect(state.stage).toBe('DECIDED');
  });
});
