/** The sha256 (hex) of a bulletin's normalised text: equal for two imports of the same bulletin. */
import { createHash } from 'node:crypto';
import { normalizedBulletinText } from '../../core/extraction/normalize.js';

export function bulletinTextHash(text: string): string {
  return createHash('sha256').update(normalizedBulletinText(text), 'utf8').digest('hex');
}
