/**
 * A new proceeding at LEAD (POST /api/proceedings): the lead as received, with its first event `receive`.
 */
import type { Agency, Party, Proceeding } from './proceeding.js';
import type { CaseKind } from './timer-model.js';

export interface NewProceeding {
  title: string;
  agency: Agency;
  case_kind: CaseKind;
  parties: Omit<Party, 'hearing' | 'hearing_grounds' | 'heard' | 'paid_yuan' | 'stage'>[];
  facts: string;
  received_at: string;
  violation?: Proceeding['violation'];
  flags?: Record<string, boolean>;
}

export function openProceeding(input: NewProceeding, by: string): Proceeding {
  return {
    stage: 'LEAD',
    procedure: 'ordinary',
    case_kind: input.case_kind,
    agency: input.agency,
    title: input.title,
    facts: input.facts,
    received_at: input.received_at,
    ...(input.violation ? { violation: input.violation } : {}),
    parties: input.parties.map((p) => ({
      ...p,
      hearing: 'not_eligible',
      hearing_grounds: [],
      heard: false,
      paid_yuan: 0,
    })),
    officers: [],
    evidence: [],
    flags: input.flags ?? {},
    history: [{ type: 'receive', at: input.received_at, by }],
  };
}
