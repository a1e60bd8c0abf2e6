/**
 * The citation parser (法条引用解析): Chinese text → the provisions it cites, each with the span it came from.
 *
 * One forward scan, no backtracking regular expressions: O(length of text) on any input. The scan keeps
 *  - the law in force: set by a law's name (《网络安全法》, 网安法, 本法 with options.selfLaw, 该法 → the law named
 *    last) and dropped at the end of the sentence (。！？ or a line break) or when another law is named. Article
 *    numbers with no law in force (a statute's own 第五十九条 heading, 本法 without selfLaw) are not returned:
 *    the parser never guesses a law. An article right after the bare name of a law the catalogue lacks
 *    (刑法第二百八十七条 inside a sentence about 《网络安全法》) is not returned either: its name's extent is
 *    unknown without 《》, and giving it to the law in force would invent a provision;
 *  - the article being built, to which 款 and 项 units joined to it (nothing, spaces, 、，和及与或) attach;
 *  - whether a basis verb (依据/根据/依照/按照/违反…) governs the titles being read.
 *
 * A law named with no article yields a citation with article, paragraph and item null only when the text names
 * it as a legal basis — a basis verb before it (依据《网络安全法》, 违反了《网络安全法》《数据安全法》…的规定)
 * — or when titles stand on a line of their own (《网络安全法》). A title in other prose (深入宣贯《网络安全法》,
 * 自觉遵守《网络安全法》等法律法规, 《个人信息保护法》于2021年11月1日起施行) is not a citation. 本法 and 该法 never
 * yield an article-null citation (a statute says 违反本法规定 everywhere).
 *
 * Spans: an article's span starts at the law's name when the name directly precedes it (《网络安全法》第四十四条),
 * otherwise at the unit (六十四条第二款), and runs to the end of the last 款/项 unit that contributed to it.
 * Every provision of a list or range (第二十二、六十条, 第四十一条至第四十三条) carries the whole unit.
 */
import type { Citation } from './citation.js';
import {
  BASIS_GAP,
  CHAIN_GAP,
  CHINESE_NUMERAL,
  DIGIT,
  flagsAt,
  gapOnly,
  is,
  LAW_GAP,
  LINE_END,
  OPEN_PAREN,
  SENTENCE_END,
  SPACE,
  STANDALONE_FILLER,
} from './char-classes.js';
import {
  isLawLikeTitle,
  mentionStartChars,
  normaliseLawName,
  readAnaphora,
  readBareLawName,
  readBasisVerb,
  readSelfReference,
  readTitle,
  uncataloguedLawEndingAt,
  type LawName,
} from './law-mentions.js';
import { mayStartBareUnit, readUnit, type Unit } from './reference-units.js';

export type { Citation } from './citation.js';
export { formatCitation } from './citation.js';

export interface ParseCitationsOptions {
  /** The law the text itself is, for 本法 / 本条例 / 本办法. Without it those references are ignored. */
  selfLaw?: string;
  /**
   * The law in force where the text starts: the text goes on from a sentence that named it (第十二条… after 该办法, the
   * law a case told before named). Its articles are read under that law, up to the end of the first sentence, as if
   * its name stood right before the text. Without it, articles before any law's name are not returned.
   */
  lawInForce?: string;
}

/** Characters at which something may start; every other character only updates the scanner's flags. */
const TRIGGER = (() => {
  const t = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const c = String.fromCharCode(code);
    if (is(c, 0, SENTENCE_END | DIGIT | CHINESE_NUMERAL | OPEN_PAREN)) t[code] = 1;
  }
  for (const c of `第${mentionStartChars()}`) t[c.charCodeAt(0)] = 1;
  return t;
})();

/** Characters at which a law mention can start: at the others (digits, numerals) no mention reader is asked. */
const MENTION_START = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of mentionStartChars()) t[c.charCodeAt(0)] = 1;
  return t;
})();

