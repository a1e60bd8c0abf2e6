/**
 * Every penalty rule Wangan knows, one file per law version (rules/*.ts), and lookup by id.
 * Data only: the engine (../evaluate.ts and friends) reads these.
 */
import type { PenaltyRule } from '../model.js';
import { ACTF_RULES } from './actf.js';
import { CIIR_RULES } from './ciir.js';
import { CSL2016_RULES } from './csl-2016.js';
import { CSL2025_RULES } from './csl-2025.js';
import { DSL_RULES } from './dsl.js';
import { INTLNET_RULES } from './intlnet.js';
import { NDSR_RULES } from './ndsr.js';
import { PIPL_RULES } from './pipl.js';
import { PSAL2005_RULES } from './psal-2005.js';
import { PSAL2012_RULES } from './psal-2012.js';
import { PSAL2025_RULES } from './psal-2025.js';
import { CISR_RULES } from './cisr.js';
import { NETCAFE_RULES } from './netcafe.js';
import { ICP_RULES } from './icp.js';

export {
  ACTF_RULES,
  CIIR_RULES,
  CSL2016_RULES,
  CSL2025_RULES,
  DSL_RULES,
  INTLNET_RULES,
  NDSR_RULES,
  PIPL_RULES,
  PSAL2005_RULES,
  PSAL2012_RULES,
  PSAL2025_RULES,
  CISR_RULES,
  NETCAFE_RULES,
  ICP_RULES,
};

export const ALL_RULES: readonly PenaltyRule[] = [
  ...CSL2016_RULES,
  ...CSL2025_RULES,
  ...INTLNET_RULES,
  ...PSAL2012_RULES,
  ...PSAL2025_RULES,
  ...PIPL_RULES,
  ...DSL_RULES,
  ...CIIR_RULES,
  ...NDSR_RULES,
  ...CISR_RULES,
  ...NETCAFE_RULES,
  ...ICP_RULES,
  ...ACTF_RULES,
  ...PSAL2005_RULES,
];

const BY_ID: ReadonlyMap<string, PenaltyRule> = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

/** The rule with this id (e.g. CSL2016.59.1), or undefined. */
export function ruleById(id: string): PenaltyRule | undefined {
  return BY_ID.get(id);
}

/** The rules of one law version (law name as in the catalogue, version id), in article order. */
export function rulesOf(law: string, version: string): PenaltyRule[] {
  return ALL_RULES.filter((rule) => rule.law === law && rule.version === version);
}
