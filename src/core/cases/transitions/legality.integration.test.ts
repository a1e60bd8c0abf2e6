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
