import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { createChecker } from '../../../law-data/checker.js';
import { concluded, PROPOSAL } from './walk.test-support.js';

const calendar = loadCalendar();
const check = createChecker({ now: () => new Date('2025-03-25T02:00:00Z') });
const at = '2025-03-25T10:00:00+08:00';

describe('propose_penalty with the real legality check (网络安全法 2016 第五十九条第一款)', () => {
  it('「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」: 5万 on the unit, 1万 on the manager, 拒不改正 established', () => {
    const w = concluded(calendar, { check }).act({ action: 'propose_penalty', at, ...PROPOSAL });
    expect(w.state.proposal?.verdict).toBe('lawful');
  });

  it("a fine above 十万元 is refused as UNLAWFUL_PENALTY with the check's findings", () => {
    const sanctions = [{ party: 'co', kind: 'fine', amount_yuan: 200000, days: null }];
    const out = concluded(calendar, { check }).attempt({
      action: 'propose_penalty',
      at,
      ...PROPOSAL,
      sanctions,
    });
    expect(out.ok ? null : out.refusal.code).toBe('UNLAWFUL_PENALTY');
  });

  it('without 拒不改正 established the fine is lawful only if it is: CONDITIONS_NOT_ESTABLISHED', () => {
    const out = concluded(calendar, { check }).attempt({
      action: 'propose_penalty',
      at,
      ...PROPOSAL,
      established_facts: [],
    });
    expect(out.ok ? null : out.refusal.code).toBe('CONDITIONS_NOT_ESTABLISHED');
  });
});

describe('the figures a bound turns on, established in propose_penalty (网络安全法 2016 第六十四条第二款)', () => {
  const sale = {
    ...PROPOSAL,
    provisions: [{ law: '网络安全法', article: 64, paragraph: 2, item: null }],
    sanctions: [
      { party: 'co', kind: 'confiscation', amount_yuan: null, days: null },
      { party: 'co', kind: 'fine', amount_yuan: 30000, days: null },
    ],
    established_facts: [],
  };
  const attempt = (extra: Record<string, unknown>) =>
    concluded(calendar, { check }).attempt({ action: 'propose_penalty', at, ...sale, ...extra });
  const code = (o: ReturnType<typeof attempt>) => (o.ok ? o.state.proposal?.verdict : o.refusal.code);

  it('「并处违法所得一倍以上十倍以下罚款」: without the gains the bound is open (CONDITIONS_NOT_ESTABLISHED)', () => {
    expect(code(attempt({}))).toBe('CONDITIONS_NOT_ESTABLISHED');
  });
  it('gains of 3000 元 admit 30000 (十倍), gains of 2000 元 do not (UNLAWFUL_PENALTY); the figure is kept on the proposal', () => {
    const out = attempt({ illegal_gains_yuan: 3000 });
    expect(code(out)).toBe('lawful');
    expect(out.ok && out.state.proposal?.figures).toEqual({ illegal_gains_yuan: 3000 });
    expect(code(attempt({ illegal_gains_yuan: 2000 }))).toBe('UNLAWFUL_PENALTY');
  });
  it('a negative figure is refused naming the field (INVALID_PAYLOAD)', () => {
    const out = attempt({ illegal_gains_yuan: -1 });
    expect(out.ok ? null : out.refusal.details).toMatchObject({ field: 'illegal_gains_yuan' });
  });
});

describe('decide with the real check: what the decision does not restate stays as the proposal established it', () => {
  it('网络安全法 2016 第五十九条第一款: a lighter fine decided keeps 拒不改正 established (lawful, not CONDITIONS_NOT_ESTABLISHED)', () => {
    const w = concluded(calendar, { check })
      .act({ action: 'propose_penalty', at, ...PROPOSAL })
      .act({ action: 'waive_hearing', party: 'co', at: '2025-03-25T11:00:00+08:00' })
      .act({ action: 'waive_hearing', party: 'mgr', at: '2025-03-25T11:30:00+08:00' })
      .act({ action: 'proceed_to_review', at: '2025-03-25T12:00:00+08:00' })
      .act({ action: 'pass_review', at: '2025-03-26T10:00:00+08:00' }, 'reviewer-r');
    const lighter = [
      { party: 'co', kind: 'fine', amount_yuan: 30000, days: null },
      { party: 'mgr', kind: 'fine', amount_yuan: 10000, days: null },
    ];
    const decided = w.act(
      { action: 'decide', sanctions: lighter, at: '2025-03-27T10:00:00+08:00' },
      'leader-l',
    );
    expect(decided.state.decision).toMatchObject({
      verdict: 'lawful',
      established_facts: ['refused_rectification'],
      sanctions: lighter,
    });
  });
});
