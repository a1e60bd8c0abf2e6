/**
 * A list whose lead names the law once (依据《中华人民共和国个人信息保护法》，对以下App运营者作出行政处罚：) and whose
 * entries cite bare articles (依据第十六条、第六十六条第一款): the entries cite that law. The citation parser never
 * guesses a law for a bare article, so an entry's basis clause is read again with the lead's law written in.
 */
import { parseCitations, type Citation } from '../citations/parse-citations.js';
import { allMatches } from '../shared/regex.js';

/** 依据第十六条 / 违反了第六条: a basis verb right before a bare article. */
const BARE_BASIS = /(?:依据|根据|依照|按照|违反了?)(?=第[一二三四五六七八九十百零〇\d]+条)/g;

/** The one law the lead names as a basis (an article-null citation), else null (none, or several). */
export function leadLaw(preamble: readonly string[]): string | null {
  const text = preamble.join('\n');
  if (!text.includes('《')) return null;
  const laws = new Set(
    parseCitations(text)
      .filter((c) => c.article === null)
      .map((c) => c.law),
  );
  return laws.size === 1 ? [...laws][0]! : null;
}

/** Citations of a case that names no law itself, its bare basis clauses read under the lead's law. */
export function underLeadLaw(text: string, law: string): Citation[] {
  if (text.includes('《')) return [];
  const out: Citation[] = [];
  for (const m of allMatches(BARE_BASIS, text)) {
    const from = m.index + m[0].length;
    const stops = [text.indexOf('。', from), text.indexOf('\n', from)].filter((i) => i >= 0);
    const to = stops.length > 0 ? Math.min(...stops) : text.length;
    const prefix = `${m[0]}《${law}》`;
    for (const c of parseCitations(prefix + text.slice(from, to))) {
      if (c.article === null) continue;
      const start = from + Math.max(0, c.start - prefix.length);
      out.push({
        ...c,
        start,
        end: from + c.end - prefix.length,
        source: text.slice(start, from + c.end - prefix.length),
      });
    }
  }
  return out;
}

/** A basis named in full (依据《…》第二十三条) and a decision spread over the listed parties (分别作出处罚, 对上述网吧给予…). */
const LEAD_BASIS = /(?:依据|根据|依照|按照)《/;
const FOR_ALL_LISTED = /分别(?:作出|给予|处以|予以|处)|对(?:上述|以下|下列)[^。]{0,40}?(?:处罚|给予|处以)/;

/**
 * The articles a lead cites once for every party it lists (…依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项
 * 之规定分别作出处罚，现将处理情况通告如下：), else []: the entries that cite nothing themselves were decided under them.
 */
export function leadCitations(preamble: readonly string[]): Citation[] {
  for (const line of preamble) {
    // The cheap looks first: most preambles cite nothing for a list.
    if (
      !line.includes('《') ||
      (!line.includes('分别') &&
        !line.includes('对上述') &&
        !line.includes('对以下') &&
        !line.includes('对下列'))
    )
      continue;
    for (const sentence of line.split('。')) {
      if (!LEAD_BASIS.test(sentence) || !FOR_ALL_LISTED.test(sentence)) continue;
      const cited = parseCitations(sentence).filter((c) => c.article !== null);
      if (cited.length > 0) return cited;
    }
  }
  return [];
}

/**
 * 该办法第十二条 / 同法第五条 / 同一法律第五条 / 新法第五条 (the amended law a page is about): a law referred back to,
 * its kind written (法, 条例, 办法, 规定). 支队依据条例第三十一条 — the bare kind after 依据/根据/依照/按照/违反 refers
 * back too (a speaker naming 《…条例》 once, then 条例).
 */
const REFERRED_BACK =
  /(?:[该同新]|同一|(?<=依据|根据|依照|按照|违反))(法|条例|办法|规定)律?(?=第[一二三四五六七八九十百零〇\d]+条)/g;

/** A case that refers back to a law by its kind alone (该办法第…, 新法第…, 依据条例第…): `underEarlierLaw` reads it. */
export const refersBackToLaw = (text: string): boolean =>
  text.includes('该') || text.includes('新法') || text.includes('条例第') || text.includes('办法第');

/**
 * Citations of a case that refers back to a law (该办法第十二条) it does not name itself: the law of the kind it says,
 * as a case told before it named it (另一家…依据该办法第十二条，… after a case under 《…管理办法》), else [].
 */
export function underEarlierLaw(text: string, law: string): Citation[] {
  const out: Citation[] = [];
  for (const m of allMatches(REFERRED_BACK, text)) {
    // 该法 is a 法 (not an 办法), 该办法 an 办法.
    if (!law.endsWith(m[1]!) || (m[1] === '法' && law.endsWith('办法'))) continue;
    const from = m.index + m[0].length;
    const stops = [text.indexOf('。', from), text.indexOf('\n', from)].filter((i) => i >= 0);
    const to = stops.length > 0 ? Math.min(...stops) : text.length;
    for (const c of parseCitations(text.slice(from, to), { lawInForce: law })) {
      if (c.article === null) continue;
      // The span's source is the same words: only its offsets move, from the slice to the text.
      out.push({ ...c, start: from + c.start, end: from + c.end });
    }
  }
  return out;
}
