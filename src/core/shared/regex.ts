/**
 * Every match of a global regular expression in a text, in order — what `text.matchAll(re)` yields, without the copy
 * of the expression and the iterator that matchAll makes on every call (on the short sentences the extractor reads,
 * those cost more than the search). The expression's `lastIndex` is left at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches 需要带 g 标志的正则表达式：${String(re)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (one code point with the u flag), as matchAll does.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
