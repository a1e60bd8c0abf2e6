/**
 * The template of each kind, and building a document from a request: the kind's own check of where the
 * proceeding is, then its fields.
 */
import { DomainError } from '../../shared/errors.js';
import type { BuildResult, DocumentKind, DocumentRequest, DocumentTemplate } from '../model.js';
import { caseReceipt } from './case-receipt.js';
import { caseRegistration } from './case-registration.js';
import { closingReport } from './closing-report.js';
import { demandNotice } from './demand-notice.js';
import { hearingNotice } from './hearing-notice.js';
import { hearingRejection } from './hearing-rejection.js';
import { hearingRightsNotice } from './hearing-rights-notice.js';
import { NO_PENALTY_DECISION } from './no-penalty-decision.js';
import { noticeLetter } from './notice-letter.js';
import { noticeRecord } from './notice-record.js';
import { ON_THE_SPOT_DECISION } from './on-the-spot-decision.js';
import { PENALTY_DECISION } from './penalty-decision.js';
import { rectificationNotice } from './rectification-notice.js';
import { serviceReceipt } from './service-receipt.js';
import { terminationDecision } from './termination-decision.js';

// Each kind's template is one file in this folder, registered here.
export const TEMPLATES: Partial<Record<DocumentKind, DocumentTemplate>> = {
  case_registration: caseRegistration,
  case_receipt: caseReceipt,
  notice_record: noticeRecord,
  notice_letter: noticeLetter,
  hearing_rights_notice: hearingRightsNotice,
  hearing_notice: hearingNotice,
  hearing_rejection: hearingRejection,
  penalty_decision: PENALTY_DECISION,
  on_the_spot_decision: ON_THE_SPOT_DECISION,
  no_penalty_decision: NO_PENALTY_DECISION,
  rectification_notice: rectificationNotice,
  service_receipt: serviceReceipt,
  demand_notice: demandNotice,
  termination_decision: terminationDecision,
  closing_report: closingReport,
};

export function templateOf(kind: DocumentKind): DocumentTemplate {
  const t = TEMPLATES[kind];
  if (!t) throw new DomainError('INVALID_INPUT', `没有该文书的模板：${kind}`, { kind });
  return t;
}

export function buildDocument(req: DocumentRequest): BuildResult {
  return templateOf(req.kind).build(req);
}
