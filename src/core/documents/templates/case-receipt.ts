/**
 * 受案回执 (式样二; documents.md §3.2): given to the 报案人/控告人/举报人/扭送人 on 受案 — 程序规定 第六十一条第一款第（一）项
 * 「…制作受案登记表和受案回执，并将受案回执交报案人、控告人、举报人、扭送人」. The body is [G] (the form was not seen):
 * its sentences go through `sentence` (NOTES.md “Documents”). A case found on duty has no reporter and no 回执.
 */
import { formatDateTime, sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import { dayOfInstant, formInput, Items, lastEvent, notIssuable } from '../parts/form.js';
import { signature } from '../parts/frame.js';

const BASIS = '程序规定 第六十一条第一款第（一）项';
const I = {
  reporter: formInput('reporter', '报案人（控告人、举报人、扭送人）', true, BASIS),
  registration: formInput('registration_number', '受案登记表文号', false),
  contact: formInput('contact_person', '联系人'),
  phone: formInput('contact_phone', '联系电话'),
} as const;

export const caseReceipt: DocumentTemplate = {
  kind: 'case_receipt',
  inputs: Object.values(I),
  issuable: (p) =>
    lastEvent(p, 'register') ? null : notIssuable('尚未受案登记（register）', { stage: p.stage }),
  build(req) {
    const p = req.proceeding;
    const items = new Items(req);
    const head = items.heading('受案回执');
    const reporter = items.input(I.reporter);
    const registration = items.input(I.registration);
    const contact = items.input(I.contact);
    const phone = items.input(I.phone);
    const registered = lastEvent(p, 'register')!;
    return items.result(() => ({
      title: '受案回执',
      blocks: [
        ...head,
        { type: 'paragraph', text: `${reporter}：`, indent: false },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'case_receipt.body',
            '你（单位）于{reported}报称的案件，我局已于{registered}受理。',
            { reported: formatDateTime(p.received_at), registered: dayOfInstant(req, registered.at) },
          ),
        },
        {
          type: 'fields',
          rows: [
            { label: '案件名称', value: p.title },
            { label: '受案登记表文号', value: registration },
            { label: '联系人', value: contact },
            { label: '联系电话', value: phone },
          ],
        },
        {
          type: 'paragraph',
          text: sentence(req.organ, 'case_receipt.query', '你（单位）可以向联系人查询案件的办理情况。'),
        },
        signature(req),
      ],
    }));
  },
};
