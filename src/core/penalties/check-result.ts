/**
 * What a legality check says about one case record (`wangan check`, the API's case page, `extract --check`).
 */
import type { SanctionKind, SanctionTarget } from '../shared/case-record.js';
import type { Fact, Modality } from './model.js';

export interface Finding {
  /** Stable code, e.g. FINE_ABOVE_MAX, UNKNOWN_LAW, REQUIRED_SANCTION_MISSING. */
  code: string;
  /** Chinese-or-English sentence naming the bound, the article and the value. */
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** A sanction a tier allows, with its bounds resolved for the case's facts (illegal gains …). */
export interface SanctionRange {
  kind: SanctionKind;
  target: SanctionTarget;
  modality: Modality;
  /** Only for a party of this kind. */
  for_party?: 'individual' | 'organization';
  /** Resolved money bounds in yuan (null = not stated / unbounded on that side). */
  min_yuan?: number | null;
  max_yuan?: number | null;
  min_days?: number | null;
  max_days?: number | null;
  /** A bound that needs a figure the record lacks (e.g. 违法所得一倍以上十倍以下 without illegal_gains_yuan). */
  needs?: string;
  words?: string;
}

export interface TierRange {
  tier: string;
  label: string;
  /** Facts the tier requires (any one group of them). */
  when: Fact[][];
  sanctions: SanctionRange[];
}

export interface AppliedRule {
  rule: string;
  law: string;
  version: string;
  article: number;
  paragraph: number | null;
  /** The tier that admits the record's sanctions (null when none does). */
  tier: string | null;
  tier_label: string | null;
  /** How the rule was found: cited, inferred from an obligation article, version chosen by 从旧兼从轻… */
  how: string;
}

export interface CurrentEquivalent {
  rule: string;
  law: string;
  version: string;
  article: number;
  paragraph: number | null;
  change: 'same' | 'renumbered' | 'amended' | 'referral';
  text: string;
  ranges: TierRange[];
  note?: string;
}

/**
 * lawful: the decision holds on the record as it stands;
 * lawful_if: it holds if every fact in `requires` is established (拒不改正, 情节严重, the illegal gains …);
 * unlawful: some sanction, authority or party is outside what the law allows;
 * undetermined: the check cannot decide (unknown law, no rule, an unknown agency …).
 */
export type Verdict = 'lawful' | 'lawful_if' | 'unlawful' | 'undetermined';

export const VERDICTS: readonly Verdict[] = ['lawful', 'lawful_if', 'unlawful', 'undetermined'];

export interface CheckResult {
  title: string;
  verdict: Verdict;
  /** true only for verdict lawful; false for unlawful; null otherwise (lawful_if, undetermined). */
  lawful: boolean | null;
  applied: AppliedRule[];
  findings: Finding[];
  /** Facts the admitting tier needs that the record does not state, in words (拒不改正 或 导致危害网络安全等后果). */
  requires: string[];
  /** Ranges of the applied rule(s), per tier. */
  ranges: TierRange[];
  current: CurrentEquivalent[];
  /** Citations and steps that produced the result, in order. */
  trace: string[];
}
