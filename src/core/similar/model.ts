/**
 * What the similar-cases core compares: one case as the check saw it (the rule and tier it applied), where and when
 * it was decided, the words of its facts, and its sanctions. Storage fills these from the case store and the
 * stored check results; the core only compares.
 */
import type { Fact, PartyKind, Sanction } from '../shared/case-record.js';
import type { PartialDate } from '../shared/dates.js';
import type { AppliedRule } from '../penalties/check-result.js';

/** Where a case was decided, split into its administrative levels (宁夏回族自治区 / 吴忠市 / 利通区). */
export interface Region {
  province?: string | null;
  city?: string | null;
  /** 区、县、县级市. */
  county?: string | null;
}

export interface SimilarCase {
  /** Stable id of the case (the store's id, or file#position for fixtures). */
  id: string;
  title: string;
  /** The check's applied rules; only entries with a tier (the tier that admits the sanctions) take part. */
  applied: readonly Pick<AppliedRule, 'rule' | 'tier'>[];
  party_kind: PartyKind;
  region: Region | null;
  /** Decision date (or the bulletin's date when the decision date is unknown). */
  date: PartialDate | null;
  /** Fact tokens (the jieba tokens of the search index). */
  tokens: readonly string[];
  /** Decided or proposed sanctions. */
  sanctions: readonly Sanction[];
  established_facts?: readonly Fact[];
  absent_facts?: readonly Fact[];
}
