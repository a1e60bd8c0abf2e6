/**
 * The proposal of propose_penalty, decide and on_the_spot: `{provisions, sanctions, established_facts,
 * absent_facts, conduct_date}`, each sanction naming its party, and the figures the investigation established
 * (`illegal_gains_yuan` … , FIGURE_FIELDS) where a fine's bounds turn on them.
 */
import { SANCTION_KINDS, type ProvisionRef } from '../../shared/case-record.js';
import { FACT_LABELS, type Fact } from '../../penalties/model.js';
import { FIGURE_FIELDS, type Proceeding, type Proposal, type ProposedSanction } from '../proceeding.js';
import { bad, day, list } from './payload.js';
import type { ActionInput } from './types.js';

const isFact = (f: unknown): f is Fact => typeof f === 'string' && f in FACT_LABELS;

function facts(input: ActionInput, field: string): Fact[] {
  const v = input[field] ?? [];
  return Array.isArray(v) && v.every(isFact)
    ? v
    : bad(field, `以下事实之一：${Object.keys(FACT_LABELS).join('、')}`, v);
}

function figures(input: ActionInput): Proposal['figures'] {
  const out: NonNullable<Proposal['figures']> = {};
  for (const field of FIGURE_FIELDS) {
    const v = input[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad(field, '以元计的金额（0 或以上）', v);
    out[field] = v as number;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function proposalOf(state: Proceeding, input: ActionInput): Omit<Proposal, 'verdict'> {
  const provisions = list(input, 'provisions').map((p, i): ProvisionRef => {
    const r = p as Partial<ProvisionRef> | null;
    if (!r || typeof r.law !== 'string' || (r.article !== null && typeof r.article !== 'number')) {
      return bad(`provisions.${i}`, '法条引用 {law, article, paragraph, item}', p);
    }
    return { law: r.law, article: r.article ?? null, paragraph: r.paragraph ?? null, item: r.item ?? null };
  });
  const sanctions = list(input, 'sanctions').map((x, i): ProposedSanction => {
    const s = x as Partial<ProposedSanction> | null;
    if (!s || !state.parties.some((p) => p.id === s.party))
      return bad(`sanctions.${i}.party`, '本案当事人的 id', s?.party);
    if (!SANCTION_KINDS.includes(s.kind as never)) return bad(`sanctions.${i}.kind`, '处罚种类', s.kind);
    const money = s.amount_yuan ?? null;
    if (money !== null && !(typeof money === 'number' && money > 0))
      return bad(`sanctions.${i}.amount_yuan`, '正数金额', money);
    if (s.kind === 'fine' && money === null) return bad(`sanctions.${i}.amount_yuan`, '罚款金额', money);
    return { party: s.party!, kind: s.kind!, amount_yuan: money, days: s.days ?? null };
  });
  if (sanctions.length === 0) bad('sanctions', '至少一项处罚', []);
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
