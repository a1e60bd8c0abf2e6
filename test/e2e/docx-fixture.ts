/** A .docx bulletin made on the fly from a fixture text (one paragraph per line), for the upload path. */
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';

export async function docxFromText(path: string): Promise<Buffer> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(doc);
}
