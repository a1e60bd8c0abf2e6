/**
 * The rule data's fine and detention bounds against BOUNDS (bounds.test-table.ts), the table written by hand from the
 * statute texts: for every rule and tier, the ranges a decision in that tier may impose — its own and those it inherits
 * through `extends` (a sanction of the same kind, target and party kind in the extending tier replaces the inherited one).
 */
import { describe, expect, it } from 'vitest';
import type { MoneyBound, PenaltyRule, SanctionRule, Tier } from '../model.js';
import { BOUNDS, type BoundRow } from './bounds.test-table.js';
import { ALL_RULES, ruleById } from './index.js';

const sameSlot = (a: SanctionRule, b: SanctionRule): boolean =>
  a.kind === b.kind && a.target === b.target && a.partyKind === b.partyKind;

/** The sanctions a tier admits: its own, plus those of the tier it extends that it does not replace. */
function effectiveSanctions(rule: PenaltyRule, tier: Tier): SanctionRule[] {
  if (tier.extends === undefined) return tier.sanctions;
  const parent = rule.tiers.find((t) => t.id === tier.extends)!;
  const inherited = effectiveSanctions(rule, parent).filter(
    (p) => !tier.sanctions.some((s) => sameSlot(s, p)),
  );
  return [...inherited, ...tier.sanctions];
}

const value = (b: MoneyBound | null): number | null => (b === null ? null : 'yuan' in b ? b.yuan : b.times);
const base = (b: MoneyBound | null): string | undefined => (b === null || 'yuan' in b ? undefined : b.of);

type Key = Omit<BoundRow, 'quote'>;

function dataRows(rule: PenaltyRule, tier: Tier): Key[] {
  const rows: Key[] = [];
  for (const s of effectiveSanctions(rule, tier)) {
    const common = {
      rule: rule.id,
      tier: tier.id,
      target: s.target,
      ...(s.partyKind ? { partyKind: s.partyKind } : {}),
    };
    if (s.kind === 'detention')
      rows.push({ ...common, kind: 'detention', min: s.days!.min, max: s.days!.max });
    if (s.kind === 'fine') {
      for (const f of s.fine!) {
        const of = base(f.max) ?? base(f.min);
        rows.push({
          ...common,
          kind: 'fine',
          min: value(f.min),
          max: value(f.max),
          ...(of ? { of: of as Key['of'] } : {}),
          ...(f.when ? { gains: f.when } : {}),
        });
      }
    }
  }
  return rows;
}

const keyOf = (r: Key): string =>
  JSON.stringify([
    r.rule,
    r.tier,
    r.kind,
    r.target,
    r.partyKind ?? null,
    r.of ?? null,
    r.gains ?? null,
    r.min,
    r.max,
  ]);

const tableKey = ({ quote: _quote, ...rest }: BoundRow): string => keyOf(rest);

describe('fine and detention bounds match the hand-written statute table', () => {
  const cases = ALL_RULES.flatMap((rule) =>
    rule.tiers.map((tier) => [`${rule.id} ${tier.id}`, rule, tier] as const),
  );

  it.each(cases)('%s', (_name, rule, tier) => {
    const fromData = dataRows(rule, tier).map(keyOf).sort();
    const fromTable = BOUNDS.filter((r) => r.rule === rule.id && r.tier === tier.id)
      .map(tableKey)
      .sort();
    expect(fromData).toEqual(fromTable);
  });

  it('every table row names a rule and tier that exist', () => {
    for (const row of BOUNDS) {
      const rule = ruleById(row.rule);
      expect(rule, row.rule).toBeDefined();
      expect(
        rule!.tiers.map((t) => t.id),
        `${row.rule} ${row.tier}`,
      ).toContain(row.tier);
    }
  });

  it('table rows are unique and their quotes are statute words of that law version', () => {
    expect(new Set(BOUNDS.map(tableKey)).size).toBe(BOUNDS.length);
    const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');
    for (const row of BOUNDS) {
      const rule = ruleById(row.rule)!;
      const texts = ALL_RULES.filter((r) => r.law === rule.law && r.version === rule.version).map((r) =>
        squash(r.text),
      );
      expect(
        texts.some((t) => t.includes(squash(row.quote))),
        `${row.rule} ${row.tier}: 「${row.quote}」`,
      ).toBe(true);
      if (row.min !== null && row.max !== null) expect(row.min, row.rule).toBeLessThanOrEqual(row.max);
    }
  });

  it('the table is not empty where the statutes set ranges (guards a vacuous comparison)', () => {
    expect(BOUNDS.length).toBeGreaterThan(150);
    expect(BOUNDS.filter((r) => r.kind === 'detention').length).toBeGreaterThan(20);
    expect(BOUNDS.filter((r) => r.target === 'responsible_person').length).toBeGreaterThan(40);
  });
});
