/**
 * The interchange shape of one published case (data/schema/case-record.schema.json):
 * what `extract` prints and what `check` and `import` read.
 */
import type { PartialDate } from './dates.js';

export type SanctionKind =
  'warning' | 'fine' | 'confiscation' | 'detention' | 'rectification' | 'suspension' | 'revocation' | 'other';

export const SANCTION_KINDS: readonly SanctionKind[] = [
  'warning',
  'fine',
  'confiscation',
  'detention',
  'rectification',
  'suspension',
  'revocation',
  'other',
];

export type SanctionTarget = 'party' | 'responsible_person';
export type PartyKind = 'individual' | 'organization';

/** A provision as cited: law name without 《》 and without a leading 中华人民共和国; numbers Arabic. */
export interface ProvisionRef {
  law: string;
  article: number | null;
  paragraph: number | null;
  item: number | null;
}

export interface Sanction {
  kind: SanctionKind;
  amount_yuan: number | null;
  days: number | null;
  target: SanctionTarget;
  /** The words of the text that imposed it (e.g. 责令暂停相关业务); optional. */
  note?: string;
}

export interface CaseParty {
  kind: PartyKind;
  name: string;
  /** e.g. network_operator, cii_operator, product_provider; optional. */
  roles?: string[];
}

export interface CaseRecord {
  title: string;
  date: PartialDate | null;
  region: string | null;
  agency: string | null;
  party: CaseParty;
  facts: string;
  provisions: ProvisionRef[];
  sanctions: Sanction[];
  theme?: string | null;
  lesson?: string | null;
  decision_date?: PartialDate | null;
  illegal_gains_yuan?: number | null;
  [extra: string]: unknown;
}
