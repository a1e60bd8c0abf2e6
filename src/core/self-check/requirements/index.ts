/**
 * Every self-check requirement, one file per law version (requirements/*.ts), and lookup by id.
 */
import type { Requirement } from '../model.js';
import { CSL2025_REQUIREMENTS } from './csl-2025.js';

export const ALL_REQUIREMENTS: readonly Requirement[] = [...CSL2025_REQUIREMENTS];

const BY_ID: ReadonlyMap<string, Requirement> = new Map(ALL_REQUIREMENTS.map((r) => [r.id, r]));

export function requirementById(id: string): Requirement | undefined {
  return BY_ID.get(id);
}
