/**
 * Which tier of one rule admits every sanction a case records, and what that tier still needs.
 * Cross-cutting rules of 行政处罚法 (2021) applied here, for every rule:
 * - 第二十八条第一款 “行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。” — a rectification order is
 *   always admitted;
 * - 第二十八条第二款 “当事人有违法所得，除依法应当退赔的外，应当予以没收。” — confiscating illegal gains is always admitted,
 *   except when the record states there were none.
 * What the sentence allows together, for every rule:
 * - sanctions joined by 「或者」 (警告或者停机整顿; 五日以下拘留或者五百元以下罚款) are alternatives: one of them, not both;
 * - a sanction added with 「并处」「可以并处」 goes with its principal sanction (给予警告，可以并处罚款): without it, the tier
 *   does not admit it;
 * - a tier whose facts the record states as absent (`absent_facts`: 拒不改正 found not to be the case) admits nothing.
 * A sanction of kind `other` is of unknown nature: noted, never a reason to call the decision unlawful.
 */
import type { CaseRecord, PartyKind, Sanction } from '../shared/case-record.js';
import type { Admission, CaseFigures } from './bounds.js';
import type { Finding } from './check-result.js';
import { FACT_LABELS, type Fact, type PenaltyRule, type SanctionRule, type Tier } from './model.js';
import { AUTHORITY_LABEL, authorityMayApply, authorityOf } from './authority.js';
import { accessoryTo, admitSanction, KIND_LABEL, targetLabel, tierSanctions } from './tiers.js';

export interface RuleEvaluation {
  rule: PenaltyRule;
  /** Lowest tier admitting every sanction, or null. */
  tier: Tier | null;
  /** Sanctions no tier admits, with the reason from the tier closest to admitting them. */
  rejected: { sanction: Sanction; why: string }[];
  requires: string[];
  /** The figures among `requires` (违法所得数额 …), as opposed to the facts of the tier. */
  needs: string[];
  findings: Finding[];
  trace: string[];
}

/** Facts the case states: established (认定) and absent (认定不存在). */
export interface FactFindings {
  established: ReadonlySet<Fact>;
  absent: ReadonlySet<Fact>;
}

export const NO_FACTS: FactFindings = { established: new Set(), absent: new Set() };

const ALWAYS_ADMITTED: Partial<Record<Sanction['kind'], string>> = {
  rectification: '行政处罚法第二十八条第一款（责令改正）',
  confiscation: '行政处罚法第二十八条第二款（没收违法所得）',
};

export function describeWhen(when: readonly Fact[][]): string {
  return when.map((g) => g.map((f) => FACT_LABELS[f]).join('且')).join(' 或 ');
}

/** A reason a tier cannot carry the record's sanctions together, though it may admit each one. */
interface TierProblem {
  code: 'FACT_ABSENT' | 'ALTERNATIVES_COMBINED' | 'ACCESSORY_WITHOUT_MAIN' | 'AUTHORITY_NOT_EMPOWERED';
  message: string;
}

interface TierOutcome {
  tier: Tier;
  admissions: Admission[];
  problems: TierProblem[];
  /** Problems an abridged record may explain (a 「并处」 fine whose 警告 the text does not mention). */
  soft: TierProblem[];
}

export function evaluateRule(
  rule: PenaltyRule,
  record: CaseRecord,
  figures: CaseFigures,
  facts: FactFindings,
): RuleEvaluation {
  const party: PartyKind | null = record.party?.kind ?? null;
  const sanctions = (record.sanctions ?? []).filter((s) => s.kind !== 'other');
  const outcomes: TierOutcome[] = [];
  let first: TierOutcome | undefined;
  for (const tier of rule.tiers) {
    const outcome = judgeTier(rule, tier, sanctions, figures, facts, party, record.agency ?? null);
    if (outcome.problems.length === 0 && outcome.admissions.every((a) => a.status !== 'no')) {
      // The tier the established facts put the case in, if it admits the sanctions; else the lowest that does.
      if (factsMet(tier, facts) && tier.when.length > 0)
        return lazy(rule, tier, () => admitted(rule, outcome, sanctions, facts, party));
      first ??= outcome;
      if (facts.established.size === 0) break;
    }
    outcomes.push(outcome);
  }
  const chosen = first;
  return chosen
    ? lazy(rule, chosen.tier, () => admitted(rule, chosen, sanctions, facts, party))
    : lazy(rule, null, () => rejectedAll(rule, sanctions, outcomes, facts));
}

type Detail = Pick<RuleEvaluation, 'rejected' | 'requires' | 'needs' | 'findings' | 'trace'>;

/**
 * The tier is known at once; what explains it (findings, trace, the facts still required) is written only when read:
 * choosing between rules asks only which tier admits the sanctions.
 */
