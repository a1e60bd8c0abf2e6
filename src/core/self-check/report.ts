/**
 * The self-check report: for each applicable requirement answered 'no' or 'partly', the gap with the rule that
 * punishes it today, that rule's tiers and ranges, who enforces it, precedents and the steps that close it; gaps
 * sorted by exposure, highest first.
 */
import { todayInChina, type IsoDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { AUTHORITY_LABEL } from '../penalties/authority.js';
import type { PenaltyRule } from '../penalties/model.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import { ruleRanges } from '../penalties/tiers.js';
import { citeProvision } from './enforcing.js';
import { exposureOf } from './exposure.js';
import { labelTiers } from './labels.js';
import {
  ANSWERS,
  type Answer,
  type Answers,
  type AnswerValue,
  type ApplicableRequirement,
  type Gap,
  type PrecedentSource,
  type Profile,
  type Report,
  type Requirement,
  type RuleToday,
} from './model.js';
import { precedentRanker } from './precedents.js';
import { byFit } from './roles.js';
import { rulesToday } from './rules-today.js';
import { applicableRequirements } from './select.js';

export interface SelfCheckInput {
  rules: RuleIndex;
  /** No profile: every requirement in force is applicable. */
  profile?: Profile;
  answers: Answers;
  /** The day whose law applies (default: today in China). */
  date?: IsoDate;
  /** Candidate cases; none: no precedents. */
  precedents?: PrecedentSource;
  /** The requirement data (default: all of requirements/). */
  requirements?: readonly Requirement[];
}

/** The answer's value; INVALID_INPUT naming the requirement and the value when it is not one of ANSWERS. */
export function answerValue(a: Answer, requirement = ''): AnswerValue {
  const v = typeof a === 'string' ? a : a?.value;
  if (!ANSWERS.includes(v)) {
    throw new DomainError('INVALID_INPUT', `自查答案“${String(v)}”无效（应为 yes、no、partly 或 n/a）`, {
      requirement,
      answer: v,
    });
  }
  return v;
}
const answerNote = (a: Answer): string | undefined => (typeof a === 'string' ? undefined : a.note);

function ruleToday(rule: PenaltyRule): RuleToday {
  return {
    id: rule.id,
    law: rule.law,
    version: rule.version,
    article: rule.article,
    paragraph: rule.paragraph,
    citation: citeProvision(rule),
  };
}

/** Who enforces the rule, in Chinese; 有关主管部门 made concrete by the requirement's `competent` where it says. */
function authorityOf(rule: PenaltyRule, r: Requirement): { authority: string; authority_basis?: string } {
  if (r.competent && rule.authorities.every((a) => a === 'competent_department'))
    return { authority: AUTHORITY_LABEL[r.competent.authority], authority_basis: r.competent.basis };
  return { authority: rule.authorities.map((a) => AUTHORITY_LABEL[a]).join('、') };
}

type Ranker = (rules: readonly PenaltyRule[]) => string[];

const NO_FIGURES = { illegalGains: null };

function gapOf(
  input: SelfCheckInput,
  r: ApplicableRequirement,
  answer: Answer,
  date: IsoDate,
  rank: Ranker | undefined,
): Gap {
  const today = byFit(rulesToday(input.rules, r, date), input.profile);
  const main = today[0];
  const ranges = main ? labelTiers(ruleRanges(main, NO_FIGURES)) : [];
  const note = answerNote(answer);
  return {
    requirement: r.id,
    question: r.question,
    quote: r.quote,
    answer: answerValue(answer, r.id) as Gap['answer'],
    ...(note ? { note } : {}),
    article: r.article_label,
    rule_today: main ? ruleToday(main) : null,
    also: today.slice(1).map(ruleToday),
    ranges,
    ...(main ? authorityOf(main, r) : { authority: '' }),
    precedents: rank && main ? rank(today) : [],
    steps: r.steps,
    exposure: exposureOf(ranges),
  };
}

export function selfCheckReport(input: SelfCheckInput): Report {
  const date = input.date ?? todayInChina(new Date());
  const applicable = applicableRequirements(input.profile, date, input.rules, input.requirements);
  const counts: Report['summary']['counts'] = { yes: 0, no: 0, partly: 0, 'n/a': 0, unanswered: 0 };
  const unanswered: string[] = [];
  const gaps: Gap[] = [];
  const rank = input.precedents && precedentRanker(input.rules, input.precedents, input.profile);
  for (const r of applicable) {
    const answer = input.answers[r.id];
    if (answer === undefined) {
      counts.unanswered++;
      unanswered.push(r.id);
      continue;
    }
    const value = answerValue(answer, r.id);
    counts[value]++;
    if (value === 'no' || value === 'partly') gaps.push(gapOf(input, r, answer, date, rank));
  }
  gaps.sort((a, b) => b.exposure - a.exposure);
  return {
    date,
    gaps,
    summary: { applicable: applicable.length, counts, highest: gaps.map((g) => g.requirement), unanswered },
  };
}
