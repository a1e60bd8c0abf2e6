import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../memory-io.js';

const NINGXIA = resolve(import.meta.dirname, '../../../fixtures/bulletins/dev/ningxia-2021.json');
const dir = mkdtempSync(join(tmpdir(), 'wangan-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

describe('wangan check', () => {
  it('prints one result per case and exits 0 when none is unlawful', async () => {
    const io = memoryIo();
    expect(await main(['check', NINGXIA], io)).toBe(0);
    const results = JSON.parse(io.out.join(''));
    expect(results).toHaveLength(10);
    for (const r of results) {
      expect(['lawful', 'lawful_if']).toContain(r.verdict);
      expect(r.lawful).not.toBe(false);
      expect(r).toHaveProperty('title');
      expect(r).toHaveProperty('applied');
      expect(r).toHaveProperty('findings');
      expect(r).toHaveProperty('requires');
      expect(r).toHaveProperty('current');
    }
  });

  it('exits 1 when a decision is unlawful', async () => {
    const [first] = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(NINGXIA, 'utf8')));
    first.illegal_gains_yuan = 0;
    first.sanctions = [{ kind: 'fine', amount_yuan: 2000000, days: null, target: 'party' }];
    const io = memoryIo();
    expect(await main(['check', write('bad.json', JSON.stringify([first]))], io)).toBe(1);
    expect(JSON.parse(io.out.join(''))[0].lawful).toBe(false);
  });

  it('exits 0 for lawful_if and undetermined (lawful null) and 1 only for unlawful', async () => {
    const cases = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(NINGXIA, 'utf8')));
    // 网络安全法(2016) 第五十九条第一款: its fine needs “拒不改正或者导致危害网络安全等后果” established
    const conditional = cases.find((c: { title: string }) => c.title.includes('等级保护'));
    const unknownLaw = {
      ...conditional,
      provisions: [{ law: '某某条例', article: 1, paragraph: null, item: null }],
    };
    const io = memoryIo();
    expect(await main(['check', write('open.json', JSON.stringify([conditional, unknownLaw]))], io)).toBe(0);
    const results = JSON.parse(io.out.join(''));
    expect(results.map((r: { verdict: string; lawful: boolean | null }) => [r.verdict, r.lawful])).toEqual([
      ['lawful_if', null],
      ['undetermined', null],
    ]);
  });

  it('reads standard input with -', async () => {
    const io = memoryIo({ stdin: '[]' });
    expect(await main(['check', '-'], io)).toBe(0);
    expect(JSON.parse(io.out.join(''))).toEqual([]);
  });

  it('malformed JSON → exit 2 naming the file', async () => {
    const io = memoryIo();
    const p = write('broken.json', '[{"title": ');
    expect(await main(['check', p], io)).toBe(2);
    expect(io.err.join('')).toContain(p);
    expect(io.err.join('')).toMatch(/不是有效的 JSON/);
  });

  it('schema violation → exit 2 naming the file, the case index and the field', async () => {
    const io = memoryIo();
    const rec = {
      title: 'x',
      date: null,
      region: null,
      agency: null,
      party: { kind: 'robot', name: 'x' },
      facts: '',
      provisions: [],
      sanctions: [],
    };
    const ok = { ...rec, party: { kind: 'individual', name: 'y' } };
    const p = write('schema.json', JSON.stringify([ok, rec]));
    expect(await main(['check', p], io)).toBe(2);
    expect(io.err.join('')).toMatch(
      new RegExp(`${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：第 1 件案件.*的字段 party\\.kind`),
    );
  });

  it('a missing required field is named', async () => {
    const io = memoryIo();
    const p = write(
      'missing.json',
      JSON.stringify([
        {
          title: 'x',
          date: null,
          region: null,
          agency: null,
          party: { kind: 'individual', name: 'y' },
          facts: '',
          provisions: [],
        },
      ]),
    );
    expect(await main(['check', p], io)).toBe(2);
    expect(io.err.join('')).toMatch(/第 0 件案件.*的字段 sanctions 为必填字段/);
  });

  it('a missing file, a bad --at and a missing argument are usage errors (exit 2)', async () => {
    expect(await main(['check', join(dir, 'nope.json')], memoryIo())).toBe(2);
    expect(await main(['check', NINGXIA, '--at', '2026-13-01'], memoryIo())).toBe(2);
    expect(await main(['check'], memoryIo())).toBe(2);
  });

  it('--at sets the day of the current-law equivalents', async () => {
    const io = memoryIo();
    await main(['check', NINGXIA, '--at', '2025-06-01'], io);
    const atOld = JSON.parse(io.out.join(''));
    // before the 2025 amendment took effect, the 2016 rule is itself the one in force
    expect(atOld.find((r: { title: string }) => r.title.includes('等级保护')).current[0].rule).toBe(
      'CSL2016.59.1',
    );
  });
});
