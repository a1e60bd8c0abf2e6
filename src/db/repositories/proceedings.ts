/**
 * The proceeding store (办案): a proceeding's core state with its case row, its events, its deadlines and its
 * assigned officers. Every action is the core's (applyAction); this store only loads, saves and audits, in one
 * transaction per action, with optimistic locking (a concurrent change → the action is judged again on the new
 * state, up to three times).
 */
import type { Kysely } from 'kysely';
import type { SearchDialect } from '../search/dialect.js';
import type { CheckResult } from '../../core/penalties/check-result.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { DomainError } from '../../core/shared/errors.js';
import { caseRecordOf, mainParty } from '../../core/cases/guards/legality.js';
import { openProceeding, type NewProceeding } from '../../core/cases/open.js';
import { chinaDate } from '../../core/cases/periods.js';
import type { Proceeding } from '../../core/cases/proceeding.js';
import { proceedingDeadlines } from '../../core/cases/proceeding-deadlines.js';
import { FINAL_STAGES } from '../../core/cases/stages.js';
import { applyAction } from '../../core/cases/transitions/apply.js';
import type { ActionInput, Refusal, TransitionContext } from '../../core/cases/transitions/types.js';
import type { HolidayCalendar } from '../../core/cases/calendar.js';
import type { Database, ProceedingDeadlinesTable } from '../types.js';
import { recordAudit, type Actor } from './audit.js';
import type { AppliedOf } from './case-applied.js';
import { insertCaseRows, loadCase, replaceCase } from './cases.js';

export interface ProceedingEventRow {
  seq: number;
  action: string;
  party: string | null;
  by: number | null;
  by_name: string | null;
  at: string;
  recorded_at: string;
  from: string | null;
  to: string;
  payload: Record<string, unknown> | null;
}

export interface StoredProceeding {
  id: number;
  case_id: number;
  state: Proceeding;
  last_check: CheckResult | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
  events: ProceedingEventRow[];
}

export type ActionResult =
  | { ok: true; proceeding: StoredProceeding }
  | { ok: false; refusal: Refusal }
  | { ok: false; conflict: { version: number } };

/**
 * What else an action does in its own transaction, once its state is saved (the decision issues its 决定书): it sees
 * the proceeding before and after, the event, the legality check the action ran. Throwing rolls the action back.
 */
export type AfterAction = (
  trx: Kysely<Database>,
  done: {
    id: number;
    caseId: number;
    input: ActionInput;
    before: Proceeding;
    after: Proceeding;
    event: ProceedingEventRow;
    check: CheckResult | null;
    actor: Actor;
    at: Date;
  },
) => Promise<void>;

/** What an action is judged with: the context of the core without `by` and `now` (the store sets them). */
export type ActionContext = Omit<TransitionContext, 'by' | 'now'>;

const RETRIES = 3;

/** The record of the case row a proceeding belongs to, before any decision: who, what, which agency. */
function recordBeforeDecision(state: Proceeding): CaseRecord {
  const main = mainParty(state);
  return {
    title: state.title,
    date: null,
    region: null,
    agency: state.agency.name,
    party: { kind: main.kind, name: main.name },
    facts: state.facts,
    provisions: [],
    sanctions: [],
  };
}

const isOpen = (state: Proceeding) =>
  state.stage !== 'ARCHIVED' && !FINAL_STAGES.includes(state.stage) ? 1 : 0;

