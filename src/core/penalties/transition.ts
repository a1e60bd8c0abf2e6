/**
 * 从旧兼从轻 for one case (行政处罚法 第三十七条 “实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚
 * 决定时，法律、法规、规章已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定。”).
 *
 * The citation has been read (in the old or the new numbering, select-rules.ts) and referrals resolved; here the rule in
 * force when the conduct happened is set against the rule in force when the decision was made, for the same conduct:
 * - read in the new numbering → the old rule is the one whose successors lead to it (per item: 网络安全法 2025 第七十一条
 *   第一款第（三）项 ← 2016 第六十六条, not 第六十四条);
 * - read in the old numbering → the new rule is its successor that took effect after the conduct (a referral successor
 *   — 2025 第七十一条 「依照有关法律、行政法规的规定处理、处罚」 — stands for the rule it reaches).
 *
 * Which rule is lighter depends on the circumstances: each rule's tier is the one the facts select (拒不改正, 情节较轻,
 * 造成危害 …), and only the kinds of sanction the decision imposed weigh (lenient-law.ts). Facts the record neither
 * establishes nor rules out are not guessed: every combination of them is tried — for each, the lighter rule is found
 * and the decision judged under it — and the verdict says under which facts it holds. Mixed lenience is judged under
 * both rules; a decision that holds under one only is not decided against the party.
 */
import type { CaseRecord } from '../shared/case-record.js';
import { dateSpan } from '../shared/dates.js';
import type { LawEntry } from '../statutes/catalogue.js';
import { versionInForce, versionsOverSpan } from '../statutes/versions.js';
import { authorityMayApply, authorityOf } from './authority.js';
import type { CaseFigures } from './bounds.js';
import type { Finding } from './check-result.js';
import { conductOverlap } from './conduct-overlap.js';
import { isInForce, successorsInForce } from './current-law.js';
import { admittingTiers, type Evaluate, type FactFindings } from './evaluate-rule.js';
import { compareTierPair, withImplied, type Lenience } from './lenient-law.js';
import { asRuleSeesIt } from './liable-party.js';
import { FACT_LABELS, type Fact, type PenaltyRule, type Tier } from './model.js';
import type { RuleIndex } from './rule-index.js';
import type { SelectedRule } from './select-rules.js';

const CITE = '行政处罚法第三十七条（从旧兼从轻）';
/** Unknown facts tried in every combination (2⁴ readings at most; further ones are taken as not established). */
const MAX_OPEN = 4;

export interface CaseContext {
  record: CaseRecord;
  figures: CaseFigures;
  facts: FactFindings;
  /** The rules judged against the whole record, once each. */
  evaluate: Evaluate;
}

/** What 从旧兼从轻 leaves of the verdict, over the readings of the facts the record leaves open. */
export interface TransitionOutcome {
  /** The facts (in words) under which the decision holds; empty: whatever they are. */
  requires: string[];
  /** No reading of the open facts lets the decision stand under the rule 从旧兼从轻 applies. */
  never?: string;
  /** It holds only under one of two rules whose lenience is mixed: not decided against the party. */
  split?: string;
}

/** Among rules for the same conduct, the one that fits the party, its roles, the agency, the sanctions and the facts. */
export function bestFitting(rules: readonly PenaltyRule[], ctx: CaseContext): PenaltyRule | undefined {
  const kind = ctx.record.party?.kind;
  const roles = ctx.record.party?.roles ?? [];
  const auth = authorityOf(ctx.record.agency);
  let best: { r: PenaltyRule; score: number } | undefined;
  for (const r of rules) {
    if (r.referral) continue;
    let score = 0;
    if (!kind || r.parties.includes(kind)) score += 4;
    const ciiOnly = r.roles.length > 0 && r.roles.every((x) => x === 'cii_operator');
    // Whom the rule addresses outweighs whether the (possibly unlawful) sanctions fit it.
    if (ciiOnly) score += roles.includes('cii_operator') ? 2 : -5;
    if (!auth || authorityMayApply(auth, r.authorities)) score += 2;
    if (ctx.evaluate(r).tier) score += 3;
    score += Math.min(3, Math.floor(conductOverlap(r, ctx.record.facts) / 3));
    if (!best || score > best.score) best = { r, score };
  }
  return best?.r;
}

