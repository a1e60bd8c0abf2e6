/**
 * When a decision document may be issued: the proceeding has decided (DECIDED or later) and, for a per-party
 * document, the party is one of the proceeding's.
 */
import type { Proceeding } from '../../cases/proceeding.js';
import type { Stage } from '../../cases/stages.js';
import type { NotIssuable } from '../model.js';

/** Stages at which the decision has been made (procedure.md §3: DECIDED → SERVED → CLOSED → ARCHIVED). */
export const DECIDED_STAGES: readonly Stage[] = ['DECIDED', 'SERVED', 'CLOSED', 'ARCHIVED'];

export function notDecided(p: Proceeding, stages: readonly Stage[] = DECIDED_STAGES): NotIssuable | null {
  return stages.includes(p.stage)
    ? null
    : { reason: '案件尚未作出决定', details: { stage: p.stage, expected: [...stages] } };
}

/** The party addressed must be a party of the proceeding. */
export function unknownParty(p: Proceeding, party: string | undefined): NotIssuable | null {
  return party === undefined || p.parties.some((x) => x.id === party)
    ? null
    : { reason: '案件没有该当事人', details: { party, known: p.parties.map((x) => x.id) } };
}

/** The party addressed (default the main one) must have a sanction in the decision. */
export function notSanctioned(p: Proceeding, party: string): NotIssuable | null {
  return p.decision?.sanctions.some((s) => s.party === party)
    ? null
    : { reason: '决定未对该当事人给予处罚', details: { party } };
}
