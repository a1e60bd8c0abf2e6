/**
 * `wangan migrate`: creates or updates the database as a start of the server does — schema migrations, statute base,
 * and what is derived from the cases (applied rules, search text) when this release derives it differently. Prints
 * JSON; progress goes to the log (stderr).
 */
import { parseArgs } from '../args.js';
import { EXIT, type Command } from '../io.js';
import { appliedRules } from '../../law-data/applied.js';
import { openConfiguredStore, prepareStore } from '../../server/bootstrap.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { realChecker } from '../../server/wiring.js';

export const run: Command = async (args, io) => {
  parseArgs(args, {});
  const config = loadConfig(io.env);
  const store = await openConfiguredStore(config);
  try {
    const prepared = await prepareStore(store, createLogger(config.logLevel), appliedRules(realChecker()));
    const where =
      config.database.engine === 'sqlite'
        ? config.database.file
        : config.database.url.replace(/\/\/[^@/]*@/, '//***@');
    io.stdout(
      `${JSON.stringify({
        engine: store.engine,
        database: where,
        migrations: prepared.migrations,
        statutes_loaded: prepared.statutesLoaded,
        applied_cases: prepared.appliedCases,
        search_cases: prepared.searchCases,
        stats_cases: prepared.statsCases,
      })}\n`,
    );
    return EXIT.ok;
  } finally {
    await store.close();
  }
};