function lazy(rule: PenaltyRule, tier: Tier | null, explain: () => Detail): RuleEvaluation {
  return new Explained(rule, tier, explain);
}

class Explained implements RuleEvaluation {
  private detail: Detail | undefined;
  constructor(
    readonly rule: PenaltyRule,
    readonly tier: Tier | null,
    private readonly explain: () => Detail,
  ) {}
  private get d(): Detail {
    return (this.detail ??= this.explain());
  }
  get rejected() {
    return this.d.rejected;
  }
  get requires() {
    return this.d.requires;
  }
  get needs() {
    return this.d.needs;
  }
  get findings() {
    return this.d.findings;
  }
  get trace() {
    return this.d.trace;
  }
}

/**
 * The tiers that admit the record's sanctions together, whatever the facts (which tier applies then turns on the
 * facts alone: 从旧兼从轻 tries the readings of the open facts against these).
 */
export function admittingTiers(rule: PenaltyRule, record: CaseRecord, figures: CaseFigures): Tier[] {
  const party: PartyKind | null = record.party?.kind ?? null;
  const sanctions = (record.sanctions ?? []).filter((s) => s.kind !== 'other');
  return rule.tiers.filter((tier) => {
    const o = judgeTier(rule, tier, sanctions, figures, NO_FACTS, party, record.agency ?? null);
    return o.problems.length === 0 && o.admissions.every((a) => a.status !== 'no');
  });
}

/** Each rule judged once against the whole record of one check (rule selection, 从旧兼从轻 and referrals all ask). */
export type Evaluate = (rule: PenaltyRule) => RuleEvaluation;

export function memoEvaluate(record: CaseRecord, figures: CaseFigures, facts: FactFindings): Evaluate {
  const seen = new Map<PenaltyRule, RuleEvaluation>();
  return (rule) => {
    let ev = seen.get(rule);
    if (!ev) seen.set(rule, (ev = evaluateRule(rule, record, figures, facts)));
    return ev;
  };
}

const factsMet = (tier: Tier, facts: FactFindings) =>
  tier.when.length === 0 || tier.when.some((g) => g.every((f) => facts.established.has(f)));

function judgeTier(
  rule: PenaltyRule,
  tier: Tier,
  sanctions: Sanction[],
  figures: CaseFigures,
  facts: FactFindings,
  party: PartyKind | null,
  agency: string | null,
): TierOutcome {
  const allowed = tierSanctions(rule, tier);
  const admissions = sanctions.map((s) => {
    const a = admitSanction(allowed, s, figures, party);
    if (
      a.status === 'no' &&
      a.code !== 'CONFISCATION_WITHOUT_GAINS' &&
      ALWAYS_ADMITTED[s.kind] &&
      s.target === 'party'
    ) {
      return { status: 'yes', by: ALWAYS_ADMITTED[s.kind]! } as Admission;
    }
    return a;
  });
  const problems: TierProblem[] = [];
  const absent = tier.when.length > 0 && tier.when.every((g) => g.some((f) => facts.absent.has(f)));
  if (absent)
    problems.push({
      code: 'FACT_ABSENT',
      message: `「${tier.label}」须有${describeWhen(tier.when)}，而记录认定${[...facts.absent]
        .filter((f) => tier.when.some((g) => g.includes(f)))
        .map((f) => FACT_LABELS[f])
        .join('、')}不存在`,
    });
  const soft: TierProblem[] = [];
  // What the sentence allows together matters only once the tier admits each sanction, and only in tiers whose
  // sentence has 「或者」, 「并处」 or a sanction given to another authority.
  if (admissions.some((a) => a.status === 'no') || !hasJoins(rule, tier))
    return { tier, admissions, problems, soft };
  const used = admissions.map((a) => (a.status !== 'no' ? a.rule : undefined));
  problems.push(...alternativesCombined(tier, used), ...imposedByOther(tier, used, agency));
  for (const p of accessoriesAlone(rule, tier, sanctions, used)) (p.soft ? soft : problems).push(p);
  return { tier, admissions, problems, soft };
}

const joins = new WeakMap<Tier, boolean>();

/** Does the tier's sentence join sanctions (或者, 并处) or give one to another authority? Computed once per tier. */
function hasJoins(rule: PenaltyRule, tier: Tier): boolean {
  let j = joins.get(tier);
  if (j === undefined) {
    j = tierSanctions(rule, tier).some(
      (r) => r.modality === 'alternative' || !!r.by || accessoryTo(rule, tier, r).length > 0,
    );
    joins.set(tier, j);
  }
  return j;
}

/**
 * A sanction the text gives to another authority than the rest of the paragraph (互联网上网服务营业场所管理条例 第三十条
 * 「由公安机关给予警告……直至由文化行政部门吊销《网络文化经营许可证》」), imposed by an agency of another kind.
 */
