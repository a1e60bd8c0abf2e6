/** The statute base: laws and versions, articles by version or date, 新旧对照, full-text search. */
import { findLaw } from '../../core/statutes/catalogue.js';
import { todayInChina } from '../../core/shared/dates.js';
import { DomainError } from '../../core/shared/errors.js';
import type { Services, ZodApp } from '../services.js';
import { comparePairs } from '../compare.js';
import { snippet } from '../snippet.js';
import { queryTokens } from '../../db/search/tokenize.js';
import {
  articleParamSchema,
  articleQuerySchema,
  articleResponseSchema,
  compareQuerySchema,
  compareResponseSchema,
  errorBodySchema,
  lawListSchema,
  lawParamSchema,
  statuteSearchQuerySchema,
  statuteSearchResponseSchema,
  versionArticlesParamSchema,
  versionArticlesResponseSchema,
} from '../schemas/index.js';

const errors = { 400: errorBodySchema, 404: errorBodySchema };

export function lawRoutes(app: ZodApp, s: Services): void {
  /** The stored law a path segment names (id such as csl, or a name or alias); UNKNOWN_LAW otherwise. */
  async function lawOf(ref: string) {
    const id = findLaw(ref)?.id ?? ref;
    const law = await s.statutes.law(id);
    if (!law) throw new DomainError('UNKNOWN_LAW', `未知的法律法规：“${ref}”`, { law: ref });
    return law;
  }
  function versionOf(law: Awaited<ReturnType<typeof lawOf>>, id: string, field = 'version') {
    const v = law.versions.find((x) => x.id === id);
    if (!v) {
      throw new DomainError(
        'UNKNOWN_VERSION',
        `${law.name}没有版本“${id}”（已有：${law.versions.map((x) => x.id).join('、')}）`,
        {
          field,
          law: law.id,
          version: id,
          known: law.versions.map((x) => x.id),
        },
      );
    }
    return v;
  }
  const lawHead = ({ id, name, title, kind, aliases }: Awaited<ReturnType<typeof lawOf>>) => ({
    id,
    name,
    title,
    kind,
    aliases,
  });

  app.get(
    '/laws',
    {
      config: { access: 'public' },
      schema: { tags: ['statutes'], summary: '法律法规及其版本', response: { 200: lawListSchema } },
    },
    async () => s.statutes.laws(),
  );

  app.get(
    '/laws/:law/versions/:version/articles',
    {
      config: { access: 'public' },
      schema: {
        tags: ['statutes'],
        summary: '某一版本的全部条文',
        params: versionArticlesParamSchema,
        response: { 200: versionArticlesResponseSchema, ...errors },
      },
    },
    async (req) => {
      const law = await lawOf(req.params.law);
      const version = versionOf(law, req.params.version);
      return { law: lawHead(law), version, articles: await s.statutes.articles(law.id, version.id) };
    },
  );

  app.get(
    '/laws/:law/articles/:number',
    {
      config: { access: 'public' },
      schema: {
        tags: ['statutes'],
        summary: '某日施行的条文（at 缺省为今日）',
        params: articleParamSchema,
        querystring: articleQuerySchema,
        response: { 200: articleResponseSchema, ...errors },
      },
    },
    async (req) => {
      const law = await lawOf(req.params.law);
      const at = req.query.at ?? todayInChina(s.now());
      // 《立法法》第一百零四条：不溯及既往 — a date before the first version has no law in force.
      const version = law.versions.find(
        (v) => v.effective <= at && (v.superseded === null || at < v.superseded),
      );
      if (!version) {
        throw new DomainError('NO_VERSION_IN_FORCE', `${law.name}在 ${at} 没有施行中的版本`, {
          field: 'at',
          law: law.id,
          at,
          first_effective: law.versions[0]?.effective ?? null,
        });
      }
      const [article] = await s.statutes.articles(law.id, version.id, [req.params.number]);
      if (!article) {
        throw new DomainError('UNKNOWN_ARTICLE', `${law.name}（${version.id}）没有第${req.params.number}条`, {
          field: 'number',
          law: law.id,
          version: version.id,
          article: req.params.number,
        });
      }
      return {
        law: lawHead(law),
        version: { id: version.id, effective: version.effective, superseded: version.superseded },
        article,
      };
    },
  );

  app.get(
    '/laws/:law/compare',
    {
      config: { access: 'public' },
      schema: {
        tags: ['statutes'],
        summary: '新旧对照：经条文对照表配对的新旧条文及逐字差异',
        params: lawParamSchema,
        querystring: compareQuerySchema,
        response: { 200: compareResponseSchema, ...errors },
      },
    },
    async (req) => {
      const law = await lawOf(req.params.law);
      const from = versionOf(law, req.query.from, 'from');
      const to = versionOf(law, req.query.to, 'to');
      const [oldArticles, newArticles, forward, backward] = await Promise.all([
        s.statutes.articles(law.id, from.id),
        s.statutes.articles(law.id, to.id),
        s.statutes.mapping(law.id, from.id, to.id),
        s.statutes.mapping(law.id, to.id, from.id),
      ]);
      const pairs = comparePairs(oldArticles, newArticles, forward, backward);
      return { law: lawHead(law), from, to, pairs };
    },
  );

  app.get(
    '/statutes/search',
    {
      config: { access: 'public', rateLimit: 'public' },
      schema: {
        tags: ['statutes'],
        summary: '条文全文检索（中文分词）',
        querystring: statuteSearchQuerySchema,
        response: { 200: statuteSearchResponseSchema, ...errors },
      },
    },
    async (req) => {
      const lawId = req.query.law ? (await lawOf(req.query.law)).id : undefined;
      const hits = await s.statutes.searchArticles(req.query.q, {
        ...(lawId ? { lawId } : {}),
        limit: req.query.limit,
      });
      const tokens = queryTokens(req.query.q);
      return {
        items: hits.map((h) => ({
          law: h.law_id,
          law_name: h.law_name,
          version: h.version,
          article: h.article.number,
          label: h.article.label,
          snippet: snippet(h.article.text, [req.query.q, ...tokens]),
        })),
      };
    },
  );
}
