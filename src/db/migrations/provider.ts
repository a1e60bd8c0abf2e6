/** Migrations in code (no files to find at run time), in order; each name is permanent once released. */
import type { Migration, MigrationProvider } from 'kysely';
import type { SearchDialect } from '../search/dialect.js';
import type { Engine } from '../types.js';
import { initialMigration } from './0001-initial.js';
import { proceedingsMigration } from './0002-proceedings.js';
import { documentsMigration } from './0003-documents.js';
import { disclosuresMigration } from './0004-disclosures.js';
import { typicalBulletinsMigration } from './0005-typical-bulletins.js';
import { caseAppliedMigration } from './0006-case-applied.js';
import { selfCheckMigration } from './0007-self-check.js';
import { identityMigration } from './0008-identity.js';
import { importsMigration } from './0009-imports.js';
import { disclosuresCountIndexMigration } from './0010-disclosures-count-index.js';
import { organCreditCodeMigration } from './0011-organ-credit-code.js';
import { disclosureRepublishMigration } from './0012-disclosure-republish.js';
import { scaleMigration } from './0013-scale.js';
import { loginAddressesMigration } from './0014-login-addresses.js';
import { caseListOrderMigration } from './0015-case-list-order.js';
import { filterKeysMigration } from './0016-filter-keys.js';
import { searchPartitionsMigration } from './0017-search-partitions.js';
import { narrowSearchRowsMigration } from './0018-narrow-search-rows.js';
import { sqliteSortKeysMigration } from './0019-sqlite-sort-keys.js';
import { caseListTitleOrderMigration } from './0020-case-list-title-order.js';
import { finedTextIndexMigration } from './0021-fined-text-index.js';
import { sqliteFinesByIdMigration } from './0022-sqlite-fines-by-id.js';

export function migrationProvider(engine: Engine, search: SearchDialect): MigrationProvider {
  return {
    getMigrations: async (): Promise<Record<string, Migration>> => ({
      '0001-initial': initialMigration(engine, search),
      '0002-proceedings': proceedingsMigration(engine),
      '0003-documents': documentsMigration(engine),
      '0004-disclosures': disclosuresMigration(engine),
      '0005-typical-bulletins': typicalBulletinsMigration(engine),
      '0006-case-applied': caseAppliedMigration(),
      '0007-self-check': selfCheckMigration(engine),
      '0008-identity': identityMigration(engine),
      '0009-imports': importsMigration(),
      '0010-disclosures-count-index': disclosuresCountIndexMigration(),
      '0011-organ-credit-code': organCreditCodeMigration(),
      '0012-disclosure-republish': disclosureRepublishMigration(engine),
      '0013-scale': scaleMigration(engine),
      '0014-login-addresses': loginAddressesMigration(),
      '0015-case-list-order': caseListOrderMigration(engine),
      '0016-filter-keys': filterKeysMigration(engine),
      '0017-search-partitions': searchPartitionsMigration(engine),
      '0018-narrow-search-rows': narrowSearchRowsMigration(engine),
      '0019-sqlite-sort-keys': sqliteSortKeysMigration(engine),
      '0020-case-list-title-order': caseListTitleOrderMigration(),
      '0021-fined-text-index': finedTextIndexMigration(engine),
      '0022-sqlite-fines-by-id': sqliteFinesByIdMigration(engine),
    }),
  };
}
