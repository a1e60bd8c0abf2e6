/**
 * 治安管理处罚法 as adopted 2005-08-28 (in force 2006-03-01 — 第一百一十九条 「本法自2006年3月1日起施行」), in force until the
 * 2012 amendment took effect on 2013-01-01. The 2005 text is not in data/law: the catalogue gives this version the 2012 text,
 * because the 2012 decision amended only 第六十条 (see the catalogue note and NOTES.md). The articles encoded here are not
 * 第六十条, so each rule is the 2012 rule of the same article, under this version, with the 2012 rule as its `same` successor.
 * Its later successors (2025) are listed too: 从旧兼从轻 compares the rule in force at the conduct date with the cited one directly.
 */
import type { PenaltyRule } from '../model.js';
import { PSAL2012_RULES } from './psal-2012.js';

const VERSION = '2005-08-28';
const TEXT_NOTE =
  'The 2005 text is not held; this rule stands on the 2012 text, which the 2012 decision did not change for this article (it amended 第六十条 only — not verified against a 2005 text).';

function asAdopted2005(rule: PenaltyRule): PenaltyRule {
  const { precedents: _precedents, ...rest } = rule;
  return {
    ...rest,
    id: rule.id.replace(/^PSAL2012\./, 'PSAL2005.'),
    version: VERSION,
    successors: [
      { rule: rule.id, change: 'same', note: '2012年修正未修改本条（仅修改第六十条）。' },
      ...(rule.successors ?? []),
    ],
    notes: [...(rule.notes ?? []), TEXT_NOTE],
  };
}

export const PSAL2005_RULES: readonly PenaltyRule[] = PSAL2012_RULES.map(asAdopted2005);
