/**
 * Text copied from a PDF: every line broken at the page width (inside words, inside 「改/正」 and 「罚款1/万元」), page
 * footers (第 N 页 共 M 页) and the running header repeated after each. Read as written, a sentence is cut wherever
 * the page was: the lines are joined back into paragraphs before anything else reads them.
 *
 * A text is hard-wrapped when many of its lines share one display width (CJK characters two columns, ASCII one) and
 * no line is much wider. A line that reaches that width (within a few columns: a digit or a closing mark shifts the
 * break) continues on the next, unless the next opens a paragraph (an indent, a heading marker). One pass, no
 * regular expression per line beyond the footer test.
 */

/** 第 2 页 共 4 页 / 第2页，共4页 / - 2 - : a page footer. */
const FOOTER =
  /^\s*(?:第\s*\d+\s*页\s*[，,/]?\s*(?:共\s*\d+\s*页)?|[-－—]\s*\d+\s*[-－—]|\d+\s*\/\s*\d+)\s*$/;
/** A printed rule (────, ————, ====): page furniture around a header or footer. */
const RULE = /^\s*[─━—–\-_=＝]{8,}\s*$/;
/** A line without its spaces (a running header spaced out once and written in one piece later). */
function squeezed(line: string): string {
  return line.replace(/\s+/g, '');
}

/** A line that opens a paragraph: indented, or a heading or section marker. */
const OPENS =
  /^(?:[\s\u3000]{2}|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[【[]|案例)/;
/** How far short of the page width a full line may stop. */
const SLACK = 8;
/** Fewest full lines for a text to count as hard-wrapped. */
const MIN_FULL = 5;

function displayWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += line.charCodeAt(i) < 0x2000 ? 1 : 2;
  return w;
}

/** The page width of a hard-wrapped text, else null. */
function pageWidth(lines: readonly string[], widths: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let long = 0;
  for (const [i, w] of widths.entries()) {
    if (w < 30 || FOOTER.test(lines[i]!) || RULE.test(lines[i]!)) continue;
    long++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  if (best < 4) return null;
  let full = 0;
  let wider = 0;
  for (const [i, w] of widths.entries()) {
    if (RULE.test(lines[i]!)) continue;
    // An indented first line may run wider (the indent, a scan's spaced-out letters): it is a full line.
    if (w > width + 2 && !OPENS.test(lines[i]!)) wider++;
    else if (w >= width - SLACK) full++;
  }
  return full >= MIN_FULL && full * 2 >= long && wider * 10 <= long ? width : null;
}

/** The first line from `from` that is neither blank nor a rule. */
function skipFurniture(lines: readonly string[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j]!.trim() === '' || RULE.test(lines[j]!))) j++;
  return j;
}

/** A page's running header: a line seen before, or pieces each seen before set apart by wide spaces. */
function runningHeader(line: string, seen: ReadonlySet<string>): boolean {
  if (seen.has(squeezed(line))) return true;
  const pieces = line.trim().split(/\s{2,}/);
  return pieces.length > 1 && pieces.every((p) => seen.has(squeezed(p)));
}

export function rejoinHardWraps(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split(/\r\n|\r|\n/);
  // Cheap first look: a hard-wrapped text repeats one line length (in characters) many times.
  const lengths = new Map<number, number>();
  let repeated = false;
  for (const l of lines) {
    if (l.length < 15) continue;
    const n = (lengths.get(l.length) ?? 0) + 1;
    lengths.set(l.length, n);
    if (n >= 4) {
      repeated = true;
      break;
    }
  }
  if (!repeated) return text;
  const widths = lines.map(displayWidth);
  const width = pageWidth(lines, widths);
  if (width === null) return text;
  // Page breaks out: the footer, the blank lines and rules around it and the running header after it (a line seen
  // before, or pieces seen before set apart by wide spaces: 某市公安局      某公（网）行罚决字[2031]12号).
  const seen = new Set<string>();
  const kept: string[] = [];
  const keptWidths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (RULE.test(line)) continue;
    if (FOOTER.test(line)) {
      while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') {
        kept.pop();
        keptWidths.pop();
      }
      let j = skipFurniture(lines, i + 1);
      if (j < lines.length && runningHeader(lines[j]!, seen)) j = skipFurniture(lines, j + 1);
      i = j - 1;
      continue;
    }
    if (line.trim() !== '') seen.add(squeezed(line));
    kept.push(line);
    keptWidths.push(widths[i]!);
  }
  const out: string[] = [];
  for (const [i, line] of kept.entries()) {
    const prev = out.length > 0 ? i - 1 : -1;
    const joins =
      prev >= 0 &&
      keptWidths[prev]! >= width - SLACK &&
      kept[prev]!.trim() !== '' &&
      line.trim() !== '' &&
      !OPENS.test(line);
    if (joins) out[out.length - 1] += line.trim();
    else out.push(line);
  }
  return out.join('\n');
}
