/**
 * Every self-check requirement, one file per law (requirements/*.ts), and lookup by id.
 */
import type { Requirement } from '../model.js';
import { ACTF_REQUIREMENTS } from './actf.js';
import { CIIR_REQUIREMENTS } from './ciir.js';
import { CISR_REQUIREMENTS } from './cisr.js';
import { CSL2016_REQUIREMENTS, CSL2025_REQUIREMENTS } from './csl.js';
import { DSL_REQUIREMENTS } from './dsl.js';
import { ICP_REQUIREMENTS } from './icp.js';
import { INTLNET_REQUIREMENTS } from './intlnet.js';
import { NDSR_REQUIREMENTS } from './ndsr.js';
import { NETCAFE_REQUIREMENTS } from './netcafe.js';
import { PIPL_REQUIREMENTS } from './pipl.js';

export const ALL_REQUIREMENTS: readonly Requirement[] = [
  ...CSL2025_REQUIREMENTS,
  ...CSL2016_REQUIREMENTS,
  ...INTLNET_REQUIREMENTS,
  ...CISR_REQUIREMENTS,
  ...DSL_REQUIREMENTS,
  ...PIPL_REQUIREMENTS,
  ...CIIR_REQUIREMENTS,
  ...NDSR_REQUIREMENTS,
  ...NETCAFE_REQUIREMENTS,
  ...ICP_REQUIREMENTS,
  ...ACTF_REQUIREMENTS,
];

const BY_ID: ReadonlyMap<string, Requirement> = new Map(ALL_REQUIREMENTS.map((r) => [r.id, r]));

export function requirementById(id: string): Requirement | undefined {
  return BY_ID.get(id);
}
