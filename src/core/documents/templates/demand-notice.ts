/**
 * 催告书 (式样三十六; documents.md §3.14): before a court is asked to enforce a fine — 程序规定 第二百条 「公安机关在依法作出
 * 强制执行决定或者申请人民法院强制执行前，应当事先催告被处理人履行行政处理决定。催告以书面形式作出…」 and its items:
 * 「（一）履行行政处理决定的期限和方式；（二）涉及金钱给付的，应当有明确的金额和给付方式；（三）被处理人依法享有的陈述权和申辩权。」
 * (第二百零一条: the statement is heard, recorded and reviewed). It also states ([R]) the decision, the principal fine,
 * what is paid, the 加处罚款 accrued to the document's date and its cap (行政处罚法 第七十二条第一款第（一）项; fines.ts),
 * the bank, and the consequence. Issuable once the party's fine is overdue (mark_fine_overdue, which keeps the last
 * day of payment: the surcharge runs from the day after it).
 */
import { surcharge } from '../../cases/fines.js';
import { branchStage } from '../../cases/proceeding.js';
import { isPartialDate } from '../../shared/dates.js';
import { DomainError } from '../../shared/errors.js';
import { formatYuan, sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import {
  dayOfInstant,
  dayText,
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

const ITEMS = '程序规定 第二百条第二款';
const I = {
  decision: formInput('decision_number', '行政处罚决定书文号', true, `${ITEMS}第（一）项`),
  deadline: formInput('deadline', '履行期限（YYYY-MM-DD）', true, `${ITEMS}第（一）项`),
} as const;

export const demandNotice: DocumentTemplate = {
  kind: 'demand_notice',
  inputs: Object.values(I),
  issuable(p, id) {
    const party = partyFor(p, id);
    if (!party) return unknownParty(p, id);
    const stage = branchStage(party, 'fine');
    return stage === 'FINE_OVERDUE' || stage === 'DEMANDED'
      ? null
      : notIssuable('该当事人的罚款未逾期（mark_fine_overdue）', { party: party.id, stage: stage ?? null });
  },
  build(req) {
    const p = req.proceeding;
    const party = partyOf(req);
    const items = new Items(req);
    const head = items.heading('催告书');
    const number = items.input(I.decision);
    const deadline = items.input(I.deadline);
    if (
      deadline !== '' &&
      (!/^\d{4}-\d{2}-\d{2}$/.test(deadline) || !isPartialDate(deadline) || deadline <= req.date)
    ) {
      throw new DomainError('INVALID_INPUT', `履行期限须为催告书日期之后的日期：${deadline}`, {
        field: 'fields.deadline',
        value: deadline,
        date: req.date,
      });
    }
    const decided = lastEvent(p, 'decide');
    const decidedOn = items.need(
      decided && dayOfInstant(req, decided.at),
      'history.decide',
      '处罚决定日期',
      ITEMS,
    );
    const fine = (p.decision?.sanctions ?? [])
      .filter((s) => s.party === party.id && s.kind === 'fine')
      .reduce((a, s) => a + (s.amount_yuan ?? 0), 0);
    if (fine === 0) items.need(undefined, 'decision.sanctions', '罚款数额', `${ITEMS}第（二）项`);
    const due = lastEvent(p, 'mark_fine_overdue', party.id)?.payload?.['payment_due'];
    const lastDay = items.need(
      typeof due === 'string' ? due : undefined,
      'history.mark_fine_overdue.payment_due',
      '缴纳罚款期限的最后一日',
      '行政处罚法 第七十二条第一款第（一）项',
    );
    const bank = items.need(req.organ.bank, 'organ.bank', '缴纳罚款的银行', `${ITEMS}第（二）项`);
    const office = items.need(
      req.organ.hearing_office,
      'organ.hearing_office',
      '受理陈述、申辩的机构及地址、电话',
      `${ITEMS}第（三）项；程序规定 第二百零一条`,
    );
    const court = items.need(req.organ.court, 'organ.court', '人民法院', '程序规定 第二百零六条');
    const extra = lastDay === '' ? { days: 0, yuan: 0, capped: false } : surcharge(fine, lastDay, req.date);
    const owed = Math.max(0, fine + extra.yuan - party.paid_yuan);
    const vars = {
      you: you(party),
      decided: decidedOn,
      number,
      fine: formatYuan(fine),
      last: lastDay === '' ? '' : dayText(req, lastDay),
      date: dayText(req, req.date),
      surcharge: formatYuan(extra.yuan),
      paid: party.paid_yuan > 0 ? `，已缴纳${formatYuan(party.paid_yuan)}` : '',
      owed: formatYuan(owed),
      deadline: deadline === '' ? '' : dayText(req, deadline),
      bank,
      office,
      court,
    };
    return items.result(() => ({
      title: '催告书',
      blocks: [
        ...head,
        { type: 'paragraph', text: addresseeLine(party), indent: false },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'demand_notice.facts',
            '我局于{decided}作出{number}行政处罚决定，对{you}处罚款{fine}。{you}未在规定期限（{last}）内缴纳罚款。依照《中华人民共和国行政处罚法》第七十二条第一款第（一）项之规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数；截至{date}，加处罚款{surcharge}{paid}，尚应缴纳{owed}。',
            vars,
          ),
        },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'demand_notice.demand',
            '根据《公安机关办理行政案件程序规定》第二百条之规定，现催告{you}于{deadline}前到{bank}或者通过电子支付系统缴纳上述罚款及加处罚款（加处罚款计算至缴清之日，不超过罚款本数）。',
            vars,
          ),
        },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'demand_notice.statement',
            '{you}有权进行陈述和申辩，可以在收到本催告书后向{office}提出。',
            vars,
          ),
        },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'demand_notice.consequence',
            '逾期仍不履行的，我局将依法申请{court}强制执行。',
            vars,
          ),
        },
        signature(req),
        receiptLines('催告书', '被催告人'),
        {
          type: 'footer',
          text: sentence(req.organ, 'demand_notice.copies', '一式两份，一份交被催告人，一份附卷。'),
        },
      ],
    }));
  },
};
