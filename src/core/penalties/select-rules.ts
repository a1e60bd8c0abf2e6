/**
 * From a case's citations to the penalty rules that decide it, law by law:
 * - citations are read in the numbering of the version in force on the decision date; when the conduct happened under
 *   an earlier version (a 2026 decision on 2025 conduct under 网络安全法, renumbered on 2026-01-01: old 59 is new 61),
 *   they are read in both numberings, since a decision may cite either (the old law applies under 从旧兼从轻, 行政处罚法
 *   第三十七条), and the reading whose rules fit the case wins: the obligation article cited with the penalty article,
 *   the conduct the facts describe, the rule's liable parties, the deciding authority, the sanctions it admits;
 * - with a decision date and no conduct date, the versions in force in the two years before the decision are read too
 *   (行政处罚法 第三十六条第一款 “违法行为在二年内未被发现的，不再给予行政处罚”);
 * - with no date at all, the version whose articles fit the citations is chosen and a finding says so;
 * - a cited penalty article gives its rule(s); an obligation cited alone gives the rule(s) enforcing it
 *   (第四十六条 → 第六十七条);
 * - among the paragraphs of one article (59.1 network operator / 59.2 CII operator; 63.1 person / 63.2 unit)
 *   the one that fits the party, its roles, the cited obligation and the sanctions is chosen.
 */
import type { CaseRecord, ProvisionRef } from '../shared/case-record.js';
import { dateSpan } from '../shared/dates.js';
import type { LawEntry, VersionEntry } from '../statutes/catalogue.js';
import { versionInForce, versionsOverSpan } from '../statutes/versions.js';
import { authorityMayApply, authorityOf } from './authority.js';
import type { Finding } from './check-result.js';
import { conductOverlap } from './conduct-overlap.js';
import type { Evaluate } from './evaluate-rule.js';
import type { PenaltyRule } from './model.js';
import type { RuleIndex } from './rule-index.js';
import type { TransitionOutcome } from './transition.js';

export interface SelectedRule {
  rule: PenaltyRule;
  how: string;
  /** The referral rule (网络安全法 2025 第七十一条) this rule was reached through. */
  via?: PenaltyRule;
  /** What 从旧兼从轻 leaves of the verdict, when conduct and decision fall under different versions. */
  transition?: TransitionOutcome;
  /** For a referral the decision cites alone: the rule taken to be its basis, in words (a condition of the verdict). */
  assumed?: string;
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
      if (!p.item || !r.items || r.items.includes(p.item)) add(r, '援引罚则', `a${p.article}`);
  }
  if (out.length > 0) return out;
  for (const p of cited) {
    if (p.article === null) continue;
    for (const r of index.enforcing(law.name, version.id, p.article))
      add(r, `由所引义务条款第${p.article}条推定罚则`, 'inferred');
  }
  return out;
}

interface Fit {
  score: number;
  reasons: string[];
}

/**
 * How well a candidate fits the case: party kind, roles, cited obligations, sanctions admitted, authority, and (when
 * `conduct` is set, to choose between numberings) the conduct the facts describe.
 */
function fitOf(
  c: Candidate,
  record: CaseRecord,
  cited: readonly ProvisionRef[],
  evaluate: Evaluate,
  conduct: boolean,
): Fit {
  const r = c.rule;
  const reasons: string[] = [];
  let score = 0;
  const kind = record.party?.kind;
  if (!kind || r.parties.includes(kind)) score += 4;
  else if (conduct) reasons.push(`${r.id}不罚${kind === 'organization' ? '单位' : '个人'}`);
  const roles = record.party?.roles ?? [];
  const ciiOnly = r.roles.length > 0 && r.roles.every((x) => x === 'cii_operator');
  if (ciiOnly && !roles.includes('cii_operator')) score -= 2;
  if (ciiOnly && roles.includes('cii_operator')) score += 2;
  const obligation = cited.find((p) => p.article !== null && r.enforces.some((e) => e.article === p.article));
  if (obligation) {
    score += 2;
    if (conduct) reasons.push(`所引第${obligation.article}条是${r.id}所执行的义务`);
  }
  if (cited.some((p) => p.article === r.article && p.paragraph !== null && p.paragraph === r.paragraph))
    score += 1;
  if (r.tiers.length > 0 && evaluate(r).tier) {
    score += 3;
    if (conduct) reasons.push(`${r.id}的幅度容纳所处罚种与数额`);
  }
  const auth = authorityOf(record.agency);
  if (!auth || authorityMayApply(auth, r.authorities)) score += 1;
  else {
    score -= 2;
    if (conduct) reasons.push(`${record.agency}无权适用${r.id}`);
  }
  if (conduct) {
    const overlap = Math.min(3, Math.floor(conductOverlap(r, record.facts) / 3));
    if (overlap > 0) reasons.push(`案情与${r.id}所述行为相符`);
    score += overlap;
  }
  return { score, reasons };
}

