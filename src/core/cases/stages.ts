/**
 * The stages of procedure.md §3. The case runs one stage up to the decision (the parties are notified, heard and
 * decided together: 程序规定 第一百四十条 「…对所有违法嫌疑人一并作出处理决定」 where only some ask for a hearing);
 * from the decision on, each party has its own execution stage (第一百六十一条第二款: one decision per person).
 */
export const STAGES = [
  'LEAD',
  'INTAKE',
  'TRANSFERRED_OUT',
  'NOT_ACCEPTED',
  'SUMMARY',
  'FILED',
  'INVESTIGATING',
  'QUICK',
  'CONCLUDED',
  'TERMINATED',
  'CRIMINAL',
  'NO_PENALTY_PROPOSED',
  'NOTICE',
  'DEFENCE',
  'HEARING_REQUESTED',
  'HEARING_SCHEDULED',
  'HEARING',
  'HEARING_SUSPENDED',
  'REVIEW',
  'COLLECTIVE',
  'APPROVAL',
  'DECIDED',
  'SERVED',
  'CLOSED',
  'ARCHIVED',
] as const;
export type Stage = (typeof STAGES)[number];

/** A party's stage once the decision is made. */
export const PARTY_STAGES = [
  'DECIDED',
  'SERVED',
  'FINE_DUE',
  'FINE_DEFERRED',
  'FINE_OVERDUE',
  'DEMANDED',
  'COURT_ENFORCEMENT',
  'ENFORCEMENT_SUSPENDED',
  'FINE_PAID',
  'DETENTION_PENDING',
  'IN_DETENTION',
  'NOT_EXECUTED',
  'DEFERRED',
  'DETENTION_DONE',
  'OTHER_EXECUTION',
] as const;
export type PartyStage = (typeof PARTY_STAGES)[number];

/** From the lead to the approval: the stages before a decision (in the order of STAGES, the dead ends left out). */
export const UNDECIDED_STAGES: readonly Stage[] = [
  'LEAD',
  'INTAKE',
  'FILED',
  'INVESTIGATING',
  'QUICK',
  'CONCLUDED',
  'NO_PENALTY_PROPOSED',
  'NOTICE',
  'DEFENCE',
  'HEARING_REQUESTED',
  'HEARING_SCHEDULED',
  'HEARING',
  'HEARING_SUSPENDED',
  'REVIEW',
  'COLLECTIVE',
  'APPROVAL',
];

/** Stages after which nothing but archiving happens. */
export const FINAL_STAGES: readonly Stage[] = ['TRANSFERRED_OUT', 'NOT_ACCEPTED', 'ARCHIVED'];
