/**
 * 不予行政处罚决定书 (式样二十; documents.md §3.11): 程序规定 第一百七十二条第一款 「（二）确有违法行为，但有依法不予行政处罚情形的，
 * 作出不予行政处罚决定；有违法所得和非法财物、违禁品、管制器具的，应当予以追缴或者收缴；（三）违法事实不能成立的，作出不予行政处罚
 * 决定」. The ground is chosen by the officer (fields['no_penalty.ground']) from NO_PENALTY_GROUNDS; the blocks follow the
 * 行政处罚决定书 by analogy (documents.md [G]): party, facts, evidence, the ground and its basis, other dispositions,
 * remedies, organ, seal and date.
 */
import { mainParty } from '../../cases/guards/legality.js';
import { sentence } from '../format.js';
import { KIND_INFO } from '../kinds.js';
import type { Block, DocumentTemplate, MissingField } from '../model.js';
import { citeProvisions } from '../parts/citation-block.js';
import { evidenceParagraph, FACTS_INPUTS, factsParagraph } from '../parts/facts.js';
import { allMissing, closed, missingField, required } from '../parts/filled.js';
import { heading, signature } from '../parts/frame.js';
import { PARTY_INPUTS, partyBlock, partyOf } from '../parts/party.js';
import { remedySentence } from '../parts/remedy.js';
import { DECIDED_STAGES, notDecided, unknownParty } from './decided.js';

export interface NoPenaltyGround {
  /** What the officer chooses (fields['no_penalty.ground']). */
  key: string;
  /** The basis as the decision cites it. */
  basis: string;
  /** The finding, as the decision words it after 「但」 (or as the whole finding when no violation is established). */
  finding: string;
  /** Whether a violation is established (第一百七十二条第一款第（二）项) or not (第（三）项). */
  violation: boolean;
  /** An order the decision must contain (程序规定 第一百五十七条、第一百五十八条: the guardian's duty), with its field. */
  order?: { field: string; label: string; text: string };
}

/** The grounds of 行政处罚法 第三十条、第三十一条、第三十三条 and 程序规定 第一百七十二条第一款第（三）项, as data. */
export const NO_PENALTY_GROUNDS: readonly NoPenaltyGround[] = [
  {
    // 行政处罚法 第三十三条第一款 「违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。」
    key: 'minor',
    basis: '《中华人民共和国行政处罚法》第三十三条第一款',
    finding: '违法行为轻微并及时改正，没有造成危害后果',
    violation: true,
  },
  {
    // 「初次违法且危害后果轻微并及时改正的，可以不予行政处罚。」
    key: 'first',
    basis: '《中华人民共和国行政处罚法》第三十三条第一款',
    finding: '系初次违法且危害后果轻微并及时改正',
    violation: true,
  },
  {
    // 第三十三条第二款 「当事人有证据足以证明没有主观过错的，不予行政处罚。」
    key: 'no_fault',
    basis: '《中华人民共和国行政处罚法》第三十三条第二款',
    finding: '有证据足以证明没有主观过错',
    violation: true,
  },
  {
    // 第三十条 「不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教」
    key: 'under_14',
    basis: '《中华人民共和国行政处罚法》第三十条',
    finding: '违法行为人不满十四周岁',
    violation: true,
    order: { field: 'guardian', label: '监护人', text: '责令其监护人{guardian}加以管教' },
  },
  {
    // 第三十一条 「精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗。」
    key: 'mental',
    basis: '《中华人民共和国行政处罚法》第三十一条',
    finding: '违法行为人系在不能辨认或者不能控制自己行为时实施违法行为',
    violation: true,
    order: { field: 'guardian', label: '监护人', text: '责令其监护人{guardian}严加看管和治疗' },
  },
  {
    key: 'not_established',
    basis: '《公安机关办理行政案件程序规定》第一百七十二条第一款第（三）项',
    finding: '违法事实不能成立',
    violation: false,
  },
];

