/**
 * The case form's values ⇄ a case record. The form holds '' or undefined for an empty field; the record holds
 * null. Properties of the record the form does not show (extras the interchange schema allows) are kept.
 */
import type { CaseRecord } from '../../api/endpoints.js';
import {
  FACTS,
  type Fact,
  type PartyKind,
  type SanctionKind,
  type SanctionTarget,
} from '../../../../src/core/shared/case-record.js';

/** What an officer has found about a fact: 已认定 (established_facts), 已排除 (absent_facts), 未查明 (neither). */
export type FactStatus = 'established' | 'absent' | 'unknown';

export interface ProvisionValues {
  law?: string;
  article?: number | null;
  paragraph?: number | null;
  item?: number | null;
}

export interface SanctionValues {
  kind?: SanctionKind;
  target?: SanctionTarget;
  amount_yuan?: number | null;
  days?: number | null;
  note?: string;
}

export interface RecordFormValues {
  title?: string;
  date?: string;
  region?: string;
  agency?: string;
  party_kind?: PartyKind;
  party_name?: string;
  facts?: string;
  provisions?: ProvisionValues[];
  sanctions?: SanctionValues[];
  theme?: string;
  lesson?: string;
  decision_date?: string;
  illegal_gains_yuan?: number | null;
  fact_status?: Partial<Record<Fact, FactStatus>>;
}

const text = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};
const num = (n: number | null | undefined): number | null => (n === undefined || n === null ? null : n);

/** Each fact's status as the record states it (a fact in neither list is 未查明). */
export function factStatusOf(
  r: Pick<CaseRecord, 'established_facts' | 'absent_facts'>,
): Record<Fact, FactStatus> {
  const status = (f: Fact): FactStatus =>
    r.established_facts?.includes(f) ? 'established' : r.absent_facts?.includes(f) ? 'absent' : 'unknown';
  return Object.fromEntries(FACTS.map((f) => [f, status(f)])) as Record<Fact, FactStatus>;
}

export function formFromRecord(r: CaseRecord): RecordFormValues {
  return {
    title: r.title,
    date: r.date ?? '',
    region: r.region ?? '',
    agency: r.agency ?? '',
    party_kind: r.party.kind,
    party_name: r.party.name,
    facts: r.facts,
    provisions: r.provisions.map((p) => ({
      law: p.law,
      article: p.article,
      paragraph: p.paragraph,
      item: p.item,
    })),
    sanctions: r.sanctions.map((s) => ({
      kind: s.kind,
      target: s.target,
      amount_yuan: s.amount_yuan,
      days: s.days,
      note: s.note ?? '',
    })),
    theme: r.theme ?? '',
    lesson: r.lesson ?? '',
    decision_date: r.decision_date ?? '',
    illegal_gains_yuan: r.illegal_gains_yuan ?? null,
    fact_status: factStatusOf(r),
  };
}

/** The facts of one status, in the order of FACTS. */
const factsWith = (v: RecordFormValues, status: FactStatus): Fact[] =>
  FACTS.filter((f) => v.fact_status?.[f] === status);

export function recordFromForm(v: RecordFormValues, base?: CaseRecord): CaseRecord {
  const record: CaseRecord = {
    ...(base ?? {}),
    title: v.title?.trim() ?? '',
    date: text(v.date),
    region: text(v.region),
    agency: text(v.agency),
    party: { ...(base?.party ?? {}), kind: v.party_kind ?? 'organization', name: v.party_name?.trim() ?? '' },
    facts: v.facts?.trim() ?? '',
    provisions: (v.provisions ?? [])
      .filter((p) => text(p.law))
      .map((p) => ({
        law: text(p.law)!.replace(/^《|》$/g, ''),
        article: num(p.article),
        paragraph: num(p.paragraph),
        item: num(p.item),
      })),
    sanctions: (v.sanctions ?? [])
      .filter((s) => s.kind)
      .map((s) => {
        const out: CaseRecord['sanctions'][number] = {
          kind: s.kind!,
          amount_yuan: num(s.amount_yuan),
          days: num(s.days),
          target: s.target ?? 'party',
        };
        const note = text(s.note);
        if (note) out.note = note;
        return out;
      }),
    theme: text(v.theme),
    lesson: text(v.lesson),
    decision_date: text(v.decision_date),
    illegal_gains_yuan: num(v.illegal_gains_yuan),
  };
  // The form decides the facts: a fact marked 未查明 leaves both lists, an empty list is left out.
  delete record.established_facts;
  delete record.absent_facts;
  const established = factsWith(v, 'established');
  const absent = factsWith(v, 'absent');
  if (established.length) record.established_facts = established;
  if (absent.length) record.absent_facts = absent;
  return record;
}

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
