/**
 * 听证告知书 (a provincial form; documents.md §2.1, KIND_INFO): the notice of the right to a hearing where the proposed
 * penalty gives one — 行政处罚法 第六十三条 (the penalties), 第六十四条第（一）项 (five days, working days by 第八十五条);
 * 程序规定 第一百二十三条 「在作出下列行政处罚决定之前，应当告知违法嫌疑人有要求举行听证的权利」; from 2026 for 治安 cases
 * 治安管理处罚法 (2025) 第一百一十七条. It names the proposed penalty and the hearing right sentence of notice-content.ts.
 * Issuable after propose_penalty to a party whose right propose_penalty recorded. Connecting sentence [G].
 */
import { sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import { Items, notIssuable, partyFor, receiptLines } from '../parts/form.js';
import { signature } from '../parts/frame.js';
import { hearingRightSentence, notifiable } from '../parts/notice-content.js';
import { addresseeLine, partyOf } from '../parts/party.js';
import { sanctionsSentence } from '../parts/sanctions.js';

export const hearingRightsNotice: DocumentTemplate = {
  kind: 'hearing_rights_notice',
  inputs: [],
  issuable(p, id) {
    const refusal = notifiable(p, id);
    if (refusal) return refusal;
    const party = partyFor(p, id)!;
    return party.hearing === 'not_eligible'
      ? notIssuable('拟作出的处罚不属于该当事人可以要求听证的情形', {
          party: party.id,
          hearing: party.hearing,
        })
      : null;
  },
  build(req) {
    const items = new Items(req);
    const head = items.heading('听证告知书');
    const party = partyOf(req);
    const proposed = items.take(sanctionsSentence(req, party, req.proceeding.proposal?.sanctions ?? []));
    const right = hearingRightSentence(items, req, party, '收到本告知书之日起');
    if (right === null) {
      items.need(undefined, 'party.hearing', '听证权利（拟处罚属于听证范围）', '行政处罚法 第六十三条');
    }
    return items.result(() => ({
      title: '听证告知书',
      blocks: [
        ...head,
        { type: 'paragraph', text: addresseeLine(party), indent: false },
        {
          type: 'paragraph',
          text: sentence(req.organ, 'hearing_rights_notice.proposal', '我局拟{proposed}。', { proposed }),
        },
        { type: 'paragraph', text: right ?? '' },
        signature(req),
        receiptLines('告知书', '被告知人'),
        {
          type: 'footer',
          text: sentence(req.organ, 'hearing_rights_notice.copies', '一式两份，一份交被告知人，一份附卷。'),
        },
      ],
    }));
  },
};
