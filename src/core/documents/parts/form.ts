/**
 * What the templates of the non-decision documents (forms, notices, receipts, reports) share beyond the decision
 * parts: the inputs a template declares with the basis that makes them mandatory, the collection of mandatory items
 * left empty (说明 第5项: a required field is never printed blank — the document is refused naming it), the heading of
 * a kind with or without 文号, the party of a per-party document, the events it reads, and the receipt lines.
 */
import { mainParty } from '../../cases/guards/legality.js';
import { chinaDate } from '../../cases/periods.js';
import type { Party, Proceeding } from '../../cases/proceeding.js';
import { formatDate, NOT_APPLICABLE } from '../format.js';
import { KIND_INFO } from '../kinds.js';
import type {
  Block,
  BuildResult,
  DocumentRequest,
  LegalDocument,
  MissingField,
  NotIssuable,
} from '../model.js';
import type { Filled } from './filled.js';
import { heading } from './frame.js';

/** 说明 第5项: every field of a form is filled; one that does not apply is struck. */
export const FORM_BASIS = '《公安行政法律文书式样》说明 第5项';

/** An input of DocumentRequest.fields, with why it is mandatory (when it is). */
export interface FormInput {
  name: string;
  label: string;
  required: boolean;
  basis: string;
}

export const formInput = (name: string, label: string, required = true, basis = FORM_BASIS): FormInput => ({
  name,
  label,
  required,
  basis,
});

/** The day in China of an instant (an event's `at`), in the organ's date style. */
export const dayOfInstant = (req: DocumentRequest, instant: string): string =>
  formatDate(chinaDate(instant), req.organ.date_style);

/** A day in the organ's date style. */
export const dayText = (req: DocumentRequest, iso: string): string => formatDate(iso, req.organ.date_style);

/** The party a per-party document is addressed to: the one named, else the main party (as partyOf chooses). */
export function partyFor(p: Proceeding, id: string | undefined): Party | undefined {
  const wanted = id ?? (p.parties.length === 0 ? undefined : mainParty(p).id);
  return p.parties.find((x) => x.id === wanted);
}

/** 你 / 你单位 as the forms address a person or a unit. */
export const you = (party: Party): string => (party.kind === 'organization' ? '你单位' : '你');

/** An input set inside a sentence: without the closing punctuation the officer may have typed. */
export const clause = (text: string): string => text.replace(/[。；，,;.\s]+$/u, '');

/** The receipt under a served document: 「本通知书已收到。」 and the line the recipient signs and dates by hand. */
export const receiptLines = (document: string, signer: string): Block => ({
  type: 'sign_lines',
  lines: [
    `本${document}已收到。`,
    signer + '（签名、捺指印）：' + '\u3000'.repeat(6) + '年\u3000\u3000月\u3000\u3000日',
  ],
});

/** The last event of a type (of the party; at or after `since`, when given). */
export function lastEvent(p: Proceeding, type: string, party?: string, since?: string) {
  return p.history.findLast(
    (e) =>
      e.type === type &&
      (party === undefined || e.party === party) &&
      (since === undefined || Date.parse(e.at) >= Date.parse(since)),
  );
}

export const notIssuable = (reason: string, details: Record<string, unknown>): NotIssuable => ({
  reason,
  details,
});

/** The refusal for a party the proceeding does not have, or null. */
export function unknownParty(p: Proceeding, id: string | undefined): NotIssuable | null {
  return partyFor(p, id)
    ? null
    : notIssuable('该案没有这个当事人', { party: id ?? null, parties: p.parties.map((x) => x.id) });
}

const blank = (v: string | null | undefined): v is null | undefined | '' =>
  v === undefined || v === null || v.trim() === '';

/**
 * The mandatory items of one document: each `need` returns the value, or records the item as missing; `take` adds a
 * shared part's missing items. `result` answers the document when nothing is missing, else the list.
 */
export class Items {
  readonly missing: MissingField[] = [];

  constructor(private readonly req: DocumentRequest) {}

  need(value: string | null | undefined, field: string, label: string, basis: string): string {
    if (blank(value)) {
      this.take({ text: '', missing: [{ field, label, basis }] });
      return '';
    }
    return value;
  }

  /** A shared part's text; its missing items are the document's (each field once). */
  take(part: Pick<Filled, 'missing'> & { text: string }): string {
    for (const m of part.missing) if (!this.missing.some((x) => x.field === m.field)) this.missing.push(m);
    return part.text;
  }

  /** A declared input: required → `need`; optional → its value, or 「／」 when empty. */
  input(def: FormInput): string {
    const value = this.req.fields[def.name];
    if (def.required) return this.need(value, `fields.${def.name}`, def.label, def.basis);
    return blank(value) ? NOT_APPLICABLE : value;
  }

  /** An input that is mandatory only in this case (the 报案人 when there is one …), else 「／」. */
  inputIf(applies: boolean, def: FormInput): string {
    return applies ? this.input({ ...def, required: true }) : NOT_APPLICABLE;
  }

  /** Organ, title and — for a kind with a 文书代字 — the 文号 line (frame.ts); the organ's name is mandatory. */
  heading(title: string): Block[] {
    const h = heading(this.req, title);
    this.take({ text: '', missing: h.missing });
    const numbered = (this.req.organ.codes[this.req.kind] ?? KIND_INFO[this.req.kind].code) !== null;
    return numbered ? h.blocks : h.blocks.filter((b) => b.type !== 'number');
  }

  result(make: () => Pick<LegalDocument, 'title' | 'blocks'> & Partial<LegalDocument>): BuildResult {
    if (this.missing.length > 0) return { ok: false, missing: this.missing };
    const { kind, number } = this.req;
    return { ok: true, document: { kind, number, page: KIND_INFO[kind].page, ...make() } };
  }
}
