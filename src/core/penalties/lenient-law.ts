/**
 * 从旧兼从轻 — 行政处罚法 第三十七条:
 * “实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，法律、法规、规章已被修改或者废止，
 *  且新的规定处罚较轻或者不认为是违法的，适用新的规定。”
 *
 * The comparison is made tier by tier (the same conduct in the same circumstances: 一般情形 with 一般情形, 拒不改正 with
 * 拒不改正), and within a tier sanction by sanction (kind × target × party kind). The statute does not say how to
 * weigh bounds that move in different directions (catalogue Flag A24): a tier of the new rule is lighter only if no
 * ceiling is higher and one is lower, or, with equal ceilings, no mandatory floor is higher and one is lower;
 * anything else is mixed, and the caller judges under both rules. One kind outweighs the rest: a tier that adds
 * 行政拘留 is heavier, one that drops it lighter, whatever the fines do (限制人身自由的行政处罚 is the gravest kind:
 * only a law may set it, 行政处罚法 第十条第二款); where both detain, the detention (ceiling, then mandatory floor)
 * decides before the fines do.
 * Sanctions that 行政处罚法 第二十八条 imposes whatever the rule says (责令改正; 没收违法所得: “当事人有违法所得，除依法应当
 * 退赔的外，应当予以没收”) make neither rule lighter, so they are left out of the comparison.
 */
import type { Fact, PenaltyRule, SanctionRule, Tier } from './model.js';
import { KIND_LABEL, TARGET_LABEL, tierSanctions } from './tiers.js';

type Key = string;
/** A ceiling or floor comparable only within one unit (yuan, days, multiple of one base, or mere presence). */
type Level = { unit: string; value: number };

export type Lenience = 'lighter' | 'heavier' | 'same' | 'mixed';

/** 行政处罚法 第二十八条 imposes these anyway: they weigh on neither side. */
const IMPOSED_ANYWAY = new Set<SanctionRule['kind']>(['rectification', 'confiscation']);

/** A fact and the facts it implies (特别严重后果 is also 严重后果 and 危害后果). */
const IMPLIES: Partial<Record<Fact, Fact[]>> = {
  especially_serious_consequences: ['serious_consequences', 'harm_caused'],
  serious_consequences: ['harm_caused'],
  especially_serious_impact: ['serious_circumstances'],
};

function closure(facts: readonly Fact[]): Set<Fact> {
  const out = new Set<Fact>(facts);
  for (const f of facts) for (const g of IMPLIES[f] ?? []) out.add(g);
  return out;
}

interface RuleTier {
  rule: PenaltyRule;
  tier: Tier;
}

function profile(
  tiers: readonly RuleTier[],
  only?: ReadonlySet<string>,
): { ceil: Map<Key, Level>; floor: Map<Key, Level> } {
  const ceil = new Map<Key, Level>();
  const floor = new Map<Key, Level>();
  for (const { rule, tier } of tiers)
    for (const s of tierSanctions(rule, tier)) {
      if (IMPOSED_ANYWAY.has(s.kind)) continue;
      if (only && s.kind !== 'detention' && !only.has(`${s.kind}|${s.target}`)) continue;
      const k = `${s.kind}|${s.target}${s.partyKind ? `|${s.partyKind}` : ''}`;
      for (const [hi, lo] of levels(s)) {
        const c = ceil.get(k);
        if (!c || (c.unit === hi.unit && hi.value > c.value)) ceil.set(k, hi);
        else if (c.unit !== hi.unit) ceil.set(k, { unit: 'incomparable', value: NaN });
        if (s.modality === 'mandatory') {
          const f = floor.get(k);
          if (!f || (f.unit === lo.unit && lo.value < f.value)) floor.set(k, lo);
        }
      }
    }
  return { ceil, floor };
}

function levels(s: SanctionRule): [Level, Level][] {
  if (s.days)
    return [
      [
        { unit: 'days', value: s.days.max },
        { unit: 'days', value: s.days.min ?? 0 },
      ],
    ];
  if (s.fine)
    return s.fine.map((f) => {
      const hi =
        f.max === null
          ? { unit: 'yuan', value: Infinity }
          : 'yuan' in f.max
            ? { unit: 'yuan', value: f.max.yuan }
            : { unit: `x${f.max.of}`, value: f.max.times };
      const lo =
        f.min === null
          ? { unit: hi.unit, value: 0 }
          : 'yuan' in f.min
            ? { unit: 'yuan', value: f.min.yuan }
            : { unit: `x${f.min.of}`, value: f.min.times };
      return [hi, lo.unit === hi.unit ? lo : { unit: hi.unit, value: 0 }];
    });
  return [
    [
      { unit: 'present', value: 1 },
      { unit: 'present', value: 1 },
    ],
  ];
}

/** 罚款（当事人）, 行政拘留（直接负责的主管人员和其他直接责任人员）… */
function keyLabel(k: Key): string {
  const [kind, target, party] = k.split('|') as [
    SanctionRule['kind'],
    SanctionRule['target'],
    string | undefined,
  ];
  return `${KIND_LABEL[kind]}（${TARGET_LABEL[target]}${party ? `，${party === 'individual' ? '个人' : '单位'}` : ''}）`;
}

const show = (l: Level) =>
  l.unit === 'yuan'
    ? Number.isFinite(l.value)
      ? `${l.value}元`
      : '无上限'
    : l.unit === 'days'
      ? `${l.value}日`
      : l.unit.startsWith('x')
        ? `${l.value}倍`
        : '有';

