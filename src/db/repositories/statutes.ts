/**
 * The statute base in the database: laws, dated versions, articles (paragraphs as JSON) and the article map.
 * Loaded from the parsed texts (law-data) at start; replaced as a whole when the texts change.
 */
import type { Kysely } from 'kysely';
import type { LawEntry, LawKind } from '../../core/statutes/catalogue.js';
import type {
  ArticleChange,
  ArticleMapping,
  LawVersion,
  StatuteArticle,
  StatuteParagraph,
} from '../../core/statutes/model.js';
import type { SearchDialect } from '../search/dialect.js';
import { queryTokens, toSearchText } from '../search/tokenize.js';
import type { Database } from '../types.js';

export interface LawInfo {
  id: string;
  name: string;
  title: string;
  kind: LawKind;
  aliases: string[];
}

export interface VersionInfo {
  id: string;
  adopted: string;
  effective: string;
  superseded: string | null;
  basis: string;
  note: string | null;
  article_count: number;
}

export interface MapRow {
  from: number | null;
  to: number | null;
  change: ArticleChange;
  note: string;
}

const CHUNK = 100;

export class StatuteRepository {
  /** The law list changes only when the statute base is reloaded (at start), so it is read once per instance. */
  private lawList: Promise<(LawInfo & { versions: VersionInfo[] })[]> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly search: SearchDialect,
  ) {}

  /** Replaces the whole statute base in one transaction. */
  async replaceAll(
    laws: readonly LawEntry[],
    versions: readonly LawVersion[],
    maps: readonly ArticleMapping[],
  ): Promise<void> {
    this.lawList = undefined;
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('article_map').execute();
      await trx.deleteFrom('articles').execute();
      await trx.deleteFrom('law_versions').execute();
      await trx.deleteFrom('laws').execute();
      await trx
        .insertInto('laws')
        .values(
          laws.map((l, position) => ({
            id: l.id,
            name: l.name,
            title: l.title,
            kind: l.kind,
            aliases: JSON.stringify(l.aliases),
            position,
          })),
        )
        .execute();
      for (const v of versions) {
        await trx
          .insertInto('law_versions')
          .values({
            law_id: v.law.id,
            id: v.id,
            adopted: v.adopted,
            effective: v.effective,
            superseded: v.superseded,
            basis: v.basis,
            note: v.note ?? null,
          })
          .execute();
        const rows = v.articles.map((a) => ({
          law_id: v.law.id,
          version_id: v.id,
          number: a.number,
          label: a.label,
          chapter: a.chapter,
          section: (a as StatuteArticle & { section?: string }).section ?? null,
          text: a.text,
          paragraphs: JSON.stringify(a.paragraphs),
          search_text: toSearchText(a.text),
        }));
        for (let i = 0; i < rows.length; i += CHUNK)
          await trx
            .insertInto('articles')
            .values(rows.slice(i, i + CHUNK))
            .execute();
      }
      const lawIdByName = new Map(
        laws.flatMap(
          (l) =>
            [
              [l.name, l.id],
              [l.id, l.id],
            ] as const,
        ),
      );
      const mapRows = maps.map((m) => ({
        law_id: lawIdByName.get(m.law) ?? m.law,
        from_version: m.fromVersion,
        to_version: m.toVersion,
        from_article: m.from,
        to_article: m.to,
        change: m.change,
        note: m.note,
      }));
      for (let i = 0; i < mapRows.length; i += CHUNK)
        await trx
          .insertInto('article_map')
          .values(mapRows.slice(i, i + CHUNK))
          .execute();
    });
  }

  async laws(): Promise<(LawInfo & { versions: VersionInfo[] })[]> {
    this.lawList ??= this.readLaws().catch((e: unknown) => {
      this.lawList = undefined;
      throw e;
    });
    return this.lawList;
  }

  private async readLaws(): Promise<(LawInfo & { versions: VersionInfo[] })[]> {
    const [laws, versions, counts] = await Promise.all([
      this.db.selectFrom('laws').selectAll().orderBy('position').execute(),
      this.db.selectFrom('law_versions').selectAll().orderBy('effective').execute(),
      this.db
        .selectFrom('articles')
        .select(['law_id', 'version_id', (eb) => eb.fn.countAll().as('n')])
        .groupBy(['law_id', 'version_id'])
        .execute(),
    ]);
    const count = new Map(counts.map((c) => [`${c.law_id}/${c.version_id}`, Number(c.n)]));
    return laws.map((l) => ({
      ...lawInfo(l),
      versions: versions
        .filter((v) => v.law_id === l.id)
        .map((v) => ({ ...versionInfo(v), article_count: count.get(`${l.id}/${v.id}`) ?? 0 })),
    }));
  }

  async law(id: string): Promise<(LawInfo & { versions: VersionInfo[] }) | undefined> {
    return (await this.laws()).find((l) => l.id === id);
  }

  async articles(lawId: string, versionId: string, numbers?: readonly number[]): Promise<StatuteArticle[]> {
    let q = this.db
      .selectFrom('articles')
      .selectAll()
      .where('law_id', '=', lawId)
      .where('version_id', '=', versionId);
    if (numbers) {
      if (!numbers.length) return [];
      q = q.where('number', 'in', [...numbers]);
    }
    return (await q.orderBy('number').execute()).map(toArticle);
  }

  async mapping(lawId: string, fromVersion: string, toVersion: string): Promise<MapRow[]> {
    const rows = await this.db
      .selectFrom('article_map')
      .selectAll()
      .where('law_id', '=', lawId)
      .where('from_version', '=', fromVersion)
      .where('to_version', '=', toVersion)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      from: r.from_article,
      to: r.to_article,
      change: r.change as ArticleChange,
      note: r.note,
    }));
  }

  /** Articles whose text has every token of the query (jieba-tokenized), current versions first. */
  async searchArticles(
    query: string,
    opts: { lawId?: string; limit: number },
  ): Promise<{ law_id: string; law_name: string; version: string; article: StatuteArticle }[]> {
    const tokens = queryTokens(query);
    if (!tokens.length) return [];
    let q = this.db
      .selectFrom('articles')
      .innerJoin('law_versions', (j) =>
        j
          .onRef('law_versions.law_id', '=', 'articles.law_id')
          .onRef('law_versions.id', '=', 'articles.version_id'),
      )
      .innerJoin('laws', 'laws.id', 'articles.law_id')
      .selectAll('articles')
      .select([
        'laws.name as law_name',
        'laws.position as law_position',
        'law_versions.superseded as superseded',
      ])
      .where(this.search.articleMatch(tokens));
    if (opts.lawId) q = q.where('articles.law_id', '=', opts.lawId);
    const rows = await q
      .orderBy((eb) => eb.case().when('law_versions.superseded', 'is', null).then(0).else(1).end())
      .orderBy('laws.position')
      .orderBy('articles.version_id', 'desc')
      .orderBy('articles.number')
      .limit(opts.limit)
      .execute();
    return rows.map((r) => ({
      law_id: r.law_id,
      law_name: r.law_name,
      version: r.version_id,
      article: toArticle(r),
    }));
  }
}

function lawInfo(l: Database['laws']): LawInfo {
  return {
    id: l.id,
    name: l.name,
    title: l.title,
    kind: l.kind as LawKind,
    aliases: JSON.parse(l.aliases) as string[],
  };
}

function versionInfo(v: Database['law_versions']): Omit<VersionInfo, 'article_count'> {
  return {
    id: v.id,
    adopted: v.adopted,
    effective: v.effective,
    superseded: v.superseded,
    basis: v.basis,
    note: v.note,
  };
}

function toArticle(r: Database['articles']): StatuteArticle {
  const a: StatuteArticle & { section?: string } = {
    number: r.number,
    label: r.label,
    chapter: r.chapter,
    paragraphs: JSON.parse(r.paragraphs) as StatuteParagraph[],
    text: r.text,
  };
  if (r.section !== null) a.section = r.section;
  return a;
}
