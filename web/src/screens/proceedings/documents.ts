/**
 * The case's 法律文书 for the case page: rows of the documents card (who, when, which document corrects which), the
 * form of 制作文书 → the body of POST /api/proceedings/{id}/documents, and a 409 MISSING_FIELDS in words (each missing
 * field with its legal basis and where the officer fills it in). Pure: the screen renders what these give.
 */
import type {
  DocumentInput,
  DocumentKind,
  IssueDocumentBody,
  IssuedDocument,
  MissingField,
} from '../../api/documents.js';
import type { ProceedingParty } from '../../api/proceedings.js';

/** The first characters of a SHA-256, enough to compare a printout with the file kept (git's short form). */
export const shortHash = (sha256: string): string => sha256.slice(0, 8);

/** A document as a link text: its 文号, or its name with the time it was issued when it has none. */
export function documentRef(d: Pick<IssuedDocument, 'label' | 'number'>): string {
  return d.number ? `${d.label}（${d.number}）` : d.label;
}

export interface DocumentRow extends IssuedDocument {
  partyName: string | null;
  /** The document this one corrects, when it is in the list. */
  corrects: IssuedDocument | null;
  /** The document that corrected this one. */
  correctedBy: IssuedDocument | null;
}

/** The card's rows, newest first, with the party's name and both ends of every correction. */
export function documentRows(
  docs: readonly IssuedDocument[],
  parties: readonly ProceedingParty[],
): DocumentRow[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return [...docs]
    .sort((a, b) => Date.parse(b.issued_at) - Date.parse(a.issued_at) || b.id - a.id)
    .map((d) => ({
      ...d,
      partyName: d.party ? (parties.find((p) => p.id === d.party)?.name ?? d.party) : null,
      corrects: d.replaces === null ? null : (byId.get(d.replaces) ?? null),
      correctedBy: d.replaced_by === null ? null : (byId.get(d.replaced_by) ?? null),
    }));
}

/** The values of the 制作文书 form: the kind, the party, each template input by name, and a correction's reason. */
export interface IssueFormValues {
  kind?: DocumentKind;
  party?: string;
  reason?: string;
  fields?: Record<string, string | undefined>;
}

/** The template inputs of a form, trimmed, blanks left out (the server names them when required): name → text. */
export function filledInputs(
  values: Readonly<Record<string, string | undefined>> | undefined,
  inputs: readonly DocumentInput[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of inputs) {
    const v = values?.[input.name]?.trim();
    if (v) out[input.name] = v;
  }
  return out;
}

/**
 * The form → the request: the inputs of the chosen kind only (an input of another kind picked before is left out),
 * and for a correction the document it replaces with the reason.
 */
export function issueBody(
  values: IssueFormValues,
  inputs: readonly DocumentInput[],
  replacing?: Pick<IssuedDocument, 'id' | 'kind' | 'party'>,
): IssueDocumentBody {
  const kind = replacing?.kind ?? values.kind;
  if (!kind) throw new Error('未选择文书种类');
  const fields = filledInputs(values.fields, inputs);
  const party = replacing ? (replacing.party ?? undefined) : values.party || undefined;
  return {
    kind,
    ...(party ? { party } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...(replacing ? { replaces: replacing.id, reason: values.reason?.trim() ?? '' } : {}),
  };
}

const isMissingField = (x: unknown): x is MissingField =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as MissingField).field === 'string' &&
  typeof (x as MissingField).label === 'string';

/** The fields a 409 MISSING_FIELDS names (of the 制作文书 request or of the decide action); [] for other errors. */
export function missingFieldsOf(e: { code: string; details?: object }): MissingField[] {
  if (e.code !== 'MISSING_FIELDS') return [];
  const fields = (e.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields
    .filter(isMissingField)
    .map((f) => ({ field: f.field, label: f.label, basis: typeof f.basis === 'string' ? f.basis : '' }));
}

/**
 * The input of the form that supplies a missing field: a template input (fields.place → place), or a party's
 * particular that the template also takes as an input (party.address → the input party.address); else null.
 */
export function inputFor(field: string, inputs: readonly Pick<DocumentInput, 'name'>[]): string | null {
  const name = field.startsWith('fields.') ? field.slice('fields.'.length) : field;
  return inputs.some((i) => i.name === name) ? name : null;
}

/** Who fills a missing field in: this form when one of its inputs supplies it, else by where its value comes from. */
export function whereToFill(field: string, inputs: readonly Pick<DocumentInput, 'name'>[] = []): string {
  if (inputFor(field, inputs)) return '在本表单中填写';
  switch (field.split('.')[0]) {
    case 'fields':
      return '在文书的填写项中填写';
    case 'organ':
      return '由管理员在“文书设置”中填写';
    case 'party':
      return '在当事人信息中补充';
    default:
      return '在案件信息中补充';
  }
}

/** 现住址 — 依据：行政处罚法 第五十九条第一款第（一）项（在当事人信息中补充）. */
export function missingFieldLine(
  f: MissingField,
  inputs: readonly Pick<DocumentInput, 'name'>[] = [],
): string {
  return `${f.label}${f.basis ? ` — 依据：${f.basis}` : ''}（${whereToFill(f.field, inputs)}）`;
}

/**
 * A refusal's errors on the form's own inputs (input name → message): the missing fields an input supplies (409
 * MISSING_FIELDS), or the one input a 400 names (`details.field` = fields.source: 案件来源须为 …).
 */
export function inputErrors(
  e: { code: string; message: string; details?: object },
  inputs: readonly Pick<DocumentInput, 'name'>[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of missingFieldsOf(e)) {
    const name = inputFor(f.field, inputs);
    if (name) out[name] = `请填写${f.label}`;
  }
  const field = (e.details as { field?: unknown } | undefined)?.field;
  const named = typeof field === 'string' ? inputFor(field, inputs) : null;
  if (named && !(named in out)) out[named] = e.message;
  return out;
}
