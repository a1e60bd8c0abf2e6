/**
 * A law a page names once in full and then by the short name it declares:
 * 「《互联网上网服务营业场所管理条例》（以下简称《条例》）第二十三条…依据《条例》第三十三条」. The citation parser reads
 * 《条例》 as a law of that name; the page says it is the full one, for every case on it (a 公告's items after the
 * first name only the short form).
 */
import type { Citation } from '../citations/parse-citations.js';
import { normaliseLawName } from '../citations/law-mentions.js';
import { allMatches } from '../shared/regex.js';

/** 《全称》（以下简称《简称》） / （下称“简称”） / （简称「简称」）: a title, then the short name it is given. */
const DECLARED =
  /《([^《》\n]{2,60})》[（(](?:(?:以下|下文)?简称|下称)[《“"「]([^《》“”"「」\n]{1,12})[》”"」][）)]/g;

/** The page's declared short law names: the short name as the parser reads it → the full law. */
export function shortLawNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!/称[《“"「]/.test(text)) return out;
  for (const m of allMatches(DECLARED, text)) {
    const full = normaliseLawName(m[1]!).law;
    const short = normaliseLawName(m[2]!).law;
    if (short !== full) out.set(short, full);
  }
  return out;
}

/** A page and, once read, the short law names it declares. */
export interface DeclaredLaws {
  readonly text: string;
  names?: Map<string, string>;
}

/**
 * The citations with each short name the page declares read as its full law. The page is read for its declarations
 * only when a citation names a law the catalogue does not know (a short name such as 《条例》 never is one), once.
 */
export function withShortLawNames(citations: Citation[], page: DeclaredLaws): Citation[] {
  if (citations.every((c) => c.known)) return citations;
  const names = (page.names ??= shortLawNames(page.text));
  if (names.size === 0 || !citations.some((c) => names.has(c.law))) return citations;
  return citations.map((c) => {
    const full = names.get(c.law);
    return full === undefined ? c : { ...c, law: full, known: normaliseLawName(full).known };
  });
}
