/**
 * The sanctions of a case as the seed bulletin writes them (「给予闫某罚款1500元的行政处罚」「警告并处2000元」
 * 「行政拘留三日」「并没收违法所得」「责令限期整改」): amounts in Arabic numerals with 人民币…元, days in Chinese numerals.
 * A sanction's own words (`note`) stand for suspension, revocation and other measures, which have no fixed wording.
 */
import type { Sanction } from '../shared/case-record.js';
import { DomainError } from '../shared/errors.js';
import { formatChineseInteger } from '../shared/numerals.js';

const yuan = (n: number): string => `人民币${Number.isInteger(n) ? n : n.toFixed(2)}元`;

/** The words that impose one sanction. `preceded`: another sanction comes before it in the same sentence. */
function clause(s: Sanction, preceded: boolean): string {
  switch (s.kind) {
    case 'warning':
      return '警告';
    case 'fine':
      if (s.amount_yuan === null) throw new DomainError('INVALID_INPUT', '罚款没有数额', { sanction: s });
      return `${preceded ? '并处' : ''}罚款${yuan(s.amount_yuan)}`;
    case 'confiscation':
      return `没收违法所得${s.amount_yuan === null ? '' : yuan(s.amount_yuan)}`;
    case 'detention':
      if (s.days === null) throw new DomainError('INVALID_INPUT', '行政拘留没有天数', { sanction: s });
      return `行政拘留${formatChineseInteger(s.days)}日`;
    case 'rectification':
      return '责令限期整改';
    case 'suspension':
      return s.note?.trim() || '责令暂停相关业务';
    case 'revocation':
      return s.note?.trim() || '吊销相关业务许可证';
    case 'other':
      if (!s.note?.trim()) throw new DomainError('INVALID_INPUT', '其他处罚没有写明内容', { sanction: s });
      return s.note.trim();
  }
}

/** Warning first, then what the fine is 并处 with, the fine, and 责令改正 last (as decisions write them). */
const ORDER: readonly Sanction['kind'][] = [
  'warning',
  'detention',
  'confiscation',
  'suspension',
  'revocation',
  'other',
  'fine',
  'rectification',
];

/** The sanctions imposed on one party, joined: 警告，并处罚款人民币2000元，没收违法所得. */
export function formatSanctions(sanctions: readonly Sanction[]): string {
  const sorted = [...sanctions].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return sorted.map((s, i) => clause(s, i > 0)).join('，');
}
