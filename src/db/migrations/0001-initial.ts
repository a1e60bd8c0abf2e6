/**
 * The initial schema, written once for both engines with Kysely's schema builder; only the id columns and
 * the full-text indexes differ (SearchDialect). The enforcement workflow's tables are 0002-proceedings.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { SearchDialect } from '../search/dialect.js';
import type { Engine } from '../types.js';

export function initialMigration(engine: Engine, search: SearchDialect): Migration {
  const id = (c: ColumnDefinitionBuilder) =>
    engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('laws')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .execute();
      await s
        .createTable('law_versions')
        .addColumn('law_id', 'text', (c) => c.notNull().references('laws.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('adopted', 'text', (c) => c.notNull())
        .addColumn('effective', 'text', (c) => c.notNull())
        .addColumn('superseded', 'text')
        .addColumn('basis', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addPrimaryKeyConstraint('law_versions_pk', ['law_id', 'id'])
        .execute();
      await s
        .createTable('articles')
        .addColumn('law_id', 'text', (c) => c.notNull())
        .addColumn('version_id', 'text', (c) => c.notNull())
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('chapter', 'text')
        .addColumn('section', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('paragraphs', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('articles_pk', ['law_id', 'version_id', 'number'])
        .addForeignKeyConstraint(
          'articles_version_fk',
          ['law_id', 'version_id'],
          'law_versions',
          ['law_id', 'id'],
          (f) => f.onDelete('cascade'),
        )
        .execute();
      await s
        .createTable('article_map')
        .addColumn('id', 'integer', id)
        .addColumn('law_id', 'text', (c) => c.notNull().references('laws.id').onDelete('cascade'))
        .addColumn('from_version', 'text', (c) => c.notNull())
        .addColumn('to_version', 'text', (c) => c.notNull())
        .addColumn('from_article', 'integer')
        .addColumn('to_article', 'integer')
        .addColumn('change', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .execute();
      await s
        .createIndex('article_map_from_idx')
        .on('article_map')
        .columns(['law_id', 'from_version', 'from_article'])
        .execute();

      await s
        .createTable('users')
        .addColumn('id', 'integer', id)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await s
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

      await s
        .createTable('bulletins')
        .addColumn('id', 'integer', id)
        .addColumn('title', 'text')
        .addColumn('source_url', 'text')
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('encoding', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('imported_by', 'text')
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('cases')
        .addColumn('id', 'integer', id)
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('date_first', 'text')
        .addColumn('date_last', 'text')
        .addColumn('region', 'text')
        .addColumn('agency', 'text')
        .addColumn('party_kind', 'text', (c) => c.notNull())
        .addColumn('party_name', 'text', (c) => c.notNull())
        .addColumn('party_roles', 'text')
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('theme', 'text')
        .addColumn('lesson', 'text')
        .addColumn('decision_date', 'text')
        .addColumn('illegal_gains_yuan', 'double precision')
        .addColumn('fine_total_yuan', 'double precision', (c) => c.notNull())
        .addColumn('extra', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('bulletin_id', 'integer', (c) => c.references('bulletins.id').onDelete('set null'))
        .addColumn('bulletin_position', 'integer')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      // Sorted lists (status, then the sort column) and covering indexes for the stats: a group-by over 100,000
      // cases reads a narrow index instead of the table (bench/api.ts).
      for (const [name, cols] of [
        ['cases_status_date_idx', ['status', 'date_first']],
        ['cases_date_idx', ['date_first']],
        ['cases_fine_idx', ['fine_total_yuan']],
        ['cases_created_idx', ['created_at']],
        ['cases_bulletin_idx', ['bulletin_id']],
        ['cases_stats_fine_idx', ['status', 'fine_total_yuan']],
        ['cases_stats_date_idx', ['status', 'date', 'fine_total_yuan']],
        ['cases_stats_region_idx', ['status', 'region', 'fine_total_yuan']],
        ['cases_stats_party_idx', ['status', 'party_kind', 'fine_total_yuan']],
      ] as const) {
        await s
          .createIndex(name)
          .on('cases')
          .columns([...cols])
          .execute();
      }

      // The tokens for full-text search live beside the case, not in it: scans and stats read a narrow table.
      await s
        .createTable('case_search')
        .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
        .addColumn('search_text', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('case_provisions')
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('law', 'text', (c) => c.notNull())
        .addColumn('law_id', 'text')
        .addColumn('article', 'integer')
        .addColumn('paragraph', 'integer')
        .addColumn('item', 'integer')
        .addPrimaryKeyConstraint('case_provisions_pk', ['case_id', 'position'])
        .execute();
      await s
        .createIndex('case_provisions_law_idx')
        .on('case_provisions')
        .columns(['law', 'article', 'case_id'])
        .execute();
      await s
        .createIndex('case_provisions_law_id_idx')
        .on('case_provisions')
        .columns(['law_id', 'article', 'case_id'])
        .execute();
      await s
        .createIndex('case_provisions_case_law_idx')
        .on('case_provisions')
        .columns(['case_id', 'law_id', 'law', 'article'])
        .execute();

      await s
        .createTable('case_sanctions')
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('amount_yuan', 'double precision')
        .addColumn('days', 'integer')
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addPrimaryKeyConstraint('case_sanctions_pk', ['case_id', 'position'])
        .execute();
      await s
        .createIndex('case_sanctions_kind_idx')
        .on('case_sanctions')
        .columns(['kind', 'case_id'])
        .execute();
      await s
        .createIndex('case_sanctions_case_kind_idx')
        .on('case_sanctions')
        .columns(['case_id', 'kind'])
        .execute();

      await s
        .createTable('audit_log')
        .addColumn('id', 'integer', id)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('username', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await s.createIndex('audit_entity_idx').on('audit_log').columns(['entity', 'entity_id']).execute();
      await s.createIndex('audit_at_idx').on('audit_log').column('at').execute();

      await s
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await search.createIndexes(db);
    },
  };
}