function imposedByOther(
  tier: Tier,
  used: (SanctionRule | undefined)[],
  agency: string | null,
): TierProblem[] {
  const kind = authorityOf(agency);
  if (!kind) return [];
  return used
    .filter((r): r is SanctionRule => !!r?.by && !r.by.some((a) => authorityMayApply(kind, [a])))
    .map((r) => ({
      code: 'AUTHORITY_NOT_EMPOWERED' as const,
      message: `「${tier.label}」的「${r.words ?? KIND_LABEL[r.kind]}」由${r.by!.map((a) => AUTHORITY_LABEL[a]).join('或')}决定，${agency}（${AUTHORITY_LABEL[kind]}）无权决定`,
    }));
}

/** 「…或者…」: two different sanctions of one alternative group imposed together. */
function alternativesCombined(tier: Tier, used: (SanctionRule | undefined)[]): TierProblem[] {
  const groups = new Map<string, Set<SanctionRule>>();
  for (const r of used) {
    if (!r || r.modality !== 'alternative' || !r.alternativeGroup) continue;
    const set = groups.get(r.alternativeGroup) ?? new Set();
    set.add(r);
    groups.set(r.alternativeGroup, set);
  }
  return [...groups.values()]
    .filter((set) => set.size > 1)
    .map((set) => ({
      code: 'ALTERNATIVES_COMBINED' as const,
      message: `「${tier.label}」的${[...set].map((r) => `「${r.words ?? r.fine?.[0]?.words ?? KIND_LABEL[r.kind]}」`).join('与')}以「或者」连接，只能择一适用，不得并处`,
    }));
}

/**
 * 「并处」「可以并处」 without the principal sanction it goes with. Where that principal is only a 警告 the record
 * may simply not mention it (published texts are abridged, and the 警告 is then a required sanction the record lacks):
 * the accessory is not held against the decision, but the verdict rests on the 警告 having been given (`soft`).
 * Where it is 拘留 (处…拘留，可以并处…罚款), the accessory stands in for a heavier principal: the tier does not admit it.
 */
function accessoriesAlone(
  rule: PenaltyRule,
  tier: Tier,
  sanctions: Sanction[],
  used: (SanctionRule | undefined)[],
): (TierProblem & { soft: boolean; mains: Sanction['kind'][] })[] {
  const out: (TierProblem & { soft: boolean; mains: Sanction['kind'][] })[] = [];
  used.forEach((r, i) => {
    if (!r) return;
    const mains = accessoryTo(rule, tier, r);
    if (mains.length === 0 || sanctions.some((s) => mains.includes(s.kind))) return;
    out.push({
      code: 'ACCESSORY_WITHOUT_MAIN',
      message: `「${tier.label}」的${describeSanction(sanctions[i]!)}是「${r.fine?.[0]?.words ?? r.words ?? KIND_LABEL[r.kind]}」，须与${mains.map((k) => KIND_LABEL[k]).join('或')}并处，不能单独适用`,
      soft: mains.every((k) => k === 'warning'),
      mains,
    });
  });
  return out;
}

function admitted(
  rule: PenaltyRule,
  { tier, admissions, soft }: TierOutcome,
  sanctions: Sanction[],
  facts: FactFindings,
  party: PartyKind | null,
): Detail {
  const findings: Finding[] = [];
  const requires: string[] = [];
  const needs: string[] = [];
  const trace: string[] = [];
  for (const p of soft) {
    findings.push({
      code: p.code,
      severity: 'warning',
      message: `${p.message}；记录未载明警告（公开文本可能有删节），若决定未给予警告则不合法`,
    });
    if (!needs.includes('决定同时给予警告')) needs.push('决定同时给予警告');
  }
  if (!factsMet(tier, facts)) {
    // Only the groups of facts the record has not ruled out.
    const open = tier.when.filter((g) => !g.some((f) => facts.absent.has(f)));
    requires.push(describeWhen(open));
  }
  sanctions.forEach((s, i) => {
    const a = admissions[i]!;
    const what = describeSanction(s);
    if (a.status === 'yes') trace.push(`${what}：在「${a.by}」之内`);
    if (a.status === 'maybe') {
      trace.push(`${what}：「${a.by}」须知${a.needs}方能确定`);
      if (!needs.includes(a.needs)) needs.push(a.needs);
    }
  });
  for (const s of tierSanctions(rule, tier)) {
    if (s.modality !== 'mandatory' || (s.partyKind && party && s.partyKind !== party)) continue;
    if (sanctions.some((x) => x.kind === s.kind && x.target === s.target)) continue;
    findings.push(missing(rule, tier, s));
  }
  return { rejected: [], requires: [...requires, ...needs], needs, findings, trace };
}

const missingFindings = new WeakMap<Tier, Map<SanctionRule, Finding>>();

