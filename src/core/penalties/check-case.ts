/**
 * The legality check of one decision (`wangan check`): is every sanction in the record admitted by some tier of
 * the penalty rule that applies, may the agency decide it, is the party one the rule punishes — and which rule is
 * that, under which version, and what it is under today's law.
 *
 * verdict: lawful       — some tier of the applicable rule admits every sanction, on the facts the record states;
 *          lawful_if    — it does if every fact in `requires` is established (拒不改正, 情节严重, the illegal gains,
 *                         the deciding agency, the conduct date …);
 *          unlawful     — a sanction no tier allows, an agency the rule does not empower, a party it does not punish,
 *                         alternatives combined, two fines for one act …;
 *          undetermined — the check cannot decide (unknown law, no rule, an agency of unknown kind …), with a finding.
 * `lawful` is true only for lawful, false for unlawful, null otherwise. A sanction the chosen tier requires but the
 * record lacks is a finding, not a reason for unlawful (published records are abridged); so is a sanction of kind
 * `other`.
 */
import type { CaseRecord, ProvisionRef, Sanction } from '../shared/case-record.js';
import { dateSpan, isPartialDate, type IsoDate } from '../shared/dates.js';
import { findLaw, type LawEntry } from '../statutes/catalogue.js';
import type { CaseFigures } from './bounds.js';
import type { AppliedRule, CheckResult, Finding, Verdict } from './check-result.js';
import { checkCompetence } from './competence.js';
import { authorityOf } from './authority.js';
import { currentEquivalents, isInForce } from './current-law.js';
import { checkDates } from './dates-check.js';
import {
  evaluateRule,
  memoEvaluate,
  NO_FACTS,
  ruleLabel,
  type FactFindings,
  type RuleEvaluation,
} from './evaluate-rule.js';
import { asRuleSeesIt, liablePartyFindings } from './liable-party.js';
import { FACT_LABELS, type Fact, type PenaltyRule } from './model.js';
import { oneFinePerAct } from './one-fine-per-act.js';
import type { RuleIndex } from './rule-index.js';
import { selectRulesForLaw, type SelectedRule } from './select-rules.js';
import { ruleRanges } from './tiers.js';
import { applyLenientLaw, bestFitting, type CaseContext, type TransitionOutcome } from './transition.js';

export interface CheckContext {
  rules: RuleIndex;
  /** “Today” for the current-law equivalents. */
  today: IsoDate;
}

const FACTS = new Set(Object.keys(FACT_LABELS));

function factList(v: unknown): Fact[] {
  return (Array.isArray(v) ? (v as unknown[]) : []).filter(
    (f): f is Fact => typeof f === 'string' && FACTS.has(f),
  );
}

