/** How the case page names a party: 某科技有限公司（单位）, 张某（某科技有限公司的责任人员）. */
import type { ProceedingParty } from '../../api/proceedings.js';
import { formatYuan, labelOf, SANCTION_LABELS } from '../../lib/labels.js';

export function partyLabel(p: ProceedingParty, all: readonly ProceedingParty[]): string {
  if (p.responsible_for) {
    const unit = all.find((x) => x.id === p.responsible_for);
    return `${p.name}（${unit ? `${unit.name}的` : ''}责任人员）`;
  }
  return `${p.name}（${p.kind === 'organization' ? '单位' : '个人'}）`;
}

/** 某科技有限公司：罚款 2 万元, 张某：警告 — one line per sanction of a proposal or decision. */
export function sanctionLines(
  sanctions: readonly { party: string; kind: string; amount_yuan: number | null; days: number | null }[],
  parties: readonly ProceedingParty[],
): string[] {
  return sanctions.map((s) => {
    const party = parties.find((q) => q.id === s.party);
    const amount =
      s.amount_yuan != null ? ` ${formatYuan(s.amount_yuan)}` : s.days != null ? ` ${s.days} 日` : '';
    return `${party ? `${party.name}：` : ''}${labelOf(SANCTION_LABELS, s.kind)}${amount}`;
  });
}
