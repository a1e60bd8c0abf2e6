/**
 * A provision as a text cites it, with the span it came from, and its display form.
 */
import type { ProvisionRef } from '../shared/case-record.js';
import { formatArticleLabel, formatChineseInteger } from '../shared/numerals.js';

export type Citation = ProvisionRef & {
  /** Span of the text the provision came from: text.slice(start, end) === source. */
  start: number;
  end: number;
  source: string;
  /** The law is in the catalogue (src/core/statutes/catalogue.ts). */
  known: boolean;
};

export interface FormatOptions {
  /** Write the law's name in 《》 before the article (default true). */
  withLaw?: boolean;
}

/**
 * 《网络安全法》第六十四条第二款, 《网络安全法》第二十一条第（二）项, 《数据安全法》 (no article).
 * Numbers that cannot be written as an article label (0, negative, fractional) are written in Arabic digits so
 * that formatting never throws on a hand-made ref.
 */
export function formatCitation(ref: ProvisionRef, options: FormatOptions = {}): string {
  const law = options.withLaw === false ? '' : `《${ref.law}》`;
  if (ref.article === null) return law;
  const ok = (n: number): boolean => Number.isSafeInteger(n) && n >= 1 && n < 1e12;
  const num = (n: number): string => (ok(n) ? formatChineseInteger(n) : String(n));
  let out = law + (ok(ref.article) ? formatArticleLabel(ref.article) : `第${ref.article}条`);
  if (ref.paragraph !== null) out += `第${num(ref.paragraph)}款`;
  if (ref.item !== null) out += `第（${num(ref.item)}）项`;
  return out;
}