interface Picked {
  c: Candidate;
  fit: Fit;
  others: string[];
}

function pickPerGroup(
  cands: Candidate[],
  record: CaseRecord,
  cited: readonly ProvisionRef[],
  evaluate: Evaluate,
  weigh: 'none' | 'fit' | 'fit_and_conduct',
): Picked[] {
  const conduct = weigh === 'fit_and_conduct';
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const chosen: Picked[] = [];
  for (const list of groups.values()) {
    if (list.length === 1 && weigh === 'none') {
      chosen.push({ c: list[0]!, fit: { score: 0, reasons: [] }, others: [] });
      continue;
    }
    let best = list[0]!;
    let bestFit = fitOf(best, record, cited, evaluate, conduct);
    for (const c of list.slice(1)) {
      const f = fitOf(c, record, cited, evaluate, conduct);
      if (f.score > bestFit.score) {
        best = c;
        bestFit = f;
      }
    }
    chosen.push({ c: best, fit: bestFit, others: list.filter((x) => x !== best).map((x) => x.rule.id) });
  }
  return chosen;
}

const TWO_YEARS_BEFORE = (day: string) =>
  `${String(Number(day.slice(0, 4)) - 2).padStart(4, '0')}${day.slice(4)}`;

/** The versions whose numbering the citations may be in, and the one in force when the conduct happened. */
function readingVersions(
  law: LawEntry,
  record: CaseRecord,
): { versions: VersionEntry[]; conductVersion: VersionEntry | null; spanning: boolean } {
  const decided = record.decision_date ?? null;
  const conduct = record.date ?? null;
  if (!decided && !conduct) return { versions: [...law.versions], conductVersion: null, spanning: false };
  const set = new Map<string, VersionEntry>();
  const add = (vs: VersionEntry[]) => vs.forEach((v) => set.set(v.id, v));
  let spanning = false;
  if (conduct) {
    const vs = versionsOverSpan(law, conduct);
    spanning = vs.length > 1;
    add(vs);
  }
  if (decided) {
    const vs = versionsOverSpan(law, decided);
    spanning ||= vs.length > 1;
    add(vs);
    if (!conduct) {
      const { first } = dateSpan(decided);
      const earlier = versionInForce(law, TWO_YEARS_BEFORE(first));
      if (earlier) add([earlier]);
      for (const v of law.versions)
        if (v.effective > TWO_YEARS_BEFORE(first) && v.effective <= first) add([v]);
    }
  }
  const versions = law.versions.filter((v) => set.has(v.id));
  const conductVersion = conduct ? (versionsOverSpan(law, conduct)[0] ?? null) : null;
  return { versions, conductVersion, spanning };
}

export function selectRulesForLaw(
  index: RuleIndex,
  law: LawEntry,
  cited: readonly ProvisionRef[],
  record: CaseRecord,
  evaluate: Evaluate,
): LawSelection {
  const findings: Finding[] = [];
  const trace: string[] = [];
  const readDate = record.decision_date ?? record.date ?? null;
  const { versions, conductVersion, spanning } = readingVersions(law, record);
  if (versions.length === 0) {
    findings.push({
      code: 'LAW_NOT_IN_FORCE',
      severity: 'error',
      message: `《${law.name}》在${readDate}尚未施行（最早版本自${law.versions[0]?.effective}起施行）`,
    });
    return { law, version: null, rules: [], findings, trace };
  }
  const scored = versions.map((v) => {
    const picked = pickPerGroup(
      candidatesInVersion(index, law, v, cited),
      record,
      cited,
      evaluate,
      versions.length === 1 ? 'none' : readDate ? 'fit_and_conduct' : 'fit',
    );
    // With one version there is nothing to weigh; with several, the one whose rules fit the case best wins.
    const score = versions.length === 1 ? 0 : picked.reduce((a, p) => a + p.fit.score + 5, 0);
    return { v, picked, score };
  });
  let best = scored[0]!;
  for (const s of scored.slice(1))
    if (
      s.score > best.score ||
      (s.score === best.score && best.v !== conductVersion && s.v === conductVersion)
    )
      best = s;
  if (versions.length > 1 && (!readDate || spanning)) {
    findings.push({
      code: readDate ? 'VERSION_SPAN_AMBIGUOUS' : 'VERSION_BY_FIT',
      severity: 'warning',
      message: readDate
        ? `${readDate}跨越《${law.name}》${versions.length}个版本，按所引条文选定${best.v.id}版本`
        : `记录没有日期，按所引条文与罚则的对应关系选定《${law.name}》${best.v.id}版本（自${best.v.effective}起施行）`,
    });
  }
  // Across an amendment, every reading and why one won; an undated record says which version fit in its finding.
  if (readDate && versions.length > 1) trace.push(numberingTrace(law, scored, best, record));
  else
    trace.push(
      `按${readDate ? `${readDate}施行的` : ''}《${law.name}》（${best.v.id}版本，自${best.v.effective}起施行）的条文编号理解所引条款`,
    );
  const rules = best.picked.map(({ c, others }) => {
    if (others.length) trace.push(`${c.rule.id}：同条其他罚则 ${others.join('、')} 与案情不符`);
    return { rule: c.rule, how: c.how };
  });
  const inferred = best.picked.filter((p) => p.c.group === 'inferred').map((p) => p.c.rule.id);
  if (inferred.length)
    findings.push({
      code: 'PENALTY_ARTICLE_INFERRED',
      severity: 'info',
      message: `记录只引用了义务条款，未引用罚则条款；按执行该义务的${inferred.join('、')}判断`,
    });
  if (rules.length === 0) findings.push(noRuleFinding(index, law, best.v, cited));
  return { law, version: best.v, rules, findings, trace };
}

