/**
 * Publishing decided penalties (双公示, issue 10): the record built by the core (src/core/disclosure/fields.ts) from the
 * proceeding's decision for one party, with the 文号 of that party's issued 行政处罚决定书 (the latest correction), the
 * issuing organ's name, and the other natural persons of the proceeding masked in the facts. Refused (409) with the
 * basis for a minor or a sealed 治安 record, incomplete (409 MISSING_FIELDS naming the fields), and held back when the
 * decision's legality check is unlawful or undetermined unless an override reason is given, which is audited.
 * Withdrawal (行政处罚法 第四十八条第二款) records the reason and the last day it was due (三日, 第八十五条 working days).
 * The change of a published decision is a proceeding event (`published_decision_changed`, recorded here or before the
 * withdrawal), which starts the deadline `publication_withdrawal`; the withdrawal records `publication_withdrawn`,
 * which meets it — so it is listed, overdue and in the 待办 list as every other deadline.
 */
import type { Kysely } from 'kysely';
import type { HolidayCalendar } from '../core/cases/calendar.js';
import { caseRecordOf, mainParty } from '../core/cases/guards/legality.js';
import { chinaDate } from '../core/cases/periods.js';
import { deadlineAt } from '../core/cases/proceeding-deadlines.js';
import type { ActionInput } from '../core/cases/transitions/types.js';
import { disclosureRecord } from '../core/disclosure/fields.js';
import { withdrawalDue } from '../core/disclosure/periods.js';
import type { CheckResult } from '../core/penalties/check-result.js';
import type { CaseRecord } from '../core/shared/case-record.js';
import { DomainError } from '../core/shared/errors.js';
import { recordAudit, type Actor } from '../db/repositories/audit.js';
import { organOf } from '../db/repositories/document-organs.js';
import {
  findDisclosure,
  insertDisclosure,
  listProceedingDisclosures,
  withdrawDisclosure,
  type StoredDisclosure,
} from '../db/repositories/disclosures.js';
import { listDocuments } from '../db/repositories/documents.js';
import type { ActionResult, StoredProceeding } from '../db/repositories/proceedings.js';
import type { Database } from '../db/types.js';
import { decisionDay } from './document-issuer.js';
import { ApiError, refusalError } from './errors.js';

/** What an officer or leader gives (POST /api/proceedings/{id}/disclosure). */
export interface PublishInput {
  party?: string | undefined;
  /** 处罚机关统一社会信用代码, where it differs from the organ's settings (default: the settings' `credit_code`). */
  organ_credit_code?: string | undefined;
  violation_type?: string | undefined;
  remark?: string | undefined;
  override_reason?: string | undefined;
}

/** The decision of a published record was changed, revoked, or confirmed illegal or void. */
export interface ChangeInput {
  party?: string | undefined;
  reason: string;
  /** The day it was changed (default today). */
  changed_on?: string | undefined;
}

/** Applies one action to a proceeding (the proceedings repository with the server's context). */
export type ProceedingActor = (
  id: number,
  input: ActionInput,
  actor: Actor,
  at: Date,
) => Promise<ActionResult>;

export interface WithdrawInput {
  party?: string | undefined;
  reason: string;
  /** The day the decision was changed, revoked, or confirmed illegal or void (default today). */
  changed_on?: string | undefined;
}

/** Verdicts that need an explicit, audited override to publish (issue 10 §1). */
const OVERRIDDEN = ['unlawful', 'undetermined'];

