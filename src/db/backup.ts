/**
 * Backup and restore of the store (issue 12, 等保 备份与恢复).
 *
 * SQLite: better-sqlite3's online backup API, copying every page in one step — one read transaction on a WAL
 * snapshot, so the copy is consistent while the server writes (a writer does not restart it), written to a temp file
 * renamed into place once its integrity check passes. PostgreSQL: `pg_dump --format=custom` of the store's schema and
 * `pg_restore`, which must be on PATH (the error says what to run otherwise). A restore goes only into an empty place
 * (no SQLite file / no table in the schema): it never merges into or overwrites a live database.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { DomainError } from '../core/shared/errors.js';

/** better-sqlite3 clamps a step to 0…2^31-1 pages; the largest is "all pages in one step". */
const ALL_PAGES = 0x7fffffff;

function refuseExisting(file: string, what: string): void {
  if (existsSync(file)) throw new DomainError('CONFLICT', `${what} ${file} 已存在，不予覆盖`, { file });
}

/** `PRAGMA integrity_check` of a SQLite file; 'ok' or SQLite's first complaints. */
export function sqliteIntegrity(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
  } finally {
    db.close();
  }
}

async function copySqlite(from: string, to: string): Promise<void> {
  const tmp = `${to}.partial-${process.pid}`;
  const src = new SQLite(from, { readonly: true, fileMustExist: true });
  try {
    src.pragma('busy_timeout = 5000');
    await src.backup(tmp, { progress: () => ALL_PAGES });
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    src.close();
  }
  const integrity = sqliteIntegrity(tmp);
  if (integrity !== 'ok') {
    rmSync(tmp, { force: true });
    throw new DomainError('CONFLICT', `${from} 的副本未通过完整性检查：${integrity}`, {
      file: from,
      integrity,
    });
  }
  renameSync(tmp, to);
}

/** Copies the live SQLite database `file` to `dest` (which must not exist). */
export async function backupSqlite(file: string, dest: string): Promise<void> {
  if (!existsSync(file))
    throw new DomainError('NOT_FOUND', `${file} 处没有数据库（请先运行 wangan migrate）`, { file });
  refuseExisting(dest, '备份文件');
  await copySqlite(file, dest);
}

/** Restores the backup `from` as the SQLite database `file`, which must not exist; the backup must be sound. */
export async function restoreSqlite(from: string, file: string): Promise<void> {
  refuseExisting(file, '数据库');
  if (!existsSync(from)) throw new DomainError('NOT_FOUND', `备份文件 ${from} 不存在`, { file: from });
  let integrity: string;
  try {
    integrity = sqliteIntegrity(from);
  } catch (e) {
    throw new DomainError('INVALID_INPUT', `${from} 不是 SQLite 备份：${(e as Error).message}`, {
      file: from,
    });
  }
  if (integrity !== 'ok')
    throw new DomainError('INVALID_INPUT', `${from} 未通过完整性检查：${integrity}`, {
      file: from,
      integrity,
    });
  mkdirSync(dirname(file), { recursive: true });
  await copySqlite(from, file);
}

/** Runs a PostgreSQL client program; NOT_FOUND saying what to install or run when it is not on PATH. */
function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], manual: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new DomainError(
              'NOT_FOUND',
              `未安装 ${tool}（Debian：apt-get install postgresql-client-15）；也可自行运行：${manual}`,
              { tool },
            )
          : e,
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new DomainError('CONFLICT', `${tool} 运行失败（退出码 ${code}）：${stderr.trim()}`, {
              tool,
              code,
            }),
          ),
    );
  });
}

/** `pg_dump` of `schema` (the store's) to `dest` in the custom format. */
export async function backupPostgres(url: string, schema: string, dest: string): Promise<void> {
  refuseExisting(dest, '备份文件');
  const tmp = `${dest}.partial-${process.pid}`;
  const args = ['--format=custom', `--schema=${schema}`, `--file=${tmp}`, `--dbname=${url}`];
  try {
    await runPgTool(
      'pg_dump',
      args,
      `pg_dump --format=custom --schema=${schema} --file=FILE "$DATABASE_URL"`,
    );
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  renameSync(tmp, dest);
}

/** `pg_restore` of a custom-format dump into the database of `url`, in one transaction, stopping at an error. */
export function restorePostgres(url: string, from: string): Promise<void> {
  if (!existsSync(from)) throw new DomainError('NOT_FOUND', `备份文件 ${from} 不存在`, { file: from });
  const args = ['--single-transaction', '--exit-on-error', '--no-owner', `--dbname=${url}`, from];
  return runPgTool(
    'pg_restore',
    args,
    `pg_restore --single-transaction --exit-on-error --no-owner --dbname="$DATABASE_URL" FILE`,
  );
}
