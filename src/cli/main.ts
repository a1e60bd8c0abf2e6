/**
 * `wangan` — one file per command under commands/, loaded on demand so that a command starts fast.
 */
import { processIo, type CliIo, type Command, EXIT, UsageError } from './io.js';
import { isDomainError } from '../core/shared/errors.js';

const COMMANDS: Record<string, string> = {
  law: 'law show <law> <article> [--at DATE] | law current <law> <article> [--from VERSION-OR-DATE]',
  check: 'check FILE [--at DATE] — legality of the decisions in a JSON array of case records',
  extract: 'extract [FILE...] [--check] [--format json|jsonl] — bulletins to case records',
  serve: 'serve — start the web application (HTTP API and UI)',
  migrate: 'migrate — create or update the database',
  user: 'user add|list|disable — manage accounts',
  import: 'import FILE... — import bulletins or case records into the case store',
};

function usage(): string {
  return ['usage: wangan <command> [options]', '', ...Object.entries(COMMANDS).map(([n, d]) => `  ${n.padEnd(8)} ${d}`), ''].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.badInput;
  }
  if (!(name in COMMANDS)) {
    io.stderr(`wangan: unknown command "${name}"\n${usage()}`);
    return EXIT.badInput;
  }
  try {
    const mod = (await import(`./commands/${name}.js`)) as { run: Command };
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || isDomainError(e)) {
      io.stderr(`wangan ${name}: ${e.message}\n`);
      return EXIT.badInput;
    }
    throw e;
  }
}
