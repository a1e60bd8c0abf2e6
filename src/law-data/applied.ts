/**
 * What the store keeps of the legality check per case (`case_applied`, the key of similar cases): the applied
 * rules and tiers of a record, and a fingerprint of everything they are derived from, so that a release whose rules
 * differ re-derives them for every stored case.
 */
import { createHash } from 'node:crypto';
import type { AppliedRule } from '../core/penalties/check-result.js';
import { ALL_RULES } from '../core/penalties/rules/index.js';
import type { CaseRecord } from '../core/shared/case-record.js';
import { isDomainError } from '../core/shared/errors.js';
import { LAWS } from '../core/statutes/catalogue.js';
import type { Checker } from './checker.js';

/**
 * Bumped by hand when the check engine chooses rules or tiers differently with the same rule data (the data
 * itself is hashed below).
 */
const DERIVATION = 1;

/** The check's applied rules and tiers of a record; none when the check cannot be made (what the API explains). */
export function appliedRules(check: Checker): (record: CaseRecord) => Pick<AppliedRule, 'rule' | 'tier'>[] {
  return (record) => {
    try {
      return check(record).applied.map((a) => ({ rule: a.rule, tier: a.tier }));
    } catch (e) {
      if (isDomainError(e)) return [];
      throw e;
    }
  };
}

/**
 * sha256 of the penalty rules (ids, citations, tiers and their facts, bounds, successors — all their data) and of
 * the law catalogue (which version a citation reads on a date), with the derivation's version.
 */
export function appliedFingerprint(): string {
  return createHash('sha256')
    .update(JSON.stringify({ derivation: DERIVATION, rules: ALL_RULES, laws: LAWS }))
    .digest('hex');
}
