/**
 * Invented decisions for the per-law rule tests (cisr.test.ts, netcafe.test.ts, icp.test.ts): a record citing one
 * provision, checked with every rule, and a direct look at one tier's bounds for figures a record cannot state yet.
 */
import type { CaseRecord, PartyKind, Sanction, SanctionKind } from '../../shared/case-record.js';
import type { CaseFigures } from '../bounds.js';
import { checkCase } from '../check-case.js';
import type { CheckResult } from '../check-result.js';
import type { Fact } from '../model.js';
import { RuleIndex } from '../rule-index.js';
import { admitSanction, tierSanctions } from '../tiers.js';
import { ALL_RULES, ruleById } from './index.js';

const index = new RuleIndex(ALL_RULES);

export const fineOf = (yuan: number): Sanction => ({
  kind: 'fine',
  amount_yuan: yuan,
  days: null,
  target: 'party',
});
export const measureOf = (kind: Exclude<SanctionKind, 'fine' | 'detention'>): Sanction => ({
  kind,
  amount_yuan: null,
  days: null,
  target: 'party',
});
export const WARNING = measureOf('warning');

export interface Decision {
  law: string;
  /** Cited articles: a number, or [article, paragraph]. */
  cites: (number | [number, number])[];
  agency: string;
  sanctions: Sanction[];
  party?: PartyKind;
  date?: string;
  facts?: Fact[];
  gains?: number;
  /** Further provisions of other laws the decision cites. */
  also?: CaseRecord['provisions'];
}

export function decide(d: Decision): CheckResult {
  const record: CaseRecord = {
    title: '虚构决定',
    date: d.date ?? '2023-06-01',
    region: null,
    agency: d.agency,
    party: { kind: d.party ?? 'organization', name: '某公司' },
    facts: '',
    provisions: [
      ...d.cites.map((c) => ({
        law: d.law,
        article: typeof c === 'number' ? c : c[0],
        paragraph: typeof c === 'number' ? null : c[1],
        item: null,
      })),
      ...(d.also ?? []),
    ],
    sanctions: d.sanctions,
    ...(d.facts ? { established_facts: d.facts } : {}),
    ...(d.gains !== undefined ? { illegal_gains_yuan: d.gains } : {}),
  };
  return checkCase(record, { rules: index, today: '2026-11-28' });
}

/** The applied rule ids and tiers, e.g. ['NETCAFE.31:serious']. */
export const applied = (r: CheckResult): string[] => r.applied.map((a) => `${a.rule}:${a.tier}`);
export const codes = (r: CheckResult): string[] => r.findings.map((f) => f.code);

/** Does this tier admit the sanction for these figures (yes / maybe / no)? For figures no record field carries yet (违法经营额). */
export function admits(
  ruleId: string,
  tierId: string,
  s: Sanction,
  figures: Partial<CaseFigures>,
  party: PartyKind = 'organization',
): string {
  const rule = ruleById(ruleId)!;
  const tier = rule.tiers.find((t) => t.id === tierId)!;
  return admitSanction(tierSanctions(rule, tier), s, { illegalGains: null, ...figures }, party).status;
}
