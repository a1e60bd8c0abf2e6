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
): Finding[] {
  const fining = judged
    .map(({ rule, sanctions }) => ({
      rule,
      fines: sanctions.filter((s) => s.kind === 'fine' && s.target === 'party').length,
    }))
    .filter((x) => x.fines > 0);
  const out: Finding[] = [];
  for (const { rule, fines } of fining)
    if (fines > 1)
      out.push({
        code: 'ONE_FINE_PER_ACT',
        severity: 'error',
        message: `依${rule.id}对同一违法行为处以${fines}次罚款，违反${CITE}`,
      });
  const laws = new Set(fining.map((x) => x.rule.law));
  if (laws.size > 1) {
    const heavier = fining.reduce((a, b) => (fineCeiling(b.rule) > fineCeiling(a.rule) ? b : a));
    out.push({
      code: 'ONE_FINE_PER_ACT',
      severity: 'error',
      message: `对同一违法行为依${fining.map((x) => x.rule.id).join('、')}分别罚款，违反${CITE}；同一行为违反多个法律规范的，按照罚款数额高的规定处罚，应只依${heavier.rule.id}处一次罚款`,
    });
  }
  return out;
}
