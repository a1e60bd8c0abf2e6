/**
 * Money and day bounds resolved against what a case states. 以上/以下 are inclusive (治安管理处罚法 第一百一十八条
 * “本法所称以上、以下、以内，包括本数”; 公安机关办理行政案件程序规定 第二百六十五条).
 */
import type { FineBase, FineRange, GainsCondition, MoneyBound, SanctionRule } from './model.js';

/** Figures a case may state that bounds are computed from. */
export interface CaseFigures {
  illegalGains: number | null;
  procurementAmount?: number | null;
  previousYearTurnover?: number | null;
  /** 违法经营额 (互联网上网服务营业场所管理条例 第二十七条、第二十九条、第三十条). */
  illegalTurnover?: number | null;
}

const BASE_LABEL: Record<FineBase, string> = {
  illegal_gains: '违法所得数额',
  procurement_amount: '采购金额',
  previous_year_turnover: '上一年度营业额',
  illegal_turnover: '违法经营额',
};

const FIGURE: Record<FineBase, (f: CaseFigures) => number | null | undefined> = {
  illegal_gains: (f) => f.illegalGains,
  procurement_amount: (f) => f.procurementAmount,
  previous_year_turnover: (f) => f.previousYearTurnover,
  illegal_turnover: (f) => f.illegalTurnover,
};

/** The figure a gains condition is on (违法所得, or 违法经营额 with `of`), null when the case does not state it. */
function conditionFigure(c: GainsCondition | undefined, f: CaseFigures): number | null {
  return FIGURE[c?.of ?? 'illegal_gains'](f) ?? null;
}

/** A bound in yuan, or the name of the figure it needs when the case does not state it. */
export type ResolvedBound = { yuan: number | null } | { needs: string };

export function resolveBound(b: MoneyBound | null, f: CaseFigures): ResolvedBound {
  if (b === null) return { yuan: null };
  if ('yuan' in b) return { yuan: b.yuan };
  const base = FIGURE[b.of](f);
  if (base === null || base === undefined) return { needs: BASE_LABEL[b.of] };
  return { yuan: b.times * base };
}

/** true / false when the gains are stated; null when the condition turns on gains the case does not state. */
export function gainsConditionHolds(c: GainsCondition | undefined, gains: number | null): boolean | null {
  if (!c) return true;
  if (gains === null) return null;
  switch (c.gains) {
    case 'positive':
      return gains > 0;
    case 'none':
      return gains === 0;
    case 'none_or_below':
      return gains < c.yuan;
    case 'at_least':
      return gains >= c.yuan;
  }
}

export type Admission =
  | { status: 'yes'; by: string; rule?: SanctionRule }
  | { status: 'maybe'; by: string; needs: string; rule?: SanctionRule }
  | { status: 'no'; why: string; code: RejectionCode };

export type RejectionCode =
  | 'SANCTION_NOT_PROVIDED'
  | 'FINE_ABOVE_MAX'
  | 'FINE_BELOW_MIN'
  | 'FINE_NOT_ALLOWED'
  | 'DETENTION_ABOVE_MAX'
  | 'DETENTION_BELOW_MIN'
  | 'CONFISCATION_WITHOUT_GAINS';

/** Does some applicable range of a fine admit this amount? `amount` null: the record does not state it. */
export function admitFine(ranges: readonly FineRange[], amount: number | null, f: CaseFigures): Admission {
  const reasons: string[] = [];
  let code: RejectionCode = 'FINE_NOT_ALLOWED';
  let maybe: Admission | undefined;
  for (const r of ranges) {
    const figure = conditionFigure(r.when, f);
    const figureLabel = BASE_LABEL[r.when?.of ?? 'illegal_gains'];
    const cond = gainsConditionHolds(r.when, figure);
    if (cond === false) {
      reasons.push(
        `「${r.words}」不适用（${describeCondition(r.when!)}，而${figureLabel.replace(/数额$/, '')}为${figure}元）`,
      );
      continue;
    }
    if (amount === null) {
      if (cond === true) return { status: 'yes', by: r.words };
      maybe ??= { status: 'maybe', by: r.words, needs: figureLabel };
      continue;
    }
    const lo = resolveBound(r.min, f);
    const hi = resolveBound(r.max, f);
    const needs = [
      cond === null ? figureLabel : null,
      'needs' in lo ? lo.needs : null,
      'needs' in hi ? hi.needs : null,
    ].filter((x): x is string => x !== null);
    const loV = 'yuan' in lo ? lo.yuan : null;
    const hiV = 'yuan' in hi ? hi.yuan : null;
    if (loV !== null && amount < loV) {
      if (code === 'FINE_NOT_ALLOWED') code = 'FINE_BELOW_MIN';
      reasons.push(`罚款${amount}元低于「${r.words}」的下限${loV}元`);
      continue;
    }
    if (hiV !== null && amount > hiV) {
      code = 'FINE_ABOVE_MAX';
      reasons.push(`罚款${amount}元超过「${r.words}」的上限${hiV}元`);
      continue;
    }
    if (needs.length === 0) return { status: 'yes', by: r.words };
    maybe ??= { status: 'maybe', by: r.words, needs: [...new Set(needs)].join('、') };
  }
  return maybe ?? { status: 'no', why: reasons.join('；') || '没有可适用的罚款幅度', code };
}

export function admitDays(
  range: { min: number | null; max: number; words: string },
  days: number | null,
): Admission {
  if (days === null) return { status: 'yes', by: range.words };
  if (range.min !== null && days < range.min)
    return {
      status: 'no',
      why: `拘留${days}日低于「${range.words}」的下限${range.min}日`,
      code: 'DETENTION_BELOW_MIN',
    };
  if (days > range.max)
    return {
      status: 'no',
      why: `拘留${days}日超过「${range.words}」的上限${range.max}日`,
      code: 'DETENTION_ABOVE_MAX',
    };
  return { status: 'yes', by: range.words };
}

export function describeCondition(c: GainsCondition): string {
  const what = c.of === 'illegal_turnover' ? '违法经营额' : '违法所得';
  switch (c.gains) {
    case 'positive':
      return `有${what}时`;
    case 'none':
      return `没有${what}时`;
    case 'none_or_below':
      return c.of === 'illegal_turnover'
        ? `${what}不足${c.yuan}元时`
        : `没有${what}或者${what}不足${c.yuan}元时`;
    case 'at_least':
      return `${what}${c.yuan}元以上时`;
  }
}
