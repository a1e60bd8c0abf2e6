/**
 * 从旧兼从轻 for one case (行政处罚法 第三十七条 “实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚
 * 决定时，法律、法规、规章已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定。”).
 *
 * The citation has been read (in the old or the new numbering, select-rules.ts) and referrals resolved; here the rule in
 * force when the conduct happened is set against the rule in force when the decision was made, for the same conduct:
 * - read in the new numbering → the old rule is the one whose successors lead to it (per item: 网络安全法 2025 第七十一条
 *   第一款第（三）项 ← 2016 第六十六条, not 第六十四条);
 * - read in the old numbering → the new rule is its successor in force on the decision date (a referral successor is
 *   replaced by the rule it reaches).
 * The comparison is made for the tier the case falls in and the kinds of sanction it imposed (lenient-law.ts); the old
 * rule applies unless the new one is lighter; when lenience is mixed the decision is judged under both and the finding says so.
 */
import type { CaseRecord } from '../shared/case-record.js';
import { dateSpan } from '../shared/dates.js';
import type { LawEntry } from '../statutes/catalogue.js';
import { versionInForce, versionsOverSpan } from '../statutes/versions.js';
import { authorityMayApply, authorityOf } from './authority.js';
import type { CaseFigures } from './bounds.js';
import type { Finding } from './check-result.js';
import { conductOverlap } from './conduct-overlap.js';
import { successorsInForce } from './current-law.js';
import type { Evaluate, FactFindings } from './evaluate-rule.js';
import { compareLenience, type LenienceVerdict } from './lenient-law.js';
import type { PenaltyRule } from './model.js';
import type { RuleIndex } from './rule-index.js';
import type { SelectedRule } from './select-rules.js';

const CITE = '行政处罚法第三十七条（从旧兼从轻）';

export interface CaseContext {
  record: CaseRecord;
  figures: CaseFigures;
  facts: FactFindings;
  /** The rules judged against the whole record, once each. */
  evaluate: Evaluate;
}

/** Among rules for the same conduct, the one that fits the party, the agency, the sanctions and the facts best. */
export function bestFitting(rules: readonly PenaltyRule[], ctx: CaseContext): PenaltyRule | undefined {
  const kind = ctx.record.party?.kind;
  const auth = authorityOf(ctx.record.agency);
  let best: { r: PenaltyRule; score: number } | undefined;
  for (const r of rules) {
    if (r.referral) continue;
    let score = 0;
    if (!kind || r.parties.includes(kind)) score += 4;
    if (!auth || authorityMayApply(auth, r.authorities)) score += 2;
    if (ctx.evaluate(r).tier) score += 3;
    score += Math.min(3, Math.floor(conductOverlap(r, ctx.record.facts) / 3));
    if (!best || score > best.score) best = { r, score };
  }
  return best?.r;
}

/** The tier the decision treats the conduct as in: the one admitting its sanctions, else the base tier. */
function tierOfCase(rule: PenaltyRule, ctx: CaseContext): string | undefined {
  return ctx.evaluate(rule).tier?.id ?? rule.tiers[0]?.id;
}

function describe(v: LenienceVerdict): string {
  const word = { lighter: '较轻', heavier: '较重', same: '相同', mixed: '轻重互见' }[v.verdict];
  return `${word}（${v.reasons.join('；') || '幅度相同'}）`;
}

export function applyLenientLaw(
  index: RuleIndex,
  law: LawEntry,
  sel: SelectedRule,
  ctx: CaseContext,
  findings: Finding[],
  trace: string[],
): SelectedRule {
  const { record } = ctx;
  if (!record.date || !record.decision_date) return sel;
  const conductVersion = versionsOverSpan(law, record.date)[0];
  const decisionDay = dateSpan(record.decision_date).last;
  const decisionVersion = versionInForce(law, decisionDay);
  if (!conductVersion || !decisionVersion || conductVersion.id === decisionVersion.id) return sel;
  const cited = sel.via ?? sel.rule;

  if (cited.version === conductVersion.id) {
    // Read in the old numbering: is the rule in force at the decision lighter?
    const successors = successorsInForce(index, sel.rule, decisionDay).map((s) => s.rule);
    const lighterCandidate = bestFitting(successors, ctx);
    if (!lighterCandidate) {
      trace.push(
        `${CITE}：行为时${record.date}适用${sel.rule.id}；决定时的规定中没有可比较的罚则，适用行为时规定`,
      );
      return sel;
    }
    return choose(sel.rule, lighterCandidate, sel, ctx, findings, trace);
  }

  // Read in the new numbering: which rule carried the same conduct then?
  const before = (id: string) =>
    index.rules.filter(
      (r) =>
        r.law === law.name &&
        r.version === conductVersion.id &&
        (r.successors ?? []).some((s) => s.rule === id),
    );
  // The predecessor of the cited provision itself (per item of 第七十一条第一款), else of the rule it reaches.
  const ofCited = before(cited.id);
  const conductRules = ofCited.length ? ofCited : before(sel.rule.id);
  if (conductRules.length === 0) {
    findings.push({
      code: 'NO_PENALTY_AT_CONDUCT',
      severity: 'error',
      message: `${CITE}：行为时（${record.date}）施行的《${law.name}》${conductVersion.id}版本没有与${cited.id}对应的罚则，不得依新规定处罚`,
    });
    return sel;
  }
  const old = bestFitting(conductRules, ctx) ?? conductRules[0]!;
  return choose(old, sel.rule, sel, ctx, findings, trace);
}

function choose(
  oldRule: PenaltyRule,
  newRule: PenaltyRule,
  sel: SelectedRule,
  ctx: CaseContext,
  findings: Finding[],
  trace: string[],
): SelectedRule {
  const { record } = ctx;
  const focus = tierOfCase(oldRule, ctx);
  const imposed = new Set((record.sanctions ?? []).map((s) => `${s.kind}|${s.target}`));
  const verdict = compareLenience([oldRule], [newRule], focus, imposed);
  const head = `${CITE}：行为时${record.date}适用${oldRule.id}，决定时${record.decision_date}施行${newRule.id}；就本案情形，新规定${describe(verdict)}`;
  if (verdict.verdict === 'lighter') {
    trace.push(`${head}，适用新规定${newRule.id}`);
    return { rule: newRule, how: `${sel.how}；新规定处罚较轻，从轻适用新规定（${CITE}）` };
  }
  if (verdict.verdict === 'mixed') {
    trace.push(`${head}，新旧规定幅度互有升降，分别按两者判断`);
    findings.push({
      code: 'LENIENCY_UNCLEAR',
      severity: 'warning',
      message: `${CITE}：${oldRule.id}与${newRule.id}就本案情形轻重互见（${verdict.reasons.join('；')}），法律未规定如何取舍；已分别按两者判断`,
    });
    return {
      rule: oldRule,
      how: `${sel.how}；从旧（${CITE}），轻重互见，亦按新规定${newRule.id}判断`,
      alsoUnder: newRule,
    };
  }
  trace.push(`${head}，适用行为时规定${oldRule.id}`);
  return { rule: oldRule, how: `${sel.how}；从旧适用行为时规定（${CITE}）` };
}
