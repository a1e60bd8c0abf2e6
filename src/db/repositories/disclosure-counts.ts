/**
 * The `total` of the public 双公示 list, kept per filter between requests: counting every public record on each page
 * request was most of the list's time over 100,000 records (bench/disclosures.ts). The counts are exact, not merely
 * recent: each request first reads a stamp of the table — the day asked, the highest id and the number of withdrawn
 * records — and a stamp other than the one the counts were made under drops them all. The stamp moves on every change
 * that can alter the list, from this process or any other, because a record is only ever inserted (a new id) or
 * withdrawn once (one more withdrawn) — never edited, deleted or published again — and the day moves expiry (公示截止期)
 * and the days published. Both stamp reads use an index (the primary key; `disclosures_public_idx` by status).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../types.js';
import { countPublicDisclosures, type PublicFilter } from './disclosures.js';

type CountFilter = Omit<PublicFilter, 'limit' | 'offset'>;

/** Filters counted at most (the text `q` is free, so the keys are bounded); the oldest is dropped first. */
const KEPT = 500;

async function stampOf(db: Kysely<Database>, day: string): Promise<string> {
  const r = await db
    .selectFrom('disclosures')
    .select((eb) => [
      eb.fn.max('id').as('top'),
      eb
        .selectFrom('disclosures')
        .where('status', '=', 'withdrawn')
        .select((w) => w.fn.countAll().as('n'))
        .as('withdrawn'),
    ])
    .executeTakeFirstOrThrow();
  return `${day}|${String(r.top ?? 0)}|${String(r.withdrawn ?? 0)}`;
}

const keyOf = (f: CountFilter) =>
  JSON.stringify([f.agency ?? '', f.from ?? '', f.to ?? '', f.q?.trim() ?? '']);

/** The counts of one store (one per server: a module-wide cache would mix stores). */
export class PublicDisclosureCounts {
  private stamp = '';
  private readonly counts = new Map<string, number>();

  constructor(private readonly db: Kysely<Database>) {}

  /** How many records are public on `filter.day` with its filters (all pages) — as countPublicDisclosures. */
  async count(filter: CountFilter): Promise<number> {
    const stamp = await stampOf(this.db, filter.day);
    if (stamp !== this.stamp) {
      this.counts.clear();
      this.stamp = stamp;
    }
    const key = keyOf(filter);
    const kept = this.counts.get(key);
    if (kept !== undefined) return kept;
    const n = await countPublicDisclosures(this.db, filter);
    // Counted after the stamp was read, so never older than it; kept only if no newer stamp came meanwhile.
    if (this.stamp === stamp) {
      if (this.counts.size >= KEPT) this.counts.delete(this.counts.keys().next().value!);
      this.counts.set(key, n);
    }
    return n;
  }
}
