import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxToText } from './docx.js';
import { assertDocxInflatable } from './zip-guard.js';

const XML = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

async function docx(documentXml: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', documentXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Rewrites every uncompressed size the package declares (local headers and central directory) to `size`. */
function declare(b: Buffer, size: number): Buffer {
  const out = Buffer.from(b);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

describe('.docx zip bombs are refused before they are inflated', () => {
  it('reads an ordinary .docx', async () => {
    const b = await docx(XML('<w:p><w:r><w:t>某公司未履行网络安全保护义务</w:t></w:r></w:p>'));
    expect(() => assertDocxInflatable(b, 'a.docx')).not.toThrow();
    expect(await docxToText(b, 'a.docx')).toContain('网络安全保护义务');
  });

  it('refuses a package whose declared uncompressed size is over the cap (413 INPUT_TOO_LARGE)', async () => {
    const b = await docx(XML(`<w:p><w:r><w:t>${'0'.repeat(2 * 1024 * 1024)}</w:t></w:r></w:p>`));
    expect(b.length).toBeLessThan(20_000);
    expect(() => assertDocxInflatable(b, 'bomb.docx', 1024 * 1024)).toThrow(
      expect.objectContaining({
        code: 'INPUT_TOO_LARGE',
        details: expect.objectContaining({ limit: 1024 * 1024 }),
      }),
    );
  });

  it('refuses a package that declares small sizes but inflates to more (the inflation is capped)', async () => {
    const b = declare(await docx(XML(`<w:p><w:r><w:t>${'0'.repeat(512 * 1024)}</w:t></w:r></w:p>`)), 1000);
    expect(() => assertDocxInflatable(b, 'liar.docx')).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_LARGE' }),
    );
    await expect(docxToText(b, 'liar.docx')).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });

  it('calls a truncated package unreadable, not a crash', async () => {
    const b = await docx(XML('<w:p/>'));
    expect(() => assertDocxInflatable(b.subarray(0, b.length - 30), 'cut.docx')).toThrow(
      expect.objectContaining({ code: 'UNREADABLE_INPUT' }),
    );
  });
});
