/**
 * Test support: what a SQLite store written by writer-child.ts must satisfy after a crash or as a backup — it opens,
 * `PRAGMA integrity_check` is ok, nothing is half-written (every bulletin has all its cases, every case of a
 * bulletin its case_applied rows, every proceeding its case and one event per version), the audit chain verifies.
 * Returns the problems found (empty: consistent) and what the store holds.
 */
import { sql } from 'kysely';
import { sqliteIntegrity } from '../../db/backup.js';
import { verifyAudit } from '../../db/repositories/audit.js';
import { openStore } from '../../db/store.js';

export interface Consistency {
  problems: string[];
  bulletins: number;
  proceedings: number;
  auditEntries: number;
}

export async function sqliteConsistency(file: string, casesPerBulletin: number): Promise<Consistency> {
  const problems: string[] = [];
  const integrity = sqliteIntegrity(file);
  if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
  const store = openStore({ engine: 'sqlite', file });
  try {
    const q = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(store.db)).rows;
    const bulletins = await q<{ id: number; cases: number; applied: number }>(sql`
      select b.id, (select count(*) from cases c where c.bulletin_id = b.id) as cases,
        (select count(*) from case_applied a join cases c on c.id = a.case_id where c.bulletin_id = b.id) as applied
      from bulletins b`);
    for (const b of bulletins)
      if (b.cases !== casesPerBulletin)
        problems.push(`bulletin ${b.id} has ${b.cases} of ${casesPerBulletin} cases`);
    // Every import of the same bulletin applies the same rules: one count of case_applied rows for all.
    const applied = new Set(bulletins.map((b) => b.applied));
    if (applied.size > 1) problems.push(`bulletins differ in case_applied rows: ${[...applied].join(', ')}`);
    const orphans = await q<{ n: number }>(sql`
      select count(*) as n from case_applied a where not exists (select 1 from cases c where c.id = a.case_id)`);
    if (orphans[0]!.n) problems.push(`${orphans[0]!.n} case_applied rows without their case`);
    const proceedings = await q<{ id: number; version: number; events: number; has_case: number }>(sql`
      select p.id, p.version, (select count(*) from proceeding_events e where e.proceeding_id = p.id) as events,
        exists (select 1 from cases c where c.id = p.case_id) as has_case
      from proceedings p`);
    for (const p of proceedings) {
      if (p.events !== p.version)
        problems.push(`proceeding ${p.id}: version ${p.version}, ${p.events} events`);
      if (!p.has_case) problems.push(`proceeding ${p.id} without its case`);
    }
    const audit = await verifyAudit(store.db);
    if (audit.broken)
      problems.push(`audit chain broken at entry ${audit.broken.id} (${audit.broken.reason})`);
    return {
      problems,
      bulletins: bulletins.length,
      proceedings: proceedings.length,
      auditEntries: audit.entries,
    };
  } finally {
    await store.close();
  }
}
