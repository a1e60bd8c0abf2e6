/**
 * Test support, run as a child process (`node --import tsx writer-child.ts DATA_DIR [ROUNDS]`): writes to the store
 * of WANGAN_DATA_DIR=DATA_DIR the way users do, round after round — `wangan import --again` of a fixture bulletin
 * (10 cases, one transaction), then a proceeding opened and taken through four workflow actions (one transaction
 * each). It prints `step N` after each committed write, so that a test can kill it (SIGKILL) at chosen points or
 * back the store up while it writes (started by writer.ts). Without ROUNDS it writes until killed.
 */
import { join } from 'node:path';
import { main } from '../main.js';
import { memoryIo } from '../memory-io.js';
import { fakeCheck, SEED } from '../../core/cases/transitions/walk.test-support.js';
import { loadCalendar } from '../../law-data/calendar.js';
import { ProceedingRepository } from '../../db/repositories/proceedings.js';
import { openStore } from '../../db/store.js';
import { testAppliedOf } from '../../db/testing/applied.js';
import { WRITER_BULLETIN } from './writer.js';

const ACTIONS = [
  { action: 'register', at: '2025-03-03T10:00:00+08:00' },
  { action: 'file', at: '2025-03-04T10:00:00+08:00' },
  { action: 'start_investigation', at: '2025-03-04T11:00:00+08:00', officers: ['11', '12'] },
  { action: 'add_evidence', at: '2025-03-05T10:00:00+08:00', kind: '电子数据', description: '未定级备案' },
] as const;

async function write(dir: string, rounds: number): Promise<void> {
  const env = { WANGAN_DATA_DIR: dir, LOG_LEVEL: 'silent' };
  const calendar = loadCalendar();
  const officer = { id: 11, username: 'officer-a' };
  const now = new Date('2026-06-01T00:00:00Z');
  let step = 0;
  const done = () => void process.stdout.write(`step ${++step}\n`);
  for (let round = 0; round < rounds; round++) {
    const io = memoryIo({ env });
    const code = await main(['import', '--again', WRITER_BULLETIN], io);
    if (code !== 0) throw new Error(`import failed: ${io.err.join('')}`);
    done();
    const store = openStore({ engine: 'sqlite', file: join(dir, 'wangan.sqlite') });
    try {
      const repo = new ProceedingRepository(store.db, store.search, testAppliedOf);
      const p = await repo.open(SEED, officer, calendar, now);
      done();
      for (const input of ACTIONS) {
        const res = await repo.act(p.id, input, { calendar, check: fakeCheck('lawful') }, officer, now);
        if (!res.ok) throw new Error(`${input.action}: ${JSON.stringify(res)}`);
        done();
      }
    } finally {
      await store.close();
    }
  }
}

const [dir, rounds] = process.argv.slice(2);
if (!dir) throw new Error('usage: writer-child.ts DATA_DIR [ROUNDS]');
await write(dir, rounds ? Number(rounds) : Infinity);
