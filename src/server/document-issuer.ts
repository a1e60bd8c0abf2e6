/**
 * Issuing legal documents (法律文书, issue 9): the proceeding, its issuing organ's settings, the legality check of its
 * decision or proposal, the template's own check of where the proceeding is, a draft without a number to find the
 * mandatory fields left empty (409 MISSING_FIELDS naming them) — then, in one transaction, the 文号 taken, the document
 * built with it, rendered as Word, stored with its sha256, and audited. The decision issues its 决定书 the same way,
 * inside the decision's own transaction (`onDecide`).
 */
import { buildWith } from '../core/documents/templates/index.js';
import type { Kysely } from 'kysely';
import { caseRecordOf, mainParty } from '../core/cases/guards/legality.js';
import { chinaDate } from '../core/cases/periods.js';
import type { Proceeding } from '../core/cases/proceeding.js';
import { KIND_INFO } from '../core/documents/kinds.js';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentRequest,
  type DocumentTemplate,
  type IssuingOrgan,
  type LegalDocument,
  type MissingField,
} from '../core/documents/model.js';
import { formatNumber } from '../core/documents/number.js';
import { documentText } from '../core/documents/text.js';
import type { CheckResult } from '../core/penalties/check-result.js';
import type { CaseRecord } from '../core/shared/case-record.js';
import { DomainError } from '../core/shared/errors.js';
import { recordAudit, type Actor } from '../db/repositories/audit.js';
import { organOf } from '../db/repositories/document-organs.js';
import { takeSerial } from '../db/repositories/document-sequences.js';
import { findDocument, insertDocument, type IssuedDocument } from '../db/repositories/documents.js';
import type { AfterAction, StoredProceeding } from '../db/repositories/proceedings.js';
import type { Database } from '../db/types.js';
import type { DocumentDeps } from './deps.js';

/** What an officer asks for (POST /api/proceedings/{id}/documents). */
export interface IssueInput {
  kind: DocumentKind;
  party?: string | undefined;
  fields?: Record<string, string> | undefined;
  replaces?: number | undefined;
  reason?: string | undefined;
}

export interface KindOffer {
  kind: DocumentKind;
  label: string;
  issuable: boolean;
  reason: string | null;
  inputs: { name: string; label: string; required: boolean }[];
}

/** A draft that passed every check: the request to build again with the number, and what the number is taken from. */
interface Prepared {
  request: DocumentRequest;
  organ: IssuingOrgan;
  /** 文书代字, null for a document without a 文号. */
  code: string | null;
}

/** Where a document goes: its proceeding and case, the proceeding's version it was built from (null in an action). */
interface Target {
  proceedingId: number;
  caseId: number;
  version: number | null;
}

/** The document a correction replaces, and why. */
interface Correction {
  replaces: number;
  reason: string;
}

/** 说明 第4项 and 行政处罚法 第五十九条第一款第（六）项: no document without its organ's name and the 文号's 机关代字. */
const ORGAN_FIELDS: MissingField[] = [
  {
    field: 'organ.name',
    label: '发文机关名称',
    basis: '《公安行政法律文书制作与使用说明》第4项；行政处罚法 第五十九条第一款第（六）项',
  },
  { field: 'organ.code', label: '机关代字', basis: 'GB/T 9704-2012 7.2.5（发文字号）；documents.md §2.6' },
];

const missingFields = (fields: MissingField[], kind: DocumentKind) =>
  new DomainError(
    'MISSING_FIELDS',
    `${KIND_INFO[kind].label}缺少必填项：${fields.map((f) => f.label).join('、')}`,
    { kind, fields },
  );

/** The day the decision was made (its decide or on_the_spot event), China time. */
export function decisionDay(state: Proceeding): string | null {
  const e = state.history.findLast((h) => h.type === 'decide' || h.type === 'on_the_spot');
  return e ? chinaDate(e.at) : null;
}

