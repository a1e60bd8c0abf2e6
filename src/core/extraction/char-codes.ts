/**
 * Characters the line readers look at by their UTF-16 code (a cheap look at a line's first or last character
 * before a pattern runs on it): each named, with the character it is, and the ranges as small predicates.
 */

/** The code of a one-unit character (第 → 0x7b2c). */
const code = (ch: string): number => ch.charCodeAt(0);
/** The codes of each character of `chars`, as a set to look a code up in. */
const codes = (chars: string): ReadonlySet<number> => new Set(Array.from(chars, code));

export const DA = code('打');
export const DI = code('第');
export const WO = code('我');
export const SHANG = code('上');
export const XIA = code('下');
export const YI = code('以');
export const SHOU = code('首');
export const ZI = code('字');
export const YE = code('页');
export const MIN = code('民');
export const BAN = code('办');
export const JI = code('记');
export const TONG = code('同');
export const FULL_STOP = code('。');
export const EM_DASH = code('—');
export const HYPHEN = code('-');
export const MIDDLE_DOT = code('·');
export const LENTICULAR_OPEN = code('【');
export const SQUARE_OPEN = code('[');
/** 【 or [ — a caption's or a turn label's opening bracket. */
export const isBracketOpen = (c: number): boolean => c === LENTICULAR_OPEN || c === SQUARE_OPEN;
/** （ or ( — an opening parenthesis, full-width or ASCII. */
export const isParenOpen = (c: number): boolean => c === 0xff08 || c === 0x28;
/** ： or : — a colon, full-width or ASCII. */
export const isColon = (c: number): boolean => c === 0xff1a || c === 0x3a;

/** 0–9 (ASCII digits). */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A–Z (ASCII capitals). */
export const isAsciiCapital = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** ①–⑳ (circled numbers one to twenty). */
export const isCircledNumber = (c: number): boolean => c >= 0x2460 && c <= 0x2473;
/** ─ ━ ═ … (box drawing, U+2500–U+257F). */
export const isBoxDrawing = (c: number): boolean => c >= 0x2500 && c <= 0x257f;
/** ▀ ▌ █ … (block elements, U+2580–U+259F). */
export const isBlockElement = (c: number): boolean => c >= 0x2580 && c <= 0x259f;
/** ■ □ ▲ ◆ ● … (geometric shapes, U+25A0–U+25FF). */
export const isGeometricShape = (c: number): boolean => c >= 0x25a0 && c <= 0x25ff;
/** Box drawing, block elements or geometric shapes (U+2500–U+25FF): a mark a section opens with (▌, ━, ■). */
export const isBoxBlockOrShape = (c: number): boolean => c >= 0x2500 && c < 0x2600;
/** The first unit of a surrogate pair (an emoji, a pictograph beyond the BMP). */
export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** Punctuation, symbols, arrows, shapes and dingbats (U+2000–U+2FFF): ▶ ★ ◆ ✅ …, no CJK character. */
export const isSymbolBlock = (c: number): boolean => c >= 0x2000 && c < 0x3000;
/** What makes a digit a keycap (1️⃣): the emoji variation selector U+FE0F or the combining keycap U+20E3. */
export const isKeycapMark = (c: number): boolean => c === 0xfe0f || c === 0x20e3;

/** 章 闻 件 道: the last characters of 文章 / 新闻 / 稿件 / 报道 (a link list's label). */
export const LINK_LIST_ENDS = codes('章闻件道');
/** ） ): what closes a camera direction （画面：…）. */
export const DIRECTION_END = codes('）)');
/** 【 [ 主 嘉 听 来 热 民 办 （ ( 记 同: what a transcript's turn label opens with. */
export const TURN_START = codes('【[主嘉听来热民办（(记同画解旁');
/** 读 法 评 析: the last characters of a commenter's section word (解读, 说法, 点评, 分析). */
export const COMMENT_END = codes('读法评析');
