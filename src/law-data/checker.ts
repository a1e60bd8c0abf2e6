/**
 * The legality checker every surface uses (CLI `check`, `extract --check`, the API): the rule data of
 * src/core/penalties/rules indexed once per process.
 */
import type { CaseRecord } from '../core/shared/case-record.js';
import { todayInChina, type IsoDate } from '../core/shared/dates.js';
import { checkCase } from '../core/penalties/check-case.js';
import type { CheckResult } from '../core/penalties/check-result.js';
import { RuleIndex } from '../core/penalties/rule-index.js';
import { ALL_RULES } from '../core/penalties/rules/index.js';

let index: RuleIndex | undefined;

export function ruleIndex(): RuleIndex {
  return (index ??= new RuleIndex(ALL_RULES));
}

export type Checker = (record: CaseRecord, opts?: { at?: IsoDate }) => CheckResult;

/** `at`: the day taken as today for current-law equivalents (default: today in China). */
export function createChecker(defaults: { now?: () => Date } = {}): Checker {
  const rules = ruleIndex();
  const now = defaults.now ?? (() => new Date());
  return (record, opts = {}) => checkCase(record, { rules, today: opts.at ?? todayInChina(now()) });
}
