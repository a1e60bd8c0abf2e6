import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { openProceeding } from '../open.js';
import type { Outcome } from './types.js';
import { SEED, walker } from './walk.test-support.js';

const calendar = loadCalendar();
const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;
const codeOf = (o: Outcome) => (o.ok ? 'OK' : o.refusal.code);

/** A 治安 case against one person, decided with 5 days' detention, served. */
function detained(
  year: '2025' | '2026',
  birth = '1990-01-01',
  sanctions: { party: string; kind: string; amount_yuan: number | null; days: number | null }[] = [
    { party: 'p', kind: 'detention', amount_yuan: null, days: 5 },
  ],
) {
  const d = (md: string) => `${year}-${md}`;
  const state = openProceeding(
    {
      ...SEED,
      case_kind: 'ZHIAN',
      parties: [{ id: 'p', kind: 'individual', name: '王某', birth_date: birth }],
      received_at: at(d('03-02'), '09:00'),
      violation: { start: d('03-01'), end: d('03-01'), continuing: false },
    },
    'desk',
  );
  const proposal = {
    provisions: [{ law: '治安管理处罚法', article: 29, paragraph: null, item: null }],
    sanctions,
    established_facts: [],
    absent_facts: [],
    conduct_date: d('03-01'),
  };
  const noticed = walker(calendar, { state })
    .act({ action: 'register', at: at(d('03-02')) })
    .act({ action: 'file', at: at(d('03-02'), '11:00') })
    .act({ action: 'start_investigation', officers: ['officer-a', 'officer-b'], at: at(d('03-02'), '12:00') })
    .act({ action: 'add_evidence', kind: '电子数据', description: 'x', at: at(d('03-02'), '13:00') })
    .act({ action: 'conclude', at: at(d('03-02'), '14:00') })
    .act({ action: 'propose_penalty', at: at(d('03-02'), '15:00'), guardian_notified: true, ...proposal });
  // A minor who may be detained has a hearing right from 2026 (治安管理处罚法 第一百一十七条第二款): waived here.
  const waive = { action: 'waive_hearing' as const, party: 'p', at: at(d('03-02'), '15:30') };
  const heard = noticed.attempt(waive).ok ? noticed.act(waive) : noticed;
  return heard
    .act({ action: 'proceed_to_review', at: at(d('03-02'), '16:00') })
    .act({ action: 'pass_review', at: at(d('03-02'), '17:00') }, 'reviewer-r')
    .act({ action: 'decide', at: at(d('03-02'), '18:00') }, 'leader-l')
    .act({ action: 'serve', party: 'p', method: '当场宣告', at: at(d('03-02'), '18:10') });
}

describe('a party fined and detained runs both branches', () => {
  const both = () =>
    detained('2025', '1990-01-01', [
      { party: 'p', kind: 'detention', amount_yuan: null, days: 5 },
      { party: 'p', kind: 'fine', amount_yuan: 500, days: null },
    ]);

  it('程序规定 第二百二十条 「由作出决定的公安机关送达拘留所执行」 and 行政处罚法 第六十七条第三款 「当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款」: detained and paying at once', () => {
    const served = both();
    expect(served.state.parties[0]!.branches).toEqual({ fine: 'FINE_DUE', detention: 'DETENTION_PENDING' });
    const w = served
      .act({ action: 'execute_detention', party: 'p', at: at('2025-03-02', '20:00') })
      .act({ action: 'record_payment', party: 'p', amount_yuan: 500, at: at('2025-03-04') });
    expect(w.state.parties[0]!.branches).toEqual({ fine: 'FINE_PAID', detention: 'IN_DETENTION' });
    expect(w.state.parties[0]!.stage).toBe('IN_DETENTION');
  });

  it('程序规定 第二百五十八条第（三）项 「作出行政处罚等处理决定，且已执行的」: not closed until both are executed (PARTIES_NOT_CLOSED)', () => {
    const paid = both().act({ action: 'record_payment', party: 'p', amount_yuan: 500, at: at('2025-03-03') });
    expect(codeOf(paid.attempt({ action: 'close', ground: 'executed', at: at('2025-03-04') }))).toBe(
      'PARTIES_NOT_CLOSED',
    );
    const done = paid
      .act({ action: 'execute_detention', party: 'p', at: at('2025-03-04') })
      .act({ action: 'finish_detention', party: 'p', at: at('2025-03-09') })
      .act({ action: 'close', ground: 'executed', at: at('2025-03-10') });
    expect(done.state.stage).toBe('CLOSED');
  });
});

describe('a party stored before execution branches existed', () => {
  it('has its one branch in its stage: the fine is paid as before (行政处罚法 第六十七条第三款)', () => {
    const w = detained('2025', '1990-01-01', [{ party: 'p', kind: 'fine', amount_yuan: 500, days: null }]);
    const legacy = { ...w.state, parties: w.state.parties.map(({ branches: _b, ...p }) => p) };
    const paid = walker(calendar, { state: legacy }).act({
      action: 'record_payment',
      party: 'p',
      amount_yuan: 500,
      at: at('2025-03-03'),
    });
    expect(paid.state.parties[0]).toMatchObject({ stage: 'FINE_PAID', branches: { fine: 'FINE_PAID' } });
  });
});

