/**
 * Bytes of a text file to a string: UTF-8 (with or without BOM, validated strictly), UTF-16 with BOM,
 * otherwise GB18030 (a superset of GBK and GB2312). A file that is neither never yields mojibake: it is
 * reported as unreadable.
 */
import iconv from 'iconv-lite';
import { DomainError } from '../../shared/errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Share of characters in a decoded text that are plausible for a Chinese bulletin. */
function plausibility(s: string): number {
  if (s.length === 0) return 1;
  let good = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027)
    ) {
      good++;
    }
  }
  return good / [...s].length;
}

/** Drops a partial UTF-8 character at either end (a file cut inside a character); same array when none. */
function trimCutUtf8(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < 3 && start < bytes.length && (bytes[start]! & 0xc0) === 0x80) start++;
  let end = bytes.length;
  // Walk back over continuation bytes to the lead byte of the last character and check it is complete.
  let i = end - 1;
  let cont = 0;
  while (i >= start && cont < 3 && (bytes[i]! & 0xc0) === 0x80) {
    i--;
    cont++;
  }
  if (i >= start) {
    const lead = bytes[i]!;
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
    if (need > cont) end = i;
  }
  return start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
}

export function decodeText(bytes: Uint8Array, name = '输入'): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    // TextDecoder drops a leading UTF-8 BOM by itself.
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not strict UTF-8: a cut or slightly damaged UTF-8 file, or GB18030 (below)
  }
  // UTF-8 with a few bad sequences (a file cut inside a character, a stray byte) stays UTF-8: reading it as
  // GB18030 would turn every character into mojibake. Damaged characters are dropped, never guessed.
  const trimmed = trimCutUtf8(bytes);
  if (trimmed !== bytes) {
    try {
      return { text: strictUtf8.decode(trimmed), encoding: 'utf-8' };
    } catch {
      // damaged inside too
    }
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let multibyte = 0;
  for (const ch of lenient) {
    if (ch === '\ufffd') bad++;
    else if (ch.codePointAt(0)! >= 0x80) multibyte++;
  }
  if (bad > 0 && multibyte > 0 && bad * 20 <= multibyte) {
    return { text: lenient.replace(/\ufffd/g, ''), encoding: 'utf-8' };
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  if (text.includes('\ufffd') || plausibility(text) < 0.9) {
    throw new DomainError('UNREADABLE_INPUT', `${name}：既不是 UTF-8 也不是 GB18030/GBK 编码的文本`, {
      input: name,
      looksLike: '未知编码的文本',
    });
  }
  return { text, encoding: 'gb18030' };
}
