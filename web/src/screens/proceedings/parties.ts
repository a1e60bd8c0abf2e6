/** How the case page names a party: 某科技有限公司（单位）, 张某（某科技有限公司的责任人员）. */
import type { ProceedingParty } from '../../api/proceedings.js';

export function partyLabel(p: ProceedingParty, all: readonly ProceedingParty[]): string {
  if (p.responsible_for) {
    const unit = all.find((x) => x.id === p.responsible_for);
    return `${p.name}（${unit ? `${unit.name}的` : ''}责任人员）`;
  }
  return `${p.name}（${p.kind === 'organization' ? '单位' : '个人'}）`;
}
