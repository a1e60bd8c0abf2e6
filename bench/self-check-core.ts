/**
 * The self-check core alone (issue 11; bench/self-check.ts measures it through HTTP and the store): the full questionnaire answered 'no' (every requirement in force, no profile)
 * against a 100,000-case precedent library, target p95 ≤ 200 ms. The library is passed as a fresh list each time, as a
 * store would return it, so the candidates are bucketed on every report.
 */
import { RuleIndex } from '../src/core/penalties/rule-index.js';
import { ALL_RULES } from '../src/core/penalties/rules/index.js';
import {
  applicableRequirements,
  selfCheckReport,
  SECTORS,
  type PrecedentCandidate,
} from '../src/core/self-check/index.js';
import type { BenchResult } from './run.js';

const N = 100_000;
const SAMPLES = 40;

function library(): PrecedentCandidate[] {
  const rules = ALL_RULES.filter((r) => r.tiers.length > 0);
  return Array.from({ length: N }, (_, i) => {
    const rule = rules[(i * 7919) % rules.length]!;
    return {
      id: `case-${i}`,
      title: `案例 ${i}`,
      applied: [{ rule: rule.id, tier: i % 11 === 0 ? null : rule.tiers[i % rule.tiers.length]!.id }],
      party_kind: i % 3 === 0 ? 'individual' : 'organization',
      region: null,
      date: `${2017 + (i % 9)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      sector: SECTORS[i % SECTORS.length]!,
    };
  });
}

export async function run(): Promise<BenchResult[]> {
  const rules = new RuleIndex(ALL_RULES);
  const date = '2026-03-01';
  const answers = Object.fromEntries(
    applicableRequirements(undefined, date, rules).map((r) => [r.id, 'no' as const]),
  );
  const pool = library();
  selfCheckReport({ rules, answers, date, precedents: [...pool] }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const precedents = [...pool];
    const start = performance.now();
    selfCheckReport({ rules, answers, date, precedents });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.ceil(0.95 * times.length) - 1]!;
  return [
    {
      name: `self-check: full questionnaire, ${Object.keys(answers).length} gaps, 100k cases, p95`,
      value: p95,
      unit: 'ms',
      target: '≤ 200 ms',
    },
  ];
}
