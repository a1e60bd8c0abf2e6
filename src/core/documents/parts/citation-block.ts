/**
 * The legal basis of a decision (documents.md §2.11): the norms violated, then the penalty norm —
 * 「违反了《中华人民共和国网络安全法》第二十一条第（二）项的规定」「根据《中华人民共和国网络安全法》第五十九条第一款之规定」 —
 * from the decision's provisions and the rules the legality check applied (CheckResult.applied): a provision whose
 * article is that of an applied rule is the penalty norm, the others are the norms violated.
 *
 * 行政处罚法 第三十七条 「实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，法律、法规、规章
 * 已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定。」: where the version applied is not the one in force on
 * the decision day (the old law), or not the one in force when the act was done (the new, lighter law), every mention of
 * that law names its version (《中华人民共和国网络安全法》（2016年11月7日通过）) and a sentence says why. Provisions the
 * decision cites in another version's numbering are written in the numbering of the version applied (the 条文对照 rows
 * come with the request: DocumentRequest.article_maps).
 */
import type { Proposal } from '../../cases/proceeding.js';
import type { AppliedRule } from '../../penalties/check-result.js';
import type { ProvisionRef } from '../../shared/case-record.js';
import type { IsoDate } from '../../shared/dates.js';
import { DomainError } from '../../shared/errors.js';
import { formatArticleLabel, formatChineseInteger } from '../../shared/numerals.js';
import { ArticleMap } from '../../statutes/article-map.js';
import { rulesOf } from '../../penalties/rules/index.js';
import { findLaw, type LawEntry, type VersionEntry } from '../../statutes/catalogue.js';
import { versionInForce } from '../../statutes/versions.js';
import { formatDate, sentence } from '../format.js';
import type { DocumentRequest, MissingField } from '../model.js';
import { missingField } from './filled.js';

/** One provision as the document writes it, in the numbering of the version applied. */
export interface CitedProvision {
  /** The law's title as published (catalogue `title`), or the name cited when the catalogue does not know it. */
  title: string;
  article: number;
  paragraph: number | null;
  item: number | null;
  role: 'violated' | 'basis';
}

export interface Citation {
  /** 「违反了《…》第…条…的规定」; null when the decision cites only the penalty norm. */
  violated: string | null;
  /** 「根据《…》第…条…之规定」. */
  basis: string;
  /** The 从旧兼从轻 sentence(s) (行政处罚法 第三十七条), each ending in 。; null when conduct and decision fall under one version. */
  version: string | null;
  provisions: CitedProvision[];
  missing: MissingField[];
}

const BASIS_59 = '行政处罚法 第五十九条第一款第（三）项';

/** 第二十一条第（二）项, 第五十九条第一款 (item numbers in full-width parentheses; a 项 is never written 款). */
export function provisionLabel(
  p: Pick<ProvisionRef, 'article' | 'paragraph' | 'item'>,
  after?: typeof p,
): string {
  const sameArticle = after !== undefined && after.article === p.article;
  const sameParagraph = sameArticle && after.paragraph === p.paragraph;
  const article = sameArticle || p.article === null ? '' : formatArticleLabel(p.article);
  const paragraph = sameParagraph || p.paragraph === null ? '' : `第${formatChineseInteger(p.paragraph)}款`;
  const item = p.item === null ? '' : `第（${formatChineseInteger(p.item)}）项`;
  return article + paragraph + item;
}

/** The version a law is cited with: 「（2016年11月7日通过）」 for its first text, 「（2025年10月28日修改）」 after. */
function versionLabel(law: LawEntry, v: VersionEntry, req: DocumentRequest): string {
  const act = law.versions[0]?.id === v.id ? '通过' : '修改';
  return `（${formatDate(v.adopted, req.organ.date_style)}${act}）`;
}

interface LawGroup {
  law: LawEntry | null;
  name: string;
  provisions: ProvisionRef[];
  applied: AppliedRule[];
}

function groups(provisions: readonly ProvisionRef[], applied: readonly AppliedRule[]): LawGroup[] {
  const out: LawGroup[] = [];
  const groupOf = (name: string): LawGroup => {
    const law = findLaw(name) ?? null;
    let g = out.find((x) => (law ? x.law?.id === law.id : x.name === name));
    if (!g) out.push((g = { law, name, provisions: [], applied: [] }));
    return g;
  };
  for (const p of provisions) groupOf(p.law).provisions.push(p);
  for (const a of applied) groupOf(a.law).applied.push(a);
  return out;
}

/**
 * The group's provisions in the numbering of `applied` (a version id): as cited when an applied article is among
 * them or no other version is in play; else mapped from the other version in force at the conduct or decision day.
 */
function inAppliedNumbering(
  g: LawGroup,
  applied: string,
  days: IsoDate[],
  req: DocumentRequest,
): ProvisionRef[] {
  const law = g.law!;
  const articles = new Set(g.applied.map((a) => a.article));
  if (g.provisions.some((p) => p.article !== null && articles.has(p.article))) return g.provisions;
  const others = [...new Set(days.map((d) => versionInForce(law, d)?.id))].filter(
    (v): v is string => v !== undefined && v !== applied,
  );
  if (others.length === 0) return g.provisions;
  const rows = (req.article_maps ?? []).filter((r) => r.law === law.id);
  if (rows.length === 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `${law.name}所引条文可能按其他版本编号，须提供条文对照（article_maps）`,
      {
        law: law.name,
        applied,
        others,
      },
    );
  }
  const map = new ArticleMap(law, rows);
  const order = (id: string) => law.versions.findIndex((v) => v.id === id);
  for (const from of others) {
    const mapped = g.provisions.map((p) => {
      if (p.article === null) return p;
      const hits =
        order(from) < order(applied)
          ? map.forward(from, p.article, applied)
          : map.backward(from, p.article, applied);
      const targets = [...new Set(hits.map((h) => h.article))];
      return targets.length === 1 && targets[0] !== null ? { ...p, article: targets[0]! } : null;
    });
    if (mapped.every((p): p is ProvisionRef => p !== null) && mapped.some((p) => articles.has(p.article!))) {
      return mapped;
    }
  }
  return g.provisions;
}

