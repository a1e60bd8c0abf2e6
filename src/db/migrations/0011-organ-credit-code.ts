/**
 * The organ's 统一社会信用代码 in its settings (issue 10 §1): 双公示's 处罚机关统一社会信用代码 (and the default 数据来源单位
 * code), set once instead of typed at each publication. Null until an administrator sets it.
 */
import type { Kysely, Migration } from 'kysely';

export function organCreditCodeMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('document_organs').addColumn('credit_code', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('document_organs').dropColumn('credit_code').execute();
    },
  };
}
