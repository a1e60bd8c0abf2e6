/**
 * 不予受理听证通知书 (式样十四; documents.md §3.7): 程序规定 第一百三十五条 「公安机关收到听证申请后，应当在二日内决定是否受理。
 * 认为听证申请人的要求不符合听证条件，决定不予受理的，应当制作不予受理听证通知书，告知听证申请人。」 Issued once refuse_hearing
 * is recorded (its `reason`); it names the request's date, the reason and the provision relied on. Sentences [G].
 */
import type { Proceeding } from '../../cases/proceeding.js';
import { sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import {
  clause,
  dayOfInstant,
  formInput,
  Items,
  lastEvent,
  notIssuable,
  partyFor,
  receiptLines,
  unknownParty,
  you,
} from '../parts/form.js';
import { signature } from '../parts/frame.js';
import { addresseeLine, partyOf } from '../parts/party.js';

const BASIS = '程序规定 第一百三十五条';
const I = {
  basis: formInput('basis', '不予受理的法律依据', true, BASIS),
} as const;

const refusal = (p: Proceeding, party: string) => lastEvent(p, 'refuse_hearing', party);

export const hearingRejection: DocumentTemplate = {
  kind: 'hearing_rejection',
  inputs: Object.values(I),
  issuable(p, id) {
    const party = partyFor(p, id);
    if (!party) return unknownParty(p, id);
    return party.hearing === 'refused' && refusal(p, party.id)
      ? null
      : notIssuable('该当事人的听证申请没有被决定不予受理', { party: party.id, hearing: party.hearing });
  },
  build(req) {
    const p = req.proceeding;
    const items = new Items(req);
    const head = items.heading('不予受理听证通知书');
    const party = partyOf(req);
    const refused = refusal(p, party.id);
    const requested = refused && lastEvent(p, 'request_hearing', party.id);
    const requestDay = items.need(
      requested ? dayOfInstant(req, requested.at) : undefined,
      'history.request_hearing',
      '听证申请日期',
      BASIS,
    );
    const reasonValue = refused?.payload?.['reason'];
    const reason = items.need(
      typeof reasonValue === 'string' ? reasonValue : undefined,
      'history.refuse_hearing.reason',
      '不予受理的理由',
      BASIS,
    );
    const basis = items.input(I.basis);
    return items.result(() => ({
      title: '不予受理听证通知书',
      blocks: [
        ...head,
        { type: 'paragraph', text: addresseeLine(party), indent: false },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'hearing_rejection.body',
            '{you}于{requested}提出的听证申请，经审查，{reason}，不符合听证条件。根据{basis}之规定，决定不予受理。',
            { you: you(party), requested: requestDay, reason: clause(reason), basis: clause(basis) },
          ),
        },
        signature(req),
        receiptLines('通知书', '听证申请人'),
        {
          type: 'footer',
          text: sentence(req.organ, 'hearing_rejection.copies', '一式两份，一份交听证申请人，一份附卷。'),
        },
      ],
    }));
  },
};
