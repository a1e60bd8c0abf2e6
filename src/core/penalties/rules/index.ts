/**
 * Every penalty rule Wangan knows, one file per law version (rules/*.ts), and lookup by id.
 * Data only: the engine (../evaluate.ts and friends) reads these.
 */
import type { PenaltyRule } from '../model.js';
import { CSL2016_RULES } from './csl-2016.js';
import { INTLNET_RULES } from './intlnet.js';

export { CSL2016_RULES, INTLNET_RULES };

export const ALL_RULES: readonly PenaltyRule[] = [...CSL2016_RULES, ...INTLNET_RULES];

const BY_ID: ReadonlyMap<string, PenaltyRule> = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

/** The rule with this id (e.g. CSL2016.59.1), or undefined. */
export function ruleById(id: string): PenaltyRule | undefined {
  return BY_ID.get(id);
}
