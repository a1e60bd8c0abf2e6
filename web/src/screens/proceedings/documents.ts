/**
 * The case's 法律文书 for the case page: rows of the documents card (who, when, which document corrects which), the
 * form of 制作文书 → the body of POST /api/proceedings/{id}/documents, and a 409 MISSING_FIELDS in words (each missing
 * field with its legal basis and where the officer fills it in). Pure: the screen renders what these give.
 */
import type {
  DocumentInput,
  IssueDocumentBody,
  IssuedDocument,
  MissingField,
  DocumentKind,
} from '../../api/documents.js';
import type { ProceedingParty } from '../../api/proceedings.js';

/** The first characters of a SHA-256, enough to compare a printout with the file kept (git's short form). */
export const shortHash = (sha256: string): string => sha256.slice(0, 8);

/** The issuer as a name: the username, else 「#id」. */
export function issuerName(by: IssuedDocument['issued_by']): string {
  if (by === null || by === undefined || by === '') return '—';
  if (typeof by === 'object') return by.username ?? (by.id === null ? '—' : `#${by.id}`);
  return typeof by === 'number' ? `#${by}` : by;
}

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

/**
 * The form → the request: trimmed inputs of the chosen kind only (an input of another kind picked before is left
 * out), blanks left out so the server names them when required, and for a correction the document it replaces.
 */
export function issueBody(
  values: IssueFormValues,
  inputs: readonly DocumentInput[],
  replacing?: Pick<IssuedDocument, 'id' | 'kind' | 'party'>,
): IssueDocumentBody {
  const kind = replacing?.kind ?? values.kind;
  if (!kind) throw new Error('未选择文书种类');
  const fields: Record<string, string> = {};
  for (const input of inputs) {
    const v = values.fields?.[input.name]?.trim();
    if (v) fields[input.name] = v;
  }
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

/** Who fills a missing field in, by where its value comes from. */
export function whereToFill(field: string): string {
  const source = field.split('.')[0];
  switch (source) {
    case 'fields':
      return '在本表单中填写';
    case 'organ':
      return '由管理员在“文书设置”中填写';
    case 'party':
      return '在当事人信息中补充';
    default:
      return '在案件信息中补充';
  }
}

/** 现住址 — 行政处罚法 第五十九条第一款第（一）项（在当事人信息中补充）. */
export function missingFieldLine(f: MissingField): string {
  return `${f.label}${f.basis ? ` — 依据：${f.basis}` : ''}（${whereToFill(f.field)}）`;
}

/**
 * A refusal's errors on the form's own fields (input name → message): the template inputs a 409 MISSING_FIELDS names,
 * or the one input a 400 names (`details.field` = fields.source: 案件来源须为 …).
 */
export function inputErrors(e: { code: string; message: string; details?: object }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of missingFieldsOf(e)) {
    if (f.field.startsWith('fields.')) out[f.field.slice('fields.'.length)] = `请填写${f.label}`;
  }
  const field = (e.details as { field?: unknown } | undefined)?.field;
  if (typeof field === 'string' && field.startsWith('fields.') && !(field.slice(7) in out)) {
    out[field.slice(7)] = e.message;
  }
  return out;
}
