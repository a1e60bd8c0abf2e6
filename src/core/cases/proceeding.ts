/**
 * A proceeding (办案流程) as the pure core sees it: the case-level stage, the parties with their own rights and
 * execution stages, the people acting in it, and the event history the deadline engine reads.
 */
import type { ProvisionRef, SanctionKind } from '../shared/case-record.js';
import type { IsoDate } from '../shared/dates.js';
import type { Fact } from '../penalties/model.js';
import type { Verdict } from '../penalties/check-result.js';
import type { ProceedingEvent } from './events.js';
import type { PartyStage, Stage } from './stages.js';
import type { AgencyKind, CaseKind } from './timer-model.js';

/** 派出所 / 县级 / 设区的市级 / 省级 / 国家 (procedure.md §1). */
export type AgencyLevel = 'station' | 'county' | 'city' | 'province' | 'national';

export interface Agency {
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
}

export type HearingState =
  'not_eligible' | 'eligible' | 'waived' | 'requested' | 'scheduled' | 'held' | 'refused';

export interface Party {
  id: string;
  kind: 'individual' | 'organization';
  name: string;
  /** A responsible person of a unit party (直接负责的主管人员和其他直接责任人员). */
  responsible_for?: string;
  birth_date?: IsoDate;
  foreign?: boolean;
  /** 盲、聋、哑 or suspected mental illness (程序规定 第四十一条第（一）项). */
  vulnerable?: boolean;
  /** What a decision names (行政处罚法 第五十九条第一款第（一）项 「当事人的姓名或者名称、地址」): 身份证件 of a person, 统一社会信用代码 and
   * 法定代表人 of a unit, the address and a phone for service. */
  id_type?: string;
  id_number?: string;
  credit_code?: string;
  legal_representative?: string;
  address?: string;
  phone?: string;
  hearing: HearingState;
  hearing_grounds: string[];
  /** Heard (a statement recorded) or the right expressly waived (行政处罚法 第六十二条). */
  heard: boolean;
  /**
   * The party's stage from the decision on. With several execution branches (a fine and detention), the stage of
   * the first branch still open (fine, detention, other), else of the first finished one.
   */
  stage?: PartyStage;
  /** Each execution branch its decision opens, run side by side (行政处罚法 第六十七条 fine; 程序规定 第二百二十条 detention). */
  branches?: Partial<Record<Branch, PartyStage>>;
  paid_yuan: number;
}

/** The execution branches of a party's decision: the fine, detention, other sanctions (confiscation, suspension …). */
export const BRANCHES = ['fine', 'detention', 'other'] as const;
export type Branch = (typeof BRANCHES)[number];

/** Stages at which a branch needs nothing more before the case is closed (程序规定 第二百五十八条). */
export const BRANCH_DONE: readonly PartyStage[] = [
  'SERVED',
  'FINE_PAID',
  'NOT_EXECUTED',
  'DETENTION_DONE',
  'OTHER_EXECUTION',
];

export interface ProposedSanction {
  party: string;
  kind: SanctionKind;
  amount_yuan: number | null;
  days: number | null;
}

/**
 * The figures a fine's bounds are computed from (违法所得一倍以上十倍以下 …), as the investigation established them; a
 * figure not stated leaves a bound that needs it undetermined (the check then asks for it). 0 is a finding: 没有违法所得.
 */
export const FIGURE_FIELDS = [
  'illegal_gains_yuan',
  'illegal_turnover_yuan',
  'procurement_amount_yuan',
  'previous_year_turnover_yuan',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export interface Proposal {
  provisions: ProvisionRef[];
  sanctions: ProposedSanction[];
  established_facts: Fact[];
  absent_facts: Fact[];
  /** Only the figures established; absent when none is. */
  figures?: Partial<Record<FigureField, number>>;
  conduct_date: IsoDate;
  verdict: Verdict;
}

export interface Proceeding {
  stage: Stage;
  procedure: 'ordinary' | 'summary' | 'quick';
  case_kind: CaseKind;
  agency: Agency;
  title: string;
  facts: string;
  received_at: string;
  /** The last day of the violation (or of its continuing state) and whether it continued (行政处罚法 第三十六条第二款). */
  violation?: { start: IsoDate; end: IsoDate; continuing: boolean; endangers_life_or_finance?: boolean };
  parties: Party[];
  officers: string[];
  evidence: { kind: string; description: string; by: string; at: string }[];
  proposal?: Proposal;
  decision?: Proposal;
  reviewer?: string;
  approver?: string;
  hearing_presider?: string;
  /** has_victim, foreign_detainee … (deadline flags). */
  flags: Record<string, boolean>;
  history: ProceedingEvent[];
}

export const updateParty = (state: Proceeding, id: string, change: Partial<Party>): Proceeding => ({
  ...state,
  parties: state.parties.map((p) => (p.id === id ? { ...p, ...change } : p)),
});

/** The party's summary stage over its branches (see Party.stage). */
export function summaryStage(branches: Partial<Record<Branch, PartyStage>>): PartyStage | undefined {
  const present = BRANCHES.map((b) => branches[b]).filter((x): x is PartyStage => x !== undefined);
  return present.find((x) => !BRANCH_DONE.includes(x)) ?? present[0];
}

/** A branch's stage; a party recorded before branches existed has its one branch in `stage`. */
export const branchStage = (party: Party, branch: Branch): PartyStage | undefined =>
  party.branches ? party.branches[branch] : party.stage;

/** Moves one execution branch of a party, and its summary stage with it. */
export function updateBranch(state: Proceeding, id: string, branch: Branch, stage: PartyStage): Proceeding {
  const party = state.parties.find((p) => p.id === id)!;
  const branches = { ...party.branches, [branch]: stage };
  return updateParty(state, id, { branches, stage: summaryStage(branches)! });
}
