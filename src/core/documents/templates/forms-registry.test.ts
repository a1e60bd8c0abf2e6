import { describe, expect, it } from 'vitest';
import { TEMPLATES } from './index.js';

const FORMS = [
  'case_registration',
  'case_receipt',
  'notice_record',
  'notice_letter',
  'hearing_rights_notice',
  'hearing_notice',
  'hearing_rejection',
  'rectification_notice',
  'service_receipt',
  'demand_notice',
  'termination_decision',
  'closing_report',
] as const;

describe('the non-decision templates (issue 9)', () => {
  it('each kind has its template, registered under its kind, with labelled inputs', () => {
    for (const kind of FORMS) {
      const t = TEMPLATES[kind];
      expect(t?.kind, kind).toBe(kind);
      for (const i of t!.inputs) expect(i.label, `${kind}.${i.name}`).not.toBe('');
    }
  });
});
