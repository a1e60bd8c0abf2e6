import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, impliedBy, queryTokens, toSearchText } from './tokenize.js';

const tokenSet = (text: string) => new Set(toSearchText(text).split(' ').filter(Boolean));
const hasAll = (doc: Set<string>, tokens: Iterable<string>) => [...tokens].every((t) => doc.has(t));

// Real bulletin texts as documents, and queries cut from them (so that they match some) or from another one.
const dir = join(import.meta.dirname, '../../../fixtures/bulletins/dev');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const docs = texts.map(tokenSet);
const noAbbreviation = (q: string) => Object.keys(ABBREVIATIONS).every((a) => !q.includes(a));

describe('queryTokens', () => {
  it('leaves out the dictionary sub-words a longer token brings with it', () => {
    expect(queryTokens('个人信息')).toEqual(['个人信息']);
    expect(queryTokens('驾驶证')).toEqual(['驾驶证']);
    expect(queryTokens('数据泄露')).toEqual(['数据', '泄露']);
    expect(impliedBy('个人信息')).toEqual(['个人', '信息']);
    expect(impliedBy('备案')).toEqual([]);
  });

  it('a document holding a token holds the tokens it implies (search mode writes them beside it)', () => {
    for (const doc of docs)
      for (const w of doc) for (const t of impliedBy(w)) expect(doc.has(t), `${w} → ${t}`).toBe(true);
  });

  it('finds exactly the documents every token of the query, implied ones included, finds', () => {
    const query = fc
      .tuple(fc.nat(texts.length - 1), fc.nat(5_000), fc.integer({ min: 2, max: 12 }))
      .map(([k, at, n]) => texts[k]!.slice(at % texts[k]!.length, (at % texts[k]!.length) + n))
      .filter(noAbbreviation);
    fc.assert(
      fc.property(query, (q) => {
        const all = tokenSet(q);
        const kept = queryTokens(q);
        expect(kept.every((t) => all.has(t))).toBe(true);
        for (const doc of docs) expect(hasAll(doc, kept)).toBe(hasAll(doc, all));
      }),
      { numRuns: 300 },
    );
  });
});
