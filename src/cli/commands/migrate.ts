/** `wangan migrate`: creates or updates the database (schema migrations, statute base). Prints JSON. */
import { parseArgs } from '../args.js';
import { EXIT, type Command } from '../io.js';
import { migrateToLatest } from '../../db/store.js';
import { openConfiguredStore, syncStatutes } from '../../server/bootstrap.js';
import { loadConfig } from '../../server/config.js';

export const run: Command = async (args, io) => {
  parseArgs(args, {});
  const config = loadConfig(io.env);
  const store = await openConfiguredStore(config);
  try {
    const migrations = await migrateToLatest(store);
    const statutesLoaded = await syncStatutes(store);
    const where =
      config.database.engine === 'sqlite'
        ? config.database.file
        : config.database.url.replace(/\/\/[^@/]*@/, '//***@');
    io.stdout(
      `${JSON.stringify({ engine: store.engine, database: where, migrations, statutes_loaded: statutesLoaded })}\n`,
    );
    return EXIT.ok;
  } finally {
    await store.close();
  }
};