/** A referral stands for the rule it reaches (the best fitting of its candidates). */
function reached(index: RuleIndex, rule: PenaltyRule, ctx: CaseContext): PenaltyRule | undefined {
  if (!rule.referral) return rule;
  const targets = (rule.referTo ?? []).map((id) => index.byId(id)).filter((r): r is PenaltyRule => !!r);
  return bestFitting(targets, ctx);
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
  const conductDay = dateSpan(record.date).last;
  const decisionDay = dateSpan(record.decision_date).last;
  const decisionVersion = versionInForce(law, decisionDay);
  if (!conductVersion || !decisionVersion || conductVersion.id === decisionVersion.id) return sel;
  const cited = sel.via ?? sel.rule;

  if (cited.version === conductVersion.id) {
    // Read in the old numbering: the rules that took its place after the conduct (referrals stand for what they reach).
    const later = successorsInForce(index, sel.rule, decisionDay)
      .map((s) => s.rule)
      .filter((r) => !isInForce(r, conductDay));
    const via = later.find((r) => r.referral);
    const newRule = bestFitting(later, ctx) ?? (via ? reached(index, via, ctx) : undefined);
    if (!newRule) {
      trace.push(
        `${CITE}：行为时${record.date}适用${sel.rule.id}；决定时的规定中没有取代它的罚则，适用行为时规定`,
      );
      return sel;
    }
    return judgeBoth(
      sel.rule,
      newRule,
      via && !later.includes(newRule) ? via : undefined,
      sel,
      ctx,
      findings,
      trace,
    );
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
  return judgeBoth(old, sel.rule, sel.via, sel, ctx, findings, trace);
}

/** The tier conduct in these circumstances falls under: the most specific whose facts hold; none if every tier needs one that does not. */
function tierByFacts(rule: PenaltyRule, holding: ReadonlySet<Fact>): Tier | null {
  let best: Tier | null = null;
  let bestN = -1;
  for (const t of rule.tiers) {
    let n = t.when.length === 0 ? 0 : -1;
    for (const g of t.when) if (g.length > n && g.every((f) => holding.has(f))) n = g.length;
    if (n >= 0 && n >= bestN) {
      best = t;
      bestN = n;
    }
  }
  return best;
}

interface Reading {
  /** The open facts taken as holding (true) or not (false). */
  assign: [Fact, boolean][];
  lenience: Lenience;
  reasons: string[];
  applies: PenaltyRule[];
  /** Those of `applies` the decision holds under. */
  heldUnder: PenaltyRule[];
  holds: 'yes' | 'no' | 'split';
  /** Its description, written once (readings are memoised). */
  text?: string;
}

function judgeBoth(
  oldRule: PenaltyRule,
  newRule: PenaltyRule,
  via: PenaltyRule | undefined,
  sel: SelectedRule,
  ctx: CaseContext,
  findings: Finding[],
  trace: string[],
): SelectedRule {
  const { record, facts } = ctx;
  const imposed = new Set((record.sanctions ?? []).map((s) => `${s.kind}|${s.target}`));
  const imposedKey = [...imposed].sort().join(',');
  const admits = (r: PenaltyRule) => admittingTiers(r, asRuleSeesIt(record, r), ctx.figures);
  const oldAdmits = admits(oldRule);
  const newAdmits = admits(newRule);
  const readings = readingsOf(oldRule, newRule, facts, oldAdmits, newAdmits, imposed, imposedKey);
  const open = readings[0]!.assign.map(([f]) => f);
  const newName = via ? `${via.id}（转致${newRule.id}）` : newRule.id;
  const head = `${CITE}：行为时${record.date}适用${oldRule.id}，决定时${record.decision_date}施行${newName}`;
  for (const r of readings) trace.push(`${head}；${describeReading(r)}`);

  const ok = readings.filter((r) => r.holds === 'yes');
  const chosen = ok[0] ?? readings.find((r) => r.holds === 'split') ?? readings[0]!;
  const rule = chosen.heldUnder[0] ?? chosen.applies[0]!;
  const transition: TransitionOutcome = { requires: [] };
  if (ok.length === readings.length) {
    // Holds whatever the open facts are; nothing to add.
  } else if (ok.length > 0) {
    transition.requires = [describeCondition(ok.map((r) => r.assign))];
  } else if (readings.some((r) => r.holds === 'split')) {
    transition.split = `${CITE}：${oldRule.id}与${newName}轻重互见（${chosen.reasons.join('；')}），处罚只在其中一者之下合法，法律未规定如何取舍，不能得出结论`;
    findings.push({ code: 'LENIENCY_UNCLEAR', severity: 'warning', message: transition.split });
  } else {
    transition.never = `${CITE}：${open.length ? '无论' + open.map((f) => FACT_LABELS[f]).join('、') + '是否成立，' : ''}依从旧兼从轻应适用的规定（${[...new Set(readings.flatMap((r) => r.applies.map((x) => x.id)))].join('、')}）都不允许所处处罚`;
  }
  if (readings.some((r) => r.lenience === 'mixed'))
    findings.push({
      code: 'LENIENCY_UNCLEAR',
      severity: 'warning',
      message: `${CITE}：${oldRule.id}与${newName}就本案情形轻重互见，法律未规定如何取舍；已分别按两者判断`,
    });
  const how =
    rule === newRule
      ? `${sel.how}；新规定处罚较轻或者不认为是违法，适用新规定（${CITE}）`
      : `${sel.how}；从旧适用行为时规定（${CITE}）`;
  return {
    rule,
    how,
    transition,
    ...(via && rule === newRule ? { via } : {}),
    ...(sel.assumed && rule === sel.rule ? { assumed: sel.assumed } : {}),
  };
}

const readingMemo = new WeakMap<PenaltyRule, WeakMap<PenaltyRule, Map<string, Reading[]>>>();

/**
 * Every reading of the open facts: which rule is lighter in it and whether the decision holds under the one that
 * applies. A pure function of the two rules, the facts found and the tiers admitting the sanctions: memoised.
 */
function readingsOf(
  oldRule: PenaltyRule,
  newRule: PenaltyRule,
  facts: FactFindings,
  oldAdmits: readonly Tier[],
  newAdmits: readonly Tier[],
  imposed: ReadonlySet<string>,
  imposedKey: string,
): Reading[] {
  let byNew = readingMemo.get(oldRule);
  if (!byNew) readingMemo.set(oldRule, (byNew = new WeakMap()));
  let byKey = byNew.get(newRule);
  if (!byKey) byNew.set(newRule, (byKey = new Map()));
  const key = `${[...facts.established].sort().join(',')}|${[...facts.absent].sort().join(',')}|${oldAdmits.map((t) => t.id).join(',')}|${newAdmits.map((t) => t.id).join(',')}|${imposedKey}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const open = openFacts([oldRule, newRule], facts);
  const readings: Reading[] = [];
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const assign = open.map((f, i): [Fact, boolean] => [f, (mask & (1 << i)) !== 0]);
    const holding = withImplied([...facts.established, ...assign.filter(([, v]) => v).map(([f]) => f)]);
    const v = compareTierPair(
      { rule: oldRule, tier: tierByFacts(oldRule, holding) },
      { rule: newRule, tier: tierByFacts(newRule, holding) },
      imposed,
      imposedKey,
    );
    const applies =
      v.verdict === 'lighter' ? [newRule] : v.verdict === 'mixed' ? [oldRule, newRule] : [oldRule];
    const heldUnder = applies.filter((r) => holdsUnder(r === oldRule ? oldAdmits : newAdmits, holding));
    const holds = heldUnder.length === applies.length ? 'yes' : heldUnder.length ? 'split' : 'no';
    readings.push({ assign, lenience: v.verdict, reasons: v.reasons, applies, heldUnder, holds });
  }
  if (byKey.size > 1_000) byKey.clear();
  byKey.set(key, readings);
  return readings;
}

/** Facts the tiers of either rule turn on that the record neither establishes nor rules out. */
function openFacts(rules: readonly PenaltyRule[], facts: FactFindings): Fact[] {
  const out = new Set<Fact>();
  for (const r of rules)
    for (const t of r.tiers)
      for (const g of t.when)
        for (const f of g) if (!facts.established.has(f) && !facts.absent.has(f)) out.add(f);
  return [...out].slice(0, MAX_OPEN);
}

/** Does some tier admit the decision's sanctions with its own facts holding in this reading? */
function holdsUnder(admitting: readonly Tier[], holding: ReadonlySet<Fact>): boolean {
  return admitting.some((t) => t.when.length === 0 || t.when.some((g) => g.every((f) => holding.has(f))));
}

const WORD: Record<Lenience, string> = { lighter: '较轻', heavier: '较重', same: '相同', mixed: '轻重互见' };

function describeReading(r: Reading): string {
  return (r.text ??= writeReading(r));
}

function writeReading(r: Reading): string {
  const when = r.assign.length ? `若${describeTerm(r.assign)}：` : '就本案情形，';
  const applied = r.applies.map((x) => x.id).join('与');
  const verdict = {
    yes: '所处处罚在其幅度内',
    no: '所处处罚不在其幅度内',
    split: '所处处罚只在其中一者幅度内',
  }[r.holds];
  return `${when}新规定${WORD[r.lenience]}（${r.reasons.join('；') || '幅度相同'}），适用${applied}，${verdict}`;
}

function describeTerm(assign: readonly [Fact, boolean][]): string {
  return assign.map(([f, v]) => (v ? FACT_LABELS[f] : `不存在${FACT_LABELS[f]}`)).join('且');
}

/** The readings under which the decision holds, merged where one fact does not matter (拒不改正 或 不存在拒不改正 → always). */
function describeCondition(terms: [Fact, boolean][][]): string {
  let current = terms.map((t) => new Map(t));
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < current.length; i++)
      for (let j = i + 1; j < current.length; j++) {
        const a = current[i]!;
        const b = current[j]!;
        if (a.size !== b.size) continue;
        const differ = [...a].filter(([f, v]) => b.get(f) !== v);
        if (differ.length !== 1 || ![...a.keys()].every((f) => b.has(f))) continue;
        const m = new Map(a);
        m.delete(differ[0]![0]);
        current = [...current.filter((_, k) => k !== i && k !== j), m];
        merged = true;
        break outer;
      }
  }
  return [...new Set(current.map((m) => describeTerm([...m])))].join(' 或 ');
}
