import { describe, expect, it } from 'vitest';
import { entryHash, firstBreak, type ChainRow } from './audit-chain.js';

const content = (n: number) => ({
  at: `2026-01-0${n}T00:00:00.000Z`,
  user_id: 1,
  username: 'officer',
  action: 'update',
  entity: 'case',
  entity_id: String(n),
  before: null,
  after: `{"n":${n}}`,
});

function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev: string | null = null;
  for (let i = 1; i <= n; i++) {
    const hash = entryHash(content(i), prev);
    rows.push({ id: i, ...content(i), prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('audit hash chain (GB/T 22239-2019 8.1.4.3 c 「避免受到未预期的删除、修改或覆盖」)', () => {
  it('an intact chain verifies', () => {
    expect(firstBreak(chain(4))).toBeNull();
  });

  it('a changed entry is named by its own hash', () => {
    const rows = chain(4);
    rows[2] = { ...rows[2]!, after: '{"n":99}' };
    expect(firstBreak(rows)).toEqual({ id: 3, reason: 'hash' });
  });

  it('a deleted entry is named at the entry after it', () => {
    const rows = chain(4);
    rows.splice(1, 1);
    expect(firstBreak(rows)).toEqual({ id: 3, reason: 'prev_hash' });
  });

  it('the hash covers the user id as a number on both engines', () => {
    expect(entryHash({ ...content(1), user_id: '1' }, null)).toBe(entryHash(content(1), null));
  });
});
