/**
 * The content of the pre-decision notice, shared by the 行政处罚告知笔录, the written 行政处罚告知书 and (the hearing
 * right) the 听证告知书: 行政处罚法 第四十四条 「行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、
 * 依据，并告知当事人依法享有的陈述、申辩、要求听证等权利。」; 程序规定 第一百六十七条; from 2026-01-01 for 治安 cases and
 * detention under other laws 治安管理处罚法 (2025) 第一百一十二条 (告知 the proposed 治安管理处罚) and 第一百一十七条 (hearing).
 * The facts, reasons and basis are the proposal's (citation-block.ts with the proposal in place of the decision), the
 * proposed penalty the sanctions sentence of the proposal prefixed 拟.
 */
import { isMinorOn } from '../../cases/guards/hearing.js';
import { chinaDate } from '../../cases/periods.js';
import type { Party, Proceeding } from '../../cases/proceeding.js';
import { UNDECIDED_STAGES, type Stage } from '../../cases/stages.js';
import type { CaseKind } from '../../cases/timer-model.js';
import type { IsoDate } from '../../shared/dates.js';
import { sentence } from '../format.js';
import type { DocumentRequest, NotIssuable } from '../model.js';
import { citationBlock } from './citation-block.js';
import { formInput, Items, lastEvent, notIssuable, partyFor, unknownParty, you } from './form.js';
import { factsParagraph } from './facts.js';
import { sanctionsSentence } from './sanctions.js';

/** The provisions a notice is made under, as dated data: the last entry in force on the notice day for the case kind. */
export const NOTICE_BASES: readonly {
  from: IsoDate;
  caseKinds: readonly CaseKind[];
  notice: string;
  hearing: string;
  /** The provision that has a minor's parents or guardian told as well, where one does. */
  guardian: string | null;
}[] = [
  {
    from: '2021-07-15',
    caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW', 'OTHER_ADMIN'],
    notice: '《中华人民共和国行政处罚法》第四十四条、《公安机关办理行政案件程序规定》第一百六十七条',
    hearing:
      '《中华人民共和国行政处罚法》第六十三条、第六十四条和《公安机关办理行政案件程序规定》第一百二十三条',
    guardian: null,
  },
  {
    from: '2026-01-01',
    caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'],
    notice: '《中华人民共和国行政处罚法》第四十四条、《中华人民共和国治安管理处罚法》第一百一十二条',
    hearing: '《中华人民共和国行政处罚法》第六十四条和《中华人民共和国治安管理处罚法》第一百一十七条',
    // 「违反治安管理行为人不满十八周岁的，还应当依照前两款的规定告知未成年人的父母或者其他监护人，充分听取其意见。」
    guardian: '《中华人民共和国治安管理处罚法》第一百一十二条第三款',
  },
];

/** The day of the notice (the propose_penalty event), else the document's date. */
const noticeDay = (req: DocumentRequest): IsoDate =>
  chinaDate(noticeEvent(req.proceeding)?.at ?? `${req.date}T12:00:00+08:00`);

export function noticeBasis(kind: CaseKind, day: IsoDate) {
  const basis = NOTICE_BASES.filter((b) => b.from <= day && b.caseKinds.includes(kind)).at(-1);
  return basis ?? NOTICE_BASES[0]!;
}

/** The input naming the parents or guardian of a minor who are told as well. */
export const GUARDIAN_INPUT = formInput('guardian', '未成年人的父母或者其他监护人（姓名及关系）', false);

/**
 * Where the law has a minor's parents or guardian told too (NOTICE_BASES.guardian) and the party is under 18 on the
 * notice day: the guardian (mandatory) and the basis; else null.
 */
export function guardianOf(
  items: Items,
  req: DocumentRequest,
  party: Party,
): { name: string; basis: string } | null {
  const day = noticeDay(req);
  const basis = noticeBasis(req.proceeding.case_kind, day).guardian;
  if (basis === null || party.kind !== 'individual' || !isMinorOn(party, day)) return null;
  return { name: items.input({ ...GUARDIAN_INPUT, required: true, basis }), basis };
}

