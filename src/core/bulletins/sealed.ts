/**
 * Records that may not be published with the person they concern: a bulletin tells such a case without naming
 * the party. The rules are data (the law whose records are sealed, from which day of decision); `sealParty` applies
 * them to a case record before it is composed.
 */
import type { CaseRecord } from '../shared/case-record.js';
import { dateSpan, type IsoDate } from '../shared/dates.js';

export interface SealingRule {
  /** The law as cases cite it (ProvisionRef.law). */
  law: string;
  /** The first day of decision the sealing applies to (the version's entry into force). */
  from: IsoDate;
  /** Where the rule is written. */
  basis: string;
  /** The statute sentence. */
  quote: string;
}

export const SEALING_RULES: readonly SealingRule[] = [
  {
    law: '治安管理处罚法',
    from: '2026-01-01',
    basis: '《中华人民共和国治安管理处罚法》（2025年6月27日修订，2026年1月1日起施行）第一百三十六条',
    quote:
      '违反治安管理的记录应当予以封存，不得向任何单位和个人提供或者公开，但有关国家机关为办案需要或者有关单位根据国家规定进行查询的除外。',
  },
];

/** How a sealed party is named instead (a person, a unit). */
export const SEALED_NAME = { individual: '违法行为人', organization: '某单位' } as const;

/**
 * The rule sealing the record of `r`, if any: it cites the rule's law, and its decision (the decision date, else the
 * case's date) may fall on or after the rule's first day. A case with no date at all is sealed: it cannot be shown
 * to precede the rule.
 */
export function sealingRuleOf(
  r: CaseRecord,
  rules: readonly SealingRule[] = SEALING_RULES,
): SealingRule | undefined {
  const day = r.decision_date ?? r.date;
  return rules.find(
    (rule) =>
      r.provisions.some((p) => p.law === rule.law) && (day === null || dateSpan(day).last >= rule.from),
  );
}

/** `r` told without identifying its party where a sealing rule applies: the name replaced in name, title and facts. */
export function sealParty(r: CaseRecord, rules: readonly SealingRule[] = SEALING_RULES): CaseRecord {
  if (!sealingRuleOf(r, rules)) return r;
  const name = r.party.name.trim();
  const instead = SEALED_NAME[r.party.kind];
  const unname = (s: string) => (name === '' ? s : s.replaceAll(name, instead));
  return { ...r, title: unname(r.title), facts: unname(r.facts), party: { ...r.party, name: instead } };
}
