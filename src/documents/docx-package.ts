/**
 * The parts of the .docx that the `docx` package cannot write as we need them, and the zip made reproducible: the
 * same document gives the same bytes, so the SHA-256 kept with an issued document can be recomputed from its data.
 * Reading a .docx's parts back (jszip) for docxText.
 */
import JSZip from 'jszip';
import { DomainError } from '../core/shared/errors.js';
import { FONT_TABLE } from './fonts.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * One instant for every date in the package (core properties and zip entries): 1980-01-01, the first a zip entry can
 * hold. The document's own date is in its text; when the file was made is in the store's record of its issue.
 */
export const FIXED_INSTANT = new Date(Date.UTC(1980, 0, 1));

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** word/fontTable.xml: each font with its fallback (altName), GB2312 charset, family, pitch, panose and sig. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.alt)}"/>` +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/>` +
      `<w:pitch w:val="${f.pitch}"/><w:sig w:usb0="${f.sig[0]}" w:usb1="${f.sig[1]}" w:usb2="${f.sig[2]}" ` +
      `w:usb3="${f.sig[3]}" w:csb0="${f.sig[4]}" w:csb1="${f.sig[5]}"/></w:font>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${fonts}</w:fonts>`;
}

/** docProps/core.xml with the document's title and fixed dates. */
export function corePropertiesXml(title: string): string {
  const at = FIXED_INSTANT.toISOString().replace(/\.000Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Wangan</dc:creator>` +
    '<cp:lastModifiedBy>Wangan</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** FIXED_INSTANT as an MS-DOS time and date (date bits: years since 1980 << 9 | month << 5 | day). */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/**
 * The zip with every entry dated FIXED_INSTANT (docx stamps the current time), in place of the time and date fields
 * of each central directory entry and of the local header it points to — nothing is recompressed, which would cost
 * more than building the document (the compressed data is already the same for the same document).
 */
export function pinZipDates(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const bad = (what: string, offset: number) =>
    new DomainError('UNREADABLE_INPUT', `不是可读的 zip 文件：${what}`, { what, offset });
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw bad('end of central directory', out.length);
  const count = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let k = 0; k < count; k++) {
    if (out.readUInt32LE(at) !== CENTRAL_HEADER) throw bad('central directory entry', at);
    out.writeUInt16LE(DOS_TIME, at + 12);
    out.writeUInt16LE(DOS_DATE, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL_HEADER) throw bad('local file header', local);
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/** The text of the parts of a .docx, by path. */
export async function readParts(
  data: Buffer,
  include: (path: string) => boolean,
): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir && include(entry.name)) parts.set(entry.name, await entry.async('string'));
  }
  return parts;
}