/** The notice (propose_penalty) that the documents state: the last one, which a re-notice replaces. */
export const noticeEvent = (p: Proceeding) => lastEvent(p, 'propose_penalty');

/** Stages from the notice to the decision, while the proposal stands. */
const NOTIFIED: readonly Stage[] = UNDECIDED_STAGES.slice(UNDECIDED_STAGES.indexOf('NOTICE'));

/** A notice document can be issued to a party with a proposed penalty, from the notice until the decision. */
export function notifiable(p: Proceeding, id: string | undefined): NotIssuable | null {
  const party = partyFor(p, id);
  if (!party) return unknownParty(p, id);
  if (!p.proposal || !noticeEvent(p) || !NOTIFIED.includes(p.stage)) {
    return notIssuable('没有待告知的拟处罚（propose_penalty 之后、决定之前）', { stage: p.stage });
  }
  if (!p.proposal.sanctions.some((s) => s.party === party.id)) {
    return notIssuable('拟处罚中没有该当事人', { party: party.id });
  }
  return null;
}

/** 「根据…之规定，现将拟作出行政处罚决定的内容及事实、理由、依据告知如下：」 (documents.md Appendix B “notice opening” [R]). */
export function noticeOpening(req: DocumentRequest): string {
  const day = noticeDay(req);
  return sentence(
    req.organ,
    'notice.opening',
    '根据{basis}之规定，现将拟作出行政处罚决定的内容及事实、理由、依据告知如下：',
    { basis: noticeBasis(req.proceeding.case_kind, day).notice },
  );
}

/** 「经查：……。你单位的行为违反了…的规定。根据…之规定，拟对…给予警告，并处罚款人民币…元。」 */
export function noticeFacts(items: Items, req: DocumentRequest, party: Party): string {
  const p = req.proceeding;
  const facts = items.take(factsParagraph(req, '经查'));
  const citation = citationBlock(req, p.proposal);
  items.take({ text: '', missing: citation.missing });
  const proposed = items.take(sanctionsSentence(req, party, p.proposal?.sanctions ?? []));
  return [
    facts,
    citation.violated ? `${you(party)}的行为${citation.violated}。` : '',
    citation.version ?? '',
    `${citation.basis}，拟${proposed}。`,
  ].join('');
}

/** 「你单位有权进行陈述和申辩。」 (documents.md Appendix B “statement right” [G]). */
export const statementRight = (req: DocumentRequest, party: Party): string =>
  sentence(req.organ, 'notice.statement', '{you}有权进行陈述和申辩。', { you: you(party) });

/**
 * The hearing right where the proposed penalty gives one (propose_penalty recorded it on the party): to whom and
 * within what period — 行政处罚法 第六十四条第（一）项 「当事人要求听证的，应当在行政机关告知后五日内提出」, working days by
 * 第八十五条 (documents.md §3.6 prints the more protective 5 working days over 程序规定 第一百三十三条's 3 days). `from`
 * is when the period starts as the document says it (被告知后 / 收到本告知书之日起). null for a party without the right.
 */
export function hearingRightSentence(
  items: Items,
  req: DocumentRequest,
  party: Party,
  from: string,
): string | null {
  if (party.hearing === 'not_eligible') return null;
  const office = items.need(
    req.organ.hearing_office,
    'organ.hearing_office',
    '受理听证申请的机构及地址、电话',
    '行政处罚法 第四十四条、第六十四条第（一）项',
  );
  const day = noticeDay(req);
  return sentence(
    req.organ,
    'notice.hearing',
    '根据{basis}之规定，{you}有权要求听证。要求听证的，应当在{from}五日内（不含法定节假日）向{office}提出；逾期未提出的，视为放弃听证权利。',
    { basis: noticeBasis(req.proceeding.case_kind, day).hearing, you: you(party), from, office },
  );
}