export class DisclosurePublisher {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly calendar: () => HolidayCalendar,
    private readonly check: (record: CaseRecord) => CheckResult,
    private readonly act: ProceedingActor,
  ) {}

  list(p: StoredProceeding): Promise<StoredDisclosure[]> {
    return listProceedingDisclosures(this.db, p.id);
  }

  async publish(
    p: StoredProceeding,
    input: PublishInput,
    actor: Actor,
    now: Date,
  ): Promise<StoredDisclosure> {
    const state = p.state;
    const decision = state.decision;
    const day = decisionDay(state);
    if (!decision || day === null) {
      throw new ApiError(409, 'NOT_DECIDED', '本案尚未作出行政处罚决定，不能公示', { stage: state.stage });
    }
    const partyId = input.party ?? mainParty(state).id;
    const party = state.parties.find((x) => x.id === partyId);
    if (!party) {
      throw new DomainError('INVALID_INPUT', `body party: 不是本案当事人：${partyId}`, {
        field: 'party',
        value: partyId,
      });
    }
    if (!decision.sanctions.some((s) => s.party === partyId)) {
      throw new ApiError(409, 'NOT_SANCTIONED', `当事人 ${party.name} 未受行政处罚，没有可公示的决定`, {
        party: partyId,
      });
    }
    const main = caseRecordOf(state, decision, day);
    const record: CaseRecord = {
      ...main,
      party: { kind: party.kind, name: party.name },
      sanctions: decision.sanctions.map((s) => ({
        kind: s.kind,
        amount_yuan: s.amount_yuan,
        days: s.days,
        target: s.party === partyId ? 'party' : 'responsible_person',
      })),
    };
    const decided = (await listDocuments(this.db, p.id)).filter(
      (d) => d.kind === 'penalty_decision' && d.party === partyId && d.replaced_by === null,
    );
    const organ = await organOf(this.db, state.agency.name);
    const creditCode = input.organ_credit_code || organ?.credit_code;
    const result = disclosureRecord({
      record,
      party,
      ...(decided.at(-1)?.number ? { document_number: decided.at(-1)!.number! } : {}),
      ...(input.violation_type ? { violation_type: input.violation_type } : {}),
      ...(input.remark ? { remark: input.remark } : {}),
      organ: {
        ...(organ ? { name: organ.name } : {}),
        ...(creditCode ? { credit_code: creditCode } : {}),
      },
      third_parties: state.parties
        .filter((x) => x.id !== partyId && x.kind === 'individual')
        .map((x) => x.name),
    });
    if (result.status === 'refused') {
      const { refusal } = result;
      throw new ApiError(
        409,
        'DISCLOSURE_REFUSED',
        `${refusal.reason === 'minor' ? '未成年人的处罚信息' : '该处罚记录'}不予公示：${refusal.basis}`,
        { ...refusal },
      );
    }
    if (result.status === 'incomplete') {
      throw new DomainError(
        'MISSING_FIELDS',
        `公示信息缺少必填项：${result.missing.map((m) => m.label).join('、')}`,
        {
          fields: result.missing.map((m) => ({ field: m.code, label: m.label, basis: m.basis })),
        },
      );
    }
    const verdict = this.check(main).verdict;
    const override = input.override_reason?.trim() || null;
    if (OVERRIDDEN.includes(verdict) && override === null) {
      throw new ApiError(
        409,
        'OVERRIDE_REQUIRED',
        `本案处罚决定的合法性审查结论为「${verdict === 'unlawful' ? '不合法' : '无法判断'}」：公示须说明理由（override_reason），并留痕`,
        { verdict },
      );
    }
    return this.db.transaction().execute(async (trx) => {
      // One record public at a time; after a withdrawal (the decision changed) a new record replaces the last one.
      const last = (await listProceedingDisclosures(trx, p.id)).filter((x) => x.party === partyId).at(-1);
      if (last?.status === 'published') {
        throw new DomainError('CONFLICT', `当事人 ${party.name} 的处罚信息已公示（公示 ${last.id}）`, {
          party: partyId,
          disclosure: last.id,
        });
      }
      const stored = await insertDisclosure(trx, {
        proceeding_id: p.id,
        case_id: p.case_id,
        party: partyId,
        agency: state.agency.name,
        decision_date: result.period.decision_date,
        end_date: result.period.end,
        period_basis: result.period.basis,
        cells: result.cells,
        published_by: actor,
        published_at: now,
        published_on: chinaDate(now.toISOString()),
        verdict,
        override_reason: OVERRIDDEN.includes(verdict) ? override : null,
        replaces: last?.id ?? null,
      });
      await recordAudit(
        trx,
        actor,
        {
          action: 'publish',
          entity: 'disclosure',
          entityId: stored.id,
          after: {
            proceeding_id: p.id,
            party: partyId,
            decision_number: stored.decision_number,
            end_date: stored.end_date,
            verdict,
            override_reason: stored.override_reason,
            replaces: stored.replaces,
          },
        },
        now,
      );
      return stored;
    });
  }

  /** The published record of a party (default the main party) and the day a change of its decision may be dated. */
  private async published(
    p: StoredProceeding,
    party: string | undefined,
    changedOn: string | undefined,
    now: Date,
  ) {
    const partyId = party ?? mainParty(p.state).id;
    const d = (await listProceedingDisclosures(this.db, p.id)).filter((x) => x.party === partyId).at(-1);
    if (!d) throw new DomainError('NOT_FOUND', `本案当事人 ${partyId} 的处罚信息未公示`, { party: partyId });
    if (d.status !== 'published')
      throw new DomainError('CONFLICT', `公示 ${d.id} 已撤回`, { id: d.id, status: d.status });
    const today = chinaDate(now.toISOString());
    if (changedOn !== undefined && (changedOn > today || changedOn < d.decision_date)) {
      throw new DomainError(
        'INVALID_INPUT',
        `body changed_on: 须在处罚决定日（${d.decision_date}）与今天之间`,
        {
          field: 'changed_on',
          value: changedOn,
        },
      );
    }
    return { d, partyId, today };
  }

  private async record(p: StoredProceeding, input: ActionInput, actor: Actor, now: Date): Promise<void> {
    const res = await this.act(p.id, input, actor, now);
    if (!res.ok && 'refusal' in res) throw refusalError(res.refusal);
    if (!res.ok) {
      throw new ApiError(409, 'VERSION_CONFLICT', '办案流程同时被他人修改，请刷新后重试', {
        id: p.id,
        version: res.conflict.version,
      });
    }
  }

  /**
   * Records that the decision of a published record was changed (or revoked, confirmed illegal or void): the
   * proceeding's deadline to withdraw it (三日, working days) starts from `changed_on`.
   */
  async recordChange(
    p: StoredProceeding,
    input: ChangeInput,
    actor: Actor,
    now: Date,
  ): Promise<StoredDisclosure> {
    const { d, partyId, today } = await this.published(p, input.party, input.changed_on, now);
    await this.record(
      p,
      {
        action: 'record_event',
        event: 'published_decision_changed',
        party: partyId,
        changed_on: input.changed_on ?? today,
        reason: input.reason.trim(),
      },
      actor,
      now,
    );
    return d;
  }

  async withdraw(
    p: StoredProceeding,
    input: WithdrawInput,
    actor: Actor,
    now: Date,
  ): Promise<StoredDisclosure> {
    const { d, partyId, today } = await this.published(p, input.party, input.changed_on, now);
    // A change already recorded (its deadline running) dates the withdrawal's change; else it is recorded now.
    const running = deadlineAt(
      p.state,
      'publication_withdrawal',
      partyId,
      now.toISOString(),
      this.calendar(),
    );
    const recorded = running && running.status !== 'met' ? chinaDate(running.started_at) : null;
    const changedOn = input.changed_on ?? recorded ?? today;
    const reason = input.reason.trim();
    if (changedOn !== recorded) {
      await this.record(
        p,
        {
          action: 'record_event',
          event: 'published_decision_changed',
          party: partyId,
          changed_on: changedOn,
          reason,
        },
        actor,
        now,
      );
    }
    await this.record(
      p,
      { action: 'record_event', event: 'publication_withdrawn', party: partyId, reason },
      actor,
      now,
    );
    const { due } = withdrawalDue(this.calendar(), changedOn);
    return this.db.transaction().execute(async (trx) => {
      const done = await withdrawDisclosure(trx, d.id, {
        reason: input.reason.trim(),
        by: actor,
        at: now,
        on: today,
        changed_on: changedOn,
        due,
      });
      if (!done) throw new DomainError('CONFLICT', `公示 ${d.id} 已撤回`, { id: d.id, status: d.status });
      await recordAudit(
        trx,
        actor,
        {
          action: 'withdraw',
          entity: 'disclosure',
          entityId: d.id,
          before: { status: d.status },
          after: { status: 'withdrawn', reason: input.reason.trim(), changed_on: changedOn, due, on: today },
        },
        now,
      );
      return (await findDisclosure(trx, d.id))!;
    });
  }
}
