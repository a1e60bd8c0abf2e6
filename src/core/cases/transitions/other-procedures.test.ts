import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { openProceeding } from '../open.js';
import { DEFAULT_SETTINGS, type Outcome } from './types.js';
import { PROPOSAL, SEED, walker } from './walk.test-support.js';

const calendar = loadCalendar();
const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;
const codeOf = (o: Outcome) => (o.ok ? 'OK' : o.refusal.code);
const warning = (party: string) => ({ party, kind: 'warning', amount_yuan: null, days: null });
const fine = (party: string, amount: number) => ({ party, kind: 'fine', amount_yuan: amount, days: null });
const spot = (sanctions: unknown[]) => ({
  action: 'on_the_spot' as const,
  at: at('2025-03-03', '11:00'),
  officers: ['officer-a', 'officer-b'],
  ...PROPOSAL,
  established_facts: [],
  sanctions,
});

describe('T4 on_the_spot', () => {
  it('程序规定 第三十七条第（三）项: a police unit fines a unit on the spot up to 1000 元, an individual up to 50 元', () => {
    expect(codeOf(walker(calendar).attempt(spot([fine('co', 1000)])))).toBe('OK');
    expect(codeOf(walker(calendar).attempt(spot([fine('co', 1001)])))).toBe('ON_THE_SPOT_LIMIT');
    expect(codeOf(walker(calendar).attempt(spot([fine('mgr', 51)])))).toBe('ON_THE_SPOT_LIMIT');
    expect(codeOf(walker(calendar).attempt(spot([warning('co')])))).toBe('OK');
  });

  it('行政处罚法 第五十一条: another agency up to 200 元 for a citizen, 3000 元 for an organisation', () => {
    const other = openProceeding(
      { ...SEED, agency: { name: '某市网信办', kind: 'other', level: 'city' } },
      'desk',
    );
    expect(
      codeOf(walker(calendar, { state: other }).attempt(spot([fine('co', 3000), fine('mgr', 200)]))),
    ).toBe('OK');
    expect(codeOf(walker(calendar, { state: other }).attempt(spot([fine('mgr', 201)])))).toBe(
      'ON_THE_SPOT_LIMIT',
    );
  });

  it('治安管理处罚法 (2025) 第一百一十九条: 500 元 from 2026-01-01 (程序规定/2012 law: 200 元)', () => {
    const zhian = (d: string) =>
      openProceeding(
        {
          ...SEED,
          case_kind: 'ZHIAN',
          received_at: at(d, '09:00'),
          violation: { start: d, end: d, continuing: false },
        },
        'desk',
      );
    const s = (d: string, n: number) => ({ ...spot([fine('mgr', n)]), at: at(d, '11:00'), conduct_date: d });
    expect(codeOf(walker(calendar, { state: zhian('2025-12-01') }).attempt(s('2025-12-01', 300)))).toBe(
      'ON_THE_SPOT_LIMIT',
    );
    expect(codeOf(walker(calendar, { state: zhian('2026-02-02') }).attempt(s('2026-02-02', 500)))).toBe('OK');
  });

  it('detention is never decided on the spot; 程序规定 第三十七条第二款 excludes 卖淫、嫖娼、赌博、毒品', () => {
    expect(
      codeOf(
        walker(calendar).attempt(spot([{ party: 'mgr', kind: 'detention', amount_yuan: null, days: 5 }])),
      ),
    ).toBe('ON_THE_SPOT_LIMIT');
    expect(codeOf(walker(calendar).attempt({ ...spot([warning('mgr')]), excluded_matter: true }))).toBe(
      'ON_THE_SPOT_LIMIT',
    );
  });

  it('the decision is handed over on the spot, the fine paid, the case closed; the 24-hour filing timer runs (程序规定 第三十九条)', () => {
    const w = walker(calendar)
      .act(spot([fine('co', 1000)]))
      .act({ action: 'serve', party: 'co', method: '当场交付', at: at('2025-03-03', '11:10') })
      .act({ action: 'serve', party: 'mgr', method: '当场交付', at: at('2025-03-03', '11:15') })
      .act({ action: 'record_payment', party: 'co', amount_yuan: 1000, at: at('2025-03-04') })
      .act({ action: 'close', ground: 'executed', at: at('2025-03-05') });
    expect(w.state.stage).toBe('CLOSED');
    expect(w.state.procedure).toBe('summary');
  });
});

