/**
 * Canonical text form for extraction: full-width Chinese punctuation, ASCII digits and Latin letters,
 * no spaces inside numbers and amounts ("5 万元" → "5万元"), one paragraph per line.
 *
 * Bulletins mix ASCII `,:;()` with full-width `，：；（）` (the dev corpus delivers ASCII); the field
 * extractors and the golden records use the full-width forms, so everything is mapped to them once here.
 */

const FULLWIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

/** Full-width Latin letters and digits to ASCII (keeps full-width punctuation for the next step). */
function asciiAlnum(s: string): string {
  return s.replace(FULLWIDTH_ASCII, (c) => {
    const ascii = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    return /[0-9A-Za-z]/.test(ascii) ? ascii : c;
  });
}

const PUNCT_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

/**
 * Normalises one line. ASCII `,;()!?` become full-width unless both neighbours are ASCII alphanumerics
 * (1,500 stays a number; (二) and 第(二)项 become （二）); `:` becomes `：` after a CJK character;
 * `.` stays ASCII (it is a decimal point and a heading mark "1."). Runs of spaces collapse to one,
 * and spaces next to CJK characters or inside amounts are dropped.
 */
export function normalizeLine(line: string): string {
  let s = asciiAlnum(line).replace(/[\u00a0\u3000\t\ufeff]|\u200b|\u200c|\u200d/g, ' ');
  s = s.replace(/[,;()!?]/g, (c, offset: number, all: string) => {
    const prev = all[offset - 1] ?? '';
    const next = all[offset + 1] ?? '';
    if (c === ',' && /[0-9]/.test(prev) && /[0-9]/.test(next)) return c;
    if ((c === '(' || c === ')') && /[A-Za-z]/.test(prev + next) && !/[\u3400-\u9fff]/.test(prev + next)) return c;
    return PUNCT_TO_FULL[c] ?? c;
  });
  s = s.replace(new RegExp(`([${CJK}）])\\s*:`, 'g'), '$1：');
  // An ASCII full stop after a CJK character ends a sentence (未及时处置.市网信办…); 1.5万元 and 1. stay.
  s = s.replace(new RegExp(`([${CJK}）”])\\.(?=[${CJK}“（]|\\s|$)`, 'g'), '$1。');
  s = s.replace(/ {2,}/g, ' ');
  // A space between two CJK characters separates words in a heading (★整治网络秩序 净化网络空间): keep one.
  // Spaces next to digits, Latin letters or punctuation are typographic ("5 万元", "办公 OA 系统"): drop them.
  s = s.replace(new RegExp(`([^${CJK}]) (?=[${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’])`, 'g'), '$1');
  s = s.replace(new RegExp(`([${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’]) (?=[^${CJK}])`, 'g'), '$1');
  s = s.replace(new RegExp(`([\\u3000-\\u303f\\uff00-\\uffef“”‘’]) (?=[${CJK}])`, 'g'), '$1');
  return s.trim();
}

/** Splits text into normalised lines (CRLF, CR, LS and PS all break lines). */
export function normalizeText(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/).map(normalizeLine);
}