/** A sanction the tier requires that the record lacks: the finding depends on the rule data only (written once). */
function missing(rule: PenaltyRule, tier: Tier, s: SanctionRule): Finding {
  let byRule = missingFindings.get(tier);
  if (!byRule) missingFindings.set(tier, (byRule = new Map()));
  let f = byRule.get(s);
  if (!f) {
    f = {
      code: 'REQUIRED_SANCTION_MISSING',
      severity: 'info',
      message: `${rule.id}「${tier.label}」规定「${s.words ?? s.fine?.[0]?.words ?? KIND_LABEL[s.kind]}」（${KIND_LABEL[s.kind]}，${targetLabel(s)}），记录中未载明（公开文本可能有删节；该处罚附有条件的，条件不成立时无须给予）`,
    };
    byRule.set(s, f);
  }
  return f;
}

/**
 * No tier admits everything: name, for each sanction no tier admits, the bound it breaks — from the tiers that
 * provide that kind of sanction at all, or say that none does; when each sanction alone fits some tier, say what keeps
 * the tiers from carrying them together (facts found absent, alternatives combined, an accessory without its main).
 */
function rejectedAll(
  rule: PenaltyRule,
  sanctions: Sanction[],
  outcomes: TierOutcome[],
  facts: FactFindings,
): Detail {
  const findings: Finding[] = [];
  const rejected: { sanction: Sanction; why: string }[] = [];
  const notClosed = outcomes.filter((o) => !o.problems.some((p) => p.code === 'FACT_ABSENT'));
  // The tiers the established facts put the case in (情节较轻 established: that tier's bound is the reason).
  const selected = notClosed.filter((o) => o.tier.when.length > 0 && factsMet(o.tier, facts));
  const open = selected.length ? selected : notClosed;
  sanctions.forEach((s, i) => {
    if (open.some((o) => o.admissions[i]!.status !== 'no')) return;
    const misses = open
      .map((o) => ({ label: o.tier.label, a: o.admissions[i]! }))
      .flatMap(({ label, a }) => (a.status === 'no' ? [{ label, why: a.why, code: a.code }] : []));
    const relevant = misses.filter((m) => m.code !== 'SANCTION_NOT_PROVIDED');
    const shown = relevant.length ? relevant : misses;
    const closedBy = outcomes.filter(
      (o) => o.admissions[i]!.status !== 'no' && o.problems.some((p) => p.code === 'FACT_ABSENT'),
    );
    const why =
      [
        ...shown.map((m) => `「${m.label}」${m.why}`),
        ...closedBy.flatMap((o) => o.problems.map((p) => p.message)),
      ].join('；') || `${rule.id}没有规定处罚档次`;
    rejected.push({ sanction: s, why });
    findings.push({
      code: closedBy.length ? 'FACT_ABSENT' : (shown[shown.length - 1]?.code ?? 'SANCTION_NOT_PROVIDED'),
      severity: 'error',
      message: `${describeSanction(s)}不在${ruleLabel(rule)}任何档次的幅度内：${why}`,
    });
  });
  if (rejected.length === 0) {
    const problems = open.flatMap((o) => o.problems);
    const codes = [...new Set(problems.map((p) => p.code))];
    if (codes.length > 0)
      for (const code of codes)
        findings.push({
          code,
          severity: 'error',
          message: `${ruleLabel(rule)}：${problems
            .filter((p) => p.code === code)
            .map((p) => p.message)
            .join('；')}`,
        });
    else
      findings.push({
        code: 'SANCTIONS_SPLIT_ACROSS_TIERS',
        severity: 'error',
        message: `${ruleLabel(rule)}没有一个档次同时允许记录中的全部处罚`,
      });
  }
  return { rejected, requires: [], needs: [], findings, trace: [] };
}

const labels = new WeakMap<PenaltyRule, string>();

/** CSL2016.59.1（《网络安全法》第59条第1款）: written once per rule. */
export function ruleLabel(rule: PenaltyRule): string {
  let l = labels.get(rule);
  if (l === undefined) {
    l = `${rule.id}（《${rule.law}》第${rule.article}条${rule.paragraph ? `第${rule.paragraph}款` : ''}${rule.items?.length === 1 ? `第（${rule.items[0]}）项` : ''}）`;
    labels.set(rule, l);
  }
  return l;
}

export function describeSanction(s: Sanction): string {
  const who = s.target === 'responsible_person' ? '对责任人员' : '';
  if (s.kind === 'fine')
    return `${who}罚款${s.amount_yuan ?? '（数额未载明）'}${s.amount_yuan !== null ? '元' : ''}`;
  if (s.kind === 'detention')
    return `${who}行政拘留${s.days ?? '（日数未载明）'}${s.days !== null ? '日' : ''}`;
  return `${who}${KIND_LABEL[s.kind]}`;
}