export class DocumentIssuer {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly deps: DocumentDeps,
    private readonly check: (record: CaseRecord) => CheckResult,
  ) {}

  /** Every kind, whether it can be issued now for `party`, and the inputs its template asks for. */
  kinds(p: StoredProceeding, party: string | undefined): KindOffer[] {
    return DOCUMENT_KINDS.map((kind) => {
      const label = KIND_INFO[kind].label;
      const t = this.deps.templates[kind];
      if (!t) return { kind, label, issuable: false, reason: '尚无该文书的模板', inputs: [] };
      const no = t.issuable(p.state, party);
      return { kind, label, issuable: no === null, reason: no?.reason ?? null, inputs: [...t.inputs] };
    });
  }

  /** Issues one document; 409 MISSING_FIELDS or NOT_ISSUABLE before anything is stored. */
  async issue(p: StoredProceeding, input: IssueInput, actor: Actor, now: Date): Promise<IssuedDocument> {
    const state = p.state;
    if (input.party !== undefined && !state.parties.some((x) => x.id === input.party)) {
      throw new DomainError('INVALID_INPUT', `body party: 不是本案当事人：${input.party}`, {
        field: 'party',
        value: input.party,
      });
    }
    const replaced = input.replaces === undefined ? undefined : await this.replaced(p, input);
    const template = this.template(input.kind);
    const fields = input.fields ?? {};
    knownInputs(template, fields, 'fields');
    const date = chinaDate(now.toISOString());
    // The decision as made on its day, else the proposal as it would be decided today.
    const basis = state.decision ?? state.proposal;
    const day = (state.decision && decisionDay(state)) ?? date;
    const check = basis ? this.check(caseRecordOf(state, basis, day)) : null;
    const prepared = this.prepare(this.requireOrgan(await organOf(this.db, state.agency.name), input.kind), {
      kind: input.kind,
      proceeding: state,
      check,
      // A per-party document names its party, by default the main one (whom the template addresses).
      party:
        input.party ?? replaced?.party ?? (KIND_INFO[input.kind].per_party ? mainParty(state).id : undefined),
      date,
      fields,
      ...(replaced
        ? { replaces: { kind: replaced.kind, number: replaced.number, date: replaced.date } }
        : {}),
    });
    return this.db
      .transaction()
      .execute((trx) =>
        this.store(
          trx,
          { proceedingId: p.id, caseId: p.case_id, version: p.version },
          prepared,
          replaced ? { replaces: replaced.id, reason: input.reason! } : null,
          actor,
          now,
        ),
      );
  }

  /**
   * The decision's own documents, in its transaction (ProceedingRepository.act): the 行政处罚决定书 for each party
   * sanctioned, or the 不予行政处罚决定书 for each party of a 不予处罚 decision. Their inputs are the payload's
   * `document_fields`: a text applies to every party, a map under a party's id to that party. A document that cannot be
   * built refuses the decision (the transaction rolls back), naming every party's missing fields.
   */
  readonly onDecide: AfterAction = async (trx, done) => {
    if (done.input.action !== 'decide') return;
    const { after } = done;
    const kind: DocumentKind = after.decision ? 'penalty_decision' : 'no_penalty_decision';
    const sanctioned = new Set(after.decision?.sanctions.map((s) => s.party));
    const parties = after.parties.filter((x) => !after.decision || sanctioned.has(x.id)).map((x) => x.id);
    const organ = this.requireOrgan(await organOf(trx, after.agency.name), kind);
    const inputs = partyInputs(done.input['document_fields'], after);
    const drafts: Prepared[] = [];
    const missing: (MissingField & { party?: string })[] = [];
    for (const party of parties) {
      const fields = inputs(party);
      knownInputs(this.template(kind), fields, 'document_fields');
      try {
        drafts.push(
          this.prepare(organ, {
            kind,
            proceeding: after,
            check: done.check,
            party,
            date: chinaDate(done.event.at),
            fields,
          }),
        );
      } catch (e) {
        if (!(e instanceof DomainError && e.code === 'MISSING_FIELDS')) throw e;
        for (const f of e.details['fields'] as MissingField[]) {
          // The organ's settings are the same for every party: named once.
          if (!f.field.startsWith('organ.')) missing.push({ ...f, party });
          else if (!missing.some((m) => m.field === f.field)) missing.push(f);
        }
      }
    }
    if (missing.length) throw missingFields(missing, kind);
    for (const d of drafts) {
      const target = { proceedingId: done.id, caseId: done.caseId, version: null };
      await this.store(trx, target, d, null, done.actor, done.at);
    }
  };

  private template(kind: DocumentKind): DocumentTemplate {
    const t = this.deps.templates[kind];
    if (!t) {
      throw new DomainError('NOT_ISSUABLE', `尚无${KIND_INFO[kind].label}的模板`, {
        kind,
        reason: '尚无该文书的模板',
      });
    }
    return t;
  }

  private requireOrgan(organ: IssuingOrgan | undefined, kind: DocumentKind): IssuingOrgan {
    if (organ) return organ;
    throw missingFields(ORGAN_FIELDS, kind);
  }

  /** The template's checks and a draft without a number: NOT_ISSUABLE, MISSING_FIELDS, or the request to issue. */
  private prepare(organ: IssuingOrgan, req: Omit<DocumentRequest, 'organ' | 'number'>): Prepared {
    const template = this.template(req.kind);
    const no = template.issuable(req.proceeding, req.party);
    if (no) {
      throw new DomainError('NOT_ISSUABLE', `现在不能制作${KIND_INFO[req.kind].label}：${no.reason}`, {
        kind: req.kind,
        party: req.party ?? null,
        reason: no.reason,
        ...no.details,
      });
    }
    const request: DocumentRequest = { ...req, organ, number: null };
    const draft = buildWith(template, request);
    if (!draft.ok) throw missingFields(draft.missing, req.kind);
    return { request, organ, code: organ.codes[req.kind] ?? KIND_INFO[req.kind].code };
  }

  /** In the issuing transaction: the 文号, the document built with it, its Word file, the row, the audit entry. */
  private async store(
    trx: Kysely<Database>,
    { proceedingId, caseId, version }: Target,
    { request, organ, code }: Prepared,
    correction: Correction | null,
    actor: Actor,
    at: Date,
  ): Promise<IssuedDocument> {
    const year = Number(request.date.slice(0, 4));
    const numbered = code
      ? await takeSerial(trx, { organ: organ.agency, code, year }).then((serial) => ({
          organ: organ.agency,
          code,
          year,
          serial,
          number: formatNumber({ organ: organ.code, department: organ.department, code, year, serial }),
        }))
      : null;
    if (correction) {
      // A correction is made once: a second one corrects the first correction.
      const taken = await trx
        .selectFrom('documents')
        .select('id')
        .where('replaces', '=', correction.replaces)
        .executeTakeFirst();
      if (taken) {
        throw new DomainError('CONFLICT', `文书 ${correction.replaces} 已被文书 ${taken.id} 更正`, {
          replaces: correction.replaces,
          replaced_by: Number(taken.id),
        });
      }
    }
    const built = buildWith(this.template(request.kind), { ...request, number: numbered?.number ?? null });
    if (!built.ok) throw missingFields(built.missing, request.kind);
    const document: LegalDocument = built.document;
    const docx = await this.deps.renderDocx(document);
    const issued = await insertDocument(trx, {
      proceeding_id: proceedingId,
      case_id: caseId,
      kind: request.kind,
      party: request.party ?? null,
      numbered,
      date: request.date,
      issued_at: at.toISOString(),
      issued_by: actor,
      replaces: correction?.replaces ?? null,
      reason: correction?.reason ?? null,
      request: {
        kind: request.kind,
        party: request.party ?? null,
        date: request.date,
        fields: request.fields,
        organ: request.organ,
        proceeding_version: version,
        stage: request.proceeding.stage,
        verdict: request.check?.verdict ?? null,
        replaces: request.replaces ?? null,
      },
      document,
      text: documentText(document),
      docx,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'issue',
        entity: 'document',
        entityId: issued.id,
        after: {
          proceeding_id: proceedingId,
          kind: issued.kind,
          party: issued.party,
          number: issued.number,
          sha256: issued.sha256,
          replaces: issued.replaces,
          reason: issued.reason,
        },
      },
      at,
    );
    return issued;
  }

  /** The document a correction replaces: of this proceeding, of the same kind, with the reason stated. */
  private async replaced(p: StoredProceeding, input: IssueInput): Promise<IssuedDocument> {
    const old = await findDocument(this.db, input.replaces!);
    if (!old || old.proceeding_id !== p.id) {
      throw new DomainError('INVALID_INPUT', `body replaces: 本案没有文书 ${input.replaces}`, {
        field: 'replaces',
        value: input.replaces,
      });
    }
    if (old.kind !== input.kind) {
      throw new DomainError('INVALID_INPUT', `body replaces: 文书 ${old.id} 是${KIND_INFO[old.kind].label}`, {
        field: 'replaces',
        value: input.replaces,
        kind: old.kind,
      });
    }
    if (!input.reason?.trim()) {
      throw new DomainError('INVALID_INPUT', 'body reason: 更正文书须说明理由', { field: 'reason' });
    }
    if (old.replaced_by !== null) {
      throw new DomainError('CONFLICT', `文书 ${old.id} 已被文书 ${old.replaced_by} 更正`, {
        replaces: old.id,
        replaced_by: old.replaced_by,
      });
    }
    return old;
  }
}

