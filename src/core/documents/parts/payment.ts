/**
 * How the decision is carried out (行政处罚法 第五十九条第一款第（四）项 「行政处罚的履行方式和期限」; 程序规定 第一百七十五条第一款
 * 第（四）项), the surcharge standard a fine decision must state (程序规定 第一百七十五条第二款 「作出罚款处罚的，行政处罚决定书应当
 * 载明逾期不缴纳罚款依法加处罚款的标准和最高限额；对涉案财物作出处理的，行政处罚决定书应当附没收、收缴、追缴物品清单。」) and the
 * annex line.
 */
import { addDays } from '../../cases/calendar.js';
import type { Party, ProposedSanction } from '../../cases/proceeding.js';
import { formatDate, sentence } from '../format.js';
import type { DocumentRequest, DocumentTemplate } from '../model.js';
import { allMissing, missingField, required, type Filled } from './filled.js';

const BASIS_59 = '行政处罚法 第五十九条第一款第（四）项；程序规定 第一百七十五条第一款第（四）项';

export const PAYMENT_INPUTS: DocumentTemplate['inputs'] = [
  { name: 'detention.place', label: '执行拘留的拘留所', required: false },
  { name: 'detention.start', label: '拘留起始日（YYYY-MM-DD）', required: false },
  { name: 'execution.other', label: '其他处罚的执行方式和期限', required: false },
];

/**
 * 行政处罚法 第六十七条第三款 「当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。」
 * (the bank: IssuingOrgan.bank). Money confiscated in an amount is paid the same way (documents.md Example B-1 [P]).
 */
function moneyClause(req: DocumentRequest, payer: string, own: readonly ProposedSanction[]): Filled | null {
  const fine = own.some((s) => s.kind === 'fine');
  const gains = own.some((s) => s.kind === 'confiscation' && s.amount_yuan !== null);
  if (!fine && !gains) return null;
  const what = fine && gains ? '罚款及没收的违法所得' : fine ? '罚款' : '没收的违法所得';
  const bank = required(
    req.organ.bank,
    'organ.bank',
    '缴纳罚款的银行',
    `${BASIS_59}；行政处罚法 第六十七条第三款`,
  );
  return {
    text: `${payer}自收到本决定书之日起十五日内，到${bank.value}或者通过电子支付系统缴纳${what}`,
    missing: bank.missing,
  };
}

/**
 * 送拘留所执行 (程序规定 第二百二十条; 治安管理处罚法 2025 第一百二十二条), with the period where its first day is known
 * (documents.md Appendix B 「执行方式和期限：送……拘留所执行，拘留期限自……至……」 [G]).
 */
function detentionClause(req: DocumentRequest, days: number | null): Filled {
  const place = required(
    req.fields['detention.place'],
    'fields.detention.place',
    '执行拘留的拘留所',
    `${BASIS_59}；治安管理处罚法（2025）第一百一十五条第一款第（四）项`,
  );
  const start = req.fields['detention.start']?.trim();
  const period =
    start && days !== null
      ? sentence(req.organ, 'execution.detention_period', '，拘留期限自{start}至{end}', {
          start: formatDate(start, req.organ.date_style),
          end: formatDate(addDays(start, days - 1), req.organ.date_style),
        })
      : '';
  return {
    text: sentence(req.organ, 'execution.detention', '送{place}执行', { place: place.value }) + period,
    missing: place.missing,
  };
}

/** 「执行方式和期限：……。」 for `party` under `sanctions` (default the decision's); null when nothing is to be executed. */
export function executionParagraph(
  req: DocumentRequest,
  party: Party,
  sanctions: readonly ProposedSanction[] = req.proceeding.decision?.sanctions ?? [],
): Filled | null {
  const own = sanctions.filter((s) => s.party === party.id);
  const payer = party.kind === 'organization' ? '被处罚单位' : '被处罚人';
  const clauses: Filled[] = [];
  if (own.some((s) => s.kind === 'warning')) {
    clauses.push({
      text: sentence(req.organ, 'execution.warning', '警告自本决定书送达之日起执行'),
      missing: [],
    });
  }
  const money = moneyClause(req, payer, own);
  if (money) clauses.push(money);
  const detention = own.find((s) => s.kind === 'detention');
  if (detention) clauses.push(detentionClause(req, detention.days));
  if (own.some((s) => s.kind === 'suspension' || s.kind === 'revocation' || s.kind === 'other')) {
    const other = req.fields['execution.other']?.trim();
    clauses.push(
      other
        ? { text: other, missing: [] }
        : {
            text: '',
            missing: [missingField('fields.execution.other', '其他处罚的执行方式和期限', BASIS_59)],
          },
    );
  }
  if (clauses.length === 0) return null;
  return {
    text: `执行方式和期限：${clauses
      .map((c) => c.text)
      .filter((t) => t !== '')
      .join('；')}。`,
    missing: allMissing(...clauses),
  };
}

/**
 * 行政处罚法 第七十二条第一款第（一）项 「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额」: the
 * standard and its maximum (程序规定 第一百七十五条第二款); null without a fine.
 */
export function surchargeSentence(
  req: Pick<DocumentRequest, 'organ'>,
  party: Pick<Party, 'id'>,
  sanctions: readonly ProposedSanction[],
): string | null {
  if (!sanctions.some((s) => s.party === party.id && s.kind === 'fine')) return null;
  return sentence(
    req.organ,
    'payment.surcharge',
    '逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数。',
  );
}

/** 「附：没收违法所得、非法财物清单1份」 where property is confiscated (程序规定 第一百七十五条第二款); else null. */
export function annexLine(
  req: Pick<DocumentRequest, 'organ'>,
  party: Pick<Party, 'id'>,
  sanctions: readonly ProposedSanction[],
): string | null {
  if (!sanctions.some((s) => s.party === party.id && s.kind === 'confiscation')) return null;
  return sentence(req.organ, 'annex.confiscation', '附：没收违法所得、非法财物清单1份');
}
