/**
 * The legality check of one decision (`wangan check`): is every sanction in the record admitted by some tier of
 * the penalty rule that applies, and which rule is that, under which version, and what it is under today's law.
 *
 * lawful: true  — some tier of the applicable rule admits every sanction;
 *         false — a sanction no tier allows (a kind the rule does not provide, an amount or a number of days
 *                 outside every tier's bounds, an authority the rule does not empower);
 *         null  — cannot be decided (unknown law, no article, no rule), with a finding saying why.
 * A sanction the chosen tier requires but the record lacks is a finding, not a reason for false (published
 * records are abridged); so is a sanction of kind `other`.
 */
import type { CaseRecord, ProvisionRef } from '../shared/case-record.js';
import { isPartialDate, type IsoDate } from '../shared/dates.js';
import { findLaw, type LawEntry } from '../statutes/catalogue.js';
import { versionsOverSpan } from '../statutes/versions.js';
import { AUTHORITY_LABEL, authorityLevelOf, authorityMayApply, authorityOf } from './authority.js';
import type { CaseFigures } from './bounds.js';
import type { AppliedRule, CheckResult, Finding, Verdict } from './check-result.js';
import { currentEquivalents } from './current-law.js';
import { evaluateRule, ruleLabel, type RuleEvaluation } from './evaluate-rule.js';
import { compareLenience } from './lenient-law.js';
import { FACT_LABELS, type Fact, type PenaltyRule } from './model.js';
import type { RuleIndex } from './rule-index.js';
import { selectRulesForLaw, type SelectedRule } from './select-rules.js';
import { tierRange } from './tiers.js';

export interface CheckContext {
  rules: RuleIndex;
  /** “Today” for the current-law equivalents. */
  today: IsoDate;
}

const FACTS = new Set(Object.keys(FACT_LABELS));