const BASIS_GROUND = '程序规定 第一百七十二条第一款第（二）（三）项';

export const NO_PENALTY_DECISION: DocumentTemplate = {
  kind: 'no_penalty_decision',
  inputs: [
    ...PARTY_INPUTS,
    ...FACTS_INPUTS,
    {
      name: 'no_penalty.ground',
      label: `不予处罚的理由（${NO_PENALTY_GROUNDS.map((g) => g.key).join('/')}）`,
      required: true,
    },
    { name: 'guardian', label: '监护人', required: false },
    { name: 'other_dispositions', label: '追缴、收缴等其他处理', required: false },
  ],
  issuable(p, party) {
    const id = party ?? mainParty(p).id;
    return (
      notDecided(p, DECIDED_STAGES) ??
      unknownParty(p, party) ??
      (p.decision?.sanctions.some((s) => s.party === id)
        ? { reason: '决定对该当事人给予了处罚', details: { party: id } }
        : null)
    );
  },
  build(req) {
    const party = partyOf(req);
    const key = req.fields['no_penalty.ground']?.trim();
    const ground = NO_PENALTY_GROUNDS.find((g) => g.key === key);
    const groundMissing = ground
      ? []
      : [missingField('fields.no_penalty.ground', '不予处罚的理由', BASIS_GROUND)];
    const head = heading(req);
    const who = partyBlock(req, { prefix: ground?.violation === false ? '当事人' : '违法行为人' });
    const facts = factsParagraph(req, ground?.violation === false ? '经查' : '现查明');
    const evidence = evidenceParagraph(req);
    const order = ground?.order
      ? required(
          req.fields[ground.order.field],
          `fields.${ground.order.field}`,
          ground.order.label,
          ground.basis,
        )
      : null;
    const remedy = remedySentence(req.organ, 'ordinary', req.date);
    const missing: MissingField[] = allMissing(
      head,
      who,
      facts,
      evidence,
      { missing: groundMissing },
      ...(order ? [order] : []),
      remedy,
    );
    if (missing.length > 0 || !ground) return { ok: false, missing };

    const provisions = req.proceeding.proposal?.provisions ?? [];
    const violated =
      ground.violation && provisions.length > 0 ? `其行为违反了${citeProvisions(provisions)}的规定，但` : '';
    const orderText =
      ground.order && order
        ? `，并${sentence(req.organ, `no_penalty.order.${ground.key}`, ground.order.text, { guardian: order.value })}`
        : '';
    const decisionText = sentence(
      req.organ,
      'no_penalty.decision',
      '综上所述，{violated}{finding}。根据{basis}之规定，现决定对{name}不予行政处罚{order}。',
      { violated, finding: ground.finding, basis: ground.basis, name: party.name, order: orderText },
    );
    const others = req.fields['other_dispositions']?.trim();
    const paragraph = (text: string): Block => ({ type: 'paragraph', text });
    const label = KIND_INFO.no_penalty_decision.label;
    const blocks: Block[] = [
      ...head.blocks,
      paragraph(who.text),
      paragraph(facts.text),
      paragraph(evidence.text),
      paragraph(decisionText),
      ...(others ? [paragraph(closed(others))] : []),
      paragraph(remedy.text),
      signature(req),
      paragraph(`${label}已向我${party.kind === 'organization' ? '单位' : ''}宣告并送达。`),
      {
        type: 'sign_lines',
        lines: [party.kind === 'organization' ? '当事人（盖章）：' : '当事人（签名、捺指印）：'],
      },
      {
        type: 'footer',
        text: sentence(req.organ, 'footer.no_penalty_decision', '一式两份，一份交当事人，一份附卷。'),
        copy: '此联附卷',
      },
    ];
    return {
      ok: true,
      document: { kind: 'no_penalty_decision', title: label, number: req.number, page: 'A4', blocks },
    };
  },
};
