/**
 * The statute base: every law's dated versions and their articles, looked up by law name, date or version.
 *
 * Which version governs a date: a version is in force from its effective date (the 施行 date the text or the
 * amending decision states) up to the day before the next version's effective date. 《立法法》第一百零四条:
 * 法律、行政法规、地方性法规、自治条例和单行条例、规章不溯及既往 — so a date before the first version has no law.
 *
 * Pure: the texts come in already parsed (law-data/load.ts reads them); laws may be supplied lazily through
 * a loader callback so that a command touching one law parses only that law.
 */
import { DomainError } from '../shared/errors.js';
import { isPartialDate, type IsoDate } from '../shared/dates.js';
import { formatArticleLabel, parseArticleLabel } from '../shared/numerals.js';
import { findLaw, LAWS, type LawEntry, type VersionEntry } from './catalogue.js';
import type { LawVersion, StatuteArticle } from './model.js';

/** An article together with the version it belongs to. */
export interface ArticleRef {
  version: LawVersion;
  article: StatuteArticle;
}

export interface SearchHit extends ArticleRef {
  /** Position of the match in article.text. */
  index: number;
}

/**
 * Builds a law's LawVersion list from its catalogue entry and each version's parsed articles; `superseded` is
 * the next version's effective date. Versions must have strictly increasing effective dates.
 */
export function buildLawVersions(
  law: LawEntry,
  articlesOf: (entry: VersionEntry) => StatuteArticle[],
): LawVersion[] {
  return law.versions.map((entry, i) => {
    const next = law.versions[i + 1];
    if (next && next.effective <= entry.effective) {
      throw new DomainError(
        'CONFLICT',
        `${law.name}：版本 ${next.id} 的施行日期 ${next.effective} 不晚于前一版本 ${entry.id} 的 ${entry.effective}`,
        { law: law.id, version: next.id, effective: next.effective, previous: entry.id },
      );
    }
    const v: LawVersion = {
      law,
      id: entry.id,
      adopted: entry.adopted,
      effective: entry.effective,
      superseded: next ? next.effective : null,
      basis: entry.basis,
      articles: articlesOf(entry),
    };
    if (entry.note !== undefined) v.note = entry.note;
    return v;
  });
}

/** A full calendar day (YYYY-MM-DD); anything else is INVALID_DATE naming the input. */
export function assertDay(date: string, field = 'date'): IsoDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isPartialDate(date)) {
    throw new DomainError('INVALID_DATE', `${field}：“${date}”不是形如 YYYY-MM-DD 的日期`, {
      field,
      value: date,
    });
  }
  return date;
}

export type LawRef = string | LawEntry;

export class StatuteBase {
  private readonly byLaw = new Map<string, LawVersion[]>();

  /**
   * @param versions versions already built (any laws, any order)
   * @param loader supplies a law's versions on first use (lazy loading); laws absent from both are UNKNOWN_LAW
   * @param catalogue the laws names resolve against
   */
  constructor(
    versions: readonly LawVersion[] = [],
    private readonly loader?: (law: LawEntry) => LawVersion[],
    private readonly catalogue: readonly LawEntry[] = LAWS,
  ) {
    for (const v of versions) {
      const list = this.byLaw.get(v.law.id) ?? [];
      list.push(v);
      this.byLaw.set(v.law.id, list);
    }
    for (const list of this.byLaw.values()) list.sort((a, b) => (a.effective < b.effective ? -1 : 1));
  }

  /** The catalogue entry a name, title, alias or id denotes; UNKNOWN_LAW naming the input otherwise. */
  law(ref: LawRef): LawEntry {
    if (typeof ref !== 'string') return ref;
    const found = findLaw(ref) ?? this.catalogue.find((l) => l.id === ref.trim());
    if (!found || !this.catalogue.some((l) => l.id === found.id)) {
      throw new DomainError('UNKNOWN_LAW', `未知的法律法规：“${ref}”`, { law: ref });
    }
    if (!this.byLaw.has(found.id) && !this.loader) {
      throw new DomainError('UNKNOWN_LAW', `法规库中没有“${ref}”的文本`, { law: ref });
    }
    return found;
  }

