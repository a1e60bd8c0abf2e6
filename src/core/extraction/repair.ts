/**
 * Citations written wrong, repaired where only one reading is possible (issue 13): a law's name with 法 missing
 * (《中华人民共和国网络安全》), its words reordered or shortened (《信息服务互联网管理办法》, 《互联网信息服务办法》),
 * stray spaces from print line breaks (《网络安 全法》), an article without 条 (第二十一第二项) and a paragraph numbered
 * in brackets (第(一)款). Every repair is reported, so that the record says its text was repaired.
 */
import { findLaw, LAWS } from '../statutes/catalogue.js';

export interface Repair {
  /** As written. */
  from: string;
  /** As read. */
  to: string;
}

const NUM = '[一二三四五六七八九十百零〇\\d]{1,6}';
const ARTICLE_WITHOUT_TIAO = new RegExp(`第(${NUM})(?=第${NUM}[款项])`, 'g');
const BRACKETED_PARAGRAPH = new RegExp(`第[（(](${NUM})[）)]款`, 'g');
const OCR_DI = new RegExp(`笫(?=[（(]?${NUM}[）)]?[条款项])`, 'g');
const SPACED_TITLE = /《[^《》\n]{0,60}\s[^《》\n]{0,60}》/;
const SPACED_TITLES = /《([^《》\n]{0,60}\s[^《》\n]{0,60})》/g;

/** `to`, noted in `repairs` as the mending of `from` (each mending once). */
function noted(repairs: Repair[], from: string, to: string): string {
  // Once each: a long text repeats its typos, and every case asks which of them it holds.
  if (!repairs.some((r) => r.from === from && r.to === to)) repairs.push({ from, to });
  return to;
}

/** The text with its citation typos mended, and what was mended. */
export function repairCitationText(text: string): { text: string; repairs: Repair[] } {
  if (!/《|第|笫/.test(text)) return { text, repairs: [] };
  const repairs: Repair[] = [];
  // Each repair is looked for first: most bulletins need none, and a test is cheaper than a replace.
  let out = text;
  if (SPACED_TITLE.test(out))
    out = out.replace(SPACED_TITLES, (m, title: string) =>
      noted(repairs, m, `《${title.replace(/\s+/g, '')}》`),
    );
  if (ARTICLE_WITHOUT_TIAO.test(out))
    out = out.replace(ARTICLE_WITHOUT_TIAO, (m, n: string) => noted(repairs, m, `第${n}条`));
  if (BRACKETED_PARAGRAPH.test(out))
    out = out.replace(BRACKETED_PARAGRAPH, (m, n: string) => noted(repairs, m, `第${n}款`));
  // 笫四十四条 (an OCR reading of 第 from an image): only before a number and 条, 款 or 项.
  if (out.includes('笫') && OCR_DI.test(out))
    out = out.replace(OCR_DI, (m) => noted(repairs, m, `第${m.slice(1)}`));
  return { text: out, repairs };
}

const chars = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
};

/** Every character of `part` is in `whole` as often. */
const within = (part: string, whole: string): boolean => {
  const w = chars(whole);
  for (const [c, n] of chars(part)) if ((w.get(c) ?? 0) < n) return false;
  return true;
};

const KIND = /(办法|条例|规定|法)$/;

/**
 * The catalogue's name for a law name that is not in it, when exactly one catalogue law fits: the name with a
 * last 法/条例… missing, the same words in another order, or a shortening that keeps the kind (办法, 条例) and most
 * of the words. Null when none or several fit — a law the catalogue does not hold stays as written.
 */
export function repairLawName(written: string): string | null {
  let known = repaired.get(written);
  if (known === undefined) {
    if (repaired.size > 10_000) repaired.clear();
    known = readLawName(written);
    repaired.set(written, known);
  }
  return known;
}

/** Law names are few and repeat across bulletins: each is read once. */
const repaired = new Map<string, string | null>();

function readLawName(written: string): string | null {
  const name = written.replace(/\s+/g, '').replace(/^中华人民共和国/, '');
  if (name.length < 4 || findLaw(name)) return null;
  const fits = LAWS.filter((law) =>
    [law.name, ...law.aliases].some((n) => {
      if (n.startsWith(name) && n.length - name.length <= 2 && KIND.test(n.slice(name.length))) return true;
      const kind = KIND.exec(n)?.[1];
      return (
        kind !== undefined &&
        name.endsWith(kind) &&
        name.length >= n.length * 0.6 &&
        name.length <= n.length &&
        within(name, n)
      );
    }),
  );
  return fits.length === 1 ? fits[0]!.name : null;
}
