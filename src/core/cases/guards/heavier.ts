/**
 * A sanction heavier than the one notified: 行政处罚法 第四十五条第二款 「行政机关不得因当事人陈述、申辩而给予更重的处罚。」;
 * 程序规定 第一百二十五条 (hearing), 第一百六十九条第二款. A kind not notified (other than 责令改正, which is not a penalty:
 * 行政处罚法 第二十八条) or a larger amount or term for the same party is heavier.
 */
import type { ProposedSanction } from '../proceeding.js';

export function heavier(
  decided: readonly ProposedSanction[],
  notified: readonly ProposedSanction[],
): ProposedSanction | undefined {
  return decided.find((d) => {
    const same = notified.filter((n) => n.party === d.party && n.kind === d.kind);
    if (same.length === 0) return d.kind !== 'rectification';
    return same.every((n) => (d.amount_yuan ?? 0) > (n.amount_yuan ?? 0) || (d.days ?? 0) > (n.days ?? 0));
  });
}
