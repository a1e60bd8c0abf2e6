/**
 * The interchange shape of one published case (data/schema/case-record.schema.json):
 * what `extract` prints and what `check` and `import` read.
 */
import type { PartialDate } from './dates.js';

/** The schema's sanction kinds, in one place (the API's zod enums are built from these lists). */
export const SANCTION_KINDS = [
  'warning',
  'fine',
  'confiscation',
  'detention',
  'rectification',
  'suspension',
  'revocation',
  'other',
] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

export const SANCTION_TARGETS = ['party', 'responsible_person'] as const;
export type SanctionTarget = (typeof SANCTION_TARGETS)[number];

export const PARTY_KINDS = ['individual', 'organization'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

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
