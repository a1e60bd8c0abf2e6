/**
 * “Under today's law”: the rules in force on a given day that carry an applied rule's conduct, found by following
 * the rule's successors (网络安全法 2016 第五十九条第一款 → 2025 第六十一条第一款; 第六十四条第二款 → 2025 第七十一条第二款,
 * a referral, and 治安管理处罚法 2025 第五十六条), with their ranges for the case's figures.
 */
import type { IsoDate } from '../shared/dates.js';
import { findLaw } from '../statutes/catalogue.js';
import { versionInForce } from '../statutes/versions.js';
import type { CaseFigures } from './bounds.js';
import type { CurrentEquivalent } from './check-result.js';
import type { PenaltyRule, Successor } from './model.js';
import type { RuleIndex } from './rule-index.js';
import { figuresKey, ruleRanges } from './tiers.js';

type Change = Successor['change'];

const WEIGHT: Record<Change, number> = { same: 0, renumbered: 1, amended: 2, referral: 3 };
const worse = (a: Change, b: Change): Change => (WEIGHT[a] >= WEIGHT[b] ? a : b);

export function isInForce(rule: PenaltyRule, day: IsoDate): boolean {
  const law = findLaw(rule.law);
  return !!law && versionInForce(law, day)?.id === rule.version;
}

type Found = { rule: PenaltyRule; change: Change; note?: string }[];
const found = new WeakMap<RuleIndex, WeakMap<PenaltyRule, Map<IsoDate, Found>>>();

/** Rules in force on `day` that succeed `rule` (memoised per index, rule and day: rule data never changes). */
export function successorsInForce(index: RuleIndex, rule: PenaltyRule, day: IsoDate): Found {
  let byRule = found.get(index);
  if (!byRule) found.set(index, (byRule = new WeakMap()));
  let byDay = byRule.get(rule);
  if (!byDay) byRule.set(rule, (byDay = new Map()));
  let out = byDay.get(day);
  if (!out) {
    out = followSuccessors(index, rule, day, new Set());
    if (byDay.size > 2_000) byDay.clear();
    byDay.set(day, out);
  }
  return out;
}

/** Follows successors to the rules in force on `day`, with the strongest kind of change along the way. */
function followSuccessors(index: RuleIndex, rule: PenaltyRule, day: IsoDate, seen: Set<string>): Found {
  if (isInForce(rule, day)) return [{ rule, change: 'same' }];
  if (seen.has(rule.id)) return [];
  seen.add(rule.id);
  const out: { rule: PenaltyRule; change: Change; note?: string }[] = [];
  for (const s of rule.successors ?? []) {
    const next = index.byId(s.rule);
    if (!next) continue;
    for (const r of followSuccessors(index, next, day, seen)) {
      const note = [s.note, r.note].filter(Boolean).join('；');
      out.push({ rule: r.rule, change: worse(s.change, r.change), ...(note ? { note } : {}) });
    }
  }
  return out;
}

export function currentEquivalents(
  index: RuleIndex,
  rules: readonly PenaltyRule[],
  day: IsoDate,
  figures: CaseFigures,
): CurrentEquivalent[] {
  if (rules.length === 1) return equivalentsOf(index, rules[0]!, day, figures);
  const out: CurrentEquivalent[] = [];
  const seen = new Set<string>();
  for (const applied of rules)
    for (const e of equivalentsOf(index, applied, day, figures)) {
      if (seen.has(e.rule)) continue;
      seen.add(e.rule);
      out.push(e);
    }
  return out;
}

const equivalents = new WeakMap<PenaltyRule, Map<string, CurrentEquivalent[]>>();

/** One applied rule's equivalents, memoised per day and figures (rule data never changes; results are read-only). */
function equivalentsOf(
  index: RuleIndex,
  applied: PenaltyRule,
  day: IsoDate,
  figures: CaseFigures,
): CurrentEquivalent[] {
  let byKey = equivalents.get(applied);
  if (!byKey) equivalents.set(applied, (byKey = new Map()));
  const found = successorsInForce(index, applied, day);
  const key =
    found.length === 1
      ? `${day}|${figuresKey(found[0]!.rule, figures)}`
      : `${day}|${found.map((f) => figuresKey(f.rule, figures)).join('#')}`;
  let out = byKey.get(key);
  if (!out) {
    out = found
      .filter((f, i) => found.findIndex((g) => g.rule === f.rule) === i)
      .map(({ rule, change, note }) => ({
        rule: rule.id,
        law: rule.law,
        version: rule.version,
        article: rule.article,
        paragraph: rule.paragraph,
        change,
        text: rule.text,
        ranges: ruleRanges(rule, figures),
        ...(note ? { note } : {}),
      }));
    if (byKey.size > 256) byKey.clear();
    byKey.set(key, out);
  }
  return out;
}
