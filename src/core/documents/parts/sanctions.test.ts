import { describe, expect, it } from 'vitest';
import { COMPANY, DETENTION, INDIVIDUAL, request } from '../cases.test-support.js';
import { sanctionClauses, sanctionsSentence } from './sanctions.js';

const req = request('penalty_decision', COMPANY);

describe('the sanctions sentence (程序规定 第一百七十五条第一款第（三）项 「处罚的种类、幅度」)', () => {
  it('a warning and a fine: 「给予警告，并处罚款人民币10000元」', () => {
    expect(sanctionsSentence(req, COMPANY.parties[0]!).text).toBe(
      '对某某科技有限公司给予警告，并处罚款人民币10000元',
    );
  });

  it('the responsible person named with the unit', () => {
    expect(sanctionsSentence(req, COMPANY.parties[1]!).text).toBe(
      '对某某科技有限公司直接负责的主管人员王某某处罚款人民币5000元',
    );
  });

  it('confiscation then the fine 并处; detention in Chinese numerals', () => {
    const r = request('penalty_decision', INDIVIDUAL);
    expect(sanctionsSentence(r, INDIVIDUAL.parties[0]!).text).toBe(
      '对闫某某没收违法所得人民币300元，并处罚款人民币1500元',
    );
    expect(sanctionsSentence(request('penalty_decision', DETENTION), DETENTION.parties[0]!).text).toBe(
      '对闫某某行政拘留五日',
    );
  });

  it('责令改正 closes; a head without wording in the decision asks for it', () => {
    const s = [
      { party: 'p', kind: 'rectification', amount_yuan: null, days: null },
      { party: 'p', kind: 'warning', amount_yuan: null, days: null },
    ] as const;
    expect(sanctionClauses(req, s).text).toBe('给予警告，并责令改正');
    const susp = sanctionClauses(req, [{ party: 'p', kind: 'suspension', amount_yuan: null, days: null }]);
    expect(susp.missing.map((m) => m.field)).toEqual(['fields.sanction.suspension']);
    const worded = sanctionClauses({ fields: { 'sanction.suspension': '责令暂停相关业务' } }, [
      { party: 'p', kind: 'suspension', amount_yuan: null, days: null },
    ]);
    expect(worded).toEqual({ text: '责令暂停相关业务', missing: [] });
  });

  it('a party without a sanction in the decision: missing', () => {
    const none = sanctionsSentence(req, { ...COMPANY.parties[0]!, id: 'nobody' });
    expect(none.missing[0]?.field).toBe('decision.sanctions');
  });
});