const TITLE_OPEN = '《'.charCodeAt(0);
const DI = '第'.charCodeAt(0);

interface Mention {
  /** null: a reference that names no usable law (本法 without selfLaw). */
  law: string | null;
  known: boolean;
  start: number;
  end: number;
  /** Named after a basis verb. */
  basis: boolean;
  /** May yield an article-null citation (titles and bare names; not 本法 or 该法). */
  nullEligible: boolean;
  /** An article was read under it. */
  used: boolean;
  emitted: boolean;
  /** Its first article's span may start at the name. */
  leads: boolean;
}

interface Entry {
  paragraph: number | null;
  item: number | null;
  end: number;
}

interface ArticleInProgress {
  mention: Mention | null;
  /** False when the article cannot be returned (no law in force, number out of bounds, 之一). */
  live: boolean;
  values: number[];
  start: number;
  unitEnd: number;
  entries: Entry[];
  lastParagraph: number | null;
  /** The paragraph entry that the next item may fill (第一款第（三）项), if any. */
  open: Entry | null;
}

class Scanner {
  private readonly out: Citation[] = [];
  private ctx: Mention | null = null;
  private lastLaw: Mention | null = null;
  private article: ArticleInProgress | null = null;
  /** End of the last law name or unit, for joining what follows; -1 when nothing can be joined. */
  private chainEnd = -1;
  private chainEndIsLaw = false;
  private basisActive = false;
  private lineClean = true;
  private lineMentions: Mention[] = [];
  private readonly selfLaw: LawName | null;

  constructor(
    private readonly text: string,
    options: ParseCitationsOptions,
  ) {
    const self = typeof options.selfLaw === 'string' ? options.selfLaw.trim() : '';
    this.selfLaw = self !== '' ? normaliseLawName(self) : null;
    const inForce = typeof options.lawInForce === 'string' ? options.lawInForce.trim() : '';
    // Named as if just before the text (an empty span at 0): an article opening the text starts its span there.
    if (inForce !== '') this.onMention(normaliseLawName(inForce), 0, 0, false, false);
  }