describe('one officer (行政处罚法 第四十二条 「执法人员不得少于两人，法律另有规定的除外」)', () => {
  const zhian = (d: string) =>
    openProceeding(
      {
        ...SEED,
        case_kind: 'ZHIAN',
        parties: [{ id: 'p', kind: 'individual', name: '王某' }],
        received_at: at(d, '09:00'),
        violation: { start: d, end: d, continuing: false },
      },
      'desk',
    );
  const alone = (d: string, more: Record<string, unknown> = {}) => ({
    ...spot([fine('p', 200)]),
    officers: ['officer-a'],
    at: at(d, '11:00'),
    conduct_date: d,
    ...more,
  });

  it('治安管理处罚法 (2025) 第一百二十条第三款 「被处罚人…没有异议的，可以由一名人民警察作出治安管理处罚决定，并应当全程同步录音录像」 from 2026-01-01', () => {
    const w = walker(calendar, { state: zhian('2026-02-02') });
    const refused = w.attempt(alone('2026-02-02', { no_objection: true }));
    expect(refused.ok ? null : refused.refusal.details).toMatchObject({ missing: ['recorded'] });
    const decided = w.act(alone('2026-02-02', { no_objection: true, recorded: true }));
    expect([decided.state.stage, decided.state.officers]).toEqual(['SUMMARY', ['officer-a']]);
  });

  it('before 2026 no law allows it: 程序规定 第三十九条 is a rule (Flag P1), applied only where the unit sets it', () => {
    const input = alone('2025-12-01', { no_objection: true, recorded: true });
    expect(codeOf(walker(calendar, { state: zhian('2025-12-01') }).attempt(input))).toBe('TOO_FEW_OFFICERS');
    const settings = { ...DEFAULT_SETTINGS, summaryByOneOfficerUnderRule: true };
    expect(codeOf(walker(calendar, { state: zhian('2025-12-01'), settings }).attempt(input))).toBe('OK');
  });

  it('on the spot the deciding officers are named (INVALID_PAYLOAD naming officers)', () => {
    const { officers: _none, ...input } = spot([warning('co')]);
    const out = walker(calendar).attempt(input);
    expect(out.ok ? null : out.refusal.details).toMatchObject({ field: 'officers' });
  });

  const investigating = (d: string) =>
    walker(calendar, { state: zhian(d) })
      .act({ action: 'register', at: at(d, '10:00') })
      .act({ action: 'file', at: at(d, '10:30') })
      .act({ action: 'start_investigation', officers: ['officer-a', 'officer-b'], at: at(d, '11:00') });
  const questioned = (d: string, more: Record<string, unknown>) => ({
    action: 'add_evidence' as const,
    kind: '询问笔录',
    description: '询问王某',
    officers: ['officer-a'],
    act: 'questioning',
    at: at(d, '12:00'),
    ...more,
  });

  it('治安管理处罚法 (2025) 第一百零八条第二款 「在规范设置、严格管理的执法办案场所进行询问、扣押、辨认的…可以由一名人民警察进行」, with 第三款 recording', () => {
    const w = investigating('2026-02-02');
    expect(codeOf(w.attempt(questioned('2026-02-02', { at_case_site: true, recorded: true })))).toBe('OK');
    const outside = w.attempt(questioned('2026-02-02', { recorded: true }));
    expect(outside.ok ? null : outside.refusal.details).toMatchObject({ missing: ['at_case_site'] });
    expect(
      codeOf(w.attempt(questioned('2026-02-02', { act: 'inspection', at_case_site: true, recorded: true }))),
    ).toBe('TOO_FEW_OFFICERS');
  });

  it('治安管理处罚法 (2025) 第一百零八条第一款: two officers before 2026 and outside its scope; 程序规定 第五十二条第二款 lets one receive evidence with auxiliaries, recorded', () => {
    const w = investigating('2025-12-01');
    expect(codeOf(w.attempt(questioned('2025-12-01', { at_case_site: true, recorded: true })))).toBe(
      'TOO_FEW_OFFICERS',
    );
    expect(
      codeOf(
        w.attempt(
          questioned('2025-12-01', { act: 'receiving_evidence', with_auxiliaries: true, recorded: true }),
        ),
      ),
    ).toBe('OK');
    expect(codeOf(w.attempt(questioned('2025-12-01', { officers: ['officer-a', 'officer-b'] })))).toBe('OK');
    expect(codeOf(w.attempt(questioned('2025-12-01', { officers: ['officer-b'] })))).toBe('NOT_CASE_OFFICER');
  });
});

