/**
 * What a byte buffer looks like before we try to read it as a bulletin: a known binary format (by its
 * magic number), some other binary (NUL bytes, control characters), a .docx, HTML, or plain text.
 */
export type Sniffed = { kind: 'binary'; looksLike: string } | { kind: 'docx' } | { kind: 'text' };

const MAGIC: readonly { bytes: readonly number[]; offset?: number; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF 图片' },
  { bytes: [0x42, 0x4d], name: 'BMP 图片' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'RIFF 媒体文件（WebP/WAV/AVI）' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF 图片' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF 图片' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'MP4/HEIC 媒体文件' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'PDF 文档' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: '旧版 Office 文档（.doc/.xls）' },
  { bytes: [0x1f, 0x8b], name: 'gzip 压缩包' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF 可执行文件' },
  { bytes: [0x4d, 0x5a], name: 'Windows 可执行文件' },
  { bytes: [0x00, 0x00, 0x01, 0x00], name: 'ICO 图标' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], name: 'SQLite 数据库' },
];

const startsWith = (b: Uint8Array, bytes: readonly number[], offset = 0): boolean =>
  b.length >= offset + bytes.length && bytes.every((x, i) => b[offset + i] === x);

/** Finds an ASCII string inside the first `limit` bytes (ZIP entry names are stored in plain ASCII). */
function containsAscii(b: Uint8Array, needle: string, limit = 1 << 20): boolean {
  const n = Array.from(needle, (c) => c.charCodeAt(0));
  const end = Math.min(b.length, limit) - n.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < n.length; j++) if (b[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): Sniffed {
  // UTF-16 text carries NUL bytes but is text: let the decoder handle it.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: 'text' };
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes, m.offset ?? 0)) return { kind: 'binary', looksLike: m.name };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, 'word/document.xml')) return { kind: 'docx' };
    if (containsAscii(bytes, 'xl/workbook')) return { kind: 'binary', looksLike: 'Excel 表格（.xlsx）' };
    if (containsAscii(bytes, 'ppt/presentation'))
      return { kind: 'binary', looksLike: 'PowerPoint 演示文稿（.pptx）' };
    return { kind: 'binary', looksLike: 'ZIP 压缩包' };
  }
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  let control = 0;
  for (const x of head) {
    if (x === 0) nul++;
    else if (x < 0x09 || (x > 0x0d && x < 0x20 && x !== 0x1b)) control++;
  }
  if (nul > 0) return { kind: 'binary', looksLike: '二进制文件（含 NUL 字节）' };
  if (head.length > 0 && control / head.length > 0.05)
    return { kind: 'binary', looksLike: '二进制文件（控制字符过多）' };
  return { kind: 'text' };
}
