import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.js';

describe('safeNext', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeNext('/cases/3?tab=check')).toBe('/cases/3?tab=check');
  });
  it('refuses other sites, protocol-relative URLs and the login page itself', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'cases',
      '/login?next=/x',
      null,
      '',
    ]) {
      expect(safeNext(bad)).toBe('/cases');
    }
  });
});
