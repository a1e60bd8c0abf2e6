import { describe, expect, it } from 'vitest';
import { evidenceType } from './evidence-type.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('evidence files are typed by their first bytes, not their names', () => {
  it.each([
    ['application/pdf', bytes('%PDF-1.7\n')],
    ['image/png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0])],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['image/gif', bytes('GIF89a')],
    ['image/webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['audio/wav', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['audio/mpeg', bytes('ID3', [4, 0])],
    ['video/mp4', bytes([0, 0, 0, 0x18], 'ftypmp42')],
    ['application/zip', bytes('PK', [3, 4, 20, 0])],
  ])('%s', (type, b) => {
    expect(evidenceType(b)).toBe(type);
  });

  it('refuses text, HTML, executables and the empty file', () => {
    for (const b of [
      bytes('<html>'),
      bytes('plain text'),
      bytes('MZ', [0x90, 0]),
      bytes([0x7f], 'ELF'),
      bytes(),
    ]) {
      expect(evidenceType(b)).toBeNull();
    }
  });
});