describe('T32–T35 detention per party', () => {
  it('T32 程序规定 第二百二十条: served detention is executed, then served out, then closed (第二百五十八条第（三）项)', () => {
    const w = detained('2025')
      .act({ action: 'execute_detention', party: 'p', at: at('2025-03-02', '20:00') })
      .act({ action: 'finish_detention', party: 'p', at: at('2025-03-07', '20:00') })
      .act({ action: 'close', ground: 'executed', at: at('2025-03-08') });
    expect(w.state.stage).toBe('CLOSED');
  });

  it('T33 程序规定 第一百六十四条第（一）项: a person aged 14–16 at the act is not sent to the 拘留所 (NOT_TO_BE_EXECUTED)', () => {
    const w = detained('2025', '2010-06-01');
    expect(codeOf(w.attempt({ action: 'execute_detention', party: 'p', at: at('2025-03-03') }))).toBe(
      'NOT_TO_BE_EXECUTED',
    );
    expect(
      w.act({ action: 'skip_detention', party: 'p', at: at('2025-03-03') }).state.parties[0]!.stage,
    ).toBe('NOT_EXECUTED');
  });

  it('T33 治安管理处罚法 (2025) 第二十三条第二款: 情节严重、影响恶劣 lifts the protection', () => {
    const w = detained('2026', '2011-06-01');
    expect(codeOf(w.attempt({ action: 'execute_detention', party: 'p', at: at('2026-03-03') }))).toBe(
      'NOT_TO_BE_EXECUTED',
    );
    expect(
      codeOf(w.attempt({ action: 'execute_detention', party: 'p', serious: true, at: at('2026-03-03') })),
    ).toBe('OK');
  });

  it('T33 治安管理处罚法 第二十一条 (2012): nursing an infant under one year; an older infant is no ground (Flag P3)', () => {
    const w = detained('2025');
    expect(
      codeOf(
        w.attempt({ action: 'skip_detention', party: 'p', nursing_infant_months: 8, at: at('2025-03-03') }),
      ),
    ).toBe('OK');
    expect(
      codeOf(
        w.attempt({ action: 'skip_detention', party: 'p', nursing_infant_months: 14, at: at('2025-03-03') }),
      ),
    ).toBe('NO_NON_EXECUTION_GROUND');
  });

  it('T33 程序规定 第一百六十三条第二款: custody offset covering the term', () => {
    expect(
      codeOf(
        detained('2025').attempt({
          action: 'skip_detention',
          party: 'p',
          offset_days: 5,
          at: at('2025-03-03'),
        }),
      ),
    ).toBe('OK');
  });

  it('T34 程序规定 第二百二十三条: guarantor or 200 元 a day, never both; 治安管理处罚法 (2025) 第一百二十六条 needs a listed circumstance', () => {
    const base = {
      action: 'defer_detention' as const,
      party: 'p',
      review_or_litigation_filed: true,
      at: at('2025-03-03'),
    };
    const w = detained('2025');
    expect(codeOf(w.attempt({ ...base, guarantor: '王某父', deposit_yuan: 1000 }))).toBe(
      'DEFERRAL_CONDITIONS',
    );
    expect(codeOf(w.attempt({ ...base, deposit_yuan: 800 }))).toBe('DEFERRAL_CONDITIONS');
    expect(codeOf(w.attempt({ ...base, deposit_yuan: 1000 }))).toBe('OK');
    const y26 = detained('2026');
    expect(codeOf(y26.attempt({ ...base, deposit_yuan: 1000, at: at('2026-03-03') }))).toBe(
      'DEFERRAL_CONDITIONS',
    );
    expect(
      codeOf(
        y26.attempt({ ...base, deposit_yuan: 1000, circumstance: '参加升学考试', at: at('2026-03-03') }),
      ),
    ).toBe('OK');
  });

  it('T35 resumes a deferred detention', () => {
    const w = detained('2025')
      .act({
        action: 'defer_detention',
        party: 'p',
        review_or_litigation_filed: true,
        guarantor: '王某父',
        at: at('2025-03-03'),
      })
      .act({ action: 'resume_detention', party: 'p', reason: '担保人不履行义务', at: at('2025-03-10') });
    expect(w.state.parties[0]!.stage).toBe('IN_DETENTION');
  });
});

describe('T37 publication', () => {
  it('治安管理处罚法 (2025) 第一百三十六条: a 治安 decision from 2026 is sealed (RECORD_SEALED); before, it may be published (行政处罚法 第四十八条)', () => {
    expect(codeOf(detained('2026').attempt({ action: 'publish', at: at('2026-03-04') }))).toBe(
      'RECORD_SEALED',
    );
    expect(codeOf(detained('2025').attempt({ action: 'publish', at: at('2025-03-04') }))).toBe('OK');
  });
});
