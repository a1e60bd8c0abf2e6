/**
 * `wangan extract [FILE...] [--check] [--format json|jsonl]` — published bulletins (text, HTML, .docx; UTF-8 or
 * GBK; simplified or traditional) to case records (data/schema/case-record.schema.json), in the order the cases
 * appear. Standard input when no FILE (or FILE `-`). --check attaches the legality result of `wangan check`.
 *
 * Exit 0 ok; 1 when --check finds an unlawful decision; 2 when a file could not be read or is not a text
 * bulletin (an image, a binary): the message names the file and what it looked like, and the other files are
 * still extracted. An empty file yields no records and a warning.
 */
import { readFile } from 'node:fs/promises';
import { extractFromBytes } from '../../core/extraction/extract.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { isDomainError } from '../../core/shared/errors.js';
import { createChecker } from '../../law-data/checker.js';
import { parseArgs } from '../args.js';
import { EXIT, UsageError, type CliIo } from '../io.js';

const USAGE = 'usage: wangan extract [FILE...] [--check] [--format json|jsonl]';

async function readInput(file: string, io: CliIo): Promise<Uint8Array> {
  return file === '-' ? new Uint8Array(await io.readStdin()) : new Uint8Array(await readFile(file));
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positionals, values, flags } = parseArgs(args, { values: ['format'], booleans: ['check', 'help'] });
  if (flags.has('help')) {
    io.stdout(USAGE + '\n');
    return EXIT.ok;
  }
  const format = values['format'] ?? 'json';
  if (format !== 'json' && format !== 'jsonl')
    throw new UsageError(`--format must be json or jsonl, got "${format}"\n${USAGE}`);
  const files = positionals.length > 0 ? positionals : ['-'];

  const records: CaseRecord[] = [];
  let failed = false;
  for (const file of files) {
    const name = file === '-' ? '标准输入' : file;
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file, io);
    } catch (e) {
      io.stderr(
        `wangan extract: ${name}：无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）\n`,
      );
      failed = true;
      continue;
    }
    try {
      const result = await extractFromBytes(bytes, { filename: name });
      for (const w of result.warnings) io.stderr(`wangan extract: 警告：${w}\n`);
      for (const r of result.records)
        records.push(files.length > 1 && file !== '-' ? { ...r, source_file: file } : r);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      io.stderr(`wangan extract: ${e.message}\n`);
      failed = true;
    }
  }

  let unlawful = false;
  if (flags.has('check')) {
    const check = createChecker({ now: io.now });
    for (const r of records) {
      const result = check(r);
      r.check = result;
      if (result.lawful === false) unlawful = true;
    }
  }

  if (format === 'jsonl') io.stdout(records.map((r) => JSON.stringify(r) + '\n').join(''));
  else io.stdout(JSON.stringify(records, null, 2) + '\n');
  if (failed) return EXIT.badInput;
  return unlawful ? EXIT.finding : EXIT.ok;
}
