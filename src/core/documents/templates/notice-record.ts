/**
 * 行政处罚告知笔录 (式样十三; documents.md §3.6 and Example A-1): the notice in 笔录 form (程序规定 第一百六十七条第二款
 * 「适用一般程序作出行政处罚决定的，采用书面形式或者笔录形式告知」). Header: 告知时间 (from the propose_penalty event to the
 * end the officer gives), 告知地点, 执行告知单位, 告知人, 记录人; the person notified — for a unit its 法定代表人、主要负责人
 * or authorised person (第一百六十七条第一款); the 告知内容 (notice-content.ts); then the questions and answers, the answers
 * taken from what the proceeding recorded after the notice (record_statement, waive_hearing, request_hearing) or,
 * where nothing is recorded, from the officer's input. Every page carries the signature line (程序规定 第七十七条、
 * 第一百二十条 逐页签名或者捺指印: `page_sign_line`).
 */
import { DomainError } from '../../shared/errors.js';
import { formatDateTime, sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import { dayText, formInput, Items, lastEvent, type FormInput } from '../parts/form.js';
import {
  GUARDIAN_INPUT,
  guardianOf,
  hearingRightSentence,
  notifiable,
  noticeEvent,
  noticeFacts,
  noticeOpening,
  statementRight,
} from '../parts/notice-content.js';
import { partyOf, partyValue } from '../parts/party.js';

const RECIPIENT = '程序规定 第一百六十七条第一款';
const I = {
  ended: formInput('ended_at', '告知结束时间（时:分）'),
  place: formInput('place', '告知地点'),
  unit: formInput('unit', '执行告知单位'),
  notifiers: formInput('notifiers', '告知人', true, '行政处罚法 第四十二条'),
  recorder: formInput('recorder', '记录人'),
  recipient: formInput(
    'recipient',
    '被告知人（单位的法定代表人、主要负责人或者其授权的人员）',
    false,
    RECIPIENT,
  ),
  role: formInput('recipient_role', '被告知人的身份（法定代表人、主要负责人、授权人员）', false, RECIPIENT),
  sex: formInput('recipient_sex', '被告知人性别'),
  birth: formInput('recipient_birth_date', '被告知人出生日期', false),
  id: formInput('recipient_id', '被告知人身份证件种类及号码', false),
  statement: formInput('statement_answer', '被告知人对是否陈述和申辩的回答', false, '行政处罚法 第四十五条'),
  hearing: formInput(
    'hearing_answer',
    '被告知人对是否要求听证的回答',
    false,
    '行政处罚法 第六十四条第（一）项',
  ),
} as const;

const given = (req: { fields: Readonly<Record<string, string>> }, def: FormInput) =>
  req.fields[def.name]?.trim() || undefined;

export const noticeRecord: DocumentTemplate = {
  kind: 'notice_record',
  inputs: [...Object.values(I), GUARDIAN_INPUT],
  issuable: notifiable,
  build(req) {
    const p = req.proceeding;
    const items = new Items(req);
    const head = items.heading('行政处罚告知笔录');
    const party = partyOf(req);
    const unit = party.kind === 'organization';
    const notice = noticeEvent(p);
    const since = notice?.at;
    const ended = items.input(I.ended);
    if (ended !== '' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(ended)) {
      throw new DomainError('INVALID_INPUT', `告知结束时间须为“时:分”：${ended}`, {
        field: 'fields.ended_at',
        value: ended,
      });
    }
    const started = items.need(
      since && formatDateTime(since),
      'history.propose_penalty',
      '告知时间（拟处罚告知）',
      '行政处罚法 第四十四条',
    );
    const end = started.replace(/\d{2}时\d{2}分$/, ended.replace(':', '时') + '分');
    // 被告知人: the individual party, or the unit's representative (the 法定代表人 unless the officer names another).
    const representative = unit ? partyValue(req, party, 'legal_representative') : party.name;
    const recipient = items.need(
      given(req, I.recipient) ?? representative,
      'fields.recipient',
      I.recipient.label,
      RECIPIENT,
    );
    const role = unit
      ? items.need(
          given(req, I.role) ?? (given(req, I.recipient) === undefined ? '法定代表人' : undefined),
          'fields.recipient_role',
          I.role.label,
          RECIPIENT,
        )
      : '';
    const sex = items.input(I.sex);
    const birth = items.need(
      given(req, I.birth) ?? (unit ? undefined : partyValue(req, party, 'birth_date')),
      'fields.recipient_birth_date',
      I.birth.label,
      I.birth.basis,
    );
    const ownId = unit ? undefined : [partyValue(req, party, 'id_type'), partyValue(req, party, 'id_number')];
    const id = items.need(
      given(req, I.id) ?? (ownId?.every((x) => x !== undefined) ? ownId.join(' ') : undefined),
      'fields.recipient_id',
      I.id.label,
      I.id.basis,
    );
    const rows = [
      { label: '告知时间', value: `${started}至${end}` },
      { label: '告知地点', value: items.input(I.place) },
      { label: '执行告知单位', value: items.input(I.unit) },
      { label: '告知人', value: items.input(I.notifiers) },
      { label: '记录人', value: items.input(I.recorder) },
      { label: '被告知人', value: unit ? `${recipient}（${role}）` : recipient },
      { label: '性别', value: sex },
      { label: '出生日期', value: /^\d{4}-\d{2}-\d{2}$/.test(birth) ? dayText(req, birth) : birth },
      { label: '身份证件种类及号码', value: id },
      ...(unit
        ? [
            {
              label: '被告知单位',
              value:
                party.name +
                (partyValue(req, party, 'credit_code')
                  ? `（统一社会信用代码：${partyValue(req, party, 'credit_code')}）`
                  : ''),
            },
          ]
        : []),
    ];
    const guardian = guardianOf(items, req, party);
    if (guardian) rows.push({ label: '监护人', value: guardian.name });
    const facts = noticeFacts(items, req, party);
    const hearingRight = hearingRightSentence(items, req, party, '被告知后');

    // The answers: what the proceeding recorded after this notice, else what the officer enters.
    const said = lastEvent(p, 'record_statement', party.id, since)?.payload?.['statement'];
    const waived = lastEvent(p, 'waive_hearing', party.id, since);
    const requested = lastEvent(p, 'request_hearing', party.id, since);
    const statementAnswer =
      typeof said === 'string'
        ? said
        : waived?.payload?.['waive_statement'] === true
          ? sentence(req.organ, 'notice_record.no_statement', '我不提出陈述和申辩。')
          : items.input({ ...I.statement, required: true });
    const hearingAnswer =
      party.hearing === 'not_eligible'
        ? null
        : requested
          ? sentence(req.organ, 'notice_record.hearing_requested', '我要求听证。')
          : waived
            ? sentence(req.organ, 'notice_record.hearing_waived', '我不要求听证。')
            : items.input({ ...I.hearing, required: true });
    const qa = (q: string, a: string) => [
      { type: 'paragraph' as const, text: `问：${q}`, indent: false },
      { type: 'paragraph' as const, text: `答：${a}`, indent: false },
    ];
    const person = unit ? '你单位' : '你';
    return items.result(() => ({
      title: '行政处罚告知笔录',
      blocks: [
        ...head,
        { type: 'fields', rows },
        { type: 'paragraph', text: '告知内容：', indent: false },
        { type: 'paragraph', text: noticeOpening(req) },
        { type: 'paragraph', text: facts },
        { type: 'paragraph', text: statementRight(req, party) },
        ...(hearingRight ? [{ type: 'paragraph' as const, text: hearingRight }] : []),
        ...qa(`${person}是否提出陈述和申辩？`, statementAnswer),
        ...(hearingAnswer === null ? [] : qa(`${person}是否要求听证？`, hearingAnswer)),
      ],
      page_sign_line: sentence(
        req.organ,
        'notice_record.page_sign',
        '{who}（签名、捺指印）：{gap}告知人：{gap}记录人：{gap}年{short}月{short}日',
        { who: guardian ? '被告知人及监护人' : '被告知人', gap: '\u3000'.repeat(4), short: '\u3000\u3000' },
      ),
    }));
  },
};
