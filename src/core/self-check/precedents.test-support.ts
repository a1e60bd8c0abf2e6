/**
 * The Ningxia bulletin (fixtures/bulletins/dev/ningxia-2021.json) as precedent candidates: each case checked by the
 * legality check (which finds the rules and tiers it applied), with id ningxia-2021#<position>.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseRecord } from '../shared/case-record.js';
import { checkCase } from '../penalties/check-case.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import type { PrecedentCandidate } from './model.js';

const FILE = resolve(import.meta.dirname, '../../../fixtures/bulletins/dev/ningxia-2021.json');

export function ningxiaCandidates(rules: RuleIndex): PrecedentCandidate[] {
  const records = JSON.parse(readFileSync(FILE, 'utf8')) as CaseRecord[];
  return records.map((r, i) => ({
    id: `ningxia-2021#${i + 1}`,
    title: r.title,
    applied: checkCase(r, { rules, today: '2026-12-04' }).applied,
    party_kind: r.party.kind,
    region: null,
    date: r.decision_date ?? r.date,
  }));
}