function compare(oldM: Map<Key, Level>, newM: Map<Key, Level>, what: string, reasons: string[]): Lenience {
  let lower = false;
  let higher = false;
  for (const k of new Set([...oldM.keys(), ...newM.keys()])) {
    const o = oldM.get(k);
    const n = newM.get(k);
    if (!n) {
      lower = true;
      reasons.push(`${keyLabel(k)}${what}：新规定没有`);
      continue;
    }
    if (!o) {
      higher = true;
      reasons.push(`${keyLabel(k)}${what}：新规定新增`);
      continue;
    }
    if (o.unit !== n.unit || o.unit === 'incomparable') {
      lower = higher = true;
      reasons.push(`${keyLabel(k)}${what}：计算基础不同，无法比较`);
    } else if (n.value < o.value) {
      lower = true;
      reasons.push(`${keyLabel(k)}${what}：${show(o)} → ${show(n)}`);
    } else if (n.value > o.value) {
      higher = true;
      reasons.push(`${keyLabel(k)}${what}：${show(o)} → ${show(n)}`);
    }
  }
  return lower && higher ? 'mixed' : lower ? 'lighter' : higher ? 'heavier' : 'same';
}

/** One tier of the old rules against one of the new: ceilings first, then mandatory floors. */
function compareTiers(
  oldT: readonly RuleTier[],
  newT: readonly RuleTier[],
  only?: ReadonlySet<string>,
): { verdict: Lenience; reasons: string[] } {
  const reasons: string[] = [];
  const o = profile(oldT, only);
  const n = profile(newT, only);
  const detains = (m: Map<Key, Level>) => [...m.keys()].some((k) => k.startsWith('detention|'));
  if (detains(o.ceil) !== detains(n.ceil)) {
    reasons.push(`${detains(n.ceil) ? '新规定设有' : '新规定不再设'}行政拘留（限制人身自由，重于其他处罚）`);
    return { verdict: detains(n.ceil) ? 'heavier' : 'lighter', reasons };
  }
  // Both detain: the detention decides first (its ceiling, then its mandatory floor), whatever the fines do.
  const onlyDetention = (m: Map<Key, Level>) => new Map([...m].filter(([k]) => k.startsWith('detention|')));
  if (detains(o.ceil)) {
    const dReasons: string[] = [];
    const byDays = compare(onlyDetention(o.ceil), onlyDetention(n.ceil), '上限', dReasons);
    const byFloor = compare(onlyDetention(o.floor), onlyDetention(n.floor), '下限', dReasons);
    const days = combine([byDays, byFloor]);
    if (days === 'lighter' || days === 'heavier')
      return { verdict: days, reasons: [...dReasons, '行政拘留重于其他处罚，以拘留的轻重为准'] };
  }
  const byCeiling = compare(o.ceil, n.ceil, '上限', reasons);
  if (byCeiling !== 'same') return { verdict: byCeiling, reasons };
  return { verdict: compare(o.floor, n.floor, '下限', reasons), reasons };
}

function combine(verdicts: readonly Lenience[]): Lenience {
  const lower = verdicts.some((v) => v === 'lighter' || v === 'mixed');
  const higher = verdicts.some((v) => v === 'heavier' || v === 'mixed');
  return lower && higher ? 'mixed' : lower ? 'lighter' : higher ? 'heavier' : 'same';
}

/** The facts that hold, with what they imply (特别严重后果 is also 严重后果 and 危害后果). */
export function withImplied(facts: Iterable<Fact>): Set<Fact> {
  return closure([...facts]);
}

/**
 * One tier of the old rule against one tier of the new, for a case whose circumstances put it in both (the tiers the
 * established facts select): ceilings and floors of the kinds of sanction the decision imposed first, the whole tier
 * when those compare the same. A side with no tier does not punish those circumstances at all.
 */
const pairs = new WeakMap<
  PenaltyRule,
  WeakMap<PenaltyRule, Map<string, { verdict: Lenience; reasons: string[] }>>
>();

export function compareTierPair(
  oldSide: { rule: PenaltyRule; tier: Tier | null },
  newSide: { rule: PenaltyRule; tier: Tier | null },
  imposed?: ReadonlySet<string>,
  /** `imposed` as a sorted key, when the caller has it. */
  imposedKey = imposed ? [...imposed].sort().join(',') : '',
): { verdict: Lenience; reasons: string[] } {
  let byNew = pairs.get(oldSide.rule);
  if (!byNew) pairs.set(oldSide.rule, (byNew = new WeakMap()));
  let byKey = byNew.get(newSide.rule);
  if (!byKey) byNew.set(newSide.rule, (byKey = new Map()));
  const key = `${oldSide.tier?.id ?? '-'}>${newSide.tier?.id ?? '-'}|${imposedKey}`;
  let v = byKey.get(key);
  if (!v) byKey.set(key, (v = comparePair(oldSide, newSide, imposed)));
  return v;
}

function comparePair(
  oldSide: { rule: PenaltyRule; tier: Tier | null },
  newSide: { rule: PenaltyRule; tier: Tier | null },
  imposed?: ReadonlySet<string>,
): { verdict: Lenience; reasons: string[] } {
  if (!newSide.tier)
    return {
      verdict: oldSide.tier ? 'lighter' : 'same',
      reasons: [`${newSide.rule.id}对此情形不予处罚（不认为是违法）`],
    };
  if (!oldSide.tier) return { verdict: 'heavier', reasons: [`行为时的${oldSide.rule.id}对此情形不予处罚`] };
  const o = [{ rule: oldSide.rule, tier: oldSide.tier }];
  const n = [{ rule: newSide.rule, tier: newSide.tier }];
  const narrowed = imposed?.size ? compareTiers(o, n, imposed) : undefined;
  return narrowed && narrowed.verdict !== 'same' ? narrowed : compareTiers(o, n);
}
