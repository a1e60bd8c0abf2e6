/**
 * The audit log's hash chain (安全审计, GB/T 22239-2019 8.1.4.3 c: 「应对审计记录进行保护，定期备份，避免受到未预期的删除、
 * 修改或覆盖等」): each entry's `hash` is the sha256 of its content and the previous entry's hash (`prev_hash`, null for
 * the first). Changing an entry breaks its own hash; deleting one breaks the next entry's `prev_hash`. The definition
 * is permanent: migration 0008 chained the entries written before it with this function.
 */
import { createHash } from 'node:crypto';

/** The columns an entry's hash covers, as stored (before/after are the stored JSON text). */
export interface ChainedContent {
  at: string;
  user_id: number | string | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
}

export function entryHash(e: ChainedContent, prevHash: string | null): string {
  const content = JSON.stringify([
    e.at,
    e.user_id === null ? null : Number(e.user_id),
    e.username,
    e.action,
    e.entity,
    e.entity_id,
    e.before,
    e.after,
  ]);
  return createHash('sha256')
    .update(content)
    .update('\n')
    .update(prevHash ?? '')
    .digest('hex');
}

export interface ChainRow extends ChainedContent {
  id: number | string;
  prev_hash: string | null;
  hash: string | null;
}

export type ChainBreak = { id: number; reason: 'prev_hash' | 'hash' };

/** The first entry (in id order) whose link or hash does not hold, or null when the chain verifies. */
export function firstBreak(rows: Iterable<ChainRow>, prevHash: string | null = null): ChainBreak | null {
  let prev = prevHash;
  for (const r of rows) {
    if ((r.prev_hash ?? null) !== prev) return { id: Number(r.id), reason: 'prev_hash' };
    if (r.hash !== entryHash(r, prev)) return { id: Number(r.id), reason: 'hash' };
    prev = r.hash;
  }
  return null;
}
