/**
 * Zip bombs in .docx: before a .docx is inflated, its central directory is read and the uncompressed sizes it
 * declares are summed (over the cap: refused); then each entry is inflated with its output capped at the size it
 * declares, so a package that lies about its sizes is refused too instead of filling the memory.
 */
import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../../shared/errors.js';

/** The most a .docx may hold uncompressed (a long bulletin's document.xml is a few MB). */
export const MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const unreadable = (name: string, why: string) =>
  new DomainError('UNREADABLE_INPUT', `${name}：Word 文档（.docx）的压缩结构有误（${why}）`, {
    input: name,
    looksLike: 'Word 文档（.docx）',
    cause: why,
  });

const tooLarge = (name: string, size: number, limit: number) =>
  new DomainError(
    'INPUT_TOO_LARGE',
    `${name}：Word 文档解压后超过 ${Math.round(limit / 1024 / 1024)} MB（疑似压缩炸弹），已拒绝`,
    { input: name, size, limit, what: 'docx_uncompressed' },
  );

function centralDirectory(b: Buffer, name: string): Entry[] {
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (after it, at most a comment).
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable(name, '没有中央目录');
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL) throw unreadable(name, '中央目录损坏');
    const nameLength = b.readUInt16LE(at + 28);
    entries.push({
      name: b.toString('utf8', at + 46, at + 46 + nameLength),
      method: b.readUInt16LE(at + 10),
      compressed: b.readUInt32LE(at + 20),
      uncompressed: b.readUInt32LE(at + 24),
      localOffset: b.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return entries;
}

/** Throws INPUT_TOO_LARGE for a bomb, UNREADABLE_INPUT for a broken package; returns when it is safe to read. */
export function assertDocxInflatable(bytes: Uint8Array, name = '输入', limit = MAX_DOCX_UNCOMPRESSED): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(b, name);
  // 0xFFFFFFFF is ZIP64's "see the extra field": more than 4 GB declared, over any cap.
  const declared = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (declared > limit) throw tooLarge(name, declared, limit);
  for (const e of entries) {
    if (e.method === 0 || e.uncompressed === 0) continue;
    if (e.method !== 8) throw unreadable(name, `不支持的压缩方式 ${e.method}`);
    const at = e.localOffset;
    if (at + 30 > b.length || b.readUInt32LE(at) !== LOCAL) throw unreadable(name, `条目 ${e.name} 损坏`);
    const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
    try {
      inflateRawSync(b.subarray(start, start + e.compressed), { maxOutputLength: e.uncompressed });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge(name, e.uncompressed + 1, limit);
      }
      throw unreadable(name, `条目 ${e.name} 无法解压`);
    }
  }
}
