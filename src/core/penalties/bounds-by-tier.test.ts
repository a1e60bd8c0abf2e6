/**
 * The engine at every bound of every tier: for each row of the hand-written table (rules/bounds.test-table.ts,
 * each quoting the statute words that set the bound), a fine or detention exactly at the minimum and at the
 * maximum is admitted, and one just outside is not.
 */
import { describe, expect, it } from 'vitest';
import type { Sanction } from '../shared/case-record.js';
import { gainsConditionHolds, type CaseFigures } from './bounds.js';
import type { GainsCondition } from './model.js';
import { BOUNDS, type BoundRow } from './rules/bounds.test-table.js';
import { ruleById } from './rules/index.js';
import { admitSanction, tierSanctions } from './tiers.js';

/** Figures that satisfy the row's gains (or, with `of`, turnover) condition; bases of multiples are 1000 yuan. */
function figuresFor(gains: GainsCondition | undefined): CaseFigures {
  const base = 1000;
  const g =
    !gains || gains.gains === 'positive'
      ? base
      : gains.gains === 'none' || gains.gains === 'none_or_below'
        ? 0
        : Math.max(gains.yuan, base);
  const onTurnover = gains?.of === 'illegal_turnover';
  return {
    illegalGains: onTurnover ? base : g,
    procurementAmount: base,
    previousYearTurnover: base,
    illegalTurnover: onTurnover ? g : base,
  };
}

const FIGURE: Record<NonNullable<BoundRow['of']>, (f: CaseFigures) => number> = {
  illegal_gains: (f) => f.illegalGains!,
  procurement_amount: (f) => f.procurementAmount!,
  previous_year_turnover: (f) => f.previousYearTurnover!,
  illegal_turnover: (f) => f.illegalTurnover!,
};

function value(row: BoundRow, n: number, f: CaseFigures): number {
  return row.of ? n * FIGURE[row.of](f) : n;
}

const sanction = (row: BoundRow, x: number): Sanction =>
  row.kind === 'fine'
    ? { kind: 'fine', amount_yuan: x, days: null, target: row.target }
    : { kind: 'detention', amount_yuan: null, days: x, target: row.target };

function admitted(row: BoundRow, x: number, f: CaseFigures): string {
  const rule = ruleById(row.rule)!;
  const tier = rule.tiers.find((t) => t.id === row.tier)!;
  return admitSanction(tierSanctions(rule, tier), sanction(row, x), f, partyOf(row)).status;
}

const partyOf = (row: BoundRow) => row.partyKind ?? ruleById(row.rule)!.parties[0]!;

/** Does a row's gains (or turnover) condition hold for these figures? */
const applies = (o: BoundRow, f: CaseFigures): boolean =>
  gainsConditionHolds(
    o.gains,
    (o.gains?.of === 'illegal_turnover' ? f.illegalTurnover : f.illegalGains) ?? null,
  ) === true;

/**
 * Is x inside another row of the same rule, tier and sanction that applies to the same party and figures (an
 * alternative range: 计算机信息系统安全保护条例 第二十三条 5000元以下 or 违法所得1至3倍)?
 */
function insideSibling(row: BoundRow, x: number, f: CaseFigures): boolean {
  return BOUNDS.some(
    (o) =>
      o !== row &&
      o.rule === row.rule &&
      o.tier === row.tier &&
      o.kind === row.kind &&
      o.target === row.target &&
      (o.partyKind === undefined || o.partyKind === partyOf(row)) &&
      applies(o, f) &&
      (o.min === null || x >= value(o, o.min, f)) &&
      (o.max === null || x <= value(o, o.max, f)),
  );
}

describe.each(BOUNDS.map((r) => [`${r.rule} ${r.tier} ${r.target} ${r.kind}: 「${r.quote}」`, r] as const))(
  '%s',
  (_name, row) => {
    const f = figuresFor(row.gains);
    const lo = row.min === null ? null : value(row, row.min, f);
    const hi = row.max === null ? null : value(row, row.max, f);

    if (lo !== null) {
      it(`admits the minimum ${lo}`, () => expect(admitted(row, lo, f)).toBe('yes'));
      if (lo >= 1 && !insideSibling(row, lo - 1, f))
        it(`rejects ${lo - 1}, just below`, () => expect(admitted(row, lo - 1, f)).toBe('no'));
    } else {
      it('has no minimum: admits the smallest amount', () => expect(admitted(row, 1, f)).toBe('yes'));
    }
    if (hi !== null) {
      it(`admits the maximum ${hi}`, () => expect(admitted(row, hi, f)).toBe('yes'));
      if (!insideSibling(row, hi + 1, f))
        it(`rejects ${hi + 1}, just above`, () => expect(admitted(row, hi + 1, f)).toBe('no'));
    }
  },
);
