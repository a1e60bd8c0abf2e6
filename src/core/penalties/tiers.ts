/**
 * A tier's sanctions, with those of the tier it extends (并可以…): a sanction of the same kind and target in
 * the higher tier replaces the lower one's (its range is the one that applies at that tier).
 */
import { DomainError } from '../shared/errors.js';
import { SANCTION_KINDS, SANCTION_TARGETS, type PartyKind, type Sanction } from '../shared/case-record.js';
import { admitDays, admitFine, resolveBound, type Admission, type CaseFigures } from './bounds.js';
import type { PenaltyRule, SanctionRule, Tier } from './model.js';
import type { SanctionRange, TierRange } from './check-result.js';

const resolved = new WeakMap<Tier, SanctionRule[]>();

/** Rule data is immutable, so a tier's resolved sanctions are computed once. */
export function tierSanctions(rule: PenaltyRule, tier: Tier): SanctionRule[] {
  let out = resolved.get(tier);
  if (!out) resolved.set(tier, (out = resolveTier(rule, tier, new Set())));
  return out;
}

function resolveTier(rule: PenaltyRule, tier: Tier, seen: ReadonlySet<string>): SanctionRule[] {
  if (!tier.extends) return tier.sanctions;
  if (seen.has(tier.id)) {
    throw new DomainError('INVALID_INPUT', `规则 ${rule.id}：档次 ${tier.id} 循环继承自身`, {
      rule: rule.id,
      tier: tier.id,
    });
  }
  const lower = rule.tiers.find((t) => t.id === tier.extends);
  if (!lower) {
    throw new DomainError(
      'UNKNOWN_PROVISION',
      `规则 ${rule.id}：档次 ${tier.id} 继承的档次 ${tier.extends} 不存在`,
      {
        rule: rule.id,
        tier: tier.id,
      },
    );
  }
  const own = new Set(tier.sanctions.map((s) => `${s.kind}|${s.target}`));
  const inherited = resolveTier(rule, lower, new Set([...seen, tier.id])).filter(
    (s) => !own.has(`${s.kind}|${s.target}`),
  );
  return [...inherited, ...tier.sanctions];
}

/**
 * 行政处罚法 第二十八条第二款 “当事人有违法所得，除依法应当退赔的外，应当予以没收” — there is nothing to confiscate when
 * the gains are stated as none.
 */
const CONFISCATION_WITHOUT_GAINS: Admission = {
  status: 'no',
  why: '记录载明没有违法所得，没收违法所得没有对象（行政处罚法第二十八条第二款）',
  code: 'CONFISCATION_WITHOUT_GAINS',
};

/** Does this set of sanction rules admit the record's sanction? Says which of them does. */
export function admitSanction(
  rules: readonly SanctionRule[],
  s: Sanction,
  figures: CaseFigures,
  party: PartyKind | null,
): Admission {
  if (s.kind === 'confiscation' && figures.illegalGains === 0) return CONFISCATION_WITHOUT_GAINS;
  let best: Admission | undefined;
  for (const r of rules) {
    if (
      r.kind !== s.kind ||
      r.target !== s.target ||
      (r.partyKind && party !== null && r.partyKind !== party)
    )
      continue;
    if (s.kind === 'fine' && r.fine) {
      const a = admitFine(r.fine, s.amount_yuan, figures);
      if (a.status === 'yes') return { status: 'yes', by: a.by, rule: r };
      if (a.status === 'maybe') best = { status: 'maybe', by: a.by, needs: a.needs, rule: r };
      else best ??= a;
    } else if (s.kind === 'detention' && r.days) {
      const a = admitDays(r.days, s.days);
      if (a.status === 'yes') return { status: 'yes', by: a.by, rule: r };
      best ??= a;
    } else return { status: 'yes', by: r.words ?? KIND_LABEL[r.kind], rule: r };
  }
  return best ?? notProvided(s);
}

/** 该档次没有规定罚款（当事人）: one object per kind and target. */
function notProvided(s: Sanction): Admission {
  return NOT_PROVIDED[s.kind][s.target];
}

const ruleDepends = new WeakMap<PenaltyRule, boolean>();

/** The case figures a rule's ranges turn on, as a key ('' for a rule whose bounds are all fixed sums). */
export function figuresKey(rule: PenaltyRule, figures: CaseFigures): string {
  let d = ruleDepends.get(rule);
  if (d === undefined) ruleDepends.set(rule, (d = rule.tiers.some((t) => dependsOnFigures(rule, t))));
  return d
    ? `${figures.illegalGains}|${figures.procurementAmount}|${figures.previousYearTurnover}|${figures.illegalTurnover}`
    : '';
}

const rangesOfRule = new WeakMap<PenaltyRule, Map<string, TierRange[]>>();

/** Every tier of a rule with its bounds for the case's figures (memoised per rule and figures; read-only). */
export function ruleRanges(rule: PenaltyRule, figures: CaseFigures): TierRange[] {
  let byKey = rangesOfRule.get(rule);
  if (!byKey) rangesOfRule.set(rule, (byKey = new Map()));
  const key = figuresKey(rule, figures);
  let out = byKey.get(key);
  if (!out) {
    out = rule.tiers.map((t) => tierRange(rule, t, figures));
    if (byKey.size > 256) byKey.clear();
    byKey.set(key, out);
  }
  return out;
}

const ranges = new WeakMap<Tier, Map<string, TierRange>>();

