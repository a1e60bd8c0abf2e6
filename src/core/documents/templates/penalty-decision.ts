/**
 * 行政处罚决定书 (式样二十一; documents.md §3.9, Examples A-2, B-1, B-2): one per party sanctioned (程序规定 第一百六十一条
 * 第二款). Every item the law makes mandatory is filled or named as missing — 行政处罚法 第五十九条 「（一）当事人的姓名或者
 * 名称、地址；（二）违反法律、法规、规章的事实和证据；（三）行政处罚的种类和依据；（四）行政处罚的履行方式和期限；（五）申请行政
 * 复议、提起行政诉讼的途径和期限；（六）作出行政处罚决定的行政机关名称和作出决定的日期。行政处罚决定书必须盖有作出行政处罚决定
 * 的行政机关的印章。」, 程序规定 第一百七十五条 (the party's items, 情节, 涉案财物, the surcharge standard, the annexed list), and
 * for detention and 治安 cases 治安管理处罚法 2025 第一百一十五条 (年龄).
 */
import { mainParty } from '../../cases/guards/legality.js';
import { DomainError } from '../../shared/errors.js';
import { sentence } from '../format.js';
import { KIND_INFO } from '../kinds.js';
import type { Block, DocumentRequest, DocumentTemplate, MissingField } from '../model.js';
import { citationBlock } from '../parts/citation-block.js';
import { evidenceParagraph, FACTS_INPUTS, factsParagraph } from '../parts/facts.js';
import { allMissing, closed, missingField } from '../parts/filled.js';
import { heading, signature } from '../parts/frame.js';
import { PARTY_INPUTS, partyBlock, partyOf } from '../parts/party.js';
import { annexLine, executionParagraph, PAYMENT_INPUTS, surchargeSentence } from '../parts/payment.js';
import { remedySentence } from '../parts/remedy.js';
import { SANCTION_INPUTS, sanctionsSentence } from '../parts/sanctions.js';
import { notDecided, notSanctioned, unknownParty } from './decided.js';

const SPACE = '\u3000';

/** The receipt lines (documents.md §3.9 block 14 [P S5, S7]): the party signs on the 附卷 copy (程序规定 第三十六条). */
function receiptBlocks(req: DocumentRequest, title: string, unit: boolean): Block[] {
  const date = `年${SPACE.repeat(2)}月${SPACE.repeat(2)}日`;
  return [
    { type: 'paragraph', text: `${title}已向我${unit ? '单位' : ''}宣告并送达。` },
    {
      type: 'sign_lines',
      lines: unit
        ? ['被处罚单位（盖章）：', '法定代表人或受委托人（签名、捺指印）：', date]
        : ['被处罚人（签名、捺指印）：', date],
    },
  ];
}

export const PENALTY_DECISION: DocumentTemplate = {
  kind: 'penalty_decision',
  inputs: [
    ...PARTY_INPUTS,
    ...FACTS_INPUTS,
    { name: 'circumstances', label: '从重、从轻、减轻等情节', required: false },
    { name: 'other_dispositions', label: '对涉案财物的处理结果及其他处理情况', required: false },
    ...SANCTION_INPUTS,
    ...PAYMENT_INPUTS,
    { name: 'detention.family_notice', label: '家属通知情况', required: false },
  ],
  issuable(p, party) {
    if (p.procedure === 'summary') {
      return { reason: '当场处罚的案件制作当场处罚决定书', details: { procedure: p.procedure } };
    }
    return (
      notDecided(p) ??
      unknownParty(p, party) ??
      (p.decision ? null : { reason: '案件作出的是不予行政处罚决定', details: { stage: p.stage } }) ??
      notSanctioned(p, party ?? mainParty(p).id)
    );
  },
  build(req) {
    const p = req.proceeding;
    const decision = p.decision;
    if (!decision) throw new DomainError('INVALID_INPUT', '案件没有处罚决定', { stage: p.stage });
    const party = partyOf(req);
    const unit = party.kind === 'organization';
    const head = heading(req);
    const who = partyBlock(req);
    const facts = factsParagraph(req);
    const evidence = evidenceParagraph(req);
    const citation = citationBlock(req);
    const sanctions = sanctionsSentence(req, party);
    const execution = executionParagraph(req, party) ?? {
      text: '',
      missing: [
        missingField(
          'fields.execution.other',
          '处罚的执行方式和期限',
          '行政处罚法 第五十九条第一款第（四）项',
        ),
      ],
    };
    const remedy = remedySentence(req.organ, 'ordinary', req.date);
    const missing: MissingField[] = allMissing(
      head,
      who,
      facts,
      evidence,
      citation,
      sanctions,
      execution,
      remedy,
    );
    if (missing.length > 0) return { ok: false, missing };

    // The violation is the unit's where a responsible person is sanctioned for it.
    const violator = p.parties.find((x) => x.id === party.responsible_for)?.name ?? party.name;
    const circumstances = req.fields['circumstances']?.trim();
    const reasoning = [
      '综上所述，',
      citation.violated ? `${violator}的行为${citation.violated}。` : '',
      circumstances ? closed(circumstances) : '',
      citation.version ?? '',
      `${citation.basis}，现决定${sanctions.text}。`,
    ].join('');
    const others = req.fields['other_dispositions']?.trim();
    const surcharge = surchargeSentence(req, party, decision.sanctions);
    const annex = annexLine(req, party, decision.sanctions);
    const family = req.fields['detention.family_notice']?.trim();
    const victim = p.flags['has_victim'] === true;
    const payer = unit ? '被处罚单位' : '被处罚人';
    const paragraph = (text: string): Block => ({ type: 'paragraph', text });
    const blocks: Block[] = [
      ...head.blocks,
      paragraph(who.text),
      paragraph(facts.text),
      paragraph(evidence.text),
      paragraph(reasoning),
      ...(others ? [paragraph(closed(others))] : []),
      paragraph(execution.text),
      ...(surcharge ? [paragraph(surcharge)] : []),
      paragraph(remedy.text),
      ...(annex ? [paragraph(annex)] : []),
      signature(req),
      ...receiptBlocks(req, KIND_INFO.penalty_decision.label, unit),
      ...(family ? [paragraph(`家属通知情况：${closed(family)}`)] : []),
      {
        type: 'footer',
        // 治安管理处罚法 2025 第一百一十六条: the decision is served on the victim too (documents.md §2.9 [P S7]).
        text: victim
          ? sentence(
              req.organ,
              'footer.penalty_decision.victim',
              '一式四份，{payer}、被侵害人和执行单位各一份，一份附卷。',
              {
                payer,
              },
            )
          : sentence(req.organ, 'footer.penalty_decision', '一式三份，{payer}和执行单位各一份，一份附卷。', {
              payer,
            }),
        copy: '此联附卷',
      },
    ];
    return {
      ok: true,
      document: {
        kind: 'penalty_decision',
        title: KIND_INFO.penalty_decision.label,
        number: req.number,
        page: 'A4',
        blocks,
      },
    };
  },
};
