/**
 * `wangan audit verify`: walks the audit log's hash chain (src/db/audit-chain.ts) and prints JSON; exit 0 when it
 * verifies, 1 naming the first broken entry (changed: its own hash fails; deleted: the next entry's link fails).
 * There is no purge: the log is append-only, so every entry is kept (retention ≥ 180 days holds for all of them).
 */
import { parseArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../io.js';
import { verifyAudit } from '../../db/repositories/audit.js';
import { migrateToLatest } from '../../db/store.js';
import { openConfiguredStore } from '../../server/bootstrap.js';
import { loadConfig } from '../../server/config.js';

const USAGE = 'usage: wangan audit verify';

export const run: Command = async (args, io) => {
  const { positionals } = parseArgs(args, {});
  if (positionals.length !== 1 || positionals[0] !== 'verify') throw new UsageError(USAGE);
  const store = await openConfiguredStore(loadConfig(io.env));
  try {
    await migrateToLatest(store);
    const { entries, broken } = await verifyAudit(store.db);
    if (!broken) {
      io.stdout(`${JSON.stringify({ ok: true, entries })}\n`);
      return EXIT.ok;
    }
    const why =
      broken.reason === 'hash'
        ? 'its content does not match its hash (changed)'
        : 'its link to the previous entry does not match (an entry before it was changed or deleted)';
    io.stdout(
      `${JSON.stringify({ ok: false, entries_verified: entries, broken_entry: broken.id, reason: broken.reason })}\n`,
    );
    io.stderr(`audit log chain broken at entry ${broken.id}: ${why}\n`);
    return EXIT.finding;
  } finally {
    await store.close();
  }
};
