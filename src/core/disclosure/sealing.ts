/**
 * Records the law seals, as dated data: a law whose violations' records may not be disclosed from a day on.
 *
 * 治安管理处罚法 (2025) 第一百三十六条: 「违反治安管理的记录应当予以封存，不得向任何单位和个人提供或者公开，但有关国家机关为办案需要或者
 * 有关单位根据国家规定进行查询的除外。」 In force from 2026-01-01 (第一百四十四条 「本法自2026年1月1日起施行。」).
 */
import type { ProvisionRef } from '../shared/case-record.js';
import type { IsoDate } from '../shared/dates.js';

export interface Sealing {
  /** The law whose records are sealed, as a ProvisionRef names it. */
  law: string;
  /** The first day the seal holds. */
  from: IsoDate;
  basis: string;
  text: string;
}

export const SEALINGS: readonly Sealing[] = [
  {
    law: '治安管理处罚法',
    from: '2026-01-01',
    basis: '治安管理处罚法（2025）第一百三十六条',
    text: '违反治安管理的记录应当予以封存，不得向任何单位和个人提供或者公开，但有关国家机关为办案需要或者有关单位根据国家规定进行查询的除外。',
  },
];

/** The seal over a decision citing `provisions`, if one of them is a sealed law's (the earliest seal first). */
export function sealingOf(provisions: readonly ProvisionRef[]): Sealing | undefined {
  return SEALINGS.find((s) => provisions.some((p) => p.law === s.law));
}
