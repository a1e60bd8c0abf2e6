/**
 * 从旧兼从轻 — 行政处罚法 第三十七条:
 * “实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，法律、法规、规章已被修改或者废止，
 *  且新的规定处罚较轻或者不认为是违法的，适用新的规定。”
 * The statute does not say how to weigh bounds that move in different directions (catalogue Flag A24). Here the
 * new rule is lighter only if no ceiling of any sanction (kind × target) is higher and at least one is lower, or,
 * with equal ceilings, no floor is higher and one is lower; anything mixed keeps the old rule and says so.
 */
import type { PenaltyRule, SanctionRule } from './model.js';
import { KIND_LABEL, TARGET_LABEL } from './tiers.js';

type Key = string;
/** A ceiling or floor comparable only within one unit (yuan, days, multiple of one base, or mere presence). */
type Level = { unit: string; value: number };

export type Lenience = 'lighter' | 'heavier' | 'same' | 'mixed';

export interface LenienceVerdict {
  verdict: Lenience;
  reasons: string[];
}

function profile(rules: readonly PenaltyRule[]): { ceil: Map<Key, Level>; floor: Map<Key, Level> } {
  const ceil = new Map<Key, Level>();
  const floor = new Map<Key, Level>();
  for (const rule of rules)
    for (const tier of rule.tiers)
      for (const s of tier.sanctions) {
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
      reasons.push(`${keyLabel(k)}${what}：${o.value} → ${n.value}`);
    } else if (n.value > o.value) {
      higher = true;
      reasons.push(`${keyLabel(k)}${what}：${o.value} → ${n.value}`);
    }
  }
  return lower && higher ? 'mixed' : lower ? 'lighter' : higher ? 'heavier' : 'same';
}

/** Is the new rule set lighter than the old one for the same conduct? */
export function compareLenience(
  oldRules: readonly PenaltyRule[],
  newRules: readonly PenaltyRule[],
): LenienceVerdict {
  const reasons: string[] = [];
  if (newRules.length > 0 && newRules.every((r) => r.tiers.length === 0)) {
    return { verdict: 'mixed', reasons: ['新规定为转致条款，未规定处罚幅度'] };
  }
  const o = profile(oldRules);
  const n = profile(newRules);
  const byCeiling = compare(o.ceil, n.ceil, '上限', reasons);
  if (byCeiling !== 'same') return { verdict: byCeiling, reasons };
  return { verdict: compare(o.floor, n.floor, '下限', reasons), reasons };
}
