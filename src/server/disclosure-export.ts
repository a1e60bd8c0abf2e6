/**
 * The public disclosure list as files: CSV (UTF-8 with a BOM, so that Excel reads the Chinese) and .xlsx (exceljs),
 * one column per field of the standard in its order, headed with its Chinese name (PENALTY_FIELDS).
 */
import { PassThrough } from 'node:stream';
import { PENALTY_FIELDS } from '../core/disclosure/fields.js';
import type { StoredDisclosure } from '../db/repositories/disclosures.js';

const rowOf = (d: StoredDisclosure): string[] =>
  PENALTY_FIELDS.map((f) => d.cells.find((c) => c.code === f.code)?.value ?? '');

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function disclosuresCsv(items: readonly StoredDisclosure[]): string {
  const lines = [PENALTY_FIELDS.map((f) => f.label), ...items.map(rowOf)].map((r) =>
    r.map(csvField).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The streaming writer, for its inline strings: each row's text is in the sheet itself (xl/worksheets/sheet1.xml),
 * readable without the shared-strings table (the in-memory writer always shares them).
 */
export async function disclosuresXlsx(items: readonly StoredDisclosure[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  // Loaded on the first export, not at start (~18 MB a server would otherwise hold).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = book.addWorksheet('行政处罚');
  sheet.columns = PENALTY_FIELDS.map((f) => ({ header: f.label, key: f.code, width: 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const d of items) sheet.addRow(rowOf(d)).commit();
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}