export function checkCase(input: CaseRecord, ctx: CheckContext): CheckResult {
  const findings: Finding[] = [];
  const trace: string[] = [];
  const record = withValidDates(input, findings);
  const figures: CaseFigures = {
    illegalGains: numberOrNull(record.illegal_gains_yuan),
    procurementAmount: numberOrNull(record['procurement_amount_yuan']),
    previousYearTurnover: numberOrNull(record['previous_year_turnover_yuan']),
    illegalTurnover: numberOrNull(record['illegal_turnover_yuan']),
  };
  const facts = factFindings(record, findings);
  const cc: CaseContext = { record, figures, facts, evaluate: memoEvaluate(record, figures, facts) };

  const read: { law: LawEntry; rule: SelectedRule }[] = [];
  for (const [law, cited] of groupByLaw(record.provisions ?? [], findings)) {
    const sel = selectRulesForLaw(ctx.rules, law, cited, record, cc.evaluate);
    findings.push(...sel.findings);
    trace.push(...sel.trace);
    for (const rule of sel.rules) read.push({ law, rule });
  }
  // Referrals are resolved once every law's citations are read: the rule they reach may be cited under another law.
  const all = read.map((r) => r.rule);
  const selected = read.map(({ law, rule }) =>
    applyLenientLaw(ctx.rules, law, resolveReferral(ctx.rules, rule, all, cc, trace), cc, findings, trace),
  );

  if (selected.length === 0) {
    findings.push({
      code: 'NO_APPLICABLE_RULE',
      severity: 'warning',
      message: '无法确定适用的罚则，不能判断处罚是否合法',
    });
    return result(record, 'undetermined', [], findings, [], [], [], trace);
  }

  const evaluations = evaluateAll(selected, cc);
  const applied: AppliedRule[] = evaluations.map(({ ev, how }) => ({
    rule: ev.rule.id,
    law: ev.rule.law,
    version: ev.rule.version,
    article: ev.rule.article,
    paragraph: ev.rule.paragraph,
    tier: ev.tier?.id ?? null,
    tier_label: ev.tier?.label ?? null,
    how,
  }));
  const requires: string[] = [];
  const need = (r: string) => {
    if (!requires.includes(r)) requires.push(r);
  };
  let undetermined = false;
  for (const { ev, transition, assumed } of evaluations) {
    trace.push(`适用${ruleLabel(ev.rule)}`);
    if (ev.tier) trace.push(`档次「${ev.tier.label}」`);
    trace.push(...ev.trace);
    if (transition?.split) {
      // Holds under one rule of a mixed comparison only: no conclusion against the party.
      undetermined = true;
      continue;
    }
    findings.push(...ev.findings);
    if (transition?.never) {
      findings.push({ code: 'UNLAWFUL_UNDER_APPLICABLE_LAW', severity: 'error', message: transition.never });
      continue;
    }
    if (assumed) need(assumed);
    // The facts the verdict rests on come from the readings of 从旧兼从轻, when there were two laws to weigh.
    (transition ? [...transition.requires, ...ev.needs] : ev.requires).forEach(need);
  }
  const rules = evaluations.map(({ ev }) => ev.rule);
  if (rules.every((r) => r.tiers.length === 0)) {
    undetermined = true;
    findings.push({
      code: 'REFERRAL_RULE',
      severity: 'warning',
      message: `${rules.map((r) => r.id).join('、')}为转致条款（依照有关法律、行政法规处罚），本身没有处罚幅度`,
    });
  }
  const competence = checkCompetence(record, rules);
  findings.push(...competence.findings);
  competence.requires.forEach(need);
  undetermined ||= competence.undetermined;
  findings.push(...liablePartyFindings(record, rules));
  findings.push(
    ...oneFinePerAct(
      evaluations.map(({ ev, sanctions }) => ({ rule: ev.rule, sanctions })),
      selected.map((s) => s.rule),
    ),
  );
  const dates = checkDates(record, rules);
  findings.push(...dates.findings);
  dates.requires.forEach(need);
  undetermined ||= dates.undetermined;
  for (const s of record.sanctions ?? []) {
    if (s.kind === 'other')
      findings.push({
        code: 'SANCTION_KIND_UNKNOWN',
        severity: 'info',
        message: '记录中有种类未载明的处罚（other），未据以判断合法性',
      });
  }

  const unlawful =
    evaluations.some(
      ({ ev, transition }) => ev.rule.tiers.length > 0 && ev.tier === null && !transition?.split,
    ) || findings.some((f) => f.severity === 'error');
  const verdict: Verdict = unlawful
    ? 'unlawful'
    : undetermined
      ? 'undetermined'
      : requires.length
        ? 'lawful_if'
        : 'lawful';
  return result(
    record,
    verdict,
    applied,
    findings,
    requires,
    rules.length === 1 ? ruleRanges(rules[0]!, figures) : rules.flatMap((r) => ruleRanges(r, figures)),
    currentEquivalents(ctx.rules, rules, ctx.today, figures),
    trace,
  );
}

