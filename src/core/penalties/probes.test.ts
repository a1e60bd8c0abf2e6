/**
 * The blind probes (fixtures/probes): invented decisions whose verdicts an independent reviewer took from the statute
 * texts before running the check. The check must agree, except where we differ for a stated reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import type { Verdict } from './check-result.js';
import { checkCase } from './check-case.js';
import { RuleIndex } from './rule-index.js';
import { ALL_RULES } from './rules/index.js';

const DIR = resolve(import.meta.dirname, '../../../fixtures/probes');
const rules = new RuleIndex(ALL_RULES);

type Probe = CaseRecord & { expected: { id: string; verdicts: Verdict[]; why: string } };

/** Where our verdict differs from the reviewer's, and why (NOTES.md gives the choices). */
const DIFFERENCES: Record<string, { ours: Verdict; why: string }> = {
  'D04-pipl-conduct-before': {
    ours: 'lawful_if',
    why: 'conduct dated before the law may have continued after it (行政处罚法 第三十六条第二款 连续或者继续状态); the reviewer agreed',
  },
  'D05-actf-conduct-before': { ours: 'lawful_if', why: 'as D04; the reviewer agreed' },
  'N26-cisr23-org-20000': {
    ours: 'lawful_if',
    why: '「有违法所得的…可以处以违法所得1至3倍的罚款」 admits it if the gains are large enough; the reviewer agreed',
  },
  'N30-icp20-referral-only': {
    ours: 'lawful_if',
    why: '互联网信息服务管理办法 第二十条 names the laws it refers the police to: judged under the one that fits, as a condition of the verdict',
  },
  'N31-csl21-only-no-penalty-article': {
    ours: 'lawful_if',
    why: 'an obligation cited alone is judged under the rule that enforces it (issue 2), with a finding saying so',
  },
  'T13-old70-referral-fine': {
    ours: 'lawful_if',
    why: 'a referral cited alone: the verdict rests on the rule it is taken to reach, said in `requires`',
  },
  'X03-intl20-fine-without-warning': {
    ours: 'lawful_if',
    why: 'a 「可以并处」 fine whose principal is a 警告 the published record may have left out: lawful_if 「决定同时给予警告」 (NOTES.md, accessories)',
  },
  'T06-old66-cii-export-cac': {
    ours: 'lawful_if',
    why: 'after 2026 the amended 网络安全法 punishes CII personal-information export only through 个人信息保护法 第六十六条, which fines only on 拒不改正: lighter for a party that did not refuse (NOTES.md, 从旧兼从轻)',
  },
  'T24-old66-network-data-300k': { ours: 'lawful_if', why: 'as T06' },
};

const probes: [string, Probe][] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) =>
    (JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) as Probe[]).map((p): [string, Probe] => [f, p]),
  );

describe('blind probes of the legality check', () => {
  it('there are probes in every class', () =>
    expect(new Set(probes.map(([f]) => f)).size).toBeGreaterThanOrEqual(7));

  it.each(probes.map(([f, p]) => [f, p.expected.id, p] as const))('%s %s', (_f, id, probe) => {
    const r = checkCase(probe, { rules, today: '2026-12-04' });
    const differs = DIFFERENCES[id];
    if (differs) expect(r.verdict, differs.why).toBe(differs.ours);
    else
      expect(probe.expected.verdicts, `${probe.expected.why}\n${JSON.stringify(r.findings)}`).toContain(
        r.verdict,
      );
  });

  it('every listed difference is a probe', () => {
    for (const id of Object.keys(DIFFERENCES))
      expect(
        probes.some(([, p]) => p.expected.id === id),
        id,
      ).toBe(true);
  });
});
