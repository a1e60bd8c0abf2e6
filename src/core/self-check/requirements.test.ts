/**
 * The requirement data against the statute base and the penalty rules: every requirement quotes its article (款、项),
 * is enforced by a rule that names that article in `enforces`, and every rule that enforces an obligation has at
 * least one requirement.
 */
import { describe, expect, it } from 'vitest';
import { loadAllLaws } from '../../law-data/load.js';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import { enforcingRules } from './enforcing.js';
import { ALL_REQUIREMENTS, requirementById } from './requirements/index.js';

const base = loadAllLaws().base;
const rules = new RuleIndex(ALL_RULES);

describe.each(ALL_REQUIREMENTS.map((r) => [r.id, r] as const))('%s', (_, r) => {
  it('quotes the text of its article (款、项) in the statute base', () => {
    const { article } = base.article(r.law, r.article, { version: r.version });
    const paragraph = r.paragraph === undefined ? undefined : article.paragraphs[r.paragraph - 1];
    if (r.paragraph !== undefined) expect(paragraph, `第${r.paragraph}款`).toBeDefined();
    const item =
      r.item === undefined
        ? undefined
        : (paragraph ?? article.paragraphs[0])!.items.find((i) => i.number === r.item);
    if (r.item !== undefined) expect(item, `第${r.item}项`).toBeDefined();
    expect((item ?? paragraph ?? article).text).toContain(r.quote);
  });

  it('is enforced by a penalty rule whose `enforces` names its article', () => {
    const found = enforcingRules(rules, r);
    expect(found.length).toBeGreaterThan(0);
    for (const rule of found) expect(rule.enforces.map((o) => o.article)).toContain(r.article);
  });

  it('has a question, help, steps, and a successor that exists in a later version', () => {
    expect(r.question.length).toBeGreaterThan(5);
    expect(r.help.length).toBeGreaterThan(5);
    expect(r.steps.length).toBeGreaterThan(0);
    if (r.successor)
      expect(requirementById(r.successor)?.version ?? '').toSatisfy((v: string) => v > r.version);
  });
});

it('requirement ids are unique', () => {
  expect(new Set(ALL_REQUIREMENTS.map((r) => r.id)).size).toBe(ALL_REQUIREMENTS.length);
});

it('every penalty rule that enforces an obligation has at least one requirement', () => {
  const covered = new Set(ALL_REQUIREMENTS.flatMap((r) => enforcingRules(rules, r).map((rule) => rule.id)));
  const missing = ALL_RULES.filter((rule) => rule.enforces.length > 0 && !covered.has(rule.id)).map(
    (r) => r.id,
  );
  expect(missing).toEqual([]);
});
