/**
 * 网络安全法(2016) 第七十条 「发布或者传输本法第十二条第二款和其他法律、行政法规禁止发布或者传输的信息的，依照有关法律、行政法规的规定处罚」
 * on invented decisions: it sets no range, so a decision citing it is judged under the rule it reaches.
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecord, PartyKind, ProvisionRef, Sanction } from '../../shared/case-record.js';
import { checkCase } from '../check-case.js';
import { RuleIndex } from '../rule-index.js';
import { ALL_RULES, ruleById } from './index.js';

const rules = new RuleIndex(ALL_RULES);
const cite = (law: string, article: number, paragraph: number | null = null): ProvisionRef => ({
  law,
  article,
  paragraph,
  item: null,
});
const fine = (yuan: number): Sanction => ({ kind: 'fine', amount_yuan: yuan, days: null, target: 'party' });
const WARNING: Sanction = { kind: 'warning', amount_yuan: null, days: null, target: 'party' };
const days = (n: number): Sanction => ({ kind: 'detention', amount_yuan: null, days: n, target: 'party' });

function check(party: PartyKind, provisions: ProvisionRef[], sanctions: Sanction[]) {
  const record: CaseRecord = {
    title: '网络安全法第七十条（虚构）',
    date: '2021-05-01',
    decision_date: '2021-06-01',
    region: null,
    agency: '某县公安局',
    party: { kind: party, name: party === 'individual' ? '赵某' : '某公司' },
    facts: '',
    provisions,
    sanctions,
  };
  return checkCase(record, { rules, today: '2026-11-28' });
}

describe('CSL2016.70 第七十条 (referral)', () => {
  it('is a referral with no tiers; its successor is 2025 第七十一条第一款 (item （一）)', () => {
    const rule = ruleById('CSL2016.70')!;
    expect(rule.referral).toBe(true);
    expect(rule.tiers).toEqual([]);
    expect(rule.enforces).toEqual([{ article: 12, paragraph: 2 }]);
    expect(rule.successors?.map((s) => s.rule)).toEqual(['CSL2025.71.1.1']);
  });

  it('第十二条第二款 cited alone: a unit warned and fined 一万元 is judged under 国际联网安全保护管理办法 第二十条 (对单位可以并处1.5万元以下的罚款)', () => {
    const r = check('organization', [cite('网络安全法', 12, 2)], [WARNING, fine(10000)]);
    expect(r.applied[0]).toMatchObject({ rule: 'INTLNET.20', how: 'CSL2016.70转致' });
    // 「依照有关法律、行政法规的规定处罚」 names no law: the verdict rests on the 办法 being the basis.
    expect(r.verdict).toBe('lawful_if');
    expect(r.requires.join()).toMatch(/处罚依据为《计算机信息网络国际联网安全保护管理办法》第20条/);
    expect(check('organization', [cite('网络安全法', 12, 2)], [WARNING, fine(15001)]).verdict).toBe(
      'unlawful',
    );
  });

  it('cited with 治安管理处罚法 第六十八条: the decision is judged under that article (处十日以上十五日以下拘留)', () => {
    const r = check('individual', [cite('网络安全法', 70), cite('治安管理处罚法', 68)], [days(10)]);
    expect(r.applied.map((a) => a.rule)).toEqual(['PSAL2012.68']);
    expect(r.verdict).toBe('lawful');
    expect(
      check('individual', [cite('网络安全法', 70), cite('治安管理处罚法', 68)], [days(16)]).verdict,
    ).toBe('unlawful');
  });
});
