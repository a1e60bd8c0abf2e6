/**
 * What the templates of the non-decision documents share: the heading (organ, title, 文号 or its blank pattern), the
 * party a per-party document is addressed to, the inputs a template declares with the basis that makes them
 * mandatory, and the collection of mandatory items left empty (说明 第5项: a required field is never printed blank —
 * the document is refused naming it).
 */
import { chinaDate } from '../../cases/periods.js';
import type { Party, Proceeding } from '../../cases/proceeding.js';
import { DomainError } from '../../shared/errors.js';
import { formatDate, NOT_APPLICABLE } from '../format.js';
import { KIND_INFO } from '../kinds.js';
import type {
  Block,
  BuildResult,
  DocumentKind,
  DocumentRequest,
  LegalDocument,
  MissingField,
  NotIssuable,
} from '../model.js';

/** 说明 第4项: the name of the 公安机关 in whose name the form goes out. */
export const ORGAN_NAME_BASIS = '《公安行政法律文书式样》说明 第4项';
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

/** The 文书代字 of a kind for this organ (its own, else KIND_INFO's), null for a document without 文号. */
export const codeOf = (req: Pick<DocumentRequest, 'kind' | 'organ'>): string | null =>
  req.organ.codes[req.kind] ?? KIND_INFO[req.kind].code;

/** The 文号, or while drafting its pattern with the year and serial left open (two ideographic spaces each). */
export function numberLine(req: DocumentRequest): string | null {
  const code = codeOf(req);
  if (code === null) return null;
  if (req.number !== null) return req.number;
  const dept = req.organ.department === '' ? '' : `（${req.organ.department}）`;
  const gap = '\u3000\u3000';
  return `${req.organ.code}公${dept}${code}〔${gap}〕${gap}号`;
}

/** Organ name, title and (for a numbered kind) the 文号 line. */
export function heading(req: DocumentRequest, title: string): Block[] {
  const number = numberLine(req);
  return [
    { type: 'organ', text: req.organ.name },
    { type: 'title', text: title },
    ...(number === null ? [] : [{ type: 'number' as const, text: number }]),
  ];
}

/** The seal line: the organ's name, 「（印）」 and the document's date. */
export const signature = (req: DocumentRequest): Block => ({
  type: 'signature',
  organ: req.organ.name,
  date: formatDate(req.date, req.organ.date_style),
});

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

/** A day in the organ's date style. */
export const dayText = (req: DocumentRequest, iso: string): string => formatDate(iso, req.organ.date_style);

/** The day in China of an instant (an event's `at`), in the organ's date style. */
export const dayOfInstant = (req: DocumentRequest, instant: string): string =>
  formatDate(chinaDate(instant), req.organ.date_style);

/** The main party: the first that is not a responsible person of a unit party (else the first). */
export const mainParty = (p: Proceeding): Party | undefined =>
  p.parties.find((x) => x.responsible_for === undefined) ?? p.parties[0];

/** The party a per-party document is addressed to: the one named, else the main party. */
export const partyFor = (p: Proceeding, id: string | undefined): Party | undefined =>
  id === undefined ? mainParty(p) : p.parties.find((x) => x.id === id);

/** The party of a request; a party the proceeding does not have is an input error naming it. */
export function requestParty(req: DocumentRequest): Party {
  const party = partyFor(req.proceeding, req.party);
  if (!party) {
    throw new DomainError('INVALID_INPUT', `该案没有这个当事人：${String(req.party)}`, {
      field: 'party',
      value: req.party ?? null,
      parties: req.proceeding.parties.map((x) => x.id),
    });
  }
  return party;
}

/** 你 / 你单位 as the forms address a person or a unit. */
export const you = (party: Party): string => (party.kind === 'organization' ? '你单位' : '你');

/** The party's last event of a type (after `since`, when given). */
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
 * The mandatory items of one document: each `need` returns the value, or records the item as missing. `result`
 * answers the document when nothing is missing, else the list.
 */
export class Items {
  readonly missing: MissingField[] = [];

  constructor(private readonly req: DocumentRequest) {}

  need(value: string | null | undefined, field: string, label: string, basis: string): string {
    if (blank(value)) {
      this.missing.push({ field, label, basis });
      return '';
    }
    return value;
  }

  /** A declared input: required → `need`; optional → its value, or 「／」 when empty. */
  input(def: FormInput): string {
    const value = this.req.fields[def.name];
    if (def.required) return this.need(value, `fields.${def.name}`, def.label, def.basis);
    return blank(value) ? NOT_APPLICABLE : value;
  }

  /** An input that is mandatory only in this case (報案人 when there is one …). */
  inputIf(applies: boolean, def: FormInput): string {
    return applies ? this.input({ ...def, required: true }) : NOT_APPLICABLE;
  }

  /** The organ's name (every form carries it). */
  organ(): string {
    return this.need(this.req.organ.name, 'organ.name', '公安机关名称', ORGAN_NAME_BASIS);
  }

  result(make: () => Omit<LegalDocument, 'kind' | 'number' | 'page'>): BuildResult {
    if (this.missing.length > 0) return { ok: false, missing: this.missing };
    const kind: DocumentKind = this.req.kind;
    return {
      ok: true,
      document: { kind, number: this.req.number, page: KIND_INFO[kind].page, ...make() },
    };
  }
}