export class ProceedingRepository {
  /** `appliedOf`: what the check applies to the case record the proceeding writes (its `case_applied` rows). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly search: SearchDialect,
    private readonly appliedOf: AppliedOf,
  ) {}

  /** A new proceeding at LEAD and its case row (status internal); audited. */
  async open(
    input: NewProceeding,
    actor: Actor,
    calendar: HolidayCalendar,
    at = new Date(),
  ): Promise<StoredProceeding> {
    const state = openProceeding(input, byOf(actor));
    const now = at.toISOString();
    const derived = deriveRows(state, calendar, now);
    const id = await this.db.transaction().execute(async (trx) => {
      const caseId = await insertCaseRows(
        trx,
        this.search,
        this.appliedOf,
        { record: recordBeforeDecision(state), status: 'internal' },
        actor,
        at,
      );
      const row = await trx
        .insertInto('proceedings')
        .values({
          case_id: caseId,
          stage: state.stage,
          agency: state.agency.name,
          title: state.title,
          open: 1,
          state: JSON.stringify(state),
          next_due_at: derived.nextDue,
          last_check: null,
          version: 1,
          created_by: actor.username,
          created_at: now,
          updated_by: actor.username,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const pid = Number(row.id);
      await insertEvent(trx, pid, 0, state, null, actor, now);
      await writeDerived(trx, pid, state, derived, actor);
      await recordAudit(
        trx,
        actor,
        { action: 'open', entity: 'proceeding', entityId: pid, after: { case_id: caseId, state } },
        at,
      );
      return pid;
    });
    return (await this.get(id))!;
  }

  async get(id: number): Promise<StoredProceeding | undefined> {
    return loadProceeding(this.db, id);
  }

  /**
   * Applies one action through the core with server time as `now`; on success saves the new state, its event,
   * deadlines and assignees, fills the case record when a decision was made, runs `afterAction`, and audits — all in
   * one transaction.
   */
  async act(
    id: number,
    input: ActionInput,
    ctx: ActionContext,
    actor: Actor,
    at = new Date(),
    afterAction?: AfterAction,
  ): Promise<ActionResult> {
    const now = at.toISOString();
    let seen = 0;
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const row = await this.db
        .selectFrom('proceedings')
        .select(['state', 'version', 'case_id'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw new DomainError('NOT_FOUND', `办案流程 ${id} 不存在`, { id });
      seen = row.version;
      const before = JSON.parse(row.state) as Proceeding;
      let lastCheck: CheckResult | null = null;
      const check = ctx.check;
      const out = applyAction(before, input, {
        ...ctx,
        ...(check ? { check: (r: CaseRecord) => (lastCheck = check(r)) } : {}),
        by: byOf(actor),
        now,
      });
      if (!out.ok) return { ok: false, refusal: out.refusal };
      const after = out.state;
      const derived = deriveRows(after, ctx.calendar, now);
      const saved = await this.db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('proceedings')
          .set({
            stage: after.stage,
            open: isOpen(after),
            state: JSON.stringify(after),
            next_due_at: derived.nextDue,
            ...(lastCheck ? { last_check: JSON.stringify(lastCheck) } : {}),
            version: row.version + 1,
            updated_by: actor.username,
            updated_at: now,
          })
          .where('id', '=', id)
          .where('version', '=', row.version)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) return false;
        const event = await insertEvent(trx, id, before.history.length, after, before.stage, actor, now);
        await writeDerived(trx, id, after, derived, actor, before);
        if (after.decision && JSON.stringify(after.decision) !== JSON.stringify(before.decision)) {
          await fillCaseRecord(
            trx,
            this.search,
            this.appliedOf,
            Number(row.case_id),
            after,
            event.at,
            actor,
            at,
          );
        }
        await afterAction?.(trx, {
          id,
          caseId: Number(row.case_id),
          input,
          before,
          after,
          event,
          check: lastCheck,
          actor,
          at,
        });
        await recordAudit(
          trx,
          actor,
          {
            action: String(input.action),
            entity: 'proceeding',
            entityId: id,
            before: { stage: before.stage, version: row.version },
            after: { stage: after.stage, version: row.version + 1, event },
          },
          at,
        );
        return true;
      });
      if (saved) return { ok: true, proceeding: (await this.get(id))! };
    }
    return { ok: false, conflict: { version: seen } };
  }
}

/** Who acts, as the core names people: the user id (officers, reviewer, approver are user ids). */
export const byOf = (actor: Actor): string => (actor.id === null ? actor.username : String(actor.id));

async function insertEvent(
  trx: Kysely<Database>,
  proceedingId: number,
  seq: number,
  state: Proceeding,
  from: string | null,
  actor: Actor,
  now: string,
): Promise<ProceedingEventRow> {
  const e = state.history[seq]!;
  const row = {
    proceeding_id: proceedingId,
    seq,
    action: e.type,
    party: e.party ?? null,
    by_user: actor.id,
    by_name: actor.username,
    at: e.at,
    recorded_at: now,
    from_stage: from,
    to_stage: state.stage,
    payload: e.payload && Object.keys(e.payload).length ? JSON.stringify(e.payload) : null,
  };
  await trx.insertInto('proceeding_events').values(row).execute();
  return eventView(row);
}

interface Derived {
  deadlines: Omit<ProceedingDeadlinesTable, 'proceeding_id'>[];
  /** The earliest due time of the open deadlines; null when none or the proceeding is closed. */
  nextDue: string | null;
}

