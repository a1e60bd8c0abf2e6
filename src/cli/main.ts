/**
 * `wangan` — one file per command under commands/, loaded on demand so that a command starts fast.
 */
import { processIo, type CliIo, type Command, EXIT, UsageError } from './io.js';
import { isDomainError } from '../core/shared/errors.js';

type Loader = () => Promise<{ run: Command }>;

/** Each command's help line and its module, imported only when the command runs. */
const COMMANDS: Record<string, [string, Loader]> = {
  law: [
    'law show <law> <article> [--at DATE] [--text] | law current <law> <article> [--from VERSION-OR-DATE]',
    () => import('./commands/law.js'),
  ],
  check: [
    'check FILE [--at DATE] — legality of the decisions in a JSON array of case records',
    () => import('./commands/check.js'),
  ],
  extract: [
    'extract [FILE...] [--check] [--format json|jsonl] — bulletins to case records',
    () => import('./commands/extract.js'),
  ],
  serve: [
    'serve — start the web application (HTTP API and UI) on HOST:PORT',
    () => import('./commands/serve.js'),
  ],
  migrate: [
    'migrate — create or update the database (schema, statutes)',
    () => import('./commands/migrate.js'),
  ],
  user: [
    'user add <name> --role ROLE [--organisation 单位] [--password P] | user list | user disable <name>',
    () => import('./commands/user.js'),
  ],
  audit: [
    "audit verify — check the audit log's hash chain; exit 1 naming the first broken entry",
    () => import('./commands/audit.js'),
  ],
  import: [
    'import FILE... [--status published|internal] [--user NAME] — bulletins or JSON case records into the case store',
    () => import('./commands/import.js'),
  ],
  backup: [
    'backup FILE — a consistent copy of the database while the server runs (SQLite backup API; pg_dump)',
    () => import('./commands/backup.js'),
  ],
  restore: [
    'restore FILE — a backup into an empty data directory or empty database only',
    () => import('./commands/restore.js'),
  ],
};

function usage(): string {
  return [
    'usage: wangan <command> [options]',
    '',
    ...Object.entries(COMMANDS).map(([n, [d]]) => `  ${n.padEnd(8)} ${d}`),
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.badInput;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`wangan: unknown command "${name}"\n${usage()}`);
    return EXIT.badInput;
  }
  try {
    const mod = await entry[1]();
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || isDomainError(e)) {
      io.stderr(`wangan ${name}: ${e.message}\n`);
      return EXIT.badInput;
    }
    throw e;
  }
}
