/**
 * Test support for the form templates: the seed case with the details documents print, walks of it
 * through the real transitions to each point where a document is issued, a request builder, and the golden-file
 * comparison.
 */
import { expect } from 'vitest';
import type { HolidayCalendar } from '../../cases/calendar.js';
import { openProceeding } from '../../cases/open.js';
import type { Proceeding } from '../../cases/proceeding.js';
import { concluded, PROPOSAL, SEED, walker } from '../../cases/transitions/walk.test-support.js';
import { applied, request as baseRequest, checkApplying } from '../cases.test-support.js';
import type { DocumentKind, DocumentRequest, LegalDocument } from '../model.js';
import { documentText } from '../text.js';
import { templateOf } from './index.js';

export const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;

/** The seed case with what the documents print about its parties. */
export const opened = (): Proceeding =>
  openProceeding(
    {
      ...SEED,
      parties: [
        {
          id: 'co',
          kind: 'organization',
          name: '某科技有限公司',
          credit_code: '91000000MA00000000',
          legal_representative: '王某',
          address: '某县某某路88号',
          phone: '0000-87654321',
        },
        {
          id: 'mgr',
          kind: 'individual',
          name: '张某',
          responsible_for: 'co',
          birth_date: '1980-05-01',
          id_type: '居民身份证',
          id_number: '110000198005010000',
          address: '某县某某小区1号楼101室',
        },
      ],
    },
    'desk',
  );

/** The seed proposal, citing the norm violated (网络安全法 2016 第二十一条) before the penalty norm. */
export const NOTIFIED = {
  ...PROPOSAL,
  provisions: [{ law: '网络安全法', article: 21, paragraph: null, item: null }, ...PROPOSAL.provisions],
};

/** The check of that proposal: 网络安全法 (2016) 第五十九条第一款 applied. */
export const CHECK = checkApplying(applied('CSL2016.59.1', '网络安全法', '2016-11-07', 59, 1));

/** The seed case walked through the real transitions to each point where a document is issued. */
export function caseWalks(calendar: HolidayCalendar) {
  const start = () => walker(calendar, { state: opened() });
  const registered = () => start().act({ action: 'register', at: at('2025-03-03') });
  const concludedCase = () => concluded(calendar, { state: opened() });
  const noticed = () => concludedCase().act({ action: 'propose_penalty', at: at('2025-03-25'), ...NOTIFIED });
  const hearingRequested = () =>
    noticed().act({ action: 'request_hearing', party: 'co', at: at('2025-03-27') });
  const hearingScheduled = () =>
    hearingRequested().act({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-04-09', '09:00'),
      presider: 'legal-x',
      at: at('2025-03-28'),
    });
  const hearingRefused = () =>
    hearingRequested().act({
      action: 'refuse_hearing',
      party: 'co',
      reason: '听证申请超过法定期限',
      at: at('2025-03-28'),
    });
  const decided = () =>
    noticed()
      .act({
        action: 'record_statement',
        party: 'co',
        statement: '已开始整改，请求从轻处罚',
        at: at('2025-03-26'),
      })
      .act({ action: 'waive_hearing', party: 'co', at: at('2025-03-26', '11:00') })
      .act({ action: 'waive_hearing', party: 'mgr', waive_statement: true, at: at('2025-03-26', '11:30') })
      .act({ action: 'proceed_to_review', at: at('2025-03-27') })
      .act({ action: 'pass_review', at: at('2025-03-28') }, 'reviewer-r')
      .act({ action: 'decide', at: at('2025-03-31') }, 'leader-l');
  const served = () =>
    decided()
      .act({ action: 'serve', party: 'co', method: '直接送达', at: at('2025-03-31', '15:00') })
      .act({ action: 'serve', party: 'mgr', method: '直接送达', at: at('2025-03-31', '15:30') });
  const overdue = () => served().act({ action: 'mark_fine_overdue', party: 'co', at: at('2025-04-20') });
  const closed = () =>
    served()
      .act({ action: 'record_payment', party: 'co', amount_yuan: 50000, at: at('2025-04-10') })
      .act({ action: 'record_payment', party: 'mgr', amount_yuan: 10000, at: at('2025-04-11') })
      .act({ action: 'close', ground: 'executed', at: at('2025-04-14') });
  const terminated = () =>
    concludedCase().act({
      action: 'terminate',
      ground: 'no_violation',
      approved_by: 'leader-l',
      at: at('2025-03-25'),
    });
  return {
    registered,
    concludedCase,
    noticed,
    hearingRequested,
    hearingScheduled,
    hearingRefused,
    decided,
    served,
    overdue,
    closed,
    terminated,
  };
}

/** A request for the fixed cases, dated 2025-04-15 unless `extra` says otherwise (the organ: cases.test-support's). */
export const request = (
  kind: DocumentKind,
  proceeding: Proceeding,
  fields: Record<string, string> = {},
  extra: Partial<DocumentRequest> = {},
): DocumentRequest => baseRequest(kind, proceeding, { date: '2025-04-15', fields, ...extra });

/** Builds and expects success. */
export function built(req: DocumentRequest): LegalDocument {
  const out = templateOf(req.kind).build(req);
  if (!out.ok) throw new Error(`missing: ${out.missing.map((m) => m.field).join(', ')}`);
  return out.document;
}

/** The fields a build reports missing. */
export function missingOf(req: DocumentRequest): string[] {
  const out = templateOf(req.kind).build(req);
  return out.ok ? [] : out.missing.map((m) => m.field);
}

/** Each required input, left empty, is reported missing by its name. */
export function expectEachInputRequired(req: DocumentRequest, names: readonly string[]): void {
  expect(missingOf(req)).toEqual([]);
  for (const name of names) {
    const fields = { ...req.fields, [name]: '' };
    expect(missingOf({ ...req, fields }), name).toContain(`fields.${name}`);
  }
}

/** The document's text equals the committed templates/__golden__/<name>.txt (vitest -u rewrites it: review the diff). */
export const expectGolden = (name: string, doc: LegalDocument): Promise<void> =>
  expect(documentText(doc)).toMatchFileSnapshot(`./__golden__/${name}.txt`);
