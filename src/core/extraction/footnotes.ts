/**
 * An article whose provisions stand only in its notes: 「…未履行数据安全保护义务①，…责令该公司改正」 with 「注释：」 /
 * 「① 《某法》第二十七条第一款、第四十五条第一款。」 at the end. The note that names articles is the citation of the
 * sentence carrying its mark, so its text is read in place of the mark (in brackets). A note that refers the reader
 * elsewhere (「参见…」, 「详见…」) backs a remark of the writer's, no decision: its mark is dropped, its articles cite
 * nothing. Segmentation reads the notes (the lines under 注释：, which it drops as the paper's sources) and puts them in
 * place only when a page has such a block: other pages cost nothing.
 */

/** ① … ⑳ (U+2460–U+2473): the marks of a paper's notes. */
const CIRCLED_FIRST = 0x2460;
const CIRCLED_LAST = 0x2473;

/** ① 《某法》第N条… / [1] 《某法》… — a note on its own line: its mark, then its text. */
const NOTE_LINE = /^([\u2460-\u2473]|[[［〔]\d{1,3}[\]］〕])[\s\u3000]*(.+?)[。；;.\s\u3000]*$/;
/** [1] / ［1］ / 〔1〕 in the text: a note's mark in brackets. */
const BRACKET_MARK = /^[[［〔](\d{1,3})[\]］〕]/;

/** A mark as a key: ① as written, [1] / ［1］ / 〔1〕 as [1]. */
const markKey = (mark: string): string => {
  const m = BRACKET_MARK.exec(mark);
  return m === null ? mark : `[${m[1]}]`;
};
/** A note that names an article of a law. */
const CITES = /《[^》]{2,40}》[^。；]{0,8}第[一二三四五六七八九十百零〇\d]{1,6}条/;
/** 参见 / 详见 / 另见 / 参阅 / 见 — a reference to read further, not the basis of a decision. */
const REFERS_READER = /^(?:可?参见|详见|另见|参阅|参考|转引自|引自|见)/;

/** Each note's mark → its text when it cites an article as a basis, else null (a reference for the reader). */
export type Notes = ReadonlyMap<string, string | null>;

/** The notes of a notes block's lines (① 《…》第…条。 / ② 参见…); empty when none of them cites as a basis. */
export function citingNotes(lines: readonly string[]): Notes {
  const notes = new Map<string, string | null>();
  let cites = false;
  for (const line of lines) {
    const m = NOTE_LINE.exec(line);
    if (m === null) continue;
    const note = REFERS_READER.test(m[2]!) || !CITES.test(m[2]!) ? null : m[2]!;
    if (note !== null) cites = true;
    notes.set(markKey(m[1]!), note);
  }
  return cites ? notes : new Map();
}

/** [, ［, 〔: the brackets a note's mark may be written in. */
const BRACKETS = new Set([0x5b, 0xff3b, 0x3014]);

/** What opens an item (a space, a clause's end: ；②警告), not a word a note hangs on. */
const ITEM_BEFORE = /[\s\u3000；：，。、;:,.（(【]/;

/** A paragraph with each note mark (after a word, not opening an item: ①责令改正；) replaced by its note's text. */
export function notesInPlace(paragraph: string, notes: Notes): string {
  let out = '';
  let from = 0;
  for (let i = 1; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    const circled = c >= CIRCLED_FIRST && c <= CIRCLED_LAST;
    const bracket = !circled && BRACKETS.has(c) ? BRACKET_MARK.exec(paragraph.slice(i, i + 6)) : null;
    if (!circled && bracket === null) continue;
    const note = notes.get(circled ? paragraph[i]! : `[${bracket![1]}]`);
    if (note === undefined || ITEM_BEFORE.test(paragraph[i - 1]!)) continue;
    out += paragraph.slice(from, i) + (note === null ? '' : `（${note}）`);
    from = i + (circled ? 1 : bracket![0].length);
  }
  return from === 0 ? paragraph : out + paragraph.slice(from);
}
