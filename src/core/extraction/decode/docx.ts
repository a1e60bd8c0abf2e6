/** Word .docx → plain text, one paragraph a line (mammoth's raw text separates paragraphs by blank lines). */
import mammoth from 'mammoth';
import { DomainError } from '../../shared/errors.js';
import { assertDocxInflatable } from './zip-guard.js';

export async function docxToText(bytes: Uint8Array, name = '输入'): Promise<string> {
  assertDocxInflatable(bytes, name);
  try {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return value;
  } catch (e) {
    throw new DomainError('UNREADABLE_INPUT', `${name}：看起来是 Word 文档（.docx），但无法读取`, {
      input: name,
      looksLike: 'Word 文档（.docx）',
      cause: e instanceof Error ? e.message : String(e),
    });
  }
}
