/**
 * What the legality check applied to each case (issue 10 §3, similar cases at scale): one row per applied rule of
 * the case's check, with the tier that admits its sanctions (null when none does), so that the comparables of a
 * case are found by (rule, tier) in an index instead of by checking every candidate per request.
 *
 * Each row also carries the few case fields the similar-cases ranking and distribution read (party kind, status,
 * the date compared, region, the party's fine and penalty kinds): the lookup reads this table only. The rows are
 * rewritten with the case's other child rows on every write, and re-derived for all cases when the rule set
 * changes (`meta.case_applied_fingerprint`, src/server/derived-sync.ts).
 */
import type { Kysely, Migration } from 'kysely';

export function caseAppliedMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('case_applied')
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('tier', 'text')
        /** How many of the case's applied rules have a tier (a comparable pairs with the subject's one to one). */
        .addColumn('tiered_count', 'integer', (c) => c.notNull())
        .addColumn('party_kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        /** The decision date, else the case date (a partial date as the record gives it). */
        .addColumn('date', 'text')
        .addColumn('region', 'text')
        /** Sum of the party's fines with an amount; null when it has none. */
        .addColumn('party_fine_yuan', 'double precision')
        /** The penalty kinds imposed on the party, comma-separated in the order of PENALTY_KINDS. */
        .addColumn('penalty_kinds', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_applied_pk', ['case_id', 'position'])
        .execute();
      // The similar-cases lookup: (rule, tier) pairs of one conduct, one party kind and number of tiered rules;
      // covering (every column the lookup reads), so tens of thousands of comparables are read from the index alone.
      await db.schema
        .createIndex('case_applied_lookup_idx')
        .on('case_applied')
        .columns([
          'rule',
          'tier',
          'party_kind',
          'tiered_count',
          'status',
          'case_id',
          'date',
          'region',
          'party_fine_yuan',
          'penalty_kinds',
        ])
        .execute();
    },
  };
}
