/**
 * 责令（限期）改正通知书 (式样二十三 「责令___通知书」; documents.md §3.5): the written order to correct — 行政处罚法 第二十八条
 * 第一款 「行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。」. Its deadline is what later proves 拒不改正 /
 * 逾期未改正 (网络安全法 2016 第五十九条 「拒不改正或者导致危害网络安全等后果的」; guards/rectification.ts reads the same
 * `rectification_ordered` event and its `due`). Titled 责令限期改正通知书 when the order sets a deadline.
 *
 * What the order says — the facts, the norm violated, the basis of the order, the measures — is read from the
 * event's payload where the officer recorded it there (`facts`, `violated`, `basis`, `measures`), else from the
 * request's fields. A 责令改正 is an administrative act: the remedy sentence is printed (documents.md §3.5 item 8 [R]),
 * the decision's dated form said of this notice. Connecting sentences [P S8, adapted] / [G] (NOTES.md “Documents”).
 */
import { mainParty } from '../../cases/guards/legality.js';
import type { Party, Proceeding } from '../../cases/proceeding.js';
import { sentence } from '../format.js';
import type { DocumentRequest, DocumentTemplate } from '../model.js';
import {
  clause,
  dayText,
  formInput,
  Items,
  notIssuable,
  partyFor,
  receiptLines,
  unknownParty,
  you,
} from '../parts/form.js';
import { signature } from '../parts/frame.js';
import { addresseeLine, partyOf } from '../parts/party.js';
import { remedySentence } from '../parts/remedy.js';

const BASIS = '行政处罚法 第二十八条第一款';
const I = {
  facts: formInput('facts', '违法事实（未填时用案件的违法事实）', false, BASIS),
  violated: formInput('violated', '违反的规定（如《中华人民共和国网络安全法》第二十一条）', true, BASIS),
  basis: formInput(
    'order_basis',
    '责令改正的依据（如《中华人民共和国网络安全法》第五十九条第一款）',
    true,
    BASIS,
  ),
  measures: formInput('measures', '整改要求', false),
} as const;

/** The party's last recorded order (an order recorded without a party is the main party's). */
function order(p: Proceeding, party: Party) {
  return p.history.findLast(
    (e) =>
      e.type === 'rectification_ordered' &&
      (e.party === party.id || (e.party === undefined && mainParty(p).id === party.id)),
  );
}

/** An item of the order: the event's payload, else the request's field. */
function itemOf(
  req: DocumentRequest,
  payload: Readonly<Record<string, unknown>>,
  key: string,
  field: string,
) {
  const own = payload[key];
  return typeof own === 'string' && own.trim() !== '' ? own : req.fields[field];
}

export const rectificationNotice: DocumentTemplate = {
  kind: 'rectification_notice',
  inputs: Object.values(I),
  issuable(p, id) {
    const party = partyFor(p, id);
    if (!party) return unknownParty(p, id);
    return order(p, party)
      ? null
      : notIssuable('没有记录对该当事人的责令改正（rectification_ordered）', { party: party.id });
  },
  build(req) {
    const p = req.proceeding;
    const party = partyOf(req);
    const payload = order(p, party)?.payload ?? {};
    const due = typeof payload['due'] === 'string' ? payload['due'] : null;
    const title = due ? '责令限期改正通知书' : '责令改正通知书';
    const items = new Items(req);
    const head = items.heading(title);
    const facts = items.need(
      itemOf(req, payload, 'facts', I.facts.name) ?? p.facts,
      'fields.facts',
      '违法事实',
      BASIS,
    );
    const violated = items.need(
      itemOf(req, payload, 'violated', I.violated.name),
      'fields.violated',
      I.violated.label,
      BASIS,
    );
    const basis = items.need(
      itemOf(req, payload, 'basis', I.basis.name),
      'fields.order_basis',
      I.basis.label,
      BASIS,
    );
    const measures = itemOf(req, payload, 'measures', I.measures.name)?.trim();
    const remedy = items.take(remedySentence(req.organ, 'ordinary', req.date));
    const vars = { you: you(party), basis: clause(basis) };
    const orderText = due
      ? sentence(
          req.organ,
          'rectification_notice.order_by',
          '根据{basis}之规定，现责令{you}于{due}前改正违法行为，并将整改结果书面报告我局。',
          { ...vars, due: dayText(req, due) },
        )
      : sentence(
          req.organ,
          'rectification_notice.order_now',
          '根据{basis}之规定，现责令{you}立即改正违法行为。',
          vars,
        );
    const measuresText = measures
      ? sentence(
          req.organ,
          due ? 'rectification_notice.measures_by' : 'rectification_notice.measures_now',
          due ? '在期限届满之前，{you}应当{measures}。' : '{you}应当{measures}。',
          { you: you(party), measures: clause(measures) },
        )
      : '';
    return items.result(() => ({
      title,
      blocks: [
        ...head,
        { type: 'paragraph', text: addresseeLine(party), indent: false },
        {
          type: 'paragraph',
          text: `经查，${clause(facts)}。${you(party)}的行为违反了${clause(violated)}的规定。`,
        },
        { type: 'paragraph', text: orderText + measuresText },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'rectification_notice.consequence',
            '{you}拒不改正或者逾期不改正的，我局将依法处理。',
            vars,
          ),
        },
        // The decision's remedy form, said of this notice.
        { type: 'paragraph', text: remedy.replaceAll('本决定书', '本通知书').replaceAll('本决定', '本通知') },
        signature(req),
        receiptLines('通知书', '被责令人'),
        {
          type: 'footer',
          text: sentence(req.organ, 'rectification_notice.copies', '一式两份，一份交被责令人，一份附卷。'),
        },
      ],
    }));
  },
};
