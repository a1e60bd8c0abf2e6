/**
 * 受案登记表 (式样一; documents.md §3.1): the first paper of the file (程序规定 第二百六十一条第（一）项), made on 受案 —
 * 程序规定 第六十一条第一款第（一）项 「对属于本单位管辖范围内的案件，应当立即调查处理，制作受案登记表和受案回执」. A ruled
 * table in the order of the form as software renders it (S5): source, reporter, transferring unit, receiving officers,
 * time and place, the facts as reported, whether evidence was received, the 受案意见 and the approval.
 */
import type { Proceeding } from '../../cases/proceeding.js';
import { DomainError } from '../../shared/errors.js';
import { formatDateTime, sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import { FORM_BASIS, formInput, Items, lastEvent, notIssuable } from '../parts/form.js';

const SOURCES = ['110指令', '工作中发现', '报案', '投案', '移送', '扭送', '其他'] as const;
/** Sources with a person who reports (their particulars fill the 报案人 rows); otherwise the rows are struck. */
const WITH_REPORTER: readonly string[] = ['110指令', '报案', '投案', '扭送'];

const REGISTER_BASIS = '程序规定 第六十一条第一款第（一）项';
const I = {
  source: formInput('source', '案件来源', true, REGISTER_BASIS),
  receivers: formInput('receivers', '接报民警'),
  place: formInput('place', '接报地点'),
  evidence: formInput('evidence', '是否接受证据', true, '程序规定 第六十四条'),
  reporter: formInput('reporter', '报案人姓名', false),
  reporterGender: formInput('reporter_gender', '报案人性别', false),
  reporterBirth: formInput('reporter_birth_date', '报案人出生日期', false),
  reporterId: formInput('reporter_id', '报案人身份证件种类及号码', false),
  reporterWork: formInput('reporter_work', '报案人工作单位', false),
  reporterPhone: formInput('reporter_phone', '报案人联系方式', false),
  reporterAddress: formInput('reporter_address', '报案人现住址', false),
  transferUnit: formInput('transfer_unit', '移送单位', false),
  transferPerson: formInput('transfer_person', '移送人', false),
  transferPhone: formInput('transfer_phone', '移送人联系方式', false),
} as const;

const registration = (p: Proceeding) => lastEvent(p, 'register');

export const caseRegistration: DocumentTemplate = {
  kind: 'case_registration',
  inputs: Object.values(I),
  issuable: (p) => (registration(p) ? null : notIssuable('尚未受案登记（register）', { stage: p.stage })),
  build(req) {
    const p = req.proceeding;
    const items = new Items(req);
    const head = items.heading('受案登记表');
    const source = items.input(I.source);
    if (source !== '' && !(SOURCES as readonly string[]).includes(source)) {
      throw new DomainError('INVALID_INPUT', `案件来源须为：${SOURCES.join('、')}`, {
        field: 'fields.source',
        value: source,
      });
    }
    const reported = WITH_REPORTER.includes(source);
    const transferred = source === '移送';
    const r = {
      name: items.inputIf(reported, I.reporter),
      gender: items.inputIf(reported, I.reporterGender),
      birth: items.inputIf(reported, I.reporterBirth),
      id: items.inputIf(reported, I.reporterId),
      work: items.inputIf(reported, I.reporterWork),
      phone: items.inputIf(reported, I.reporterPhone),
      address: items.inputIf(reported, I.reporterAddress),
    };
    const t = {
      unit: items.inputIf(transferred, I.transferUnit),
      person: items.inputIf(transferred, I.transferPerson),
      phone: items.inputIf(transferred, I.transferPhone),
    };
    const receivers = items.input(I.receivers);
    const place = items.input(I.place);
    const evidence = items.input(I.evidence);
    const facts = items.need(p.facts, 'proceeding.facts', '简要案情', FORM_BASIS);
    const registered = registration(p)!;
    const ticks = SOURCES.map((x) => `${x === source ? '☑' : '□'}${x}`).join(' ');
    const cell = (text: string, span?: number) => (span ? { text, span } : { text });
    return items.result(() => ({
      title: '受案登记表',
      blocks: [
        ...head,
        {
          type: 'table',
          widths: [18, 32, 18, 32],
          rows: [
            [cell('案件来源'), cell(ticks, 3)],
            [cell('报案人'), cell(r.name), cell('性别'), cell(r.gender)],
            [cell('出生日期'), cell(r.birth), cell('身份证件种类及号码'), cell(r.id)],
            [cell('工作单位'), cell(r.work), cell('联系方式'), cell(r.phone)],
            [cell('现住址'), cell(r.address, 3)],
            [cell('移送单位'), cell(t.unit, 3)],
            [cell('移送人'), cell(t.person), cell('联系方式'), cell(t.phone)],
            [cell('接报民警'), cell(receivers), cell('接报时间'), cell(formatDateTime(p.received_at))],
            [cell('接报地点'), cell(place, 3)],
            [cell('简要案情'), cell(facts, 3)],
            [cell('是否接受证据'), cell(evidence, 3)],
            [cell('受案意见'), cell('☑属本单位管辖的行政案件，建议及时调查处理', 3)],
            [cell('受案民警'), cell('（签名）'), cell('受案时间'), cell(formatDateTime(registered.at))],
            [cell('受案审批'), cell('受案部门负责人（签名）：　　　　　　年　　月　　日', 3)],
          ],
        },
        {
          type: 'footer',
          text: sentence(req.organ, 'case_registration.copies', '一式两份，一份留存，一份附卷。'),
        },
      ],
    }));
  },
};