export function checkCase(input: CaseRecord, ctx: CheckContext): CheckResult {
  const findings: Finding[] = [];
  const trace: string[] = [];
  const record = withValidDates(input, findings);
  const figures: CaseFigures = {
    illegalGains: numberOrNull(record.illegal_gains_yuan),
    procurementAmount: numberOrNull(record['procurement_amount_yuan']),
    previousYearTurnover: numberOrNull(record['previous_year_turnover_yuan']),
  };
  const established = new Set(
    (Array.isArray(record['established_facts']) ? (record['established_facts'] as unknown[]) : []).filter(
      (f): f is Fact => typeof f === 'string' && FACTS.has(f),
    ),
  );

  const selected: SelectedRule[] = [];
  for (const [law, cited] of groupByLaw(record.provisions ?? [], findings)) {
    const sel = selectRulesForLaw(ctx.rules, law, cited, record, figures, established);
    findings.push(...sel.findings);
    trace.push(...sel.trace);
    for (const s of sel.rules) selected.push(applyLenientLaw(ctx.rules, law, s, record, findings, trace));
  }

  expandReferrals(ctx.rules, selected, record, figures, established, trace);
  if (selected.length === 0) {
    findings.push({
      code: 'NO_APPLICABLE_RULE',
      severity: 'warning',
      message: '无法确定适用的罚则，不能判断处罚是否合法',
    });
    return {
      title: record.title,
      verdict: 'undetermined',
      lawful: null,
      applied: [],
      findings,
      requires: [],
      ranges: [],
      current: [],
      trace,
    };
  }

  const evaluations = evaluateAll(selected, record, figures, established);
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
  let lawful: boolean | null = true;
  const requires: string[] = [];
  for (const { ev } of evaluations) {
    trace.push(`适用${ruleLabel(ev.rule)}`);
    if (ev.tier) trace.push(`档次「${ev.tier.label}」`);
    trace.push(...ev.trace);
    findings.push(...ev.findings);
    for (const r of ev.requires) if (!requires.includes(r)) requires.push(r);
  }
  if (evaluations.some(({ ev }) => ev.rule.tiers.length > 0 && ev.tier === null)) lawful = false;
  if (evaluations.every(({ ev }) => ev.rule.tiers.length === 0)) {
    lawful = null;
    findings.push({
      code: 'REFERRAL_RULE',
      severity: 'warning',
      message: `${evaluations.map(({ ev }) => ev.rule.id).join('、')}为转致条款（依照有关法律、行政法规处罚），本身没有处罚幅度`,
    });
  }
  if (
    checkAuthority(
      record,
      evaluations.map(({ ev }) => ev.rule),
      findings,
    )
  )
    lawful = false;
  for (const s of record.sanctions ?? []) {
    if (s.kind === 'other')
      findings.push({
        code: 'SANCTION_KIND_UNKNOWN',
        severity: 'info',
        message: '记录中有种类未载明的处罚（other），未据以判断合法性',
      });
  }
  if (lawful === true && findings.some((f) => f.severity === 'error')) lawful = false;

  const rules = evaluations.map(({ ev }) => ev.rule);
  const verdict: Verdict =
    lawful === false
      ? 'unlawful'
      : lawful === null
        ? 'undetermined'
        : requires.length
          ? 'lawful_if'
          : 'lawful';
  return {
    title: record.title,
    verdict,
    lawful: verdict === 'lawful' ? true : verdict === 'unlawful' ? false : null,
    applied,
    findings,
    requires,
    ranges: rules.flatMap((r) => r.tiers.map((t) => tierRange(r, t, figures))),
    current: currentEquivalents(ctx.rules, rules, ctx.today, figures),
    trace,
  };
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
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
 * 从旧兼从轻 (行政处罚法 第三十七条): citations are read in the decision-date version; if the conduct happened under an
 * older version, that version's rule applies unless the newer one is lighter.
 */
function applyLenientLaw(
  index: RuleIndex,
  law: LawEntry,
  sel: SelectedRule,
  record: CaseRecord,
  findings: Finding[],
  trace: string[],
): SelectedRule {
  if (!record.date || !record.decision_date) return sel;
  const conductVersion = versionsOverSpan(law, record.date)[0];
  if (!conductVersion || conductVersion.id === sel.rule.version) return sel;
  const conductRules = index.rules.filter(
    (r) =>
      r.law === law.name &&
      r.version === conductVersion.id &&
      (r.successors ?? []).some((s) => s.rule === sel.rule.id),
  );
  const cite = `行政处罚法第三十七条（从旧兼从轻）`;
  if (conductRules.length === 0) {
    findings.push({
      code: 'NO_PENALTY_AT_CONDUCT',
      severity: 'error',
      message: `${cite}：行为时（${record.date}）施行的《${law.name}》${conductVersion.id}版本没有与${sel.rule.id}对应的罚则，不得依新规定处罚`,
    });
    return sel;
  }
  const verdict = compareLenience(conductRules, [sel.rule]);
  const old = conductRules.map((r) => r.id).join('、');
  if (verdict.verdict === 'lighter') {
    trace.push(`${cite}：新规定${sel.rule.id}处罚较轻，适用新规定（${verdict.reasons.join('；')}）`);
    return { rule: sel.rule, how: `${sel.how}；从轻适用新规定` };
  }
  trace.push(
    `${cite}：行为时${record.date}适用${old}；新规定${sel.rule.id}${verdict.verdict === 'heavier' ? '处罚较重' : verdict.verdict === 'same' ? '处罚相同' : '轻重无法判定'}（${verdict.reasons.join('；') || '幅度相同'}），适用旧规定`,
  );
  if (verdict.verdict === 'mixed') {
    findings.push({
      code: 'LENIENCY_UNCLEAR',
      severity: 'warning',
      message: `${cite}：新旧规定幅度互有升降，无法判定何者较轻，按行为时规定${old}处理`,
    });
  }
  const chosen = pickConductRule(conductRules, record);
  return { rule: chosen, how: `${sel.how}；从旧适用行为时规定（${cite}）` };
}

function pickConductRule(rules: PenaltyRule[], record: CaseRecord): PenaltyRule {
  return rules.find((r) => !record.party?.kind || r.parties.includes(record.party.kind)) ?? rules[0]!;
}

/** Each rule judged on the sanctions it can carry; a sanction no selected rule admits makes its rule fail. */
function evaluateAll(
  selected: SelectedRule[],
  record: CaseRecord,
  figures: CaseFigures,
  facts: ReadonlySet<Fact>,
) {
  if (selected.length === 1)
    return [{ ev: evaluateRule(selected[0]!.rule, record, figures, facts), how: selected[0]!.how }];
  const sanctions = record.sanctions ?? [];
  const assigned = new Map<SelectedRule, typeof sanctions>(selected.map((s) => [s, []]));
  for (const sanction of sanctions) {
    const home =
      selected.find(
        (s) =>
          s.rule.tiers.length > 0 &&
          evaluateRule(s.rule, { ...record, sanctions: [sanction] }, figures, facts).tier,
      ) ??
      selected.find((s) => s.rule.tiers.length > 0) ??
      selected[0]!;
    assigned.get(home)!.push(sanction);
  }
  const out: { ev: RuleEvaluation; how: string }[] = [];
  for (const s of selected) {
    const own = assigned.get(s)!;
    if (own.length === 0 && sanctions.length > 0) continue;
    out.push({ ev: evaluateRule(s.rule, { ...record, sanctions: own }, figures, facts), how: s.how });
  }
  return out;
}

/**
 * A referral rule (网络安全法(2025) 第七十一条第二款 “由公安机关依照有关法律、行政法规的规定处罚”) sets no range: the
 * decision is judged under the rule the referral reaches (治安管理处罚法 第五十六条 …) — the one the case also
 * cites, or else the candidate that admits its sanctions.
 */
function expandReferrals(
  index: RuleIndex,
  selected: SelectedRule[],
  record: CaseRecord,
  figures: CaseFigures,
  facts: ReadonlySet<Fact>,
  trace: string[],
): void {
  for (let i = 0; i < selected.length; i++) {
    const sel = selected[i]!;
    if (!sel.rule.referral || !sel.rule.referTo?.length) continue;
    const targets = sel.rule.referTo.map((id) => index.byId(id)).filter((r): r is PenaltyRule => !!r);
    if (selected.some((s) => targets.includes(s.rule))) continue;
    const fits = targets.filter((r) => !record.party?.kind || r.parties.includes(record.party.kind));
    const chosen = fits.find((r) => evaluateRule(r, record, figures, facts).tier) ?? fits[0];
    if (!chosen) continue;
    trace.push(`${sel.rule.id}为转致条款，依其所指${chosen.id}判断`);
    selected[i] = { rule: chosen, how: `${sel.rule.id}转致` };
  }
}

/**
 * Authority: the rule must empower the deciding agency; detention only by 公安机关 (行政处罚法 第十八条第三款); a rule
 * reserved to 省级以上 departments (个人信息保护法 第六十六条第二款) not by a city or county one.
 */
function checkAuthority(record: CaseRecord, rules: PenaltyRule[], findings: Finding[]): boolean {
  const auth = authorityOf(record.agency);
  if (!auth) return false;
  let bad = false;
  for (const r of rules) {
    if (!authorityMayApply(auth, r.authorities)) {
      bad = true;
      findings.push({
        code: 'AUTHORITY_NOT_EMPOWERED',
        severity: 'error',
        message: `${r.id}由${r.authorities.map((a) => AUTHORITY_LABEL[a]).join('或')}处罚，${record.agency}（${AUTHORITY_LABEL[auth]}）无权适用`,
      });
    }
  }
  const level = authorityLevelOf(record.agency);
  for (const r of rules) {
    if (r.authorityLevel !== 'provincial_or_above' || level === 'provincial_or_above') continue;
    bad ||= level === 'below_provincial';
    findings.push({
      code: 'AUTHORITY_LEVEL',
      severity: level === 'below_provincial' ? 'error' : 'warning',
      message: `${r.id}只能由省级以上部门决定，${record.agency}${level === 'below_provincial' ? '不是省级以上部门' : '的级别无法从名称判断'}`,
    });
  }
  if (auth !== 'public_security' && (record.sanctions ?? []).some((s) => s.kind === 'detention')) {
    bad = true;
    findings.push({
      code: 'DETENTION_AUTHORITY',
      severity: 'error',
      message: `行政拘留只能由公安机关决定（行政处罚法第十八条第三款“限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使”），${record.agency}无权决定`,
    });
  }
  return bad;
}