/** The deadlines of the state as the engine computes them now, and the 待办 key. */
function deriveRows(state: Proceeding, calendar: HolidayCalendar, now: string): Derived {
  const deadlines = proceedingDeadlines(state, calendar, now).map((d, position) => ({
    position,
    timer: d.timer,
    name: d.name,
    kind: d.kind,
    party: d.party,
    due_at: new Date(d.due_at).toISOString(),
    status: d.status,
    open: d.kind !== 'wait' && ['pending', 'due_soon', 'overdue'].includes(d.status) ? 1 : 0,
    in_hours: d.due_date === null ? 1 : 0,
    basis: JSON.stringify(d.basis),
  }));
  const due = deadlines.filter((d) => d.open === 1).map((d) => d.due_at);
  return { deadlines, nextDue: isOpen(state) && due.length ? due.sort()[0]! : null };
}

/** Writes the derived rows: the deadlines, and the assigned officers with the next due time. */
async function writeDerived(
  trx: Kysely<Database>,
  id: number,
  state: Proceeding,
  derived: Derived,
  actor: Actor,
  before?: Proceeding,
): Promise<void> {
  await trx.deleteFrom('proceeding_deadlines').where('proceeding_id', '=', id).execute();
  if (derived.deadlines.length) {
    await trx
      .insertInto('proceeding_deadlines')
      .values(derived.deadlines.map((d) => ({ ...d, proceeding_id: id })))
      .execute();
  }
  if (before && JSON.stringify(before.officers) === JSON.stringify(state.officers)) {
    await trx
      .updateTable('proceeding_assignees')
      .set({ next_due_at: derived.nextDue })
      .where('proceeding_id', '=', id)
      .execute();
    return;
  }
  await trx.deleteFrom('proceeding_assignees').where('proceeding_id', '=', id).execute();
  const officers = state.officers.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const assignees = officers.length ? officers : actor.id !== null ? [actor.id] : [];
  if (assignees.length) {
    await trx
      .insertInto('proceeding_assignees')
      .values(assignees.map((user_id) => ({ proceeding_id: id, user_id, next_due_at: derived.nextDue })))
      .execute();
  }
}

/**
 * The case record of the proceeding's case row, filled from the decision (caseRecordOf) with the day it was made,
 * so that the handled case appears in the case library and the statistics. The status stays as it is (internal
 * until published).
 */
async function fillCaseRecord(
  trx: Kysely<Database>,
  search: SearchDialect,
  appliedOf: AppliedOf,
  caseId: number,
  state: Proceeding,
  decidedAt: string,
  actor: Actor,
  at: Date,
): Promise<void> {
  const current = await loadCase(trx, caseId);
  if (!current) throw new DomainError('NOT_FOUND', `案件 ${caseId} 不存在`, { id: caseId });
  const record = caseRecordOf(state, state.decision!, chinaDate(decidedAt));
  await replaceCase(
    trx,
    search,
    appliedOf,
    caseId,
    { record, status: current.status, version: current.version },
    actor,
    at,
  );
}

const eventView = (r: {
  seq: number;
  action: string;
  party: string | null;
  by_user: number | null;
  by_name: string | null;
  at: string;
  recorded_at: string;
  from_stage: string | null;
  to_stage: string;
  payload: string | null;
}): ProceedingEventRow => ({
  seq: Number(r.seq),
  action: r.action,
  party: r.party,
  by: r.by_user === null ? null : Number(r.by_user),
  by_name: r.by_name,
  at: r.at,
  recorded_at: r.recorded_at,
  from: r.from_stage,
  to: r.to_stage,
  payload: r.payload === null ? null : (JSON.parse(r.payload) as Record<string, unknown>),
});

export async function loadProceeding(
  db: Kysely<Database>,
  id: number,
): Promise<StoredProceeding | undefined> {
  const row = await db.selectFrom('proceedings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const events = await db
    .selectFrom('proceeding_events')
    .selectAll()
    .where('proceeding_id', '=', id)
    .orderBy('seq')
    .execute();
  return {
    id: Number(row.id),
    case_id: Number(row.case_id),
    state: JSON.parse(row.state) as Proceeding,
    last_check: row.last_check === null ? null : (JSON.parse(row.last_check) as CheckResult),
    version: row.version,
    created_by: row.created_by,
    created_at: row.created_at,
    updated_by: row.updated_by,
    updated_at: row.updated_at,
    events: events.map(eventView),
  };
}
