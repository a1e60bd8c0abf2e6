/**
 * Which tier of one rule admits every sanction a case records, and what that tier still needs.
 * Cross-cutting rules of 行政处罚法 (2021) applied here, for every rule:
 * - 第二十八条第一款 “行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。” — a rectification order is
 *   always admitted;
 * - 第二十八条第二款 “当事人有违法所得，除依法应当退赔的外，应当予以没收。” — confiscating illegal gains is always admitted.
 * A sanction of kind `other` is of unknown nature: noted, never a reason to call the decision unlawful.
 */
import type { CaseRecord, PartyKind, Sanction } from '../shared/case-record.js';
import type { Admission, CaseFigures, RejectionCode } from './bounds.js';
import type { Finding } from './check-result.js';
import { FACT_LABELS, type Fact, type PenaltyRule, type Tier } from './model.js';
import { admitSanction, KIND_LABEL, TARGET_LABEL, tierSanctions } from './tiers.js';

export interface RuleEvaluation {
  rule: PenaltyRule;
  /** Lowest tier admitting every sanction, or null. */
  tier: Tier | null;
  /** Sanctions no tier admits, with the reason from the tier closest to admitting them. */
  rejected: { sanction: Sanction; why: string }[];
  requires: string[];
  findings: Finding[];
  trace: string[];
}

const ALWAYS_ADMITTED: Partial<Record<Sanction['kind'], string>> = {
  rectification: '行政处罚法第二十八条第一款（责令改正）',
  confiscation: '行政处罚法第二十八条第二款（没收违法所得）',
};

export function describeWhen(when: readonly Fact[][]): string {
  return when.map((g) => g.map((f) => FACT_LABELS[f]).join('且')).join(' 或 ');
}

export function evaluateRule(
  rule: PenaltyRule,
  record: CaseRecord,
  figures: CaseFigures,
  established: ReadonlySet<Fact>,
): RuleEvaluation {
  const party: PartyKind | null = record.party?.kind ?? null;
  const sanctions = (record.sanctions ?? []).filter((s) => s.kind !== 'other');
  let closest: { tier: Tier; admissions: Admission[] } | null = null;
  for (const tier of rule.tiers) {
    const allowed = tierSanctions(rule, tier);
    const admissions = sanctions.map((s) => {
      const a = admitSanction(allowed, s, figures, party);
      if (a.status === 'no' && ALWAYS_ADMITTED[s.kind] && s.target === 'party') {
        return { status: 'yes', by: ALWAYS_ADMITTED[s.kind]! } as Admission;
      }
      return a;
    });
    if (admissions.every((a) => a.status !== 'no'))
      return admitted(rule, tier, sanctions, admissions, established, party);
    const misses = admissions.filter((a) => a.status === 'no').length;
    if (!closest || misses <= closest.admissions.filter((a) => a.status === 'no').length)
      closest = { tier, admissions };
  }
  return rejectedAll(rule, record, sanctions, figures);
}

function admitted(
  rule: PenaltyRule,
  tier: Tier,
  sanctions: Sanction[],
  admissions: Admission[],
  established: ReadonlySet<Fact>,
  party: PartyKind | null,
): RuleEvaluation {
  const findings: Finding[] = [];
  const requires: string[] = [];
  const trace: string[] = [];
  const factsMet = tier.when.length === 0 || tier.when.some((g) => g.every((f) => established.has(f)));
  if (!factsMet) requires.push(describeWhen(tier.when));
  sanctions.forEach((s, i) => {
    const a = admissions[i]!;
    const what = describeSanction(s);
    if (a.status === 'yes') trace.push(`${what}：在「${a.by}」之内`);
    if (a.status === 'maybe') {
      trace.push(`${what}：「${a.by}」须知${a.needs}方能确定`);
      if (!requires.includes(a.needs)) requires.push(a.needs);
    }
  });
  for (const s of tierSanctions(rule, tier)) {
    if (s.modality !== 'mandatory' || (s.partyKind && party && s.partyKind !== party)) continue;
    if (sanctions.some((x) => x.kind === s.kind && x.target === s.target)) continue;
    findings.push({
      code: 'REQUIRED_SANCTION_MISSING',
      severity: 'info',
      message: `${rule.id}「${tier.label}」应当${s.words ?? KIND_LABEL[s.kind]}（${TARGET_LABEL[s.target]}），记录中未载明（公开文本可能有删节）`,
    });
  }
  return { rule, tier, rejected: [], requires, findings, trace };
}

/**
 * No tier admits everything: name, for each sanction no tier admits, the bound it breaks — from the tiers that
 * provide that kind of sanction at all, or say that none does.
 */
function rejectedAll(
  rule: PenaltyRule,
  record: CaseRecord,
  sanctions: Sanction[],
  figures: CaseFigures,
): RuleEvaluation {
  const party = record.party?.kind ?? null;
  const findings: Finding[] = [];
  const rejected: { sanction: Sanction; why: string }[] = [];
  for (const s of sanctions) {
    if (ALWAYS_ADMITTED[s.kind] && s.target === 'party') continue;
    const misses: { label: string; why: string; code: RejectionCode }[] = [];
    let ok = false;
    for (const tier of rule.tiers) {
      const a = admitSanction(tierSanctions(rule, tier), s, figures, party);
      if (a.status !== 'no') {
        ok = true;
        break;
      }
      misses.push({ label: tier.label, why: a.why, code: a.code });
    }
    if (ok) continue;
    const relevant = misses.filter((m) => m.code !== 'SANCTION_NOT_PROVIDED');
    const shown = relevant.length ? relevant : misses;
    const why = shown.map((m) => `「${m.label}」${m.why}`).join('；') || `${rule.id}没有规定处罚档次`;
    rejected.push({ sanction: s, why });
    findings.push({
      code: shown[shown.length - 1]?.code ?? 'SANCTION_NOT_PROVIDED',
      severity: 'error',
      message: `${describeSanction(s)}不在${ruleLabel(rule)}任何档次的幅度内：${why}`,
    });
  }
  if (rejected.length === 0) {
    findings.push({
      code: 'SANCTIONS_SPLIT_ACROSS_TIERS',
      severity: 'error',
      message: `${ruleLabel(rule)}没有一个档次同时允许记录中的全部处罚`,
    });
  }
  return { rule, tier: null, rejected, requires: [], findings, trace: [] };
}

export function ruleLabel(rule: PenaltyRule): string {
  return `${rule.id}（《${rule.law}》第${rule.article}条${rule.paragraph ? `第${rule.paragraph}款` : ''}）`;
}

export function describeSanction(s: Sanction): string {
  const who = s.target === 'responsible_person' ? '对责任人员' : '';
  if (s.kind === 'fine')
    return `${who}罚款${s.amount_yuan ?? '（数额未载明）'}${s.amount_yuan !== null ? '元' : ''}`;
  if (s.kind === 'detention')
    return `${who}行政拘留${s.days ?? '（日数未载明）'}${s.days !== null ? '日' : ''}`;
  return `${who}${KIND_LABEL[s.kind]}`;
}
