import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatute } from '../statutes/parse-statute.js';
import { basisLabel, type LegalBasis } from './basis.js';
import { HEARING_RULES } from './guards/hearing.js';
import { LIMITATION_RULES } from './guards/limitation.js';
import { ONE_OFFICER_RULES } from './guards/officer-count.js';
import { TIMERS } from './timers/index.js';

const texts = new Map<string, ReturnType<typeof parseStatute>>();
function placeOf(b: LegalBasis): string | undefined {
  const file = `${b.law}(${b.version}).md`;
  if (!texts.has(file)) {
    texts.set(
      file,
      parseStatute(readFileSync(new URL(`../../../data/law/${file}`, import.meta.url), 'utf8'), file),
    );
  }
  const article = texts.get(file)!.articles.find((a) => a.number === b.article);
  if (!article) return undefined;
  const paragraph = article.paragraphs[(b.paragraph ?? 1) - 1];
  if (b.item) return paragraph?.items[b.item - 1]?.text;
  return b.paragraph ? paragraph?.text : article.text;
}

const bases: [string, LegalBasis][] = [
  ...TIMERS.flatMap((t) => t.basis.map((b) => [`timer ${t.id}`, b] as [string, LegalBasis])),
  ...HEARING_RULES.map((r) => ['hearing right', r.basis] as [string, LegalBasis]),
  ...LIMITATION_RULES.flatMap((r) => r.basis.map((b) => ['limitation', b] as [string, LegalBasis])),
  ...ONE_OFFICER_RULES.map((r) => ['one officer', r.basis] as [string, LegalBasis]),
];

describe('every legal basis quotes its statute verbatim (data/law)', () => {
  it.each(bases.map(([what, b]) => [what, basisLabel(b), b] as const))('%s: %s', (_what, _label, b) => {
    expect(placeOf(b)).toContain(b.quote);
  });
});
