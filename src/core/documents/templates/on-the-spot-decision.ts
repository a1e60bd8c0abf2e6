/**
 * 当场处罚决定书 (式样十九; documents.md §3.10, Example C): a decision of the summary procedure, on the 130 × 160 mm
 * page. Mandatory: 行政处罚法 第五十二条 「填写预定格式、编有号码的行政处罚决定书…应当载明当事人的违法行为，行政处罚的种类和依据、
 * 罚款数额、时间、地点，申请行政复议、提起行政诉讼的途径和期限以及行政机关名称，并由执法人员签名或者盖章」; for 治安 cases
 * 治安管理处罚法 2025 第一百二十条第二款 「被处罚人的姓名、违法行为、处罚依据、罚款数额、时间、地点以及公安机关名称」. Since
 * 2024-01-01 the remedy sentence is that of 复议前置 (remedy.ts). Block order and wording are documents.md's reconstruction
 * [G]: the sentences a unit may reword go through `sentence`.
 */
import { mainParty } from '../../cases/guards/legality.js';
import { DomainError } from '../../shared/errors.js';
import { formatDateTime, sentence } from '../format.js';
import { KIND_INFO } from '../kinds.js';
import type { Block, DocumentTemplate, MissingField } from '../model.js';
import { citationBlock } from '../parts/citation-block.js';
import { evidenceParagraph, factsParagraph } from '../parts/facts.js';
import { allMissing, required } from '../parts/filled.js';
import { heading, signature } from '../parts/frame.js';
import { PARTY_INPUTS, partyBlock, partyOf } from '../parts/party.js';
import { surchargeSentence } from '../parts/payment.js';
import { remedySentence } from '../parts/remedy.js';
import { SANCTION_INPUTS, sanctionsSentence } from '../parts/sanctions.js';
import { notDecided, notSanctioned, unknownParty } from './decided.js';

const BASIS_52 = '行政处罚法 第五十二条第二款';

export const ON_THE_SPOT_DECISION: DocumentTemplate = {
  kind: 'on_the_spot_decision',
  inputs: [
    ...PARTY_INPUTS,
    { name: 'place', label: '处罚地点', required: true },
    { name: 'time', label: '处罚时间（默认取当场处罚的记录时间）', required: false },
    { name: 'officers', label: '办案人民警察（姓名、警号）', required: true },
    { name: 'evidence', label: '证据（以顿号分隔）', required: false },
    { name: 'execution.collected', label: '当场收缴罚款（填“是”）', required: false },
    ...SANCTION_INPUTS,
  ],
  issuable(p, party) {
    if (p.procedure !== 'summary') {
      return { reason: '当场处罚决定书只用于简易程序（当场处罚）', details: { procedure: p.procedure } };
    }
    return (
      notDecided(p, ['SUMMARY', 'SERVED', 'CLOSED', 'ARCHIVED']) ??
      unknownParty(p, party) ??
      notSanctioned(p, party ?? mainParty(p).id)
    );
  },
  build(req) {
    const p = req.proceeding;
    const decision = p.decision;
    if (!decision) throw new DomainError('INVALID_INPUT', '案件没有处罚决定', { stage: p.stage });
    const party = partyOf(req);
    const head = heading(req);
    const who = partyBlock(req, { prefix: '被处罚人', onTheSpot: true });
    const facts = factsParagraph(req);
    const citation = citationBlock(req);
    const sanctions = sanctionsSentence(req, party);
    const remedy = remedySentence(req.organ, 'on_the_spot', req.date);
    const place = required(req.fields['place'], 'fields.place', '处罚地点', BASIS_52);
    const decidedAt = p.history.findLast((e) => e.type === 'on_the_spot')?.at;
    const time = required(
      req.fields['time'] ?? (decidedAt ? formatDateTime(decidedAt) : undefined),
      'fields.time',
      '处罚时间',
      BASIS_52,
    );
    // The proceeding knows its officers as accounts; the document names them as people (姓名、警号), so the officer
    // gives them.
    const officers = required(
      req.fields['officers'],
      'fields.officers',
      '办案人民警察',
      `${BASIS_52}「由执法人员签名或者盖章」`,
    );
    const missing: MissingField[] = allMissing(
      head,
      who,
      facts,
      citation,
      sanctions,
      remedy,
      place,
      time,
      officers,
    );
    if (missing.length > 0) return { ok: false, missing };

    const own = decision.sanctions.filter((s) => s.party === party.id);
    const fine = own.some((s) => s.kind === 'fine');
    const collected = req.fields['execution.collected']?.trim() === '是';
    const bank = required(
      req.organ.bank,
      'organ.bank',
      '缴纳罚款的银行',
      `${BASIS_52}；行政处罚法 第六十七条第三款`,
    );
    if (fine && !collected && bank.missing.length > 0) return { ok: false, missing: bank.missing };
    // 程序规定 第三十八条第（五）项; 行政处罚法 第六十八条 (当场收缴), 第六十七条第三款 (bank, 15 days).
    const execution = !fine
      ? sentence(req.organ, 'on_the_spot.execution.warning', '执行方式：当场宣告并交付本决定书。')
      : collected
        ? sentence(req.organ, 'on_the_spot.execution.collected', '执行方式：当场收缴罚款，出具专用票据。')
        : sentence(
            req.organ,
            'on_the_spot.execution.bank',
            '执行方式和期限：被处罚人持本决定书在十五日内到{bank}或者通过电子支付系统缴纳罚款。',
            { bank: bank.value },
          );
    const surcharge = fine && !collected ? surchargeSentence(req, party, decision.sanctions) : null;
    const evidence = p.evidence.length > 0 || req.fields['evidence'] ? evidenceParagraph(req).text : null;
    const paragraph = (text: string): Block => ({ type: 'paragraph', text });
    const reasoning = [
      citation.violated ? `其行为${citation.violated}。` : '',
      citation.version ?? '',
      `${citation.basis}，决定${sanctions.text}。`,
    ].join('');
    const blocks: Block[] = [
      ...head.blocks,
      paragraph(who.text),
      paragraph(facts.text),
      ...(evidence ? [paragraph(evidence)] : []),
      paragraph(reasoning),
      paragraph(execution),
      ...(surcharge ? [paragraph(surcharge)] : []),
      paragraph(remedy.text),
      {
        type: 'fields',
        rows: [
          { label: '处罚时间', value: time.value },
          { label: '处罚地点', value: place.value },
          { label: '办案人民警察', value: officers.value },
        ],
      },
      signature(req),
      // 行政处罚法 第五十二条第一款 「当事人拒绝签收的，应当在行政处罚决定书上注明」.
      paragraph(`${KIND_INFO.on_the_spot_decision.label}已向我宣告并交付。`),
      { type: 'sign_lines', lines: ['被处罚人（签名、捺指印）：', '被处罚人拒绝签收的，办案人民警察注明：'] },
      {
        type: 'footer',
        text: sentence(req.organ, 'footer.on_the_spot', '一式两份，一份交被处罚人，一份报所属公安机关备案。'),
      },
    ];
    return {
      ok: true,
      document: {
        kind: 'on_the_spot_decision',
        title: KIND_INFO.on_the_spot_decision.label,
        number: req.number,
        page: 'on_the_spot',
        blocks,
      },
    };
  },
};
