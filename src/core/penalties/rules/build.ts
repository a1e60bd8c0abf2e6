/**
 * Small constructors for the rule data, so each rule reads like its statute sentence.
 * They only build plain objects: no logic, no defaults that change a bound.
 * Conventions (model.ts): 以上/以下 inclusive; a bound the text does not state is null.
 */
import type { PartyKind, SanctionKind, SanctionTarget } from '../../shared/case-record.js';
import type {
  Fact,
  FineBase,
  FineRange,
  GainsCondition,
  MoneyBound,
  Modality,
  PenaltyRule,
  SanctionRule,
  Tier,
} from '../model.js';

/** One obligation a rule enforces. */
export type Enforced = PenaltyRule['enforces'][number];

export const yuan = (n: number): MoneyBound => ({ yuan: n });

/** A fixed-sum fine range. `min` null: 「…以下罚款」 states no minimum. */
export function range(
  min: number | null,
  max: number | null,
  words: string,
  when?: GainsCondition,
): FineRange {
  return {
    min: min === null ? null : yuan(min),
    max: max === null ? null : yuan(max),
    words,
    ...(when ? { when } : {}),
  };
}

/** A fine as a multiple of a base amount (违法所得一倍以上十倍以下; 采购金额…; 营业额百分之五; 违法经营额…). */
export function multiple(
  min: number | null,
  max: number,
  of: FineBase,
  words: string,
  when?: GainsCondition,
): FineRange {
  return {
    min: min === null ? null : { times: min, of },
    max: { times: max, of },
    words,
    ...(when ? { when } : {}),
  };
}

type Extra = Omit<Partial<SanctionRule>, 'kind' | 'target' | 'modality'>;

/** A fine on the party. */
export function fine(modality: Modality, ranges: FineRange[], extra: Extra = {}): SanctionRule {
  return { kind: 'fine', target: 'party', modality, fine: ranges, ...extra };
}

/** A fine on responsible persons, naming whom the text names. */
export function personFine(
  modality: Modality,
  min: number | null,
  max: number,
  words: string,
  who: NonNullable<SanctionRule['responsiblePersons']>,
  extra: Extra = {},
): SanctionRule {
  return {
    kind: 'fine',
    target: 'responsible_person',
    modality,
    fine: [range(min, max, words)],
    responsiblePersons: who,
    ...extra,
  };
}

/** Administrative detention (行政拘留), in days. */
export function detention(
  target: SanctionTarget,
  modality: Modality,
  min: number | null,
  max: number,
  words: string,
  extra: Extra = {},
): SanctionRule {
  return { kind: 'detention', target, modality, days: { min, max, words }, ...extra };
}

/** A non-money measure on the party (责令改正, 警告, 没收违法所得, 责令暂停相关业务…). */
export function measure(
  kind: SanctionKind,
  modality: Modality,
  words: string,
  extra: Extra = {},
): SanctionRule {
  return { kind, target: 'party', modality, words, ...extra };
}

export const rectify = (words = '责令改正'): SanctionRule => measure('rectification', 'mandatory', words);
export const warn = (modality: Modality = 'mandatory', words = '给予警告', extra: Extra = {}): SanctionRule =>
  measure('warning', modality, words, extra);
export const confiscate = (
  modality: Modality = 'mandatory',
  words = '没收违法所得',
  extra: Extra = {},
): SanctionRule => measure('confiscation', modality, words, extra);

/** The business measures, each with the case-record kind the catalogue (§0.3) maps it to. */
const BUSINESS_KIND = {
  责令暂停相关业务: 'suspension',
  停业整顿: 'suspension',
  关闭网站: 'other',
  关闭网站或者应用程序: 'other',
  吊销相关业务许可证: 'revocation',
  吊销营业执照: 'revocation',
  // 反电信网络诈骗法 第四十条: 「责令停止新增业务、缩减业务类型或者业务范围、暂停相关业务…」 (责令 governs the list).
  责令停止新增业务: 'suspension',
  缩减业务类型或者业务范围: 'other',
  暂停相关业务: 'suspension',
} as const satisfies Readonly<Record<string, SanctionKind>>;

export type BusinessMeasure = keyof typeof BUSINESS_KIND;

/**
 * The measures of 「并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照」.
 * `optional` for 并可以 / 根据情况; `alternative` (one group) where the text imposes them without 可以.
 */
export function businessMeasures(
  modality: 'optional' | 'alternative',
  names: readonly BusinessMeasure[],
  group?: string,
): SanctionRule[] {
  return names.map((name) =>
    measure(BUSINESS_KIND[name], modality, name, group ? { alternativeGroup: group } : {}),
  );
}

/** The five measures of 网络安全法(2016) 第六十一条、第六十二条、第六十四条、第六十六条、第六十八条. */
export const CSL2016_MEASURES = [
  '责令暂停相关业务',
  '停业整顿',
  '关闭网站',
  '吊销相关业务许可证',
  '吊销营业执照',
] as const;
/** 网络安全法(2025): 关闭网站或者应用程序. */
export const CSL2025_MEASURES = [
  '责令暂停相关业务',
  '停业整顿',
  '关闭网站或者应用程序',
  '吊销相关业务许可证',
  '吊销营业执照',
] as const;
/** 数据安全法 / 网络数据安全管理条例 / 网络安全法(2025) 第六十三条: no 关闭网站. */
export const DATA_MEASURES = ['责令暂停相关业务', '停业整顿', '吊销相关业务许可证', '吊销营业执照'] as const;

export function tier(
  id: string,
  label: string,
  when: Fact[][],
  sanctions: SanctionRule[],
  more: { extends?: string; note?: string } = {},
): Tier {
  return { id, label, when, sanctions, ...more };
}

export const BASE = (sanctions: SanctionRule[], note?: string): Tier =>
  tier('base', '一般情形', [], sanctions, note ? { note } : {});

/** 拒不改正或者导致危害网络安全等后果. */
export const REFUSED_OR_HARM: Fact[][] = [['refused_rectification'], ['harm_caused']];
/** 拒不改正或者情节严重. */
export const REFUSED_OR_SERIOUS: Fact[][] = [['refused_rectification'], ['serious_circumstances']];
/** 拒不改正或者造成大量数据泄露等严重后果. */
export const REFUSED_OR_SERIOUS_CONSEQUENCES: Fact[][] = [
  ['refused_rectification'],
  ['serious_consequences'],
];

export const INDIVIDUAL: PartyKind[] = ['individual'];
export const ORGANIZATION: PartyKind[] = ['organization'];
export const ANY_PARTY: PartyKind[] = ['individual', 'organization'];

/** Flag A2 (catalogue §10): the text does not say whether the base tier's sanctions also attach. */
export const FLAG_A2 =
  'Flag A2: the text does not say whether the base tier (责令改正、警告…) also attaches when the aggravated tier applies; encoded as `extends: base` (sanctions of the same kind are replaced), so a record with the aggravated fine and no warning is still admitted, and a missing warning is a finding, not unlawfulness.';
/** Flag A4: responsible-person fine after a 并可以 clause. */
export const FLAG_A4 =
  'Flag A4: the responsible-person fine follows a 「并可以…」 clause after a comma; grammatically it is a separate 「处…罚款」 (mandatory), and is encoded so, but the text does not settle whether it sits inside the optional clause.';
/** Flag A3: 拒不改正 presupposes a prior order. */
export const FLAG_A3 =
  'Flag A3: 拒不改正 presupposes an order to rectify that was served and not complied with; the compliance period is not stated.';
