/**
 * First start and every start: the data directory, the database and its migrations, the statute base (reloaded
 * when the texts change), the first administrator, and — once — the dev bulletin's cases as published cases.
 */
import { syncCaseStats } from './stats-sync.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { CaseRecord } from '../core/shared/case-record.js';
import { SYSTEM } from '../db/repositories/audit.js';
import { importBulletin } from '../db/repositories/bulletins.js';
import type { AppliedOf } from '../db/repositories/case-applied.js';
import { getMeta, setMeta } from '../db/repositories/meta.js';
import { StatuteRepository } from '../db/repositories/statutes.js';
import { UserRepository } from '../db/repositories/users.js';
import { migrateToLatest, openStore, type Store } from '../db/store.js';
import { loadAllLaws } from '../law-data/load.js';
import { fixturesDir } from '../paths.js';
import { generatePassword, hashPassword } from './auth/password.js';
import { assertPasswordPolicy } from './auth/password-policy.js';
import { syncCaseApplied, syncCaseSearch } from './derived-sync.js';
import type { Config } from './config.js';
import type { BulletinExtractor } from './deps.js';

export async function openConfiguredStore(config: Config): Promise<Store> {
  mkdirSync(config.dataDir, { recursive: true });
  return openStore(
    config.database.engine === 'postgres'
      ? { engine: 'postgres', url: config.database.url }
      : { engine: 'sqlite', file: config.database.file },
  );
}

/** Loads data/law into the database when its content differs from what is stored; returns whether it did. */
export async function syncStatutes(store: Store): Promise<boolean> {
  const data = loadAllLaws();
  const laws = data.catalogue;
  const versions = laws.flatMap((l) => data.base.versions(l));
  const maps = laws.flatMap((l) => data.articleMap(l).rows());
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ laws, versions: versions.map((v) => ({ ...v, law: v.law.id })), maps }))
    .digest('hex');
  if ((await getMeta(store.db, 'statutes_fingerprint')) === fingerprint) return false;
  await new StatuteRepository(store.db, store.search).replaceAll(laws, versions, maps);
  await setMeta(store.db, 'statutes_fingerprint', fingerprint);
  return true;
}

/**
 * Creates the system administrator `admin` when there is no account yet; returns the password if it was generated.
 * A generated password must be changed at the first login; a given one (WANGAN_ADMIN_PASSWORD) must satisfy the policy.
 */
export async function ensureAdmin(
  store: Store,
  password: string | undefined,
): Promise<{ created: boolean; generatedPassword: string | null }> {
  const users = new UserRepository(store.db);
  if ((await users.count()) > 0) return { created: false, generatedPassword: null };
  if (password !== undefined) assertPasswordPolicy(password, 'admin');
  const pw = password ?? generatePassword();
  await users.create(
    {
      username: 'admin',
      passwordHash: await hashPassword(pw),
      role: 'admin',
      mustChangePassword: password === undefined,
    },
    SYSTEM,
  );
  return { created: true, generatedPassword: password ? null : pw };
}

export const DEV_BULLETIN = join(fixturesDir, 'bulletins', 'dev', 'ningxia-2021');

/**
 * Imports the dev bulletin's cases as published cases, once per database. Reads the bulletin text and
 * extracts it when both the text and an extractor are available, else the hand-labelled records.
 */
export async function seedDevBulletin(
  store: Store,
  extract: BulletinExtractor | null,
  log: Logger,
  appliedOf: AppliedOf,
): Promise<number[] | null> {
  if (await getMeta(store.db, 'seeded_dev_bulletin')) return null;
  const txt = `${DEV_BULLETIN}.txt`;
  const json = `${DEV_BULLETIN}.json`;
  let bulletin: { text: string; format: 'text' | 'html' | 'docx'; encoding: string; title: string };
  let cases: CaseRecord[];
  if (existsSync(txt) && extract) {
    const bytes = readFileSync(txt);
    const e = await extract(bytes, 'ningxia-2021.txt');
    bulletin = {
      text: e.text,
      format: e.format,
      encoding: e.encoding,
      title: e.title ?? '宁夏网安 2021 年典型案例',
    };
    cases = e.cases;
  } else if (existsSync(json)) {
    cases = JSON.parse(readFileSync(json, 'utf8')) as CaseRecord[];
    const text = existsSync(txt)
      ? readFileSync(txt, 'utf8')
      : cases.map((c) => `${c.title}\n${c.facts}`).join('\n\n');
    bulletin = { text, format: 'text', encoding: 'utf-8', title: '宁夏网安 2021 年典型案例' };
  } else {
    log.warn({ path: DEV_BULLETIN }, 'dev bulletin not found; no cases seeded');
    return null;
  }
  if (!cases.length) {
    log.warn({ path: txt }, 'no cases extracted from the dev bulletin; none seeded');
    return null;
  }
  const res = await importBulletin(
    store.db,
    store.search,
    appliedOf,
    { bulletin, cases, status: 'published' },
    SYSTEM,
  );
  await setMeta(store.db, 'seeded_dev_bulletin', String(res.bulletin_id));
  return res.case_ids;
}

export interface Prepared {
  migrations: string[];
  statutesLoaded: boolean;
  /** Cases whose applied rules / search text were derived again (null: they were current). */
  appliedCases: number | null;
  searchCases: number | null;
  /** Cases counted into the pre-aggregated statistics (null: the table was filled before). */
  statsCases: number | null;
}

/**
 * Migrations, statutes, and what is derived from the cases (applied rules, search text, the statistics' counts) when
 * this release derives it differently or it was never derived: every start (`serve`) and `wangan migrate`.
 */
export async function prepareStore(store: Store, log: Logger, appliedOf: AppliedOf): Promise<Prepared> {
  const migrations = await migrateToLatest(store);
  if (migrations.length) log.info({ migrations }, 'database migrated');
  const statutesLoaded = await syncStatutes(store);
  if (statutesLoaded) log.info('statute base loaded into the database');
  const appliedCases = await syncCaseApplied(store, appliedOf, log);
  const searchCases = await syncCaseSearch(store, log);
  const statsCases = await syncCaseStats(store, log);
  return { migrations, statutesLoaded, appliedCases, searchCases, statsCases };
}
