/**
 * 结案报告 (provincial 结案审批 form; documents.md §3.15 [R fields]): 程序规定 第二百五十八条 「行政案件具有下列情形之一的，
 * 应当予以结案：（一）作出不予行政处罚决定的；…（三）作出行政处罚等处理决定，且已执行的；（四）违法行为涉嫌构成犯罪，转为刑事
 * 案件办理的；（五）作出处理决定后，因执行对象灭失、死亡等客观原因导致无法执行或者无需执行的。」 A ruled table: the case, its
 * dates, each party's decision and how it was executed (from the history: service, payments, detention), the item of
 * 第二百五十八条 that the `close` action recorded, and the approvals signed by hand. Issued at CLOSED.
 */
import { branchStage, type Party, type Proceeding } from '../../cases/proceeding.js';
import { formatYuan, NOT_APPLICABLE } from '../format.js';
import type { DocumentRequest, DocumentTemplate } from '../model.js';
import { dayOfInstant, formInput, Items, lastEvent, notIssuable } from '../parts/form.js';
import { sanctionClauses } from '../parts/sanctions.js';

const BASIS = '程序规定 第二百五十八条';
/** close's ground → the item of 第二百五十八条 and its words. */
const GROUND: Record<string, [string, string]> = {
  no_penalty: ['一', '作出不予行政处罚决定'],
  executed: ['三', '作出行政处罚等处理决定，且已执行'],
  criminal: ['四', '违法行为涉嫌构成犯罪，转为刑事案件办理'],
  impossible: ['五', '作出处理决定后，因执行对象灭失、死亡等客观原因导致无法执行或者无需执行'],
};

const I = {
  handlers: formInput('handlers', '办案民警'),
  numbers: formInput('decision_numbers', '处理决定书文号', false, BASIS),
} as const;

/** How the party's decision was executed, as the history shows it. */
function execution(req: DocumentRequest, party: Party): string {
  const p = req.proceeding;
  const day = (type: string) => {
    const e = lastEvent(p, type, party.id);
    return e ? dayOfInstant(req, e.at) : null;
  };
  const served = day('serve');
  const steps = [served ? `决定书已于${served}送达` : '决定书未送达'];
  if (branchStage(party, 'fine') === 'FINE_PAID') {
    steps.push(`已于${day('record_payment')}缴纳罚款${formatYuan(party.paid_yuan)}`);
  }
  const detention = branchStage(party, 'detention');
  if (detention === 'DETENTION_DONE') steps.push(`行政拘留已于${day('finish_detention')}执行完毕`);
  if (detention === 'NOT_EXECUTED') steps.push('行政拘留依法不送拘留所执行');
  if (branchStage(party, 'other') === 'OTHER_EXECUTION') steps.push('其他处罚已执行');
  return steps.join('；');
}

const closing = (p: Proceeding) => lastEvent(p, 'close');

export const closingReport: DocumentTemplate = {
  kind: 'closing_report',
  inputs: Object.values(I),
  issuable: (p) =>
    (p.stage === 'CLOSED' || p.stage === 'ARCHIVED') && closing(p)
      ? null
      : notIssuable('案件尚未结案（close）', { stage: p.stage }),
  build(req) {
    const p = req.proceeding;
    const items = new Items(req);
    const head = items.heading('结案报告');
    const close = closing(p);
    const groundValue = close?.payload?.['ground'];
    const ground = typeof groundValue === 'string' ? GROUND[groundValue] : undefined;
    const reason = items.need(ground?.[1], 'history.close.ground', '结案理由', BASIS);
    const decided = lastEvent(p, 'decide');
    const numbers = items.inputIf(decided !== undefined, I.numbers);
    const handlers = items.input(I.handlers);
    const registered = lastEvent(p, 'register');
    const filed = lastEvent(p, 'file');
    const impossible = close?.payload?.['reason'];
    const cell = (text: string, span?: number) => (span ? { text, span } : { text });
    const partyRows = p.parties.flatMap((party) => {
      const own = (p.decision?.sanctions ?? []).filter((x) => x.party === party.id);
      const outcome = own.length > 0 ? items.take(sanctionClauses(req, own)) : (ground?.[1] ?? '');
      return [
        [cell('当事人'), cell(party.name), cell('处理结果'), cell(outcome)],
        [cell('执行情况'), cell(decided && own.length > 0 ? execution(req, party) : NOT_APPLICABLE, 3)],
      ];
    });
    const sign = '（签名）' + '\u3000'.repeat(6) + '年\u3000\u3000月\u3000\u3000日';
    return items.result(() => ({
      title: '结案报告',
      blocks: [
        ...head,
        {
          type: 'table',
          widths: [20, 30, 20, 30],
          rows: [
            [cell('案件名称'), cell(p.title, 3)],
            [
              cell('受案时间'),
              cell(registered ? dayOfInstant(req, registered.at) : NOT_APPLICABLE),
              cell('立案时间'),
              cell(filed ? dayOfInstant(req, filed.at) : NOT_APPLICABLE),
            ],
            ...partyRows,
            [
              cell('决定日期'),
              cell(decided ? dayOfInstant(req, decided.at) : NOT_APPLICABLE),
              cell('决定书文号'),
              cell(numbers),
            ],
            [
              cell('结案理由'),
              cell(
                `${reason}（《公安机关办理行政案件程序规定》第二百五十八条第（${ground?.[0] ?? ''}）项）` +
                  (typeof impossible === 'string' ? `：${impossible}` : ''),
                3,
              ),
            ],
            [
              cell('结案时间'),
              cell(close ? dayOfInstant(req, close.at) : ''),
              cell('办案民警'),
              cell(handlers),
            ],
            [cell('办案部门负责人意见'), cell(sign, 3)],
            [cell('公安机关负责人审批意见'), cell(sign, 3)],
          ],
        },
      ],
    }));
  },
};
