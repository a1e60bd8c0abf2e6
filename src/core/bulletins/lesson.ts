/**
 * What a case teaches operators (警示意义): the statute's own words of the obligations the applied penalty rules
 * enforce (PenaltyRule.enforces, ../penalties/rules), read from the version of the law in force at the case's date
 * (the version whose rules fit its citations best when that one fits none, or the case has no date). Where the
 * case cites some of a rule's obligations (第二十一条第（二）项 with 第五十九条第一款) only those are quoted, to the item
 * cited; else every obligation the rule enforces (a penalty article cited without its paragraph is read as the
 * paragraph whose liable parties include the case's party, the first such). Nothing is invented: a case whose
 * citations reach no rule gets no obligations (and no 警示意义 paragraph).
 */
import type { PenaltyRule } from '../penalties/model.js';
import type { CaseRecord, PartyKind, ProvisionRef } from '../shared/case-record.js';
import type { LawEntry, VersionEntry } from '../statutes/catalogue.js';
import { findLaw } from '../statutes/catalogue.js';
import { formatChineseInteger } from '../shared/numerals.js';
import type { StatuteArticle, StatuteParagraph } from '../statutes/model.js';
import type { StatuteBase } from '../statutes/statute-base.js';
import { versionsOverSpan } from '../statutes/versions.js';

/** An obligation provision of one law version. */
export interface Obligation {
  law: LawEntry;
  version: string;
  article: number;
  paragraph: number | null;
  item: number | null;
}

const ruleMatches = (rule: PenaltyRule, p: ProvisionRef): boolean =>
  rule.article === p.article &&
  (p.paragraph === null || rule.paragraph === null || rule.paragraph === p.paragraph);

/**
 * The rules a case's citations apply in one version: per cited penalty article, the paragraph cited, else the
 * paragraphs whose liable parties include the case's party kind, the first of them (59 alone → 59.1 network operator).
 */
function appliedRules(
  inVersion: readonly PenaltyRule[],
  cited: readonly ProvisionRef[],
  kind: PartyKind,
): PenaltyRule[] {
  const out: PenaltyRule[] = [];
  for (const p of cited) {
    const matching = inVersion.filter((r) => ruleMatches(r, p));
    const chosen = matching.find((r) => r.parties.includes(kind)) ?? matching[0];
    if (chosen && !out.includes(chosen)) out.push(chosen);
  }
  return out;
}

/**
 * The obligations a case's citations point to in one version, and how many of its citations they account for:
 * the obligations it cites beside the penalty article (to the item), else every obligation the applied rules enforce.
 */
function obligationsIn(
  rules: readonly PenaltyRule[],
  law: LawEntry,
  version: VersionEntry,
  cited: readonly ProvisionRef[],
  kind: PartyKind,
): { obligations: Obligation[]; fit: number } {
  const inVersion = rules.filter((r) => r.law === law.name && r.version === version.id);
  const applied = appliedRules(inVersion, cited, kind);
  const enforced = (p: ProvisionRef) => applied.some((r) => r.enforces.some((e) => e.article === p.article));
  const citedOwn = cited.filter(enforced);
  const listed =
    citedOwn.length > 0
      ? citedOwn.map((p) => ({ article: p.article!, paragraph: p.paragraph, item: p.item }))
      : applied.flatMap((r) =>
          r.enforces.map((e) => ({
            article: e.article,
            paragraph: e.paragraph ?? null,
            item: e.item ?? null,
          })),
        );
  const obligations: Obligation[] = [];
  for (const o of listed) {
    if (!obligations.some((x) => x.article === o.article && x.paragraph === o.paragraph && x.item === o.item))
      obligations.push({ law, version: version.id, ...o });
  }
  const fit = cited.filter((p) => enforced(p) || applied.some((r) => ruleMatches(r, p))).length;
  return { obligations, fit };
}

/** The obligations behind a case, law by law, in the version of the law its citations are read in. */
export function obligationsOf(record: CaseRecord, rules: readonly PenaltyRule[]): Obligation[] {
  const laws = new Map<string, ProvisionRef[]>();
  for (const p of record.provisions) {
    if (p.article !== null) laws.set(p.law, [...(laws.get(p.law) ?? []), p]);
  }
  const out: Obligation[] = [];
  for (const [name, cited] of laws) {
    const law = findLaw(name);
    if (!law) continue;
    // The version in force at the case's date first; where none of its rules fits the citations (a 2026 decision
    // citing the old numbering, or no date), the best-fitting version, newest first on a tie.
    const dated = record.date ? versionsOverSpan(law, record.date) : [];
    const rest = [...law.versions].reverse().filter((v) => !dated.includes(v));
    let best: { obligations: Obligation[]; fit: number } = { obligations: [], fit: 0 };
    for (const group of [dated, rest]) {
      for (const v of group) {
        const found = obligationsIn(rules, law, v, cited, record.party.kind);
        if (found.fit > best.fit) best = found;
      }
      if (best.fit > 0) break;
    }
    out.push(...best.obligations);
  }
  return out;
}

/** A paragraph's words: with the item cited (…义务，保障…：（一）… → …义务，…，制定内部安全管理制度…。), else with all its items. */
function paragraphWords(p: StatuteParagraph, item: number | null): string {
  const chosen = item === null ? p.items : p.items.filter((i) => i.number === item);
  if (chosen.length === 0) return p.text.replace(/[：:]$/, '。');
  const items = chosen.map(
    (i) =>
      `${chosen.length > 1 ? `（${formatChineseInteger(i.number)}）` : ''}${i.text.replace(/[；;。]$/, '')}`,
  );
  return `${p.text.replace(/[：:]$/, chosen.length > 1 ? '：' : '，')}${items.join('；')}。`;
}

function wordsOf(article: StatuteArticle, o: Obligation): string {
  const paragraphs =
    o.paragraph === null ? article.paragraphs : article.paragraphs.filter((p) => p.number === o.paragraph);
  return paragraphs.map((p) => paragraphWords(p, o.item)).join('');
}

/** The statute's words of each obligation, in order, without repeats. */
export function obligationWords(obligations: readonly Obligation[], statutes: StatuteBase): string {
  const seen = new Set<string>();
  for (const o of obligations) {
    const { article } = statutes.article(o.law, o.article, { version: o.version });
    seen.add(wordsOf(article, o));
  }
  return [...seen].join('');
}
