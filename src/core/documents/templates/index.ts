/**
 * The template of each kind, and building a document from a request: the kind's own check of where the
 * proceeding is, then its fields.
 */
import { DomainError } from '../../shared/errors.js';
import type { BuildResult, DocumentKind, DocumentRequest, DocumentTemplate } from '../model.js';
import { NO_PENALTY_DECISION } from './no-penalty-decision.js';
import { ON_THE_SPOT_DECISION } from './on-the-spot-decision.js';
import { PENALTY_DECISION } from './penalty-decision.js';

// Each kind's template is one file in this folder, registered here.
export const TEMPLATES: Partial<Record<DocumentKind, DocumentTemplate>> = {
  penalty_decision: PENALTY_DECISION,
  on_the_spot_decision: ON_THE_SPOT_DECISION,
  no_penalty_decision: NO_PENALTY_DECISION,
};

export function templateOf(kind: DocumentKind): DocumentTemplate {
  const t = TEMPLATES[kind];
  if (!t) throw new DomainError('INVALID_INPUT', `没有该文书的模板：${kind}`, { kind });
  return t;
}

export function buildDocument(req: DocumentRequest): BuildResult {
  return templateOf(req.kind).build(req);
}
