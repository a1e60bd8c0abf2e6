/**
 * The record a proposal would make, for the legality check shown before 拟处罚告知 and 作出决定: the same
 * record the guard checks (src/core/cases/guards/legality.ts, caseRecordOf), built from the case page's proceeding.
 */
import { caseRecordOf } from '../../../../src/core/cases/guards/legality.js';
import type { CaseRecord } from '../../../../src/core/shared/case-record.js';
import type { Proceeding } from '../../api/proceedings.js';
import type { ProposalPayload } from './action-forms.js';

/** Today in China (the decision day the guard uses when the step is taken now). */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The record, or null while the proposal lacks what the check needs (a sanction, a conduct date). */
export function recordOfProposal(
  p: Proceeding,
  proposal: ProposalPayload,
  decisionDay: string,
): CaseRecord | null {
  if (proposal.sanctions.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(proposal.conduct_date)) return null;
  if (p.parties.length === 0) return null;
  const agency = typeof p.agency === 'string' ? { name: p.agency } : { name: p.agency?.name ?? '' };
  return caseRecordOf(
    { title: p.title ?? '', facts: p.facts ?? '', agency, parties: p.parties },
    proposal,
    decisionDay,
  );
}
