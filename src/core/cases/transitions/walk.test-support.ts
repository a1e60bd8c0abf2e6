/**
 * Test support: a seed proceeding (a 网安 unit, a company that never carried out 等级保护, its manager) and a helper
 * that walks it through actions, failing loudly on a refusal.
 */
import type { CaseRecord } from '../../shared/case-record.js';
import type { CheckResult, Verdict } from '../../penalties/check-result.js';
import type { HolidayCalendar } from '../calendar.js';
import { openProceeding, type NewProceeding } from '../open.js';
import type { Proceeding } from '../proceeding.js';
import { applyAction } from './apply.js';
import type { ActionInput, Outcome, TransitionContext } from './types.js';

export const SEED: NewProceeding = {
  title: '某科技公司未履行网络安全等级保护义务案',
  agency: { name: '某县公安局', kind: 'police', level: 'county' },
  case_kind: 'OTHER_ADMIN',
  parties: [
    { id: 'co', kind: 'organization', name: '某科技有限公司' },
    { id: 'mgr', kind: 'individual', name: '张某', responsible_for: 'co' },
  ],
  facts: '未按照网络安全等级保护制度的要求履行安全保护义务',
  received_at: '2025-03-03T09:00:00+08:00',
  violation: { start: '2025-01-10', end: '2025-03-01', continuing: true },
};

export const fakeCheck =
  (verdict: Verdict, requires: string[] = []) =>
  (record: CaseRecord): CheckResult => ({
    title: record.title,
    verdict,
    lawful: verdict === 'lawful' ? true : verdict === 'unlawful' ? false : null,
    applied: [],
    findings:
      verdict === 'unlawful' ? [{ code: 'FINE_ABOVE_MAX', message: '罚款超过上限', severity: 'error' }] : [],
    requires,
    ranges: [],
    current: [],
    trace: [],
  });

export const PROPOSAL = {
  provisions: [{ law: '网络安全法', article: 59, paragraph: 1, item: null }],
  sanctions: [
    { party: 'co', kind: 'warning', amount_yuan: null, days: null },
    { party: 'co', kind: 'fine', amount_yuan: 50000, days: null },
    { party: 'mgr', kind: 'fine', amount_yuan: 10000, days: null },
  ],
  established_facts: ['refused_rectification'],
  absent_facts: [],
  conduct_date: '2025-03-01',
};

export interface Walker {
  state: Proceeding;
  /** Applies an action at `at` (also used as now), by `by`; throws on a refusal. */
  act(input: ActionInput, by?: string): Walker;
  /** Applies an action and returns the outcome without changing the walker. */
  attempt(input: ActionInput, by?: string): Outcome;
}

export function walker(
  calendar: HolidayCalendar,
  options: {
    state?: Proceeding;
    check?: TransitionContext['check'];
    settings?: TransitionContext['settings'];
  } = {},
): Walker {
  const ctxFor = (input: ActionInput, by: string): TransitionContext => ({
    now: input.at ?? '2030-01-01T00:00:00+08:00',
    by,
    calendar,
    check: options.check ?? fakeCheck('lawful'),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const state = options.state ?? openProceeding(SEED, 'desk');
  return {
    state,
    attempt: (input, by = 'officer-a') => applyAction(state, input, ctxFor(input, by)),
    act(input, by = 'officer-a') {
      const out = applyAction(state, input, ctxFor(input, by));
      if (!out.ok) throw new Error(`${input.action} refused: ${out.refusal.code} ${out.refusal.message}`);
      return walker(calendar, { ...options, state: out.state });
    },
  };
}

/** The seed case taken to CONCLUDED, with a served 责令改正 order found unmet. */
export function concluded(calendar: HolidayCalendar, options: Parameters<typeof walker>[1] = {}): Walker {
  return walker(calendar, options)
    .act({ action: 'register', at: '2025-03-03T10:00:00+08:00' })
    .act({ action: 'file', at: '2025-03-04T10:00:00+08:00' })
    .act({
      action: 'start_investigation',
      at: '2025-03-04T11:00:00+08:00',
      officers: ['officer-a', 'officer-b'],
    })
    .act({
      action: 'add_evidence',
      at: '2025-03-05T10:00:00+08:00',
      kind: '电子数据',
      description: '系统未定级备案',
    })
    .act({
      action: 'record_event',
      event: 'rectification_ordered',
      at: '2025-03-05T11:00:00+08:00',
      party: 'co',
      due: '2025-03-20',
    })
    .act({
      action: 'record_event',
      event: 'rectification_checked',
      at: '2025-03-21T10:00:00+08:00',
      party: 'co',
      complied: false,
    })
    .act({ action: 'conclude', at: '2025-03-24T10:00:00+08:00' });
}
