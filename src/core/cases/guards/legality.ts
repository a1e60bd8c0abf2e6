/**
 * The legality check as a guard of propose_penalty and decide: the proposal is turned into a case record (the
 * shape the check reads) and checked with the facts established in the proceeding. Refused when the verdict is
 * unlawful, and when it is lawful only if facts hold that the proceeding has not established.
 */
import type { CaseRecord, Sanction } from '../../shared/case-record.js';
import type { CheckResult } from '../../penalties/check-result.js';
import type { Party, Proceeding, Proposal } from '../proceeding.js';
import type { Refusal, TransitionContext } from '../transitions/types.js';

/** What the record is made of: the proceeding, or its view on the web client's case page (the check shown before a proposal). */
export type RecordSource = Pick<Proceeding, 'title' | 'facts'> & {
  agency: Pick<Proceeding['agency'], 'name'>;
  parties: readonly Pick<Party, 'id' | 'kind' | 'name' | 'responsible_for'>[];
};

/** The party the record names: the unit if there is one (its responsible persons are `responsible_person`). */
export function mainParty(state: Pick<RecordSource, 'parties'>) {
  return state.parties.find((p) => p.kind === 'organization' && !p.responsible_for) ?? state.parties[0]!;
}

export function caseRecordOf(
  state: RecordSource,
  proposal: Omit<Proposal, 'verdict'>,
  decisionDay: string,
): CaseRecord {
  const main = mainParty(state);
  const sanctions: Sanction[] = proposal.sanctions.map((s) => ({
    kind: s.kind,
    amount_yuan: s.amount_yuan,
    days: s.days,
    target: s.party === main.id ? 'party' : 'responsible_person',
  }));
  return {
    title: state.title,
    date: proposal.conduct_date,
    decision_date: decisionDay,
    region: null,
    agency: state.agency.name,
    party: { kind: main.kind, name: main.name },
    facts: state.facts,
    provisions: proposal.provisions,
    sanctions,
    established_facts: proposal.established_facts,
    absent_facts: proposal.absent_facts,
    ...proposal.figures,
  };
}

export function legalityRefusal(
  state: Proceeding,
  proposal: Omit<Proposal, 'verdict'>,
  decisionDay: string,
  ctx: TransitionContext,
): { refusal: Refusal | null; result?: CheckResult } {
  if (!ctx.check) {
    return { refusal: { code: 'NO_CHECK', message: '未提供合法性审查，不能拟定或作出处罚', details: {} } };
  }
  const result = ctx.check(caseRecordOf(state, proposal, decisionDay));
  if (result.verdict === 'unlawful') {
    return {
      result,
      refusal: {
        code: 'UNLAWFUL_PENALTY',
        message:
          '拟作出的处罚不合法：' +
          result.findings
            .filter((f) => f.severity === 'error')
            .map((f) => f.message)
            .join('；'),
        details: { findings: result.findings, applied: result.applied },
      },
    };
  }
  if (result.verdict === 'lawful_if') {
    return {
      result,
      refusal: {
        code: 'CONDITIONS_NOT_ESTABLISHED',
        message: `处罚须以下列事实成立为前提，本案尚未认定：${result.requires.join('、')}`,
        details: { requires: result.requires, established_facts: proposal.established_facts },
      },
    };
  }
  return { refusal: null, result };
}
