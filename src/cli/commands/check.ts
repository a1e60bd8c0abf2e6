/**
 * `wangan check FILE [--at DATE]` — the legality of each decision in a JSON array of case records.
 * Prints a JSON array of results, each with its verdict (lawful, lawful_if: lawful if the facts in `requires`
 * are established, unlawful, undetermined); exit 1 when some result has `lawful: false` (an unlawful decision),
 * else 0 (lawful_if and undetermined are not findings), 2 on bad input.
 * FILE `-` reads standard input. --at: the day taken as today for the current-law equivalents.
 */
import { readFile } from 'node:fs/promises';
import { assertPartialDate } from '../../core/shared/dates.js';
import { DomainError } from '../../core/shared/errors.js';
import { parseCaseRecords } from '../../law-data/case-record-schema.js';
import { createChecker } from '../../law-data/checker.js';
import { parseArgs } from '../args.js';
import { EXIT, UsageError, type CliIo } from '../io.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['at'] });
  if (positionals.length !== 1) throw new UsageError('usage: wangan check FILE [--at YYYY-MM-DD]');
  const file = positionals[0]!;
  const at = values['at'] ? assertPartialDate(values['at'], '--at') : undefined;
  if (at && at.length !== 10) throw new UsageError(`--at needs a full date YYYY-MM-DD, got "${at}"`);
  let text: string;
  try {
    text = file === '-' ? (await io.readStdin()).toString('utf8') : await readFile(file, 'utf8');
  } catch (e) {
    throw new DomainError('UNREADABLE_INPUT', `${file}：无法读取（${(e as Error).message}）`, { file });
  }
  const records = parseCaseRecords(text, file);
  const check = createChecker({ now: io.now });
  const results = records.map((r) => check(r, at ? { at } : {}));
  io.stdout(JSON.stringify(results, null, 2) + '\n');
  return results.some((r) => r.lawful === false) ? EXIT.finding : EXIT.ok;
}
