import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { proceedingDeadlines } from '../proceeding-deadlines.js';
import type { Outcome } from './types.js';
import { concluded, PROPOSAL, walker } from './walk.test-support.js';

const calendar = loadCalendar();
const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;
const codeOf = (o: Outcome) => (o.ok ? 'OK' : o.refusal.code);

const investigating = () =>
  walker(calendar)
    .act({ action: 'register', at: at('2025-03-03') })
    .act({ action: 'file', at: at('2025-03-04') })
    .act({
      action: 'start_investigation',
      officers: ['officer-a', 'officer-b'],
      at: at('2025-03-04', '11:00'),
    })
    .act({ action: 'add_evidence', kind: '电子数据', description: '系统未定级备案', at: at('2025-03-05') });

const applied = () =>
  investigating().act({
    action: 'apply_recusal',
    person: 'officer-b',
    reason: '系当事人法定代表人的近亲属',
    applicant: 'party',
    at: at('2025-03-06'),
  });

const recused = () =>
  applied().act(
    {
      action: 'decide_recusal',
      person: 'officer-b',
      granted: true,
      decided_by: '某县公安局',
      at: at('2025-03-07'),
    },
    'leader-l',
  );

describe('回避 (程序规定 第十七条–第二十五条; 行政处罚法 第四十三条)', () => {
  it('程序规定 第二十条 「应当提出申请，并说明理由」: an application names the person and its reason', () => {
    const out = investigating().attempt({
      action: 'apply_recusal',
      person: 'officer-b',
      applicant: 'party',
      at: at('2025-03-06'),
    });
    expect(out.ok ? null : out.refusal.details).toMatchObject({ field: 'reason' });
  });

  it('程序规定 第二十一条 「应当在收到申请之日起二日内作出决定并通知申请人」: the decision is due two days after the application', () => {
    const d = proceedingDeadlines(applied().state, calendar, at('2025-03-06', '11:00')).find(
      (x) => x.timer === 'recusal_decision',
    )!;
    // 03-06 + 2 days = 03-08, a Saturday: 程序规定 第三十五条 moves it to Monday
    expect([d.due_date, d.status]).toEqual(['2025-03-10', 'pending']);
    const met = proceedingDeadlines(recused().state, calendar, at('2025-03-07', '11:00')).find(
      (x) => x.timer === 'recusal_decision',
    )!;
    expect(met.status).toBe('met');
  });

  it('行政处罚法 第四十三条第三款 「决定作出之前，不停止调查」: the challenged officer goes on investigating until the decision', () => {
    const w = applied().act(
      { action: 'add_evidence', kind: '书证', description: '备案材料', at: at('2025-03-06', '11:00') },
      'officer-b',
    );
    expect(w.state.evidence).toHaveLength(2);
  });

  it('程序规定 第二十四条第二款 「作出回避决定后…不得再参与该行政案件的调查和审核、审批工作」: the recused person is refused (RECUSED)', () => {
    const w = recused();
    expect(w.state.officers).toEqual(['officer-a']);
    expect(
      codeOf(
        w.attempt(
          { action: 'add_evidence', kind: '书证', description: 'x', at: at('2025-03-08') },
          'officer-b',
        ),
      ),
    ).toBe('RECUSED');
    expect(
      codeOf(
        w.attempt({ action: 'assign_officers', officers: ['officer-a', 'officer-b'], at: at('2025-03-08') }),
      ),
    ).toBe('RECUSED');
  });

  it('行政处罚法 第四十二条 「执法人员不得少于两人」: after a recusal the case waits for a second officer (TOO_FEW_OFFICERS)', () => {
    const w = recused();
    expect(codeOf(w.attempt({ action: 'conclude', at: at('2025-03-08') }))).toBe('TOO_FEW_OFFICERS');
    const again = w.act({
      action: 'assign_officers',
      officers: ['officer-a', 'officer-c'],
      at: at('2025-03-08'),
    });
    expect(again.act({ action: 'conclude', at: at('2025-03-09') }).state.stage).toBe('CONCLUDED');
  });

  it('程序规定 第十九条: nobody decides on his own recusal (SAME_PERSON); a refused application changes nothing', () => {
    const w = applied();
    const decide = {
      action: 'decide_recusal' as const,
      person: 'officer-b',
      decided_by: '某县公安局',
      at: at('2025-03-07'),
    };
    expect(codeOf(w.attempt({ ...decide, granted: true }, 'officer-b'))).toBe('SAME_PERSON');
    const kept = w.act({ ...decide, granted: false }, 'leader-l');
    expect(kept.state.officers).toEqual(['officer-a', 'officer-b']);
  });

  it('程序规定 第二十二条 「有权决定其回避的公安机关可以指令其回避」: without an application the decision is an order', () => {
    const decide = {
      action: 'decide_recusal' as const,
      person: 'officer-b',
      decided_by: '某县公安局',
      granted: true,
      at: at('2025-03-07'),
    };
    expect(codeOf(investigating().attempt(decide, 'leader-l'))).toBe('INVALID_PAYLOAD');
    expect(codeOf(investigating().attempt({ ...decide, ordered: true }, 'leader-l'))).toBe('OK');
  });

  it('a reviewer with an undecided application against him does not review (RECUSAL_PENDING); once recused, never (RECUSED)', () => {
    const review = concluded(calendar)
      .act({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL })
      .act({ action: 'waive_hearing', party: 'co', at: at('2025-03-25', '11:00') })
      .act({ action: 'waive_hearing', party: 'mgr', at: at('2025-03-25', '11:30') })
      .act({ action: 'proceed_to_review', at: at('2025-03-25', '12:00') })
      .act({
        action: 'apply_recusal',
        person: 'reviewer-r',
        reason: '利害关系',
        applicant: 'party',
        at: at('2025-03-26'),
      });
    expect(
      codeOf(review.attempt({ action: 'pass_review', at: at('2025-03-26', '11:00') }, 'reviewer-r')),
    ).toBe('RECUSAL_PENDING');
    const refused = review.act(
      {
        action: 'decide_recusal',
        person: 'reviewer-r',
        granted: false,
        decided_by: '某县公安局',
        at: at('2025-03-27'),
      },
      'leader-l',
    );
    expect(
      codeOf(refused.attempt({ action: 'pass_review', at: at('2025-03-27', '11:00') }, 'reviewer-r')),
    ).toBe('OK');
  });
});
