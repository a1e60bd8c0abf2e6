/**
 * Profile → questionnaire: the requirements of the law versions in force on a date that apply to a profile.
 */
import type { IsoDate } from '../shared/dates.js';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import { findLaw } from '../statutes/catalogue.js';
import { versionInForce } from '../statutes/versions.js';
import { assertDay } from '../statutes/statute-base.js';
import { appliesTo, describeApplicability } from './applicability.js';
import { citeProvision, enforcingRules } from './enforcing.js';
import type { ApplicableRequirement, Profile, Requirement } from './model.js';
import { ALL_REQUIREMENTS } from './requirements/index.js';

let index: RuleIndex | undefined;
/** The index over every encoded penalty rule (built once). */
export function defaultIndex(): RuleIndex {
  return (index ??= new RuleIndex(ALL_RULES));
}

/** Is the requirement's law version the one in force on `date`? */
export function requirementInForce(r: Requirement, date: IsoDate): boolean {
  const law = findLaw(r.law);
  return !!law && versionInForce(law, date)?.id === r.version;
}

/** The requirement with its citation, enforcing rules and `applies_to` in words. */
export function describeRequirement(index: RuleIndex, r: Requirement): ApplicableRequirement {
  return {
    ...r,
    article_label: citeProvision(r),
    rules: enforcingRules(index, r).map((rule) => rule.id),
    applies_to_words: `适用于：${describeApplicability(r.applies_to)}`,
  };
}

/**
 * The requirements of the laws in force on `date` that apply to the profile (no profile: all of them), in data order.
 */
export function applicableRequirements(
  profile: Profile | undefined,
  date: IsoDate,
  index: RuleIndex = defaultIndex(),
  requirements: readonly Requirement[] = ALL_REQUIREMENTS,
): ApplicableRequirement[] {
  assertDay(date);
  return requirements
    .filter((r) => requirementInForce(r, date) && (!profile || appliesTo(r.applies_to, profile)))
    .map((r) => describeRequirement(index, r));
}
