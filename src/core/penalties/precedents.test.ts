/**
 * Each rule's precedents — real published cases that applied it (fixtures/bulletins/dev) — are its tests: the
 * check must find that rule for the case and hold the published decision lawful.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import { checkCase } from './check-case.js';
import { RuleIndex } from './rule-index.js';
import { ALL_RULES } from './rules/index.js';

const index = new RuleIndex(ALL_RULES);
const bulletin = (id: string): CaseRecord[] =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../../fixtures/bulletins/dev/${id}.json`), 'utf8'),
  );

const cases = ALL_RULES.flatMap((rule) =>
  (rule.precedents ?? []).map((p) => [rule.id, p.bulletin, p.title, p.cited !== false] as const),
);

describe.each(cases)('%s — %s «%s»', (ruleId, bulletinId, title, cited) => {
  it('is the rule the check applies, and the published decision is lawful under it', () => {
    const published = bulletin(bulletinId).find((c) => c.title === title)!;
    // A bulletin that names the law but not the article: judge its sanctions under the rule's own paragraph.
    const rule = index.byId(ruleId)!;
    const record: CaseRecord = cited
      ? published
      : {
          ...published,
          provisions: [{ law: rule.law, article: rule.article, paragraph: rule.paragraph, item: null }],
        };
    const result = checkCase(record, { rules: index, today: '2026-11-28' });
    expect(result.applied.map((a) => a.rule)).toContain(ruleId);
    expect(['lawful', 'lawful_if'], JSON.stringify(result.findings)).toContain(result.verdict);
  });
});

it('there are precedents to test', () => expect(cases.length).toBeGreaterThan(10));
