/**
 * The sanctions sentence of a decision (程序规定 第一百七十五条第一款第（三）项 「处罚的种类、幅度和法律依据」):
 * 「对某某科技有限公司给予警告，并处罚款人民币10000元」「没收违法所得人民币300元，并处罚款人民币1500元」
 * 「行政拘留五日」 — amounts in Arabic numerals with 元 (documents.md §2.11 [R]), days in Chinese numerals as real
 * decisions write them; a responsible person is named with the unit («对某某科技有限公司直接负责的主管人员张某»).
 */
import type { Party, Proceeding, ProposedSanction } from '../../cases/proceeding.js';
import { formatChineseInteger } from '../../shared/numerals.js';
import { formatYuan, sentence } from '../format.js';
import type { DocumentRequest, DocumentTemplate } from '../model.js';
import { allMissing, gap, missingField, type Filled } from './filled.js';

const BASIS = '程序规定 第一百七十五条第一款第（三）项';

/** Inputs for sanctions whose wording the decision does not hold (what is suspended, what is confiscated …). */
export const SANCTION_INPUTS: DocumentTemplate['inputs'] = [
  { name: 'sanction.confiscation', label: '没收的违法所得、非法财物（未载明数额时）', required: false },
  { name: 'sanction.rectification', label: '责令改正的内容和期限', required: false },
  { name: 'sanction.suspension', label: '责令暂停相关业务、停业整顿等的内容', required: false },
  { name: 'sanction.revocation', label: '吊销许可证件等的内容', required: false },
  { name: 'sanction.other', label: '其他处罚的内容', required: false },
];

/** The order heads are written in: what the fine is 并处 with comes first; 责令改正 closes. */
const ORDER: readonly ProposedSanction['kind'][] = [
  'warning',
  'confiscation',
  'detention',
  'suspension',
  'revocation',
  'other',
  'fine',
  'rectification',
];

function clause(req: Pick<DocumentRequest, 'fields'>, s: ProposedSanction, preceded: boolean): Filled {
  const worded = (key: string, label: string, fallback?: string): Filled => {
    const v = req.fields[key]?.trim() || fallback;
    return v
      ? { text: v, missing: [] }
      : { text: gap(label), missing: [missingField(`fields.${key}`, label, BASIS)] };
  };
  switch (s.kind) {
    case 'warning':
      return { text: '给予警告', missing: [] };
    case 'fine':
      return s.amount_yuan === null
        ? { text: gap('罚款数额'), missing: [missingField('decision.sanctions', '罚款数额', BASIS)] }
        : { text: `${preceded ? '并' : ''}处罚款${formatYuan(s.amount_yuan)}`, missing: [] };
    case 'confiscation':
      return s.amount_yuan === null
        ? worded('sanction.confiscation', '没收的违法所得、非法财物')
        : { text: `没收违法所得${formatYuan(s.amount_yuan)}`, missing: [] };
    case 'detention':
      return s.days === null
        ? { text: gap('拘留天数'), missing: [missingField('decision.sanctions', '拘留天数', BASIS)] }
        : { text: `行政拘留${formatChineseInteger(s.days)}日`, missing: [] };
    case 'rectification': {
      const w = worded('sanction.rectification', '责令改正的内容', '责令改正');
      return { ...w, text: preceded ? `并${w.text}` : w.text };
    }
    case 'suspension':
      return worded('sanction.suspension', '责令暂停相关业务、停业整顿等的内容');
    case 'revocation':
      return worded('sanction.revocation', '吊销许可证件等的内容');
    case 'other':
      return worded('sanction.other', '其他处罚的内容');
  }
}

/** The heads imposed on one party, in order, joined: 「给予警告，并处罚款人民币10000元」. */
export function sanctionClauses(
  req: Pick<DocumentRequest, 'fields'>,
  sanctions: readonly ProposedSanction[],
): Filled {
  const sorted = [...sanctions].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const parts = sorted.map((s, i) => clause(req, s, i > 0));
  return { text: parts.map((p) => p.text).join('，'), missing: allMissing(...parts) };
}

/** How the sentence names the party: the unit by name; a responsible person with the unit. */
export function sanctionedName(
  req: Pick<DocumentRequest, 'organ'>,
  p: Pick<Proceeding, 'parties'>,
  party: Party,
): string {
  const unit = party.responsible_for ? p.parties.find((x) => x.id === party.responsible_for) : undefined;
  return unit
    ? sentence(req.organ, 'sanctions.responsible_person', '{unit}直接负责的主管人员{name}', {
        unit: unit.name,
        name: party.name,
      })
    : party.name;
}

/** 「对某某科技有限公司给予警告，并处罚款人民币10000元」 for `party` under `sanctions` (default: the decision's). */
export function sanctionsSentence(
  req: Pick<DocumentRequest, 'fields' | 'organ' | 'proceeding'>,
  party: Party,
  sanctions: readonly ProposedSanction[] = req.proceeding.decision?.sanctions ?? [],
): Filled {
  const own = sanctions.filter((s) => s.party === party.id);
  if (own.length === 0) {
    return { text: gap('处罚'), missing: [missingField('decision.sanctions', '处罚的种类和幅度', BASIS)] };
  }
  const heads = sanctionClauses(req, own);
  return { text: `对${sanctionedName(req, req.proceeding, party)}${heads.text}`, missing: heads.missing };
}
