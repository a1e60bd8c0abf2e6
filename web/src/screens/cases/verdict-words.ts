/**
 * The check's verdict in plain Chinese (合法 / 附条件合法 / 违法 / 无法判断) and, for a decision lawful only on
 * conditions, the sentence that says on which: 若认定拒不改正，则处罚合法.
 */
import { FACT_LABELS } from '../../../../src/core/penalties/model.js';
import type { Verdict } from '../../../../src/core/penalties/check-result.js';
import type { Fact } from '../../../../src/core/shared/case-record.js';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  lawful: '合法',
  lawful_if: '附条件合法',
  unlawful: '违法',
  undetermined: '无法判断',
};

const FACT_WORDS = new Set(Object.values(FACT_LABELS));

/** One entry of `requires` as the engine words it: facts (拒不改正 或 导致…), else a figure (违法所得数额). */
function isFactCondition(entry: string): boolean {
  return entry.split(/\s*(?:或|且)\s*/).every((f) => FACT_WORDS.has(f.trim()));
}

const tight = (entry: string): string => entry.replace(/\s*(或|且)\s*/g, '$1');

/**
 * 若认定拒不改正或导致危害网络安全等后果，且认定情节严重，则处罚合法: each entry of `requires` must hold (且), an
 * entry's alternatives stay as the engine gives them (或); a figure the record lacks (违法所得数额) is named as
 * what must be found to fit the range. null when nothing is required.
 */
export function conditionSentence(requires: readonly string[]): string | null {
  const facts = requires.filter(isFactCondition).map(tight);
  const figures = requires.filter((r) => !isFactCondition(r)).map(tight);
  const parts = [
    ...facts.map((f) => `认定${f}`),
    ...(figures.length ? [`查明的${figures.join('、')}与处罚幅度相符`] : []),
  ];
  if (parts.length === 0) return null;
  return `若${parts.join('，且')}，则处罚合法`;
}

/** What the record says of the facts the check rests on: 已认定：拒不改正；已排除：情节严重. null when it says nothing. */
export function factsInWords(r: { established_facts?: Fact[]; absent_facts?: Fact[] }): string | null {
  const words = (facts: Fact[] | undefined) => (facts ?? []).map((f) => FACT_LABELS[f]).join('、');
  const parts = [
    ...(r.established_facts?.length ? [`已认定：${words(r.established_facts)}`] : []),
    ...(r.absent_facts?.length ? [`已排除：${words(r.absent_facts)}`] : []),
  ];
  return parts.length ? parts.join('；') : null;
}
