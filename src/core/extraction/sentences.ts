/** Sentences and clauses of a paragraph, with their offsets. */

export interface Span {
  text: string;
  start: number;
}

/** Splits at 。！？ (the mark stays with its sentence) and at line breaks. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '。' || c === '！' || c === '？' || c === '\n') {
      const end = c === '\n' ? i : i + 1;
      if (end > start && text.slice(start, end).trim() !== '')
        out.push({ text: text.slice(start, end), start });
      start = i + 1;
    }
  }
  if (start < text.length && text.slice(start).trim() !== '') out.push({ text: text.slice(start), start });
  return out;
}

/** Clause boundaries inside a sentence: ，；： and the sentence end (char codes: tested per character, no regex). */
const CLAUSE_BREAK = new Set([...'，；：。！？\n'].map((c) => c.charCodeAt(0)));

/** Start offset of the clause containing position `i` of `text`. */
export function clauseStart(text: string, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (CLAUSE_BREAK.has(text.charCodeAt(j))) return j + 1;
  return 0;
}

/** End offset (exclusive) of the clause containing position `i` of `text`. */
export function clauseEnd(text: string, i: number): number {
  for (let j = i; j < text.length; j++) if (CLAUSE_BREAK.has(text.charCodeAt(j))) return j;
  return text.length;
}

/** Removes quoted statute text (规定：“…”) so that its 警告 and 罚款 are not read as imposed. */
export function stripQuotedStatute(text: string): string {
  return text.replace(/(规定|明确|指出|条文|法条)[：，]?[“"「][^”"」]{6,}[”"」]/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  );
}
