/**
 * The proposal of propose_penalty, decide and on_the_spot: `{provisions, sanctions, established_facts,
 * absent_facts, conduct_date}`, each sanction naming its party, and the figures the investigation established
 * (`illegal_gains_yuan` … , FIGURE_FIELDS) where a fine's bounds turn on them.
 */
import { SANCTION_KINDS, type ProvisionRef } from '../../shared/case-record.js';
import { FACT_LABELS, type Fact } from '../../penalties/model.js';
import { FIGURE_FIELDS, type Proceeding, type Proposal, type ProposedSanction } from '../proceeding.js';
import { day, list, PayloadProblem } from './payload.js';
import type { ActionInput } from './types.js';

const problem = (field: string, expected: string, value: unknown): never => {
  throw new PayloadProblem({
    code: 'INVALID_PAYLOAD',
    message: `${field}: expected ${expected}`,
    details: { field, value },
  });
};

const isFact = (f: unknown): f is Fact => typeof f === 'string' && f in FACT_LABELS;

function facts(input: ActionInput, field: string): Fact[] {
  const v = input[field] ?? [];
  return Array.isArray(v) && v.every(isFact)
    ? v
    : problem(field, `facts among ${Object.keys(FACT_LABELS).join(', ')}`, v);
}

function figures(input: ActionInput): Proposal['figures'] {
  const out: NonNullable<Proposal['figures']> = {};
  for (const field of FIGURE_FIELDS) {
    const v = input[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      problem(field, 'an amount in yuan (0 or more)', v);
    out[field] = v as number;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function proposalOf(state: Proceeding, input: ActionInput): Omit<Proposal, 'verdict'> {
  const provisions = list(input, 'provisions').map((p, i): ProvisionRef => {
    const r = p as Partial<ProvisionRef> | null;
    if (!r || typeof r.law !== 'string' || (r.article !== null && typeof r.article !== 'number')) {
      return problem(`provisions.${i}`, '{law, article, paragraph, item}', p);
    }
    return { law: r.law, article: r.article ?? null, paragraph: r.paragraph ?? null, item: r.item ?? null };
  });
  const sanctions = list(input, 'sanctions').map((x, i): ProposedSanction => {
    const s = x as Partial<ProposedSanction> | null;
    if (!s || !state.parties.some((p) => p.id === s.party))
      return problem(`sanctions.${i}.party`, 'a party id', s?.party);
    if (!SANCTION_KINDS.includes(s.kind as never))
      return problem(`sanctions.${i}.kind`, 'a sanction kind', s.kind);
    const money = s.amount_yuan ?? null;
    if (money !== null && !(typeof money === 'number' && money > 0))
      return problem(`sanctions.${i}.amount_yuan`, 'a positive amount', money);
    if (s.kind === 'fine' && money === null)
      return problem(`sanctions.${i}.amount_yuan`, 'the amount of the fine', money);
    return { party: s.party!, kind: s.kind!, amount_yuan: money, days: s.days ?? null };
  });
  if (sanctions.length === 0) problem('sanctions', 'at least one sanction', []);
  const established = figures(input);
  return {
    provisions,
    sanctions,
    established_facts: facts(input, 'established_facts'),
    absent_facts: facts(input, 'absent_facts'),
    ...(established ? { figures: established } : {}),
    conduct_date: day(input, 'conduct_date'),
  };
}
