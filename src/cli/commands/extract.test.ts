import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../memory-io.js';

const DEV = resolve(import.meta.dirname, '../../../fixtures/bulletins/dev');
const KAIFENG = join(DEV, 'kaifeng-2021.txt');
const NINGXIA = join(DEV, 'ningxia-2021.txt');
const dir = mkdtempSync(join(tmpdir(), 'wangan-extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, body: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('wangan extract', () => {
  it('prints the case records of a bulletin as a JSON array, exit 0', async () => {
    const io = memoryIo();
    expect(await main(['extract', NINGXIA], io)).toBe(0);
    const records = JSON.parse(io.out.join(''));
    expect(records).toHaveLength(10);
    expect(records[0]).toMatchObject({
      title: '以其他非法方式获取个人信息案',
      date: '2021-01',
      party: { kind: 'individual', name: '闫某' },
    });
    expect(io.err.join('')).toBe('');
  });

  it('reads standard input when no file is given, in any supported encoding', async () => {
    const io = memoryIo({ stdin: iconv.encode(readFileSync(KAIFENG, 'utf8'), 'gbk') });
    expect(await main(['extract'], io)).toBe(0);
    const [record] = JSON.parse(io.out.join(''));
    expect(record.sanctions).toEqual([
      { kind: 'fine', amount_yuan: 15000, days: null, target: 'party', note: '壹万伍仟元' },
    ]);
  });

  it('--format jsonl prints one record a line; several files keep their order and name their source', async () => {
    const io = memoryIo();
    expect(await main(['extract', '--format', 'jsonl', KAIFENG, NINGXIA], io)).toBe(0);
    const lines = io.out.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(JSON.parse(lines[0]!).source_file).toBe(KAIFENG);
    expect(JSON.parse(lines[10]!).source_file).toBe(NINGXIA);
  });

  it('an empty file gives [] and a warning on stderr', async () => {
    const io = memoryIo();
    const p = write('empty.txt', '');
    expect(await main(['extract', p], io)).toBe(0);
    expect(JSON.parse(io.out.join(''))).toEqual([]);
    expect(io.err.join('')).toContain(`${p}：文件为空`);
  });

  it('an image exits 2 naming the file and what it looked like', async () => {
    const io = memoryIo();
    const p = write('scan.txt', PNG);
    expect(await main(['extract', p], io)).toBe(2);
    expect(io.err.join('')).toContain(p);
    expect(io.err.join('')).toContain('PNG 图片');
    expect(JSON.parse(io.out.join(''))).toEqual([]);
  });

  it('one unreadable file among several: the others are still extracted, exit 2', async () => {
    const io = memoryIo();
    const bad = write('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]));
    const missing = join(dir, 'missing.txt');
    expect(await main(['extract', KAIFENG, bad, missing, NINGXIA], io)).toBe(2);
    expect(JSON.parse(io.out.join(''))).toHaveLength(11);
    const err = io.err.join('');
    expect(err).toContain(`${bad}：不是文字公告，看起来是JPEG 图片`);
    expect(err).toContain(`${missing}：无法读取（ENOENT）`);
  });

  it('--check attaches the legality result of wangan check to each record', async () => {
    const io = memoryIo();
    expect(await main(['extract', '--check', KAIFENG], io)).toBe(0);
    const [record] = JSON.parse(io.out.join(''));
    expect(record.check).toMatchObject({ title: record.title, lawful: null, verdict: 'lawful_if' });
    expect(record.check.applied[0]).toMatchObject({ law: '网络安全法', article: 64, paragraph: 2 });
  });

  it('--check exits 1 when an extracted decision is unlawful', async () => {
    const io = memoryIo();
    const p = write(
      'over.txt',
      '案例一\n某公司未履行义务案\n某网安部门依据《网络安全法》第二十一条、第五十九条第一款之规定，对该公司处罚款200万元。',
    );
    expect(await main(['extract', '--check', p], io)).toBe(1);
    expect(JSON.parse(io.out.join(''))[0].check.lawful).toBe(false);
  });

  it('rejects an unknown format', async () => {
    const io = memoryIo();
    expect(await main(['extract', '--format', 'xml', KAIFENG], io)).toBe(2);
    expect(io.err.join('')).toContain('--format must be json or jsonl');
  });
});
