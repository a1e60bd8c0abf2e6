/**
 * 终止案件调查决定书 (式样四十六; documents.md §3.15): 程序规定 第二百五十九条 「经过调查，发现行政案件具有下列情形之一的，经…负责人
 * 批准，终止调查：（一）没有违法事实的；（二）违法行为已过追究时效的；（三）违法嫌疑人死亡的；（四）其他需要终止调查的情形。
 * 终止调查时，违法嫌疑人已被采取行政强制措施的，应当立即解除。」 Issued once `terminate` is recorded; the item cited is the
 * action's ground. Body sentences [G] (documents.md Appendix B “termination”; NOTES.md “Documents”).
 */
import type { Proceeding } from '../../cases/proceeding.js';
import { sentence } from '../format.js';
import type { DocumentTemplate } from '../model.js';
import { clause, formInput, Items, lastEvent, notIssuable } from '../parts/form.js';
import { signature } from '../parts/frame.js';

const BASIS = '程序规定 第二百五十九条';
/** terminate's ground → the item of 第二百五十九条第一款. */
const ITEM: Record<string, string> = {
  no_violation: '一',
  limitation_expired: '二',
  suspect_dead: '三',
  other: '四',
};
/** The recorded events of a 行政强制措施 that 第二百五十九条第二款 requires to be lifted. */
const MEASURES = ['seizure', 'preservation'];

const I = {
  reason: formInput('reason', '终止调查的事实和理由', true, BASIS),
  lifted: formInput('lifted', '解除的行政强制措施', false, '程序规定 第二百五十九条第二款'),
} as const;

const termination = (p: Proceeding) => lastEvent(p, 'terminate');

export const terminationDecision: DocumentTemplate = {
  kind: 'termination_decision',
  inputs: Object.values(I),
  issuable: (p) =>
    termination(p) ? null : notIssuable('案件未经批准终止调查（terminate）', { stage: p.stage }),
  build(req) {
    const p = req.proceeding;
    const items = new Items(req);
    const head = items.heading('终止案件调查决定书');
    const ground = termination(p)?.payload?.['ground'];
    const item = items.need(
      typeof ground === 'string' ? ITEM[ground] : undefined,
      'history.terminate.ground',
      '终止调查的情形',
      BASIS,
    );
    const suspects = items.need(
      p.parties.map((x) => x.name).join('、'),
      'proceeding.parties',
      '违法嫌疑人',
      BASIS,
    );
    const reason = items.input(I.reason);
    const lifted = items.inputIf(
      p.history.some((e) => MEASURES.includes(e.type)),
      I.lifted,
    );
    return items.result(() => ({
      title: '终止案件调查决定书',
      blocks: [
        ...head,
        {
          type: 'fields',
          rows: [
            { label: '案件名称', value: p.title },
            { label: '违法嫌疑人', value: suspects },
          ],
        },
        {
          type: 'paragraph',
          text: sentence(
            req.organ,
            'termination_decision.body',
            '经调查，{reason}。根据《公安机关办理行政案件程序规定》第二百五十九条第一款第（{item}）项之规定，决定终止调查。',
            { reason: clause(reason), item },
          ),
        },
        { type: 'fields', rows: [{ label: '解除的行政强制措施', value: lifted }] },
        signature(req),
        {
          type: 'footer',
          text: sentence(req.organ, 'termination_decision.copies', '一式两份，一份交违法嫌疑人，一份附卷。'),
        },
      ],
    }));
  },
};
