/**
 * Test support for the case-handling API: the seed case of issue 8 (a 网安 unit, a company that never carried out
 * 等级保护, its manager) as HTTP steps, from the lead to the archive, each step with the account that takes it.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { CaseHandler, Harness, Who } from './harness.js';

export const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;

export const NEW_CASE = {
  title: '某科技公司未履行网络安全等级保护义务案',
  agency: { name: '某县公安局', kind: 'police', level: 'county' },
  case_kind: 'OTHER_ADMIN',
  parties: [
    { id: 'co', kind: 'organization', name: '某科技有限公司', credit_code: '91640100MA00000000' },
    { id: 'mgr', kind: 'individual', name: '张某', responsible_for: 'co' },
  ],
  facts: '未按照网络安全等级保护制度的要求履行安全保护义务',
  received_at: at('2025-03-03', '09:00'),
  violation: { start: '2025-01-10', end: '2025-03-01', continuing: true },
};

/** 网络安全法 (2016) 第五十九条第一款 「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款。」 */
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

export type Step = [Exclude<Who, 'anonymous'>, Record<string, unknown>];

/** The steps of the walk; ids of people are filled in from the harness. */
export function walkSteps(h: Harness): Step[] {
  const id = (who: Exclude<Who, 'anonymous'>) => h.userIds[who];
  return [
    ['officer', { action: 'register', at: at('2025-03-03') }],
    ['officer', { action: 'file', at: at('2025-03-04') }],
    [
      'officer',
      {
        action: 'start_investigation',
        at: at('2025-03-04', '11:00'),
        officers: [id('officer'), id('officer2')],
      },
    ],
    [
      'officer',
      { action: 'add_evidence', at: at('2025-03-05'), kind: '电子数据', description: '系统未定级备案' },
    ],
    [
      'officer',
      {
        action: 'record_event',
        event: 'rectification_ordered',
        at: at('2025-03-05', '11:00'),
        party: 'co',
        due: '2025-03-20',
      },
    ],
    [
      'officer2',
      {
        action: 'record_event',
        event: 'rectification_checked',
        at: at('2025-03-21'),
        party: 'co',
        complied: false,
      },
    ],
    ['officer', { action: 'conclude', at: at('2025-03-24') }],
    ['officer', { action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL }],
    ['officer', { action: 'record_statement', party: 'co', statement: '已开始整改', at: at('2025-03-26') }],
    ['officer', { action: 'waive_hearing', party: 'mgr', at: at('2025-03-26', '11:00') }],
    ['officer', { action: 'request_hearing', party: 'co', at: at('2025-03-27') }],
    [
      'reviewer',
      {
        action: 'accept_hearing',
        party: 'co',
        hearing_at: at('2025-04-09', '09:00'),
        presider: id('reviewer'),
        at: at('2025-03-28'),
      },
    ],
    ['reviewer', { action: 'open_hearing', at: at('2025-04-09', '09:00') }],
    [
      'reviewer',
      { action: 'close_hearing', outcome: 'held', record_signed: true, at: at('2025-04-09', '12:00') },
    ],
    ['reviewer', { action: 'pass_review', at: at('2025-04-10') }],
    ['leader', { action: 'decide', at: at('2025-04-11') }],
    ['officer', { action: 'serve', party: 'co', method: '直接送达', at: at('2025-04-11', '15:00') }],
    ['officer', { action: 'serve', party: 'mgr', method: '直接送达', at: at('2025-04-11', '15:30') }],
    ['officer', { action: 'record_payment', party: 'co', amount_yuan: 50000, at: at('2025-04-20') }],
    ['officer', { action: 'record_payment', party: 'mgr', amount_yuan: 10000, at: at('2025-04-21') }],
    ['officer', { action: 'close', ground: 'executed', at: at('2025-04-22') }],
    ['officer', { action: 'archive', at: at('2025-04-23') }],
  ];
}

/**
 * A 治安 case decided in 2026, under 治安管理处罚法 (2025) (第一百四十四条 「本法自2026年1月1日起施行。」): one person who
 * entered a computer information system and caused harm; `birth_date` makes the person a minor or not.
 */
export const zhianCase = (birth_date = '1990-01-01') => ({
  ...NEW_CASE,
  title: '王某非法侵入计算机信息系统案',
  case_kind: 'ZHIAN',
  parties: [{ id: 'p', kind: 'individual', name: '王某', birth_date }],
  facts: '违反国家规定，侵入计算机信息系统，造成危害',
  received_at: at('2026-03-02', '09:00'),
  violation: { start: '2026-03-01', end: '2026-03-01', continuing: false },
});

/** 治安管理处罚法 (2025) 第三十三条 「有下列行为之一，造成危害的，处五日以下拘留」 */
export const ZHIAN_PROPOSAL = {
  provisions: [{ law: '治安管理处罚法', article: 33, paragraph: null, item: 1 }],
  sanctions: [{ party: 'p', kind: 'detention', amount_yuan: null, days: 5 }],
  established_facts: ['harm_caused'],
  absent_facts: [],
  conduct_date: '2026-03-01',
};

/** The 治安 case from the lead to the decision served (an adult detained has no hearing right: straight to review). */
export function zhianSteps(h: Harness): Step[] {
  const d = (t: string) => at('2026-03-02', t);
  return [
    ['officer', { action: 'register', at: d('10:00') }],
    ['officer', { action: 'file', at: d('11:00') }],
    [
      'officer',
      { action: 'start_investigation', at: d('12:00'), officers: [h.userIds.officer, h.userIds.officer2] },
    ],
    ['officer', { action: 'add_evidence', at: d('13:00'), kind: '电子数据', description: '服务器访问日志' }],
    ['officer', { action: 'conclude', at: d('14:00') }],
    ['officer', { action: 'propose_penalty', at: d('15:00'), ...ZHIAN_PROPOSAL }],
    ['officer', { action: 'proceed_to_review', at: d('16:00') }],
    ['reviewer', { action: 'pass_review', at: d('17:00') }],
    ['leader', { action: 'decide', at: d('18:00') }],
    ['officer', { action: 'serve', party: 'p', method: '当场宣告', at: d('18:10') }],
  ];
}

/** The index of the first step with this action (to walk up to it). */
export const stepIndex = (h: Harness, action: string) =>
  walkSteps(h).findIndex(([, b]) => b['action'] === action);

export async function openCase(h: Harness, body: object = NEW_CASE, who: Who = 'officer'): Promise<number> {
  const res = await h.as(who, { method: 'POST', url: '/api/proceedings', payload: body });
  if (res.statusCode !== 201) throw new Error(`open: ${res.statusCode} ${res.body}`);
  return res.json().id as number;
}

export const act = (h: Harness, who: Who, id: number, body: object): Promise<LightMyRequestResponse> =>
  h.as(who, { method: 'POST', url: `/api/proceedings/${id}/actions`, payload: body });

/** A new proceeding (the seed case unless `body`) taken through the first `n` steps of `walk` (all must succeed). */
export async function walkedTo(
  h: Harness,
  n: number,
  body: object = NEW_CASE,
  walk: Step[] = walkSteps(h),
): Promise<number> {
  const id = await openCase(h, body);
  await take(h, id, walk.slice(0, n));
  return id;
}

/** Takes the steps on proceeding `id` (all must succeed). */
export async function take(h: Harness, id: number, steps: Step[]): Promise<void> {
  for (const [who, step] of steps) {
    const res = await act(h, who, id, step);
    if (res.statusCode !== 200) throw new Error(`${String(step['action'])}: ${res.statusCode} ${res.body}`);
  }
}

export type { CaseHandler };
