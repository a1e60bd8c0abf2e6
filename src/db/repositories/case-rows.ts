/** Case record ↔ rows of cases, case_provisions and case_sanctions. */
import type { CaseRecord, ProvisionRef, Sanction } from '../../core/shared/case-record.js';
import { assertPartialDate, dateSpan } from '../../core/shared/dates.js';
import { findLaw } from '../../core/statutes/catalogue.js';
import { toSearchText } from '../search/tokenize.js';
import type { CaseProvisionsTable, CaseRow, CaseSanctionsTable } from '../types.js';

/** Properties of CaseRecord that have columns; anything else goes to `extra`. */
const KNOWN = new Set([
  'title',
  'date',
  'region',
  'agency',
  'party',
  'facts',
  'provisions',
  'sanctions',
  'theme',
  'lesson',
  'decision_date',
  'illegal_gains_yuan',
]);

export type CaseColumns = Pick<
  CaseRow,
  | 'title'
  | 'date'
  | 'date_first'
  | 'date_last'
  | 'region'
  | 'agency'
  | 'party_kind'
  | 'party_name'
  | 'party_roles'
  | 'facts'
  | 'theme'
  | 'lesson'
  | 'decision_date'
  | 'illegal_gains_yuan'
  | 'fine_total_yuan'
  | 'extra'
>;

export function fineTotal(sanctions: readonly Sanction[]): number {
  return sanctions.reduce(
    (sum, s) => sum + (s.kind === 'fine' && s.amount_yuan != null ? s.amount_yuan : 0),
    0,
  );
}

export function recordColumns(r: CaseRecord): CaseColumns {
  const extra = Object.fromEntries(Object.entries(r).filter(([k]) => !KNOWN.has(k)));
  const span = r.date ? dateSpan(assertPartialDate(r.date, 'date')) : null;
  if (r.decision_date) assertPartialDate(r.decision_date, 'decision_date');
  return {
    title: r.title,
    date: r.date,
    date_first: span?.first ?? null,
    date_last: span?.last ?? null,
    region: r.region,
    agency: r.agency,
    party_kind: r.party.kind,
    party_name: r.party.name,
    party_roles: r.party.roles ? JSON.stringify(r.party.roles) : null,
    facts: r.facts,
    theme: r.theme ?? null,
    lesson: r.lesson ?? null,
    decision_date: r.decision_date ?? null,
    illegal_gains_yuan: r.illegal_gains_yuan ?? null,
    fine_total_yuan: fineTotal(r.sanctions),
    extra: Object.keys(extra).length ? JSON.stringify(extra) : null,
  };
}

/**
 * The full-text tokens of a record (case_search.search_text): its words and the names of the laws it cites (as
 * cited, and the catalogue's name and title), so a search for 网络安全法 finds the cases that apply it.
 */
export function recordSearchText(r: CaseRecord): string {
  const laws = [...new Set(r.provisions.map((p) => p.law))].flatMap((law) => {
    const entry = findLaw(law);
    return entry ? [law, entry.name, entry.title] : [law];
  });
  return toSearchText(r.title, r.facts, r.party.name, r.region, r.agency, r.theme, r.lesson, ...laws);
}

export function provisionRows(caseId: number, provisions: readonly ProvisionRef[]): CaseProvisionsTable[] {
  return provisions.map((p, position) => ({
    case_id: caseId,
    position,
    law: p.law,
    law_id: findLaw(p.law)?.id ?? null,
    article: p.article,
    paragraph: p.paragraph,
    item: p.item,
  }));
}

export function sanctionRows(caseId: number, sanctions: readonly Sanction[]): CaseSanctionsTable[] {
  return sanctions.map((s, position) => ({
    case_id: caseId,
    position,
    kind: s.kind,
    amount_yuan: s.amount_yuan,
    days: s.days,
    target: s.target,
    note: s.note ?? null,
  }));
}

export function rowToRecord(
  row: CaseRow,
  provisions: readonly CaseProvisionsTable[],
  sanctions: readonly CaseSanctionsTable[],
): CaseRecord {
  const extra = row.extra ? (JSON.parse(row.extra) as Record<string, unknown>) : {};
  const record: CaseRecord = {
    ...extra,
    title: row.title,
    date: row.date,
    region: row.region,
    agency: row.agency,
    party: {
      kind: row.party_kind as CaseRecord['party']['kind'],
      name: row.party_name,
      ...(row.party_roles ? { roles: JSON.parse(row.party_roles) as string[] } : {}),
    },
    facts: row.facts,
    provisions: [...provisions]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ law: p.law, article: p.article, paragraph: p.paragraph, item: p.item })),
    sanctions: [...sanctions]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        kind: s.kind as Sanction['kind'],
        amount_yuan: s.amount_yuan === null ? null : Number(s.amount_yuan),
        days: s.days,
        target: s.target as Sanction['target'],
        ...(s.note !== null ? { note: s.note } : {}),
      })),
    theme: row.theme,
    lesson: row.lesson,
    decision_date: row.decision_date,
    illegal_gains_yuan: row.illegal_gains_yuan === null ? null : Number(row.illegal_gains_yuan),
  };
  return record;
}