/** A tier's sanctions with bounds resolved for the case's figures; shared (read-only) between calls. */
export function tierRange(rule: PenaltyRule, tier: Tier, figures: CaseFigures): TierRange {
  const key = dependsOnFigures(rule, tier)
    ? `${figures.illegalGains}|${figures.procurementAmount}|${figures.previousYearTurnover}|${figures.illegalTurnover}`
    : '';
  let byFigures = ranges.get(tier);
  if (!byFigures) ranges.set(tier, (byFigures = new Map()));
  let out = byFigures.get(key);
  if (!out) {
    out = computeTierRange(rule, tier, figures);
    if (byFigures.size < 256) byFigures.set(key, out);
  }
  return out;
}

const figureDependent = new WeakMap<Tier, boolean>();

/** Does any bound of the tier turn on a figure of the case (违法所得, 采购金额, 营业额, 违法经营额)? */
function dependsOnFigures(rule: PenaltyRule, tier: Tier): boolean {
  let d = figureDependent.get(tier);
  if (d === undefined) {
    d = tierSanctions(rule, tier).some((s) =>
      s.fine?.some((f) => f.when || (f.min && 'times' in f.min) || (f.max && 'times' in f.max)),
    );
    figureDependent.set(tier, d);
  }
  return d;
}

function computeTierRange(rule: PenaltyRule, tier: Tier, figures: CaseFigures): TierRange {
  return {
    tier: tier.id,
    label: tier.label,
    when: tier.when,
    sanctions: tierSanctions(rule, tier).flatMap((r) => sanctionRanges(r, figures)),
  };
}

function sanctionRanges(r: SanctionRule, figures: CaseFigures): SanctionRange[] {
  const base: SanctionRange = {
    kind: r.kind,
    target: r.target,
    modality: r.modality,
    ...(r.partyKind ? { for_party: r.partyKind } : {}),
  };
  if (r.days) return [{ ...base, min_days: r.days.min, max_days: r.days.max, words: r.days.words }];
  if (!r.fine) return [{ ...base, ...(r.words ? { words: r.words } : {}) }];
  return r.fine.map((f) => {
    const lo = resolveBound(f.min, figures);
    const hi = resolveBound(f.max, figures);
    const needs = ['needs' in lo ? lo.needs : null, 'needs' in hi ? hi.needs : null].filter(
      (x) => x !== null,
    );
    return {
      ...base,
      min_yuan: 'yuan' in lo ? lo.yuan : null,
      max_yuan: 'yuan' in hi ? hi.yuan : null,
      words: f.words,
      ...(needs.length ? { needs: [...new Set(needs)].join('、') } : {}),
    };
  });
}

export const KIND_LABEL: Readonly<Record<Sanction['kind'], string>> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得',
  detention: '行政拘留',
  rectification: '责令改正',
  suspension: '责令暂停业务/停业整顿',
  revocation: '吊销许可证或者营业执照',
  other: '其他处罚',
};

export const TARGET_LABEL: Readonly<Record<Sanction['target'], string>> = {
  party: '当事人',
  responsible_person: '直接负责的主管人员和其他直接责任人员',
};

const NOT_PROVIDED = Object.fromEntries(
  SANCTION_KINDS.map((kind) => [
    kind,
    Object.fromEntries(
      SANCTION_TARGETS.map((target) => [
        target,
        {
          status: 'no',
          why: `该档次没有规定${KIND_LABEL[kind]}（${TARGET_LABEL[target]}）`,
          code: 'SANCTION_NOT_PROVIDED',
        } as Admission,
      ]),
    ),
  ]),
) as Record<Sanction['kind'], Record<Sanction['target'], Admission>>;

const RESPONSIBLE_LABEL: Readonly<Record<NonNullable<SanctionRule['responsiblePersons']>, string>> = {
  direct_supervisor: '直接负责的主管人员',
  direct_supervisor_and_others: '直接负责的主管人员和其他直接责任人员',
  supervisor: '主管负责人员',
};

/** Whom a sanction rule reaches, as its text names them (网络安全法 2016 第五十九条第一款: 直接负责的主管人员 only). */
export function targetLabel(s: SanctionRule): string {
  return s.target === 'responsible_person' && s.responsiblePersons
    ? RESPONSIBLE_LABEL[s.responsiblePersons]
    : TARGET_LABEL[s.target];
}

/** Sanctions a 「并处」 sanction accompanies: the principal ones of the sentence (给予警告，可以并处…; 处…拘留，可以并处…). */
const PRINCIPAL_KINDS: ReadonlySet<Sanction['kind']> = new Set(['warning', 'detention']);
const accessories = new WeakMap<Tier, Map<SanctionRule, Sanction['kind'][]>>();

/**
 * For a sanction the text adds with 「并处」「可以并处」, the kinds of the tier's mandatory principal sanctions (警告,
 * 拘留) it goes with; empty for a sanction that stands on its own (「可以根据情节单处或者并处」 is a free choice, and a
 * fine 「并处」 after 没收违法所得 accompanies a measure that depends on the gains, not a principal penalty).
 */
export function accessoryTo(rule: PenaltyRule, tier: Tier, s: SanctionRule): Sanction['kind'][] {
  let byTier = accessories.get(tier);
  if (!byTier) accessories.set(tier, (byTier = new Map()));
  let out = byTier.get(s);
  if (!out) {
    const words = [s.words, ...(s.fine ?? []).map((f) => f.words)].join('');
    out =
      /并处/.test(words) && !/单处或者并处/.test(words) && s.modality !== 'single_or_combined'
        ? [
            ...new Set(
              tierSanctions(rule, tier)
                .filter((m) => m !== s && m.modality === 'mandatory' && PRINCIPAL_KINDS.has(m.kind))
                .map((m) => m.kind),
            ),
          ]
        : [];
    byTier.set(s, out);
  }
  return out;
}