function result(
  record: CaseRecord,
  verdict: Verdict,
  applied: AppliedRule[],
  findings: Finding[],
  requires: string[],
  ranges: CheckResult['ranges'],
  current: CheckResult['current'],
  trace: string[],
): CheckResult {
  return {
    title: record.title,
    verdict,
    lawful: verdict === 'lawful' ? true : verdict === 'unlawful' ? false : null,
    applied,
    findings,
    requires,
    ranges,
    current,
    trace,
  };
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Facts established and facts found absent; a fact given as both counts as neither, with a finding. */
function factFindings(record: CaseRecord, findings: Finding[]): FactFindings {
  if (!record['established_facts'] && !record['absent_facts']) return NO_FACTS;
  const established = new Set(factList(record['established_facts']));
  const absent = new Set(factList(record['absent_facts']));
  for (const f of established)
    if (absent.has(f)) {
      established.delete(f);
      absent.delete(f);
      findings.push({
        code: 'FACTS_CONTRADICT',
        severity: 'warning',
        message: `「${FACT_LABELS[f]}」既被记为已认定又被记为不存在，按未查明处理`,
      });
    }
  return { established, absent };
}

function withValidDates(record: CaseRecord, findings: Finding[]): CaseRecord {
  let out = record;
  for (const field of ['date', 'decision_date'] as const) {
    const v = record[field];
    if (v !== null && v !== undefined && !isPartialDate(v)) {
      findings.push({
        code: 'INVALID_DATE',
        severity: 'warning',
        message: `${field} "${String(v)}" 不是有效日期，按未载明处理`,
      });
      out = { ...out, [field]: null };
    }
  }
  return out;
}

function groupByLaw(provisions: readonly ProvisionRef[], findings: Finding[]): Map<LawEntry, ProvisionRef[]> {
  const groups = new Map<LawEntry, ProvisionRef[]>();
  const unknown = new Set<string>();
  for (const p of provisions) {
    const law = findLaw(p.law);
    if (!law) {
      unknown.add(p.law);
      continue;
    }
    const list = groups.get(law);
    if (list) list.push(p);
    else groups.set(law, [p]);
  }
  for (const name of unknown) {
    findings.push({
      code: 'UNKNOWN_LAW',
      severity: 'warning',
      message: `法规库中没有《${name}》，不能检查依据它作出的处罚`,
    });
  }
  return groups;
}

/**
 * A referral rule (网络安全法(2025) 第七十一条 “依照有关法律、行政法规的规定处理、处罚”) sets no range: the decision is
 * judged under the rule the referral reaches — the one the case also cites, or else the candidate that fits it.
 */
function resolveReferral(
  index: RuleIndex,
  sel: SelectedRule,
  all: readonly SelectedRule[],
  ctx: CaseContext,
  trace: string[],
): SelectedRule {
  const referTo = referralOf(sel.rule, ctx.record);
  if (!referTo?.length) return sel;
  const day = ctx.record.date ?? ctx.record.decision_date;
  const targets = referTo
    .map((id) => index.byId(id))
    .filter((r): r is PenaltyRule => !!r && (!day || isInForce(r, dateSpan(day).last)));
  if (all.some((s) => targets.includes(s.rule))) return sel;
  const chosen = bestFitting(targets, ctx);
  if (!chosen) return sel;
  const named = `《${chosen.law}》第${chosen.article}条`;
  trace.push(
    `${sel.rule.id}${sel.rule.referral ? '为转致条款（依照有关法律、行政法规处罚），未指明法律' : '对该机关转致其他法律、行政法规，未指明条文'}，决定亦未引用；按最契合本案的${chosen.id}（${named}）判断`,
  );
  return {
    rule: chosen,
    how: `${sel.rule.id}转致`,
    via: sel.rule,
    assumed: `处罚依据为${named}（${sel.rule.id}${sel.rule.referral ? '为转致条款，未指明所依据的法律' : '转致其他法律、行政法规，未指明条文'}）`,
  };
}

/** The rules a referral stands for: a referral rule's, or a paragraph's referral part for the agency deciding. */
function referralOf(rule: PenaltyRule, record: CaseRecord): string[] | undefined {
  if (rule.referral) return rule.referTo;
  const kind = authorityOf(record.agency);
  return kind && rule.referralFor?.authorities.includes(kind) ? rule.referralFor.referTo : undefined;
}

interface Evaluated {
  ev: RuleEvaluation;
  how: string;
  /** The record's sanctions this rule was judged on. */
  sanctions: Sanction[];
  /** What 从旧兼从轻 leaves of the verdict (transition.ts). */
  transition?: TransitionOutcome;
  /** The rule a referral was taken to reach, which the decision does not cite. */
  assumed?: string;
}

/** Each rule judged on the sanctions it can carry; a sanction no selected rule admits makes its rule fail. */
function evaluateAll(selected: SelectedRule[], ctx: CaseContext): Evaluated[] {
  const { record, figures, facts } = ctx;
  const judge = (rule: PenaltyRule, r: CaseRecord) => {
    const seen = asRuleSeesIt(r, rule);
    return seen === record ? ctx.evaluate(rule) : evaluateRule(rule, seen, figures, facts);
  };
  const one = (s: SelectedRule, r: CaseRecord): Evaluated => ({
    ev: judge(s.rule, r),
    how: s.how,
    sanctions: r.sanctions ?? [],
    ...(s.transition ? { transition: s.transition } : {}),
    ...(s.assumed ? { assumed: s.assumed } : {}),
  });
  const dedup = selected.filter((s, i) => selected.findIndex((x) => x.rule === s.rule) === i);
  if (dedup.length === 1) return [one(dedup[0]!, record)];
  const sanctions = record.sanctions ?? [];
  const assigned = new Map<SelectedRule, typeof sanctions>(dedup.map((s) => [s, []]));
  for (const sanction of sanctions) {
    const home =
      dedup.find(
        (s) => s.rule.tiers.length > 0 && judge(s.rule, { ...record, sanctions: [sanction] }).tier,
      ) ??
      dedup.find((s) => s.rule.tiers.length > 0) ??
      dedup[0]!;
    assigned.get(home)!.push(sanction);
  }
  const out: Evaluated[] = [];
  for (const s of dedup) {
    const own = assigned.get(s)!;
    if (own.length === 0 && sanctions.length > 0) continue;
    out.push(one(s, { ...record, sanctions: own }));
  }
  return out;
}
