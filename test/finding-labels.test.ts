import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_LABELS } from '../web/src/lib/finding-labels.js';

const PENALTIES = join(import.meta.dirname, '../src/core/penalties');

/** Every code the check engine writes in a finding (`code: 'X'` or a bounds code), read from its sources. */
function engineCodes(): Set<string> {
  const codes = new Set<string>();
  for (const f of readdirSync(PENALTIES, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
    const src = readFileSync(join(PENALTIES, f), 'utf8');
    for (const m of src.matchAll(/code: '([A-Z_]+)'|'([A-Z][A-Z_]{5,})'/g)) codes.add((m[1] ?? m[2])!);
  }
  return codes;
}

describe('finding labels (web/src/lib/finding-labels.ts)', () => {
  it('names every code the check engine emits in Chinese', () => {
    const missing = [...engineCodes()].filter((c) => !FINDING_LABELS[c]);
    expect(missing).toEqual([]);
  });
});
