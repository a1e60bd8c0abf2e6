/**
 * From a case's citations to the penalty rules that decide it, law by law:
 * - citations are read in the numbering of the version in force on the decision date, or on the conduct date when
 *   there is no decision date (网络安全法 2025 renumbered its articles: old 59 is new 61);
 * - with no date at all, the version whose articles fit the citations is chosen (a cited penalty article that
 *   enforces the cited obligation) and a finding says so;
 * - a cited penalty article gives its rule(s); an obligation cited alone gives the rule(s) enforcing it
 *   (第四十六条 → 第六十七条);
 * - among the paragraphs of one article (59.1 network operator / 59.2 CII operator; 63.1 person / 63.2 unit)
 *   the one that fits the party, its roles, the cited obligation and the sanctions is chosen.
 */
import type { CaseRecord, ProvisionRef } from '../shared/case-record.js';
import type { LawEntry, VersionEntry } from '../statutes/catalogue.js';
import { versionsOverSpan } from '../statutes/versions.js';
import type { CaseFigures } from './bounds.js';
import type { Finding } from './check-result.js';
import { authorityMayApply, authorityOf } from './authority.js';
import { evaluateRule } from './evaluate-rule.js';
import type { Fact, PenaltyRule } from './model.js';
import type { RuleIndex } from './rule-index.js';

export interface SelectedRule {
  rule: PenaltyRule;
  how: string;
}

export interface LawSelection {
  law: LawEntry;
  version: VersionEntry | null;
  rules: SelectedRule[];
  findings: Finding[];
  trace: string[];
}

interface Candidate {
  rule: PenaltyRule;
  how: string;
  group: string;
}

export function candidatesInVersion(
  index: RuleIndex,
  law: LawEntry,
  version: VersionEntry,
  cited: readonly ProvisionRef[],
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (rule: PenaltyRule, how: string, group: string) => {
    if (seen.has(rule.id)) return;
    seen.add(rule.id);
    out.push({ rule, how, group });
  };
  for (const p of cited) {
    if (p.article === null) continue;
    for (const r of index.penaltyArticle(law.name, version.id, p.article, p.paragraph))
      add(r, '援引罚则', `a${p.article}`);
  }
  if (out.length > 0) return out;
  for (const p of cited) {
    if (p.article === null) continue;
    for (const r of index.enforcing(law.name, version.id, p.article))
      add(r, `由所引义务条款第${p.article}条推定罚则`, 'inferred');
  }
  return out;
}

/** How well a candidate fits the case: party kind, roles, cited obligations, sanctions admitted, authority. */
function fitScore(
  c: Candidate,
  record: CaseRecord,
  cited: readonly ProvisionRef[],
  figures: CaseFigures,
  facts: ReadonlySet<Fact>,
): number {
  const r = c.rule;
  let score = 0;
  const kind = record.party?.kind;
  if (!kind || r.parties.includes(kind)) score += 4;
  const roles = record.party?.roles ?? [];
  const ciiOnly = r.roles.length > 0 && r.roles.every((x) => x === 'cii_operator');
  if (ciiOnly && !roles.includes('cii_operator')) score -= 2;
  if (ciiOnly && roles.includes('cii_operator')) score += 2;
  if (cited.some((p) => p.article !== null && r.enforces.some((e) => e.article === p.article))) score += 2;
  if (cited.some((p) => p.article === r.article && p.paragraph !== null && p.paragraph === r.paragraph))
    score += 1;
  if (r.tiers.length > 0 && evaluateRule(r, record, figures, facts).tier) score += 3;
  const auth = authorityOf(record.agency);
  if (!auth || authorityMayApply(auth, r.authorities)) score += 1;
  return score;
}

function pickPerGroup(
  cands: Candidate[],
  record: CaseRecord,
  cited: readonly ProvisionRef[],
  figures: CaseFigures,
  facts: ReadonlySet<Fact>,
) {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const chosen: { c: Candidate; score: number; others: string[] }[] = [];
  for (const list of groups.values()) {
    let best = list[0]!;
    if (list.length === 1) {
      chosen.push({ c: best, score: 0, others: [] });
      continue;
    }
    let bestScore = fitScore(best, record, cited, figures, facts);
    for (const c of list.slice(1)) {
      const s = fitScore(c, record, cited, figures, facts);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    chosen.push({ c: best, score: bestScore, others: list.filter((x) => x !== best).map((x) => x.rule.id) });
  }
  return chosen;
}

export function selectRulesForLaw(
  index: RuleIndex,
  law: LawEntry,
  cited: readonly ProvisionRef[],
  record: CaseRecord,
  figures: CaseFigures,
  facts: ReadonlySet<Fact>,
): LawSelection {
  const findings: Finding[] = [];
  const trace: string[] = [];
  const readDate = record.decision_date ?? record.date ?? null;
  const versions = readDate ? versionsOverSpan(law, readDate) : law.versions;
  if (versions.length === 0) {
    findings.push({
      code: 'LAW_NOT_IN_FORCE',
      severity: 'error',
      message: `《${law.name}》在${readDate}尚未施行（最早版本自${law.versions[0]?.effective}起施行）`,
    });
    return { law, version: null, rules: [], findings, trace };
  }
  const scored = versions.map((v) => {
    const picked = pickPerGroup(candidatesInVersion(index, law, v, cited), record, cited, figures, facts);
    // With one version there is nothing to weigh; with several, the one whose rules fit the case best wins.
    const score =
      versions.length === 1
        ? 0
        : picked.reduce(
            (a, p) => a + (p.others.length ? p.score : fitScore(p.c, record, cited, figures, facts)) + 5,
            0,
          );
    return { v, picked, score };
  });
  let best = scored[0]!;
  for (const s of scored.slice(1)) if (s.score > best.score) best = s;
  const dated = readDate ? `${readDate}施行的` : '';
  if (versions.length > 1) {
    findings.push({
      code: readDate ? 'VERSION_SPAN_AMBIGUOUS' : 'VERSION_BY_FIT',
      severity: 'warning',
      message: readDate
        ? `${readDate}跨越《${law.name}》两个版本，按所引条文选定${best.v.id}版本`
        : `记录没有日期，按所引条文与罚则的对应关系选定《${law.name}》${best.v.id}版本（自${best.v.effective}起施行）`,
    });
  }
  trace.push(
    `按${dated}《${law.name}》（${best.v.id}版本，自${best.v.effective}起施行）的条文编号理解所引条款`,
  );
  const rules = best.picked.map(({ c, others }) => {
    if (others.length) trace.push(`${c.rule.id}：同条其他罚则 ${others.join('、')} 与案情不符`);
    return { rule: c.rule, how: c.how };
  });
  if (rules.length === 0) {
    const citedArticles = cited.filter((p) => p.article !== null);
    findings.push({
      code: citedArticles.length ? 'NO_PENALTY_RULE' : 'NO_ARTICLE_CITED',
      severity: 'warning',
      message: citedArticles.length
        ? `《${law.name}》（${best.v.id}）第${citedArticles.map((p) => p.article).join('、')}条既不是罚则，也没有罚则执行它`
        : `记录只写了《${law.name}》而未写条文，无法确定适用的罚则`,
    });
  }
  return { law, version: best.v, rules, findings, trace };
}
