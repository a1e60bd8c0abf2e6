/**
 * Bytes of a bulletin → text: refuse binaries and images (DomainError UNREADABLE_INPUT naming what the
 * bytes looked like), read .docx, decode UTF-8/UTF-16/GB18030, strip HTML, convert traditional to simplified.
 */
import { DomainError } from '../../shared/errors.js';
import { docxToText } from './docx.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { sniff } from './sniff.js';
import { decodeText, type TextEncoding } from './text-encoding.js';
import { isTraditional, toSimplified } from './traditional.js';

export type InputFormat = 'text' | 'html' | 'docx';

export interface DecodedBulletin {
  /** Simplified-Chinese text, one paragraph a line. */
  text: string;
  /** The text before traditional → simplified conversion, when one was made. */
  originalText?: string;
  encoding: TextEncoding | 'docx';
  format: InputFormat;
  traditional: boolean;
}

export async function decodeBulletin(bytes: Uint8Array, filename = '输入'): Promise<DecodedBulletin> {
  const kind = sniff(bytes);
  if (kind.kind === 'binary') {
    throw new DomainError('UNREADABLE_INPUT', `${filename}：不是文字公告，看起来是${kind.looksLike}`, {
      input: filename,
      looksLike: kind.looksLike,
    });
  }
  let text: string;
  let encoding: DecodedBulletin['encoding'];
  let format: InputFormat;
  if (kind.kind === 'docx') {
    text = await docxToText(bytes, filename);
    encoding = 'docx';
    format = 'docx';
  } else {
    const decoded = decodeText(bytes, filename);
    encoding = decoded.encoding;
    const html = /\.x?html?$/i.test(filename) || looksLikeHtml(decoded.text);
    text = html ? htmlToText(decoded.text) : decoded.text;
    format = html ? 'html' : 'text';
  }
  if (isTraditional(text)) {
    return { text: toSimplified(text), originalText: text, encoding, format, traditional: true };
  }
  return { text, encoding, format, traditional: false };
}