/** Which numbering was used, and why: each reading's rules and what made them fit or not. */
function numberingTrace(
  law: LawEntry,
  scored: { v: VersionEntry; picked: Picked[]; score: number }[],
  best: { v: VersionEntry },
  record: CaseRecord,
): string {
  const readings = scored.map(({ v, picked, score }) => {
    const rules = picked.map((p) => p.c.rule.id).join('、') || '无罚则';
    const why = [...new Set(picked.flatMap((p) => p.fit.reasons))].join('，');
    return `按${v.id}版本编号读作${rules}（契合度${score}${why ? `：${why}` : ''}）`;
  });
  const when = [
    record.date ? `行为时${record.date}` : '',
    record.decision_date ? `决定时${record.decision_date}` : '',
  ]
    .filter(Boolean)
    .join('、');
  return `《${law.name}》${when ? `${when}，` : ''}所引条款可按不同版本的编号理解：${readings.join('；')}。采用${best.v.id}版本（自${best.v.effective}起施行）的编号`;
}

const noRule = new WeakMap<RuleIndex, Map<string, Finding>>();

/** Why no rule was found: the law has no encoded rule, or the cited article is not a penalty article — and what is. */
function noRuleFinding(
  index: RuleIndex,
  law: LawEntry,
  v: VersionEntry,
  cited: readonly ProvisionRef[],
): Finding {
  let byKey = noRule.get(index);
  if (!byKey) noRule.set(index, (byKey = new Map()));
  const key = `${law.name}|${v.id}|${cited.map((p) => p.article).join(',')}`;
  let f = byKey.get(key);
  if (!f) {
    f = explainNoRule(index, law, v, cited);
    if (byKey.size > 10_000) byKey.clear();
    byKey.set(key, f);
  }
  return f;
}

function explainNoRule(
  index: RuleIndex,
  law: LawEntry,
  v: VersionEntry,
  cited: readonly ProvisionRef[],
): Finding {
  const articles = cited.filter((p) => p.article !== null).map((p) => p.article!);
  if (articles.length === 0)
    return {
      code: 'NO_ARTICLE_CITED',
      severity: 'warning',
      message: `记录只写了《${law.name}》而未写条文，无法确定适用的罚则`,
    };
  if (!index.hasVersion(law.name, v.id))
    return {
      code: 'LAW_RULES_NOT_ENCODED',
      severity: 'warning',
      message: `本系统尚未收录《${law.name}》（${v.id}版本）的罚则，不能判断依据第${articles.join('、')}条作出的处罚`,
    };
  const elsewhere = articles.flatMap((a) =>
    law.versions
      .filter((o) => o.id !== v.id)
      .flatMap((o) => {
        const rules = [...index.penaltyArticle(law.name, o.id, a), ...index.enforcing(law.name, o.id, a)];
        return rules.length ? [`${o.id}版本第${a}条对应罚则${rules.map((r) => r.id).join('、')}`] : [];
      }),
  );
  return {
    code: 'NO_PENALTY_RULE',
    severity: 'warning',
    message: `《${law.name}》（${v.id}版本）第${articles.join('、')}条本身不设处罚，本系统收录的该版本罚则中也没有执行该条的条款${elsewhere.length ? `（${elsewhere.join('；')}）` : ''}`,
  };
}
