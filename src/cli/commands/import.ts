/**
 * `wangan import FILE... [--status published|internal] [--again] [--user NAME]`: bulletins (.txt/.html/.docx, any
 * common encoding; cases extracted) or JSON files of case records. Each file is one transaction: all its cases or
 * none. Without --status a file's cases are published, or internal when a record leaves something in doubt (a party
 * that is a pronoun, no date …). A bulletin imported before (same normalised text) is refused, exit 2 naming the
 * earlier import, unless --again. Prints one JSON line per file (with its status and doubts).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { parseArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../io.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { DomainError } from '../../core/shared/errors.js';
import { importBulletin } from '../../db/repositories/bulletins.js';
import { appliedRules } from '../../law-data/applied.js';
import { openConfiguredStore, prepareStore } from '../../server/bootstrap.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { caseRecordSchema, caseStatusSchema } from '../../server/schemas/index.js';
import { defaultStatus } from '../../server/routes/imports.js';
import { realChecker, realExtractor } from '../../server/wiring.js';

const recordsSchema = z.array(caseRecordSchema).min(1);

/** The case records of a JSON file; INVALID_INPUT naming the file, the index and the field. */
export function parseRecords(file: string, text: string): CaseRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DomainError('INVALID_INPUT', `${file}：不是有效的 JSON（${(e as Error).message}）`, { file });
  }
  const parsed = recordsSchema.safeParse(Array.isArray(json) ? json : [json]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new DomainError('INVALID_INPUT', `${file}：案件记录的字段 ${field} 不符合要求：${issue.message}`, {
      file,
      field,
    });
  }
  return parsed.data as CaseRecord[];
}

export const run: Command = async (args, io) => {
  const { positionals, values, flags } = parseArgs(args, {
    values: ['status', 'user'],
    booleans: ['again'],
  });
  if (!positionals.length)
    throw new UsageError(
      'usage: wangan import FILE... [--status published|internal] [--again] [--user NAME]',
    );
  const chosen = values.status === undefined ? undefined : caseStatusSchema.safeParse(values.status);
  if (chosen && !chosen.success)
    throw new UsageError(`--status must be published or internal (got "${values.status}")`);
  const again = flags.has('again');
  const actor = { id: null, username: values.user ?? 'cli' };
  const config = loadConfig(io.env);
  const store = await openConfiguredStore(config);
  const extract = realExtractor();
  const appliedOf = appliedRules(realChecker());
  try {
    await prepareStore(store, createLogger(config.logLevel), appliedOf);
    for (const file of positionals) {
      const bytes = await readFile(file).catch((e: Error) => {
        throw new DomainError('UNREADABLE_INPUT', `${file}：无法读取（${e.message}）`, { file });
      });
      if (/\.json$/i.test(file)) {
        const cases = parseRecords(file, bytes.toString('utf8'));
        const status = chosen?.data ?? defaultStatus(cases);
        const res = await importBulletin(
          store.db,
          store.search,
          appliedOf,
          { bulletin: null, cases, status },
          actor,
        );
        io.stdout(`${JSON.stringify({ file, ...res, status })}\n`);
        continue;
      }
      const e = await extract(bytes, basename(file));
      if (!e.cases.length) throw new DomainError('INVALID_INPUT', `${file}：公告中没有找到案件`, { file });
      const doubts = e.doubts.flat().length;
      const status = chosen?.data ?? (doubts > 0 ? 'internal' : 'published');
      const res = await importBulletin(
        store.db,
        store.search,
        appliedOf,
        {
          bulletin: {
            text: e.text,
            format: e.format,
            encoding: e.encoding,
            title: e.title ?? basename(file),
          },
          cases: e.cases,
          status,
          again,
        },
        actor,
      );
      io.stdout(`${JSON.stringify({ file, ...res, status, doubts: e.doubts })}\n`);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
};
