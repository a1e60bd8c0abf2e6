/**
 * FNV-1a, 32 bits, over the UTF-16 code units of a string, as 8 hex digits: a small pure fingerprint for change
 * detection (not for security: the core is I/O-free and does not use node:crypto).
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
