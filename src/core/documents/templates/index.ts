/**
 * The template of each kind, and building a document from a request: the kind's own check of where the
 * proceeding is, then its fields.
 */
import { DomainError } from '../../shared/errors.js';
import type { BuildResult, DocumentKind, DocumentRequest, DocumentTemplate } from '../model.js';
import { caseReceipt } from './case-receipt.js';
import { caseRegistration } from './case-registration.js';
import { serviceReceipt } from './service-receipt.js';

// Each kind's template is one file in this folder, registered here.
export const TEMPLATES: Partial<Record<DocumentKind, DocumentTemplate>> = {
  case_registration: caseRegistration,
  case_receipt: caseReceipt,
  service_receipt: serviceReceipt,
};

export function templateOf(kind: DocumentKind): DocumentTemplate {
  const t = TEMPLATES[kind];
  if (!t) throw new DomainError('INVALID_INPUT', `没有该文书的模板：${kind}`, { kind });
  return t;
}

export function buildDocument(req: DocumentRequest): BuildResult {
  return templateOf(req.kind).build(req);
}