  /** Every law of the catalogue the base can answer for. */
  laws(): LawEntry[] {
    return this.catalogue.filter((l) => this.byLaw.has(l.id) || this.loader !== undefined);
  }

  /** A law's versions, oldest first, with their superseded dates. */
  versions(ref: LawRef): LawVersion[] {
    const law = this.law(ref);
    let list = this.byLaw.get(law.id);
    if (!list) {
      list = [...(this.loader as (law: LawEntry) => LawVersion[])(law)].sort((a, b) =>
        a.effective < b.effective ? -1 : 1,
      );
      this.byLaw.set(law.id, list);
    }
    return list;
  }

  /** The version in force on `date` (YYYY-MM-DD); NO_VERSION_IN_FORCE naming law and date if none is. */
  versionAt(ref: LawRef, date: IsoDate): LawVersion {
    assertDay(date);
    const versions = this.versions(ref);
    const found = versions.find((v) => v.effective <= date && (v.superseded === null || date < v.superseded));
    if (!found) {
      const law = this.law(ref);
      throw new DomainError(
        'NO_VERSION_IN_FORCE',
        `${law.name}在 ${date} 没有施行中的版本（最早版本自 ${versions[0]?.effective ?? '—'} 起施行）`,
        { law: law.name, date, firstEffective: versions[0]?.effective ?? null },
      );
    }
    return found;
  }

  /** The version with this id (e.g. 2016-11-07); UNKNOWN_VERSION naming law, input and the known ids. */
  versionById(ref: LawRef, id: string): LawVersion {
    const versions = this.versions(ref);
    const found = versions.find((v) => v.id === id.trim());
    if (!found) {
      const law = this.law(ref);
      throw new DomainError(
        'UNKNOWN_VERSION',
        `${law.name}没有版本“${id}”（已有：${versions.map((v) => v.id).join('、')}）`,
        {
          law: law.name,
          version: id,
          known: versions.map((v) => v.id),
        },
      );
    }
    return found;
  }

  /**
   * One article of the version given by id or in force at a date. `article` is a number or a label
   * (61, 第六十一条). UNKNOWN_ARTICLE names law, version and the input.
   */
  article(ref: LawRef, article: number | string, at: { at: IsoDate } | { version: string }): ArticleRef {
    const number = typeof article === 'number' ? article : parseArticleLabel(article);
    const version = 'version' in at ? this.versionById(ref, at.version) : this.versionAt(ref, at.at);
    const found = version.articles.find((a) => a.number === number);
    if (!found) {
      throw new DomainError(
        'UNKNOWN_ARTICLE',
        `${version.law.name}（${version.id}）没有${formatArticleLabel(number)}（共${version.articles.length}条）`,
        { law: version.law.name, version: version.id, article, count: version.articles.length },
      );
    }
    return { version, article: found };
  }

  /**
   * Articles whose text contains `query` (after trimming; whitespace inside is matched literally), in law,
   * version, article order. Restrict with `law` and/or `at` (only versions in force that day).
   */
  searchArticles(query: string, opts: { law?: LawRef; at?: IsoDate; limit?: number } = {}): SearchHit[] {
    const q = query.trim();
    if (q === '') throw new DomainError('INVALID_INPUT', '检索词不能为空', { query });
    if (opts.at !== undefined) assertDay(opts.at, 'at');
    const laws = opts.law !== undefined ? [this.law(opts.law)] : this.laws();
    const limit = opts.limit ?? Infinity;
    const hits: SearchHit[] = [];
    for (const law of laws) {
      for (const version of this.versions(law)) {
        const at = opts.at;
        if (
          at !== undefined &&
          !(version.effective <= at && (version.superseded === null || at < version.superseded))
        ) {
          continue;
        }
        for (const article of version.articles) {
          const index = article.text.indexOf(q);
          if (index < 0) continue;
          hits.push({ version, article, index });
          if (hits.length >= limit) return hits;
        }
      }
    }
    return hits;
  }
}