/** Inputs given must be the template's (400 naming the first that is not). */
function knownInputs(template: DocumentTemplate, fields: Record<string, string>, path: string): void {
  const unknown = Object.keys(fields).find((k) => !template.inputs.some((i) => i.name === k));
  if (unknown === undefined) return;
  throw new DomainError(
    'INVALID_INPUT',
    `body ${path}.${unknown}: ${KIND_INFO[template.kind].label}没有此项`,
    {
      field: `${path}.${unknown}`,
      accepted: template.inputs.map((i) => i.name),
    },
  );
}

/**
 * The decide payload's `document_fields` as each party's inputs: `{name: text}` for every party, `{partyId: {name:
 * text}}` for one (over the common ones).
 */
function partyInputs(v: unknown, state: Proceeding): (party: string) => Record<string, string> {
  const bad = (field: string) =>
    new DomainError('INVALID_INPUT', `body ${field}: 须为 {输入项: 文本}，或 {当事人id: {输入项: 文本}}`, {
      field,
    });
  const isMap = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  if (v === undefined) return () => ({});
  if (!isMap(v)) throw bad('document_fields');
  const common: Record<string, string> = {};
  const own: Record<string, Record<string, string>> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string') common[k] = x;
    else if (isMap(x) && state.parties.some((p) => p.id === k)) {
      const wrong = Object.keys(x).find((n) => typeof x[n] !== 'string');
      if (wrong !== undefined) throw bad(`document_fields.${k}.${wrong}`);
      own[k] = x as Record<string, string>;
    } else throw bad(`document_fields.${k}`);
  }
  return (party) => ({ ...common, ...own[party] });
}
