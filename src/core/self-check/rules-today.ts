/**
 * The penalty rules that punish a requirement's breach under the law in force on a date: its enforcing rules
 * followed through `successors` (网络安全法 2016 第五十九条第一款 → 2025 第六十一条第一款, penalties/current-law.ts),
 * and a referral rule (2025 第七十一条) through the rules it refers to.
 */
import type { IsoDate } from '../shared/dates.js';
import { isInForce, successorsInForce } from '../penalties/current-law.js';
import type { PenaltyRule } from '../penalties/model.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import { enforcingRules } from './enforcing.js';
import type { Requirement } from './model.js';

export function rulesToday(index: RuleIndex, r: Requirement, date: IsoDate): PenaltyRule[] {
  const out: PenaltyRule[] = [];
  const add = (rule: PenaltyRule) => {
    if (out.includes(rule)) return;
    if (rule.referral && rule.tiers.length === 0) {
      for (const id of rule.referTo ?? []) {
        const to = index.byId(id);
        if (to && isInForce(to, date)) add(to);
      }
      return;
    }
    out.push(rule);
  };
  for (const rule of enforcingRules(index, r))
    for (const s of successorsInForce(index, rule, date)) add(s.rule);
  return out;
}
