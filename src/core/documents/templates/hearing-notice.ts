/**
 * 举行听证通知书 (式样十五; documents.md §3.7): served on the applicant at least seven days before the hearing —
 * 程序规定 第一百三十六条 「公安机关受理听证后，应当在举行听证的七日前将举行听证通知书送达听证申请人」; 行政处罚法 第六十四条第（二）项
 * 「…通知当事人及有关人员听证的时间、地点」 (working days, 第八十五条). It states the 案由, time and place, whether the hearing
 * is public (第六十四条第（三）项), who presides and records (第（四）项: not an investigator), the applicant's rights
 * (程序规定 第一百三十条) and the consequence of absence (第六十四条第（六）项). Issued once the request is accepted
 * (accept_hearing, which records the time). Layout and connecting sentences [G] (NOTES.md “Documents”).
 */
import type { Proceeding } from '../../cases/proceeding.js';
import { formatDateTime, NOT_APPLICABLE, sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import {
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

const NOTICE = '行政处罚法 第六十四条第（二）项';
const I = {
  place: formInput('place', '听证地点', true, NOTICE),
  presider: formInput('presider', '听证主持人', true, '行政处罚法 第六十四条第（四）项'),
  members: formInput('members', '听证员', false),
  recorder: formInput('recorder', '记录员', true, '程序规定 第一百二十七条'),
  closed: formInput('not_public_reason', '不公开举行的理由（国家秘密、商业秘密、个人隐私）', false),
} as const;

const acceptance = (p: Proceeding, party: string) => lastEvent(p, 'accept_hearing', party);

export const hearingNotice: DocumentTemplate = {
  kind: 'hearing_notice',
  inputs: Object.values(I),
  issuable(p, id) {
    const party = partyFor(p, id);
    if (!party) return unknownParty(p, id);
    return party.hearing === 'scheduled' && acceptance(p, party.id)
      ? null
      : notIssuable('该当事人没有已受理、待举行的听证', { party: party.id, hearing: party.hearing });
  },
  build(req) {
    const p = req.proceeding;
    const items = new Items(req);
    const head = items.heading('举行听证通知书');
    const party = partyOf(req);
    const accepted = acceptance(p, party.id);
    const hearingAt = accepted?.payload?.['hearing_at'];
    const time = items.need(
      typeof hearingAt === 'string' ? formatDateTime(hearingAt) : undefined,
      'history.accept_hearing.hearing_at',
      '听证时间',
      NOTICE,
    );
    const requested = lastEvent(p, 'request_hearing', party.id);
    const requestDay = items.need(
      requested && dayOfInstant(req, requested.at),
      'history.request_hearing',
      '听证申请日期',
      '程序规定 第一百三十三条',
    );
    const place = items.input(I.place);
    const presider = items.input(I.presider);
    const members = items.input(I.members);
    const recorder = items.input(I.recorder);
    const reason = items.input(I.closed);
    const form = reason === NOT_APPLICABLE ? '公开举行' : `不公开举行（${reason}）`;
    const vars = { you: you(party), requested: requestDay };
    return items.result(() => ({
      title: '举行听证通知书',
      blocks: [
        ...head,
        { type: 'paragraph', text: addresseeLine(party), indent: false },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'hearing_notice.opening',
            '{you}于{requested}提出的听证申请，我局决定受理。根据《中华人民共和国行政处罚法》第六十四条和《公安机关办理行政案件程序规定》第一百三十六条之规定，现将举行听证的有关事项通知如下：',
            vars,
          ),
        },
        {
          type: 'fields',
          rows: [
            { label: '案由', value: p.title },
            { label: '听证时间', value: time },
            { label: '听证地点', value: place },
            { label: '听证方式', value: form },
            { label: '听证主持人', value: presider },
            { label: '听证员', value: members },
            { label: '记录员', value: recorder },
          ],
        },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'hearing_notice.rights',
            '{you}在听证中享有下列权利：申请回避；委托一至二人代理参加听证；进行陈述、申辩和质证；核对、补正听证笔录；依法享有的其他权利。',
            vars,
          ),
        },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'hearing_notice.absence',
            '{you}及代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。',
            vars,
          ),
        },
        signature(req),
        receiptLines('通知书', '听证申请人'),
        {
          type: 'footer',
          text: sentence(req.organ, 'hearing_notice.copies', '一式两份，一份交听证申请人，一份附卷。'),
        },
      ],
    }));
  },
};