/**
 * A cited paragraph that sends the conduct to a rule the check applied (网络安全法 2025 第七十一条第二款 「由公安机关依照有关
 * 法律、行政法规的规定处罚」 → 治安管理处罚法 2025 第五十六条) is part of the 依据, not a norm violated.
 */
function refersToApplied(
  law: LawEntry,
  p: ProvisionRef,
  days: readonly IsoDate[],
  applied: ReadonlySet<string>,
): boolean {
  const versions = new Set(
    days.map((d) => versionInForce(law, d)?.id).filter((v): v is string => v !== undefined),
  );
  return [...versions].some((v) =>
    rulesOf(law.name, v).some(
      (r) =>
        r.referral === true &&
        r.article === p.article &&
        (p.paragraph === null || r.paragraph === p.paragraph) &&
        (r.referTo ?? []).some((id) => applied.has(id)),
    ),
  );
}

function join(list: readonly CitedProvision[], mention: (title: string) => string): string {
  const parts: string[] = [];
  let prev: CitedProvision | undefined;
  for (const p of list) {
    const sameLaw = prev?.title === p.title;
    parts.push((sameLaw ? '' : mention(p.title)) + provisionLabel(p, sameLaw ? prev : undefined));
    prev = p;
  }
  return parts.join('、');
}

/** Provisions as cited, by full title, without a version (a proposal's obligations named in a 不予处罚 decision). */
export function citeProvisions(provisions: readonly ProvisionRef[]): string {
  const list = provisions
    .filter((p) => p.article !== null)
    .map((p): CitedProvision => ({
      title: findLaw(p.law)?.title ?? p.law,
      article: p.article!,
      paragraph: p.paragraph,
      item: p.item,
      role: 'violated',
    }));
  return join(list, (title) => `《${title}》`);
}

/**
 * The citation of `decision` (default the proceeding's decision) under `req.check`. The check must have applied a
 * rule: without one the decision has no stated 依据 (行政处罚法 第五十九条第一款第（三）项) and the field is missing.
 */
export function citationBlock(
  req: DocumentRequest,
  decision: Pick<Proposal, 'provisions' | 'conduct_date'> | undefined = req.proceeding.decision,
): Citation {
  if (!decision)
    throw new DomainError('INVALID_INPUT', '案件尚未作出处罚决定', { stage: req.proceeding.stage });
  const applied = req.check?.applied ?? [];
  const missing =
    applied.length === 0 ? [missingField('check.applied', '处罚依据（适用的罚则）', BASIS_59)] : [];
  const days = [decision.conduct_date, req.date];
  const appliedIds = new Set(applied.map((a) => a.rule));
  const cited: CitedProvision[] = [];
  const versioned = new Map<string, string>();
  const sentences: string[] = [];
  for (const g of groups(decision.provisions, applied)) {
    const title = g.law?.title ?? g.name;
    const version = g.applied[0]?.version;
    let provisions = g.provisions;
    if (g.law && version) {
      provisions = inAppliedNumbering(g, version, days, req);
      const v = g.law.versions.find((x) => x.id === version);
      const atConduct = versionInForce(g.law, decision.conduct_date)?.id;
      const atDecision = versionInForce(g.law, req.date)?.id;
      if (v && (version !== atConduct || version !== atDecision)) {
        const named = `《${title}》${versionLabel(g.law, v, req)}`;
        versioned.set(title, named);
        sentences.push(
          version === atConduct
            ? sentence(
                req.organ,
                'citation.old_law',
                '依照《中华人民共和国行政处罚法》第三十七条，适用违法行为发生时的{law}。',
                { law: named },
              )
            : sentence(
                req.organ,
                'citation.new_law',
                '违法行为发生后{title}已被修改，新的规定处罚较轻，依照《中华人民共和国行政处罚法》第三十七条，适用{law}。',
                { title: `《${title}》`, law: named },
              ),
        );
      }
    }
    const basisArticles = new Set(g.applied.map((a) => a.article));
    for (const p of provisions) {
      if (p.article === null || basisArticles.has(p.article)) continue;
      const role = g.law && refersToApplied(g.law, p, days, appliedIds) ? 'basis' : 'violated';
      cited.push({ title, article: p.article, paragraph: p.paragraph, item: p.item, role });
    }
    for (const a of g.applied) {
      // The check's paragraph wins (it read the one that fits the party); the item is the decision's.
      const as = provisions.find((p) => p.article === a.article);
      const paragraph = a.paragraph ?? as?.paragraph ?? null;
      const item = as && (as.paragraph === null || as.paragraph === paragraph) ? as.item : null;
      const dup = cited.some(
        (c) =>
          c.role === 'basis' && c.title === title && c.article === a.article && c.paragraph === paragraph,
      );
      if (!dup) cited.push({ title, article: a.article, paragraph, item, role: 'basis' });
    }
  }
  const mention = (title: string) => versioned.get(title) ?? `《${title}》`;
  const violated = cited.filter((c) => c.role === 'violated');
  const basis = cited.filter((c) => c.role === 'basis');
  return {
    violated: violated.length === 0 ? null : `违反了${join(violated, mention)}的规定`,
    basis: `根据${join(basis, mention)}之规定`,
    version: sentences.length === 0 ? null : sentences.join(''),
    provisions: cited,
    missing,
  };
}
