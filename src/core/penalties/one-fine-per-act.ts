/**
 * 行政处罚法 第二十九条 “对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚。同一个违法行为违反多个法律规范应当给予罚款
 * 处罚的，按照罚款数额高的规定处罚。”
 * Two fines on the party under one rule are two fines for one act; fines under rules of two laws are taken to punish
 * the same act twice (one record tells one act), and the rule with the higher fine is the one to apply. Fines under
 * two articles of the same law may punish two acts (未备案 and 未落实等级保护): not flagged. Fines on the responsible
 * persons are fines on other people, not counted here.
 */
import type { Sanction } from '../shared/case-record.js';
import type { Finding } from './check-result.js';
import type { PenaltyRule } from './model.js';
import { tierSanctions } from './tiers.js';

/** The highest fixed fine ceiling a rule sets for the party (multiples of a base amount count as unbounded). */
function fineCeiling(rule: PenaltyRule): number {
  let max = 0;
  for (const tier of rule.tiers)
    for (const s of tierSanctions(rule, tier))
      if (s.kind === 'fine' && s.target === 'party')
        for (const f of s.fine ?? [])
          max = Math.max(max, f.max === null || !('yuan' in f.max) ? Infinity : f.max.yuan);
  return max;
}

const CITE = '行政处罚法第二十九条（“对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚”）';

export function oneFinePerAct(
  judged: readonly { rule: PenaltyRule; sanctions: readonly Sanction[] }[],
  cited: readonly PenaltyRule[],
): Finding[] {
  const fines = (ss: readonly Sanction[]) =>
    ss.filter((s) => s.kind === 'fine' && s.target === 'party').length;
  const total = judged.reduce((n, j) => n + fines(j.sanctions), 0);
  if (total < 2) return [];
  // Rules of two laws that fine the party: the same act fined under both (the record tells one act).
  const fining = cited.filter((r) => r.tiers.length > 0 && fineCeiling(r) > 0);
  if (new Set(fining.map((r) => r.law)).size > 1) {
    const heavier = fining.reduce((a, b) => (fineCeiling(b) > fineCeiling(a) ? b : a));
    return [
      {
        code: 'ONE_FINE_PER_ACT',
        severity: 'error',
        message: `对同一违法行为依${fining.map((r) => r.id).join('、')}处以${total}次罚款，违反${CITE}；同一行为违反多个法律规范的，按照罚款数额高的规定处罚，应只依${heavier.id}（罚款上限较高）处一次罚款`,
      },
    ];
  }
  return judged
    .filter((j) => fines(j.sanctions) > 1)
    .map((j) => ({
      code: 'ONE_FINE_PER_ACT',
      severity: 'error' as const,
      message: `依${j.rule.id}对同一违法行为处以${fines(j.sanctions)}次罚款，违反${CITE}`,
    }));
}
