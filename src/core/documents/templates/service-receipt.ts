/**
 * 送达回执 (documents.md §3.12): the provincial form (no 公安部 行政 式样; 程序规定 第二百六十四条) proving service under
 * 程序规定 第三十六条 and 行政处罚法 第六十一条 — who was served with which document, where, how, and by whom; the
 * recipient (or the person receiving for them) signs with the time, a witness where service is 留置.
 * Fields [R] as documents.md lists them; the receiver's and witness's cells are signed by hand.
 */
import type { Stage } from '../../cases/stages.js';
import type { DocumentTemplate } from '../model.js';
import { formInput, Items, notIssuable, unknownParty } from '../parts/form.js';
import { partyOf } from '../parts/party.js';

const BASIS = '程序规定 第三十六条';
/** A lead not (yet) accepted: no document is served on a party. */
const NOTHING_SERVED: readonly Stage[] = ['LEAD', 'TRANSFERRED_OUT', 'NOT_ACCEPTED'];
const I = {
  document: formInput('document', '送达文书名称及文号', true, BASIS),
  place: formInput('place', '送达地点', true, BASIS),
  method: formInput('method', '送达方式', true, BASIS),
  servers: formInput('servers', '送达人', true, BASIS),
  remarks: formInput('remarks', '备注', false),
} as const;

export const serviceReceipt: DocumentTemplate = {
  kind: 'service_receipt',
  inputs: Object.values(I),
  issuable: (p, party) =>
    NOTHING_SERVED.includes(p.stage)
      ? notIssuable('案件未受理，没有可送达的文书', { stage: p.stage })
      : unknownParty(p, party),
  build(req) {
    const items = new Items(req);
    const head = items.heading('送达回执');
    const party = partyOf(req);
    const values = {
      document: items.input(I.document),
      place: items.input(I.place),
      method: items.input(I.method),
      servers: items.input(I.servers),
      remarks: items.input(I.remarks),
    };
    const row = (label: string, text: string) => [{ text: label }, { text }];
    return items.result(() => ({
      title: '送达回执',
      blocks: [
        ...head,
        {
          type: 'table',
          widths: [30, 70],
          rows: [
            row('受送达人', party.name),
            row('送达文书名称及文号', values.document),
            row('送达地点', values.place),
            row('送达方式', values.method),
            row('收件人', '（签名、捺指印）　　　　　　年　　月　　日　　时　　分'),
            row('代收人及与受送达人的关系', '（代收时签名、捺指印）'),
            row('见证人', '（留置送达时签名，并注明拒收事由和日期）'),
            row('送达人', `${values.servers}（签名）`),
            row('备注', values.remarks),
          ],
        },
      ],
    }));
  },
};
