/** Sentences and clauses of a paragraph, with their offsets. */

export interface Span {
  text: string;
  start: number;
}

/** Splits at 。！？ (the mark stays with its sentence) and at line breaks. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  // (Each span also says where the next is looked for: one object per sentence, not two.)
  for (let s = nextSentence(text, 0); s !== null; s = nextSentence(text, s.next)) out.push(s);
  return out;
}

/**
 * The first sentence at or after `from` (as splitSentences cuts them), and where the one after it is looked for: for a
 * reader that needs only the first few sentences of a long text.
 */
export function nextSentence(text: string, from: number): (Span & { next: number }) | null {
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === STOP || c === BANG || c === ASK || c === NEWLINE) {
      const end = c === NEWLINE ? i : i + 1;
      if (end > start && !blankSpan(text, start, end))
        return { text: text.slice(start, end), start, next: i + 1 };
      start = i + 1;
    }
  }
  if (start < text.length && !blankSpan(text, start, text.length))
    return { text: text.slice(start), start, next: text.length };
  return null;
}

const STOP = '。'.charCodeAt(0);
const BANG = '！'.charCodeAt(0);
const ASK = '？'.charCodeAt(0);
const NEWLINE = 10;

/** Whether text[start, end) is only white space (what trim() would empty), without copying it. */
function blankSpan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 0xa0 ||
      c === 0x3000 ||
      c === 0xfeff ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x1680
    ))
      return false;
  }
  return true;
}

/** Clause boundaries inside a sentence: ，；： and the sentence end (a table by char code: tested per character). */
const CLAUSE_BREAK = new Uint8Array(0x10000);
for (const c of '，；：。！？\n') CLAUSE_BREAK[c.charCodeAt(0)] = 1;

/** Start offset of the clause containing position `i` of `text`. */
export function clauseStart(text: string, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (CLAUSE_BREAK[text.charCodeAt(j)] === 1) return j + 1;
  return 0;
}

/** End offset (exclusive) of the clause containing position `i` of `text`. */
export function clauseEnd(text: string, i: number): number {
  for (let j = i; j < text.length; j++) if (CLAUSE_BREAK[text.charCodeAt(j)] === 1) return j;
  return text.length;
}

const blank = (m: string): string => m.replace(/[^\n]/g, ' ');

/**
 * Removes quoted statute text (规定：“…”) and the law's words quoted as words (将“关闭网站”改为“关闭网站或者应用程序”,
 * 明确了“警告阶段可以罚款”) so that their 警告 and 罚款 are not read as imposed.
 */
export function stripQuotedStatute(text: string): string {
  if (!text.includes('“') && !text.includes('"') && !text.includes('「')) return text;
  return text
    .replace(/(规定|明确|指出|条文|法条)[：，]?[“"「][^”"」]{6,}[”"」]/g, blank)
    .replace(
      /(?:将|把|改为|修改为|增加了?|新增了?|删去了?|删除了?|明确了|规定了)[“"「][^”"」]{2,30}[”"」]/g,
      blank,
    );
}