describe('T7, T8 quick processing (程序规定 第四十条–第四十八条)', () => {
  const investigating = (state = openProceeding(SEED, 'desk')) =>
    walker(calendar, { state })
      .act({ action: 'register', at: at('2025-03-03') })
      .act({ action: 'file', at: at('2025-03-03', '11:00') })
      .act({
        action: 'start_investigation',
        officers: ['officer-a', 'officer-b'],
        at: at('2025-03-03', '12:00'),
      });
  const quick = {
    action: 'start_quick' as const,
    consent_signed: true,
    arrived_at: at('2025-03-03', '09:00'),
    at: at('2025-03-03', '13:00'),
  };

  it('第四十二条: written consent; 第四十一条第（一）项: no minor; 第（三）项: no detention of ten days or more (QUICK_EXCLUDED)', () => {
    expect(codeOf(investigating().attempt({ ...quick, consent_signed: false }))).toBe('QUICK_EXCLUDED');
    expect(codeOf(investigating().attempt({ ...quick, max_detention_days: 10 }))).toBe('QUICK_EXCLUDED');
    const minor = openProceeding(
      { ...SEED, parties: [{ id: 'mgr', kind: 'individual', name: '李某', birth_date: '2009-01-01' }] },
      'desk',
    );
    expect(codeOf(investigating(minor).attempt(quick))).toBe('QUICK_EXCLUDED');
    expect(codeOf(investigating().attempt(quick))).toBe('OK');
  });

  it('第四十一条第（二）项: a proposal that gives a hearing right is refused in quick processing; convert to ordinary (第四十八条)', () => {
    const w = investigating()
      .act(quick)
      .act({
        action: 'add_evidence',
        kind: '视听资料',
        description: '执法记录仪',
        at: at('2025-03-03', '14:00'),
      });
    expect(
      codeOf(
        w.attempt({
          action: 'propose_penalty',
          at: at('2025-03-03', '15:00'),
          ...PROPOSAL,
          established_facts: [],
        }),
      ),
    ).toBe('QUICK_EXCLUDED');
    expect(
      w.act({ action: 'convert_to_ordinary', reason: '需要听证', at: at('2025-03-03', '15:00') }).state.stage,
    ).toBe('INVESTIGATING');
    const small = { ...PROPOSAL, established_facts: [], sanctions: [warning('co')] };
    expect(w.act({ action: 'propose_penalty', at: at('2025-03-03', '15:00'), ...small }).state.stage).toBe(
      'NOTICE',
    );
  });
});

describe("治安管理处罚法 (2025) 第一百一十二条第三款: a minor's guardian is told and heard", () => {
  it('refuses the notice without the guardian (GUARDIAN_NOT_HEARD)', () => {
    const state = openProceeding(
      {
        ...SEED,
        case_kind: 'ZHIAN',
        parties: [{ id: 'mgr', kind: 'individual', name: '李某', birth_date: '2010-01-01' }],
        received_at: at('2026-03-02', '09:00'),
        violation: { start: '2026-03-01', end: '2026-03-01', continuing: false },
      },
      'desk',
    );
    const w = walker(calendar, { state })
      .act({ action: 'register', at: at('2026-03-02') })
      .act({ action: 'file', at: at('2026-03-02', '11:00') })
      .act({
        action: 'start_investigation',
        officers: ['officer-a', 'officer-b'],
        at: at('2026-03-02', '12:00'),
      })
      .act({ action: 'add_evidence', kind: '书证', description: 'x', at: at('2026-03-03') })
      .act({ action: 'conclude', at: at('2026-03-04') });
    const proposal = {
      ...PROPOSAL,
      established_facts: [],
      conduct_date: '2026-03-01',
      sanctions: [warning('mgr')],
    };
    expect(codeOf(w.attempt({ action: 'propose_penalty', at: at('2026-03-05'), ...proposal }))).toBe(
      'GUARDIAN_NOT_HEARD',
    );
    expect(
      codeOf(
        w.attempt({ action: 'propose_penalty', at: at('2026-03-05'), ...proposal, guardian_notified: true }),
      ),
    ).toBe('OK');
  });
});

describe('record_event', () => {
  it('records a fact for the timers without a change of stage, and refuses an unknown event', () => {
    const w = walker(calendar).act({
      action: 'record_event',
      event: 'seizure',
      at: at('2025-03-03', '11:00'),
    });
    expect([w.state.stage, w.state.history.at(-1)!.type]).toEqual(['LEAD', 'seizure']);
    expect(
      codeOf(
        walker(calendar).attempt({ action: 'record_event', event: 'decide', at: at('2025-03-03', '11:00') }),
      ),
    ).toBe('INVALID_PAYLOAD');
  });
});

describe('allowed actions (GET /api/proceedings/{id} allowed_actions)', () => {
  it('lists the actions the stage allows', async () => {
    const { allowedActions } = await import('./apply.js');
    const lead = walker(calendar).state;
    expect(allowedActions(lead)).toEqual(
      expect.arrayContaining(['register', 'transfer', 'refuse', 'on_the_spot', 'record_event']),
    );
    expect(allowedActions(lead)).not.toContain('decide');
  });
});
