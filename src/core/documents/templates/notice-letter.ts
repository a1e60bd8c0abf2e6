/**
 * 行政处罚告知书 (the written notice; a provincial form, 程序规定 第二百六十四条; documents.md §3.6): 程序规定 第一百六十七条
 * 第二款 allows the notice 「采用书面形式」. Addressed to the party, it carries the 告知内容 of notice-content.ts — facts,
 * reasons, basis, the proposed penalty (行政处罚法 第四十四条) — and the rights with where and by when to use them: the
 * statement period is not fixed by law ([R]: five working days, as the hearing); served like a decision, with a receipt.
 */
import { sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import { Items, receiptLines, you } from '../parts/form.js';
import { signature } from '../parts/frame.js';
import {
  GUARDIAN_INPUT,
  guardianOf,
  hearingRightSentence,
  notifiable,
  noticeFacts,
  noticeOpening,
  statementRight,
} from '../parts/notice-content.js';
import { addresseeLine, partyOf } from '../parts/party.js';

export const noticeLetter: DocumentTemplate = {
  kind: 'notice_letter',
  inputs: [GUARDIAN_INPUT],
  issuable: notifiable,
  build(req) {
    const items = new Items(req);
    const head = items.heading('行政处罚告知书');
    const party = partyOf(req);
    const facts = noticeFacts(items, req, party);
    const office = items.need(
      req.organ.hearing_office,
      'organ.hearing_office',
      '受理陈述、申辩的机构及地址、电话',
      '行政处罚法 第四十四条',
    );
    const hearingRight = hearingRightSentence(items, req, party, '收到本告知书之日起');
    const guardian = guardianOf(items, req, party);
    return items.result(() => ({
      title: '行政处罚告知书',
      blocks: [
        ...head,
        { type: 'paragraph', text: addresseeLine(party), indent: false },
        { type: 'paragraph', text: noticeOpening(req) },
        { type: 'paragraph', text: facts },
        {
          type: 'paragraph',
          text:
            statementRight(req, party) +
            sentence(
              req.organ,
              'notice_letter.statement_period',
              '{you}可以在收到本告知书之日起五日内（不含法定节假日）向{office}提出陈述和申辩；逾期未提出的，视为放弃陈述和申辩的权利。',
              { you: you(party), office },
            ),
        },
        ...(hearingRight ? [{ type: 'paragraph' as const, text: hearingRight }] : []),
        ...(guardian
          ? [
              {
                type: 'paragraph' as const,
                text: sentence(
                  req.organ,
                  'notice.guardian',
                  '根据{basis}之规定，本告知书同时告知{guardian}，并听取其意见。',
                  { basis: guardian.basis, guardian: guardian.name },
                ),
              },
            ]
          : []),
        signature(req),
        receiptLines('告知书', '被告知人'),
        {
          type: 'footer',
          text: sentence(req.organ, 'notice_letter.copies', '一式两份，一份交被告知人，一份附卷。'),
        },
      ],
    }));
  },
};