  run(): Citation[] {
    const { text } = this;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (TRIGGER[text.charCodeAt(i)] === 1) {
        i = this.step(i);
        continue;
      }
      // Plain text: it only breaks a basis verb's reach and a line of titles.
      const f = flagsAt(text, i);
      if ((f & BASIS_GAP) === 0) this.basisActive = false;
      if ((f & STANDALONE_FILLER) === 0) this.lineClean = false;
      i++;
    }
    this.endSentence();
    this.endLine();
    // Article-null citations are emitted when their sentence or line ends; restore text order (sort is stable).
    return this.out.sort((a, b) => a.start - b.start);
  }

  /** Handles what starts at i and returns where to continue. */
  private step(i: number): number {
    const { text } = this;
    const code = text.charCodeAt(i);

    if (is(text, i, SENTENCE_END)) {
      this.endSentence();
      if (is(text, i, LINE_END)) this.endLine();
      else this.lineClean = this.lineClean && is(text, i, STANDALONE_FILLER);
      return i + 1;
    }

    const mention = MENTION_START[code] === 1;
    const title = mention ? readTitle(text, i) : null;
    if (title !== null) {
      // A title that does not read as a law's is still one when an article follows it (《某某公约细目》第5条),
      // but only in 《》 and with Chinese in it: <1>第5条 or 《1》第5条 name no law.
      const namesLaw =
        isLawLikeTitle(title.title) ||
        (code === TITLE_OPEN && /\p{Script=Han}/u.test(title.title) && this.articleFollows(title.end));
      if (namesLaw) {
        this.onMention(normaliseLawName(title.title), i, title.end, true, true);
        return title.end;
      }
      this.onOtherText(i);
      // A book or newspaper title (《厦门日报》) is skipped whole; an ASCII <…> may be anything, so read on.
      return code === TITLE_OPEN ? title.end : i + 1;
    }

    if (code === DI) {
      const unit = readUnit(text, i);
      if (unit !== null) return this.onUnit(unit);
      this.onOtherText(i);
      return i + 1;
    }

    if (mention) {
      const bare = readBareLawName(text, i);
      if (bare !== null) {
        this.onMention(normaliseLawName(bare.name), i, bare.end, true, false);
        return bare.end;
      }

      const selfEnd = readSelfReference(text, i);
      if (selfEnd !== null) {
        this.onMention(this.selfLaw ?? { law: null, known: false }, i, selfEnd, false, false);
        return selfEnd;
      }

      const anaphoraEnd = readAnaphora(text, i);
      if (anaphoraEnd !== null && this.lastLaw !== null && this.articleFollows(anaphoraEnd)) {
        this.onMention({ law: this.lastLaw.law, known: this.lastLaw.known }, i, anaphoraEnd, false, false);
        return anaphoraEnd;
      }

      const verbEnd = readBasisVerb(text, i);
      if (verbEnd !== null) {
        this.basisActive = true;
        this.lineClean = false;
        return verbEnd;
      }
    }

    if (this.bareUnitAllowed(i)) {
      const unit = readUnit(text, i);
      if (unit !== null) return this.onUnit(unit);
    }

    this.onOtherText(i);
    return i + 1;
  }

  private onOtherText(i: number): void {
    if (!is(this.text, i, BASIS_GAP)) this.basisActive = false;
    if (!is(this.text, i, STANDALONE_FILLER)) this.lineClean = false;
  }

  /** An article unit starts at p (after spaces): 《某某规范》第5条, 该法第五十九条. */
  private articleFollows(p: number): boolean {
    const { text } = this;
    let q = p;
    while (q - p < 4 && is(text, q, SPACE)) q++;
    if (text.charAt(q) !== '第' && !is(text, q, DIGIT | CHINESE_NUMERAL)) return false;
    return readUnit(text, q)?.kind === 'article';
  }

  /** A unit without 第 (六十四条, （五）项) is read only right after a law's name or joined to a unit. */
  private bareUnitAllowed(i: number): boolean {
    if (this.chainEnd < 0 || i - this.chainEnd > 6 || !mayStartBareUnit(this.text, i)) return false;
    if (this.chainEndIsLaw) return gapOnly(this.text, this.chainEnd, i, LAW_GAP);
    return this.article !== null && gapOnly(this.text, this.chainEnd, i, CHAIN_GAP);
  }

  private onMention(
    name: { law: string | null; known: boolean },
    start: number,
    end: number,
    nullEligible: boolean,
    isTitle: boolean,
  ): void {
    this.flushArticle();
    this.finishMention(this.ctx);
    const m: Mention = {
      law: name.law,
      known: name.known,
      start,
      end,
      basis: this.basisActive,
      nullEligible,
      used: false,
      emitted: false,
      leads: true,
    };
    this.ctx = m;
    if (m.law !== null) this.lastLaw = m;
    this.chainEnd = end;
    this.chainEndIsLaw = true;
    if (isTitle) this.lineMentions.push(m);
    else this.lineClean = false;
  }

  private onUnit(unit: Unit): number {
    this.lineClean = false;
    if (unit.kind === 'article') this.onArticle(unit);
    else this.onSubdivision(unit);
    return unit.end;
  }

  private onArticle(unit: Unit): void {
    this.flushArticle();
    this.refuseUncataloguedLaw(unit.start);
    const m = this.ctx;
    let start = unit.start;
    if (m !== null) {
      m.used = true;
      if (m.leads && gapOnly(this.text, m.end, unit.start, LAW_GAP)) start = m.start;
      m.leads = false;
    }
    this.article = {
      mention: m,
      live: m !== null && m.law !== null && !unit.unusable,
      values: unit.values,
      start,
      unitEnd: unit.end,
      entries: [],
      lastParagraph: null,
      open: null,
    };
    this.chainEnd = unit.end;
    this.chainEndIsLaw = false;
  }

  /**
   * 依据《网络安全法》第五十九条和刑法第二百八十七条: an article right after the bare name of a law the catalogue
   * does not hold belongs to that law, not to the one in force; it and its enumeration are not returned.
   */
  private refuseUncataloguedLaw(unitStart: number): void {
    const { text } = this;
    let p = unitStart;
    while (p > 0 && p > unitStart - 3 && is(text, p - 1, SPACE)) p--;
    if (this.ctx !== null && this.ctx.end === p) return;
    const start = uncataloguedLawEndingAt(text, p);
    if (start !== null) this.onMention({ law: null, known: false }, start, p, false, false);
  }

  /** 第二款, 第一、二款, 第（二）项, （五）项: attaches to the article it is joined to, else is ignored. */
  private onSubdivision(unit: Unit): void {
    const a = this.article;
    if (a === null || this.chainEndIsLaw || !gapOnly(this.text, this.chainEnd, unit.start, CHAIN_GAP)) {
      this.flushArticle();
      this.chainEnd = -1;
      return;
    }
    this.chainEnd = unit.end;
    if (unit.unusable) return;
    if (unit.kind === 'paragraph') {
      for (const v of unit.values) a.entries.push({ paragraph: v, item: null, end: unit.end });
      a.lastParagraph = unit.values[unit.values.length - 1] ?? a.lastParagraph;
      a.open = a.entries[a.entries.length - 1] ?? null;
      return;
    }
    unit.values.forEach((v, k) => {
      if (k === 0 && a.open !== null) {
        a.open.item = v;
        a.open.end = unit.end;
      } else {
        a.entries.push({ paragraph: a.lastParagraph, item: v, end: unit.end });
      }
    });
    a.open = null;
  }

  private flushArticle(): void {
    const a = this.article;
    this.article = null;
    if (a === null || !a.live || a.mention === null || a.mention.law === null) return;
    const { law, known } = a.mention;
    a.values.forEach((article, k) => {
      if (k < a.values.length - 1 || a.entries.length === 0) {
        this.emit(law, known, article, null, null, a.start, a.unitEnd);
        return;
      }
      for (const e of a.entries) this.emit(law, known, article, e.paragraph, e.item, a.start, e.end);
    });
  }

  /** A law named as a basis with no article: 依据《网络安全法》. */
  private finishMention(m: Mention | null): void {
    if (m === null || m.law === null || !m.nullEligible || !m.basis || m.used || m.emitted) return;
    m.emitted = true;
    this.emit(m.law, m.known, null, null, null, m.start, m.end);
  }

  private endSentence(): void {
    this.flushArticle();
    this.finishMention(this.ctx);
    this.ctx = null;
    this.chainEnd = -1;
    this.chainEndIsLaw = false;
    this.basisActive = false;
  }

  /** Titles alone on their line (《网络安全法》, 《网络安全法》《数据安全法》) are cited without an article. */
  private endLine(): void {
    if (this.lineClean) {
      for (const m of this.lineMentions) {
        if (m.law === null || m.used || m.emitted) continue;
        m.emitted = true;
        this.emit(m.law, m.known, null, null, null, m.start, m.end);
      }
    }
    this.lineMentions = [];
    this.lineClean = true;
  }

  private emit(
    law: string,
    known: boolean,
    article: number | null,
    paragraph: number | null,
    item: number | null,
    start: number,
    end: number,
  ): void {
    this.out.push({ law, article, paragraph, item, start, end, source: this.text.slice(start, end), known });
  }
}

/**
 * Every provision `text` cites, in text order, each with its span. Never throws: any string (including
 * non-strings passed from untyped callers, read as '') yields a possibly empty list.
 */
export function parseCitations(text: string, options: ParseCitationsOptions = {}): Citation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return new Scanner(text, options ?? {}).run();
}
