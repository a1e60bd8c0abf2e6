/**
 * The type of an evidence file, read from its first bytes (never from its name or the client's content type):
 * documents, images, audio and video an officer collects. Anything else is refused.
 */
const SIGNATURES: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'application/pdf', test: (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { type: 'image/png', test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', test: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', test: (b) => starts(b, [0x47, 0x49, 0x46, 0x38]) },
  { type: 'image/webp', test: (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && ascii(b, 8, 'WEBP') },
  { type: 'audio/wav', test: (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && ascii(b, 8, 'WAVE') },
  { type: 'audio/mpeg', test: (b) => ascii(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0) },
  { type: 'video/mp4', test: (b) => ascii(b, 4, 'ftyp') },
  // .docx, .xlsx and other OOXML / zip archives
  { type: 'application/zip', test: (b) => starts(b, [0x50, 0x4b, 0x03, 0x04]) },
];

function starts(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

function ascii(b: Uint8Array, at: number, s: string): boolean {
  return b.length >= at + s.length && [...s].every((c, i) => b[at + i] === c.charCodeAt(0));
}

/** The media type of the bytes, or null when they are none of the accepted kinds. */
export function evidenceType(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(bytes))?.type ?? null;
}

export const EVIDENCE_TYPES = SIGNATURES.map((s) => s.type);
