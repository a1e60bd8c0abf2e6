/**
 * Every action × role through POST /api/proceedings/{id}/actions: a role the matrix allows is never refused with
 * 403 (the core may still refuse the step: 409 or 400), any other role is 403 before its body is read.
 * The matrix as NOTES.md states it (“Case handling: roles”), written out here rather than read from the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/cases/events.js';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness } from './harness.js';
import { act, openCase } from './proceedings.walk.js';

const REVIEWER = [
  'pass_review',
  'return_for_investigation',
  'escalate_collective',
  'accept_hearing',
  'refuse_hearing',
  'open_hearing',
  'close_hearing',
  'postpone_hearing',
  'suspend_hearing',
  'resume_hearing',
  'record_event',
];
const LEADER = [
  'decide',
  'collective_decision',
  'extend_time_limit',
  'return_for_investigation',
  'decide_recusal',
  'assign_officers',
  'record_event',
];
/** Officers take every other step of the proceeding; `receive` is the opening event, not an action. */
const NOT_OFFICER = new Set([...REVIEWER, ...LEADER, 'receive'].filter((a) => a !== 'record_event'));
const OFFICER = ACTIONS.filter((a) => !NOT_OFFICER.has(a));

const allowed = (role: string, action: string): boolean =>
  role === 'admin' ||
  (role === 'officer' && OFFICER.includes(action as never)) ||
  (role === 'reviewer' && REVIEWER.includes(action)) ||
  (role === 'leader' && LEADER.includes(action));

describe.each(testEngines())('proceeding actions × roles on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { caseHandling: true });
  });
  afterAll(async () => h?.close());

  it('the officer matrix has the actions issue 8 names', () => {
    for (const a of [
      'register',
      'file',
      'start_investigation',
      'add_evidence',
      'conclude',
      'propose_penalty',
      'record_statement',
      'request_hearing',
      'waive_hearing',
      'proceed_to_review',
      'serve',
      'record_payment',
      'close',
      'archive',
      'on_the_spot',
      'terminate',
    ]) {
      expect(OFFICER).toContain(a);
    }
  });

  for (const action of ACTIONS) {
    it(`${action}: allowed roles are not 403, the others are`, async () => {
      const id = await openCase(h);
      const roles = ['viewer', 'officer', 'reviewer', 'leader', 'admin'] as const;
      // Refused roles first, so that an allowed role's success cannot hide a 403 that should have been.
      const ordered = [...roles].sort((a, b) => Number(allowed(a, action)) - Number(allowed(b, action)));
      for (const role of ordered) {
        // A body that would be invalid for every action: the 403 must come before validation.
        const res = await act(h, role, id, { action, at: 'not-a-time', officers: 'x' });
        if (allowed(role, action)) expect(res.statusCode, `${role} ${res.body}`).not.toBe(403);
        else {
          expect(res.statusCode, `${role} ${res.body}`).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
        }
      }
      expect((await act(h, 'anonymous', id, { action })).statusCode).toBe(401);
    });
  }

  it('a viewer is refused before the body is read, even without an action', async () => {
    const id = await openCase(h);
    const res = await act(h, 'viewer', id, { nonsense: true });
    expect(res.statusCode).toBe(403);
  });

  it('only officers and administrators open a proceeding (POST /api/proceedings)', async () => {
    for (const role of ['viewer', 'reviewer', 'leader'] as const) {
      const res = await h.as(role, { method: 'POST', url: '/api/proceedings', payload: {} });
      expect(res.statusCode, role).toBe(403);
    }
    await openCase(h, undefined, 'admin');
  });
});
