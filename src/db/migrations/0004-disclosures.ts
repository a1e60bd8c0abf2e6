/**
 * Disclosure (双公示, issue 10): one record per decided proceeding and party, the 双公示 fields as published (JSON, in
 * the standard's order), who published it and when, the override when the decision's legality check was not clean,
 * its 公示截止期, and its withdrawal (reason, when, and the last day it was due). Written once for both engines.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../types.js';

export function disclosuresMigration(engine: Engine): Migration {
  const id = (c: ColumnDefinitionBuilder) =>
    engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('disclosures')
        .addColumn('id', 'integer', id)
        .addColumn('proceeding_id', 'integer', (c) => c.notNull().references('proceedings.id'))
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        /** The party's id in the proceeding. */
        .addColumn('party', 'text', (c) => c.notNull())
        /** The proceeding's agency (the public list's filter). */
        .addColumn('agency', 'text', (c) => c.notNull())
        /** 行政相对人名称 as published (masked for a natural person), 文号 and 处罚决定日期: searched and sorted on. */
        .addColumn('party_name', 'text', (c) => c.notNull())
        .addColumn('decision_number', 'text', (c) => c.notNull())
        .addColumn('decision_date', 'text', (c) => c.notNull())
        /** 公示截止期: the last day the record is public; and its basis (JSON string[]). */
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('period_basis', 'text', (c) => c.notNull())
        /** JSON DisclosureCell[]: every field of the standard in its order. */
        .addColumn('cells', 'text', (c) => c.notNull())
        /** published | withdrawn */
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('published_by', 'text', (c) => c.notNull())
        .addColumn('published_by_id', 'integer')
        .addColumn('published_at', 'text', (c) => c.notNull())
        /** The China day it went public. */
        .addColumn('published_on', 'text', (c) => c.notNull())
        /** The legality check's verdict at publication, and the reason given to publish despite it. */
        .addColumn('verdict', 'text')
        .addColumn('override_reason', 'text')
        .addColumn('withdrawal_reason', 'text')
        .addColumn('withdrawn_by', 'text')
        .addColumn('withdrawn_at', 'text')
        .addColumn('withdrawn_on', 'text')
        /** The day the decision was changed or revoked, and the last day to withdraw (三日, working days). */
        .addColumn('changed_on', 'text')
        .addColumn('withdrawal_due', 'text')
        .addUniqueConstraint('disclosures_party_unique', ['proceeding_id', 'party'])
        .execute();
      // The public list walks the published records newest first and stops at its page; the days and the text filter
      // (name, 文号) are read from the index itself, so a search scans it rather than the records.
      await s
        .createIndex('disclosures_public_idx')
        .on('disclosures')
        .columns([
          'status',
          'decision_date',
          'id',
          'end_date',
          'published_on',
          'party_name',
          'decision_number',
        ])
        .execute();
      await s
        .createIndex('disclosures_agency_idx')
        .on('disclosures')
        .columns(['agency', 'status', 'decision_date', 'id'])
        .execute();
    },
  };
}
