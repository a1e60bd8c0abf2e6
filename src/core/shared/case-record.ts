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

/**
 * Facts a penalty tier turns on (src/core/penalties/model.ts names them in words, FACT_LABELS). A case record
 * says which an officer or the published text has established (`established_facts`) and which are recorded as
 * not established (`absent_facts`); any other stays unknown.
 */
export const FACTS = [
  /** 拒不改正 (after an order to rectify). */
  'refused_rectification',
  /** 导致危害网络安全等后果. */
  'harm_caused',
  /** 情节严重. */
  'serious_circumstances',
  /** 情节较重. */
  'relatively_serious_circumstances',
  /** 情节较轻. */
  'minor_circumstances',
  /** 造成大量数据泄露、关键信息基础设施丧失局部功能等严重危害网络安全后果 (CSL2025 第六十一条第三款) and like words. */
  'serious_consequences',
  /** 造成…特别严重危害网络安全后果 / 特别严重后果. */
  'especially_serious_consequences',
  /** 造成特别严重影响、特别严重后果 (CSL2025 第六十九条第二款). */
  'especially_serious_impact',
  /** 在规定的限期内未改正 / 逾期不改正. */
  'not_rectified_in_time',
] as const;
export type Fact = (typeof FACTS)[number];

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
  /** Facts established for the case (拒不改正, 情节严重 …): stated by the bulletin or marked by an officer. */
  established_facts?: Fact[];
  /** Facts recorded as not established (an officer has ruled them out). */
  absent_facts?: Fact[];
  [extra: string]: unknown;
}
