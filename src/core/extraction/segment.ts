/**
 * Bulletin text → case blocks. Finds the heading style that introduces cases (the one whose sections impose
 * sanctions), takes outer headings (★…, 一、 above （一）) as themes, 警示意义/网警提醒 paragraphs as lessons of
 * the cases since the previous lesson, drops page debris, preambles and quoted statute articles. Bulletins
 * without case headings are split into cases by paragraphs: a paragraph that imposes a sanction closes a case.
 */
import { citingNotes, notesInPlace } from './footnotes.js';
import {
  EXPLAINS,
  datedHeadline,
  isDebris,
  isStatuteArticleLine,
  isTitleLike,
  lessonText,
  captionUnit,
  labelsSpeaker,
  commentMark,
  speakerAsUnit,
  withoutSpeakerLabel,
  WEIBO_DATELINE,
  parseHeading,
  type Heading,
  type HeadingStyle,
  weAsUnit,
  replierUnit,
  bareUnitAsUnit,
  undecorated,
  withoutTurnLabel,
  decorated,
  isLinkListLabel,
} from './lines.js';
import { normalizeText } from './normalize.js';
import { formBlocks } from './forms.js';
import { DECISION_ANNOUNCED, splitInlineItems } from './inline-items.js';
import { isTableRow, tableRowsToSentences } from './tables.js';
import { signatureUnit } from './fields/agency.js';
import { extractParty } from './fields/party.js';
import {
  imposesAnything,
  SANCTION_CUE,
  sanctionSentences,
  type SentenceReadings,
} from './fields/sanctions.js';

export interface CaseBlock {
  /** The heading's title, or null when the case has none (the extractor then composes one). */
  title: string | null;
  theme: string | null;
  lesson: string | null;
  /** Paragraphs of the case, one a line. */
  paragraphs: string[];
  /** The date its entry in a news list was published (YYYY-MM-DD): the year of its bare months and days. */
  published?: string;
}

export interface Segmentation {
  /** Text before the first case (page title, introduction): context for dates, never a case. */
  preamble: string[];
  /** Year of the page's dateline (发布时间：2023-07-12…), when it has one: the year of 今年 and of bare months. */
  publishedYear: number | null;
  cases: CaseBlock[];
  mode: 'headings' | 'titles' | 'paragraphs' | 'form';
  caseStyle: HeadingStyle | null;
}

interface Line {
  text: string;
  heading?: Heading;
  titleLike: boolean;
  lesson?: string;
  /** The date a news list prints after an entry's headline (某公司…被警告 2022-11-08). */
  dated?: string;
}

/** Section labels inside one case (decision documents, 以案说法 pieces, a video page's 【视频简介】 and 【视频文字实录】). */
const SECTION_LABEL =
  /^【?(基本情况|基本案情|案情简介|案情回顾|案情介绍|案件回顾|案件来源|案情|违法事实|证据(?:列举|材料)?|陈述[、和]?申辩(?:情况)?|处罚(?:依据|理由)[和及与](?:理由|依据)|事件经过|调查经过|调查情况|查处情况|案件由来|案件缘起|案件经过|事先告知(?:情况)?|听证(?:过程|情况|经过)?|处罚依据|法律依据|处罚决定|处罚结果|处理结果|处理情况|处罚|处理|案例评析|案例点评|法律分析|履行方式|救济途径|警示|警示意义|相关法条|法条链接|法律链接|视频简介|内容简介|节目简介|视频文字实录|文字实录|视频实录|文字稿)】?[：:]?$/;
/** The characters SECTION_LABEL may open on (its bracket, its labels' first characters): a cheap look first. */
const SECTION_FIRST: ReadonlySet<number> = new Set(
  [...'【基案违证陈处事调查法履救警相视内节文听'].map((c) => c.charCodeAt(0)),
);
const sectionLabel = (text: string): boolean =>
  SECTION_FIRST.has(text.charCodeAt(0)) && SECTION_LABEL.test(text);

/** A sentence of a bracketed commentary section (prose or a numbered item), not a case's heading (案例二 某某…). */
const commentSentence = (text: string): boolean =>
  (/[。；！？”]$/.test(text) && parseHeading(text)?.style !== 'anli') || commenterByline(text);

/** 县司法局公共法律服务中心律师 付某： — the commenter's byline under the label: the commentary goes on. */
const COMMENTER_BYLINE = /(?:律师|法官|检察官|专家|教授|学者)\s*[\u4e00-\u9fff]{1,3}[：:]$/;
const commenterByline = (text: string): boolean =>
  text.length <= 30 && (text.endsWith('：') || text.endsWith(':')) && COMMENTER_BYLINE.test(text);

/** 【争议焦点】 / 分歧意见： alone on its line: the opinions argued before the outcome follow. */
const DISPUTE_LABEL = /^[【[]?(?:争议焦点|争议问题|分歧意见|不同意见|意见分歧)[】\]]?[：:]?$/;
/** 【以案说法】 / 【以案释法】 — a column's tag, written before the page's headline. */
const COLUMN_TAG = /^【以案[说释]法】/;

/** A paragraph the print layout cut between a basis verb and the law it names (…违反 / 《网络安全法》相关规定，…). */
const CUT_AT_BASIS = /(?:依据|根据|依照|按照|违反|触犯|违背)$/;

/**
 * 现决定：/ 决定如下：/ 作出如下行政处罚： — a decision document's own numbered items follow (一、责令…；二、对…处以…).
 */
const ANNOUNCES_ITEMS = DECISION_ANNOUNCED;
/** 五、处罚决定 / 【处理决定】 — a decision document's section whose numbered items are the decision's (（一）责令…；). */
const DECISION_SECTION = /^(?:[一二三四五六七八九十]{1,2}[、.．]\s*)?【?(?:行政)?(?:处罚|处理)决定】?[：:]?$/;
/**
 * 履行方式和期限：… / (被处罚人)如不服本决定，… / 当事人应当自收到本决定书之日起… — how to pay and how to appeal: the
 * decision's procedure, not its case.
 */
const PAYMENT_OR_REMEDY =
  /^(?:履行方式|缴款方式|执行方式|救济途径|权利告知)[^：:]{0,6}[：:]|^(?:被处罚人|当事人|违法行为人)?如(?:对本决定)?不服本?决定|^(?:当事人|被处罚人)如?对(?:上述|以上)[^，。]{0,6}决定不服|^当事人应(?:当|于)?自收到本?(?:处罚)?决定书之日起/;
/** The characters PAYMENT_OR_REMEDY may open on: a cheap look first. */
const PAYMENT_OR_REMEDY_FIRST: ReadonlySet<number> = new Set(
  [...'履缴执救权被当违如'].map((c) => c.charCodeAt(0)),
);

/** A decision item's end: ；/。, or 。……” where a quoted 决定书 excerpt closes on its last item. */
const ITEM_END = /[；;。]…*[”」』]?$/;

/** 注释： / 注： / 参考文献： alone on its line: a paper's footnotes or references follow. */
const NOTES_LABEL = /^(?:注释|注|脚注|尾注|参考文献)[：:]?$/;
/** ① 参见… / [1] 某某. 题名[J]. — one note or reference. */
const NOTE_ITEM = /^(?:[①-⑳]|[[［〔]\d{1,3}[\]］〕])/;

/** Whether a line is (still) in a paper's notes or references, given whether the line before was. */
function inNotes(line: string, before: boolean): boolean {
  if (NOTES_LABEL.test(line)) return true;
  return before && NOTE_ITEM.test(line);
}

function classify(raw: string): { lines: Line[]; publishedYear: number | null; noteLines: string[] } {
  const out: Line[] = [];
  /** The items under a notes label (① 《…》第…条。), read for the marks in the text (footnotes.ts). */
  const noteLines: string[] = [];
  let inStatute = false;
  /** Inside the numbered items of one decision (一、责令…改正；二、对…处以警告；): items, not cases. */
  let decisionItems = false;
  /** The heading style of the numbered commentary section the lines are in (三、释法), if any. */
  let commentary: HeadingStyle | null = null;
  /** The block mark of the commenter's section the lines are in (▌刘律师解读), up to the next line with that mark. */
  let commentMarked: string | null = null;
  /** Right after a bare tip label (【社区提示】 / 警方提醒：): its numbered items are the tip's, not cases. */
  let tips = false;
  /** Inside a 以案说法 article's 【争议焦点】: the opinions argued, up to the next label (【处理结果】). */
  let disputed = false;
  /** Each transcript speaker's unit, from the turn that labels it (范某某（市委网信办副主任）：). */
  const speakers = new Map<string, string>();
  let publishedYear: number | null = null;
  /** Under a list of links' label (推荐阅读): its headlines, up to the first sentence, are other pages'. */
  let links = false;
  /** Under a notes or references label (注释：/ 参考文献：): its numbered items, up to the first other line. */
  let notes = false;
  /** The heading style of a section of the writer's own measures (四、整改措施), while its finer items follow. */
  let measures: HeadingStyle | null = null;
  const written = normalizeText(raw);
  // Headlines with their dates make a news list when there are two at least; one alone is the page's dateline.
  let dated = 0;
  for (const w of written) if (datedHeadline(w) !== null && ++dated === 2) break;
  /** The unit the caption of the current turn names (【同期声 某分局民警 韩某】), for its 「我们」. */
  let captioned: string | null = null;
  /** The unit whose official answers a press Q&A (市委网信办有关负责人…答记者问), for the 我们 of its answers. */
  let replier: string | null = null;
  // (A page that writes no 答 holds no 答记者 headline: its lines are not searched for one. Normalising a line keeps its
  // Chinese characters.)
  let asking = raw.includes('答');
  for (const line of written) {
    let bare = line === '' ? null : withoutTurnLabel(decorated(line) ? undecorated(line) : line);
    if (bare === null) {
      if (line !== '') captioned = captionUnit(line);
      continue;
    }
    if (captioned !== null && bare.includes('我们')) bare = weAsUnit(bare, captioned);
    else if (replier !== null)
      bare = bareUnitAsUnit(bare.includes('我们') ? weAsUnit(bare, replier) : bare, replier);
    else if (asking && bare.length <= 60 && bare.includes('答记者')) {
      replier = replierUnit(bare);
      asking = replier === null;
    }
    if (links) {
      if (bare.length <= 64 && !/[。；]/.test(bare)) continue;
      links = false;
    }
    // 注释： / 参考文献：: a paper's notes and references (① 参见…, [1] …) are its sources, not cases.
    if (notes || bare.length <= 5) {
      const under = notes;
      notes = inNotes(bare, notes);
      if (notes) {
        if (under) noteLines.push(bare);
        continue;
      }
    }
    // A labelled turn is remembered even when it says no 我们 (the speaker's later turns may).
    const text = labelsSpeaker(bare)
      ? withoutSpeakerLabel(speakerAsUnit(bare, speakers))
      : bare.includes('我们')
        ? speakerAsUnit(bare, speakers)
        : bare;
    const entry = dated >= 2 ? datedHeadline(text) : null;
    if (entry === null && (isDebris(text) || datedHeadline(text) !== null)) {
      if (isLinkListLabel(text)) links = true;
      const dateline: RegExpExecArray | null =
        publishedYear === null
          ? /((?:19|20)\d{2})(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|年\d{1,2}月\d{1,2}日|年第\d{1,3}期)/.exec(
              text,
            )
          : null;
      if (dateline) publishedYear = Number(dateline[1]);
      else if (publishedYear === null) {
        const post = WEIBO_DATELINE.exec(text);
        if (post) publishedYear = 2000 + Number(post[1]);
      }
      continue;
    }
    if (isStatuteArticleLine(text)) {
      // The law's name on its own line above the quoted article (【法条链接】《中华人民共和国刑法》) quotes it too.
      if (/^《[^》]{2,40}》$/.test(out[out.length - 1]?.text ?? '')) out.pop();
      inStatute = true;
      continue;
    }
    // Items of a quoted article: （三）采取监测…
    if (inStatute && /^[（(][一二三四五六七八九十]{1,3}[）)]/.test(text)) continue;
    inStatute = false;
    const prev = out[out.length - 1];
    if (
      prev &&
      text.startsWith('《') &&
      CUT_AT_BASIS.test(prev.text) &&
      /[，。；]/.test(prev.text) &&
      !prev.heading &&
      !prev.lesson
    ) {
      prev.text += text;
      continue;
    }
    // Inside a numbered commentary section (三、释法 / （一）…（四）): its items explain the law, up to the next section.
    if (commentary !== null) {
      if (parseHeading(text)?.style === commentary) commentary = null;
      else {
        out.push({ text, titleLike: false, lesson: text });
        continue;
      }
    }
    if (commentMarked !== null) {
      // 【法理分析】's section holds sentences (its numbered items too); a case's heading or title ends it as well.
      if (text.startsWith(commentMarked) || (commentMarked === '【' && !commentSentence(text)))
        commentMarked = null;
      else {
        out.push({ text, titleLike: false, lesson: text });
        continue;
      }
    }
    // 【争议焦点】 第一种意见认为…应当依照…由…责令改正: an opinion's articles and sanctions are arguments, not the case.
    if (disputed) {
      if (text.startsWith('【') || sectionLabel(text) || isTitleLike(text)) disputed = false;
      else continue;
    }
    if (text.length <= 8 && DISPUTE_LABEL.test(text)) {
      disputed = true;
      continue;
    }
    const lesson = lessonText(text);
    if (lesson !== undefined) {
      // 【以案说法】私下…谁担责？ — a column's tag before the page's headline: the headline, not a lesson.
      if (
        lesson !== '' &&
        text.startsWith('【') &&
        COLUMN_TAG.test(text) &&
        isTitleLike(lesson.replace(/[？！?!]$/, ''))
      ) {
        out.push({ text: lesson, titleLike: true });
        continue;
      }
      if (lesson === '') {
        commentary = parseHeading(text)?.style ?? null;
        commentMarked = commentMark(text);
      }
      // A tip's numbered item read as a lesson on its own (1．…原第二十一条调整为第二十三条…) keeps the next items the tip's.
      tips =
        (lesson === '' && commentary === null && TIP_LABEL.test(text)) ||
        (tips && parseHeading(text) !== undefined);
      out.push({ text, titleLike: false, lesson });
      continue;
    }
    if (PAYMENT_OR_REMEDY_FIRST.has(text.charCodeAt(0)) && PAYMENT_OR_REMEDY.test(text)) continue;
    // A news list's entry: its headline, then its date (the summary below tells the case).
    if (entry !== null) {
      const whole = toldWhole(entry.headline);
      out.push({ text: entry.headline, titleLike: whole || isTitleLike(entry.headline), dated: entry.date });
      // A one-line item that tells its case whole, no summary below it: it is its own story too.
      if (whole) out.push({ text: entry.headline, titleLike: false });
      continue;
    }
    const parsed = parseHeading(text);
    // 四、整改措施 / （一）全面关停旧网站…: the writer's own steps (their 关停/关闭 are its own acts), not cases.
    if (measures !== null) {
      if (parsed !== undefined && parsed.style !== measures && parsed.style !== 'title') continue;
      measures = null;
    }
    if (parsed !== undefined && parsed.rest.length <= 10 && MEASURES_LABEL.test(parsed.rest))
      measures = parsed.style;
    if (tips && parsed !== undefined && parsed.style !== 'title' && parsed.style !== 'symbol') {
      out.push({ text, titleLike: false, lesson: text });
      continue;
    }
    tips = false;
    const prevText = out[out.length - 1]?.text ?? '';
    decisionItems =
      parsed !== undefined &&
      (decisionItems ||
        ANNOUNCES_ITEMS.test(prevText) ||
        (prevText.length <= 12 && DECISION_SECTION.test(prevText))) &&
      ITEM_END.test(text);
    if (decisionItems) {
      // The items join the decision sentence they complete.
      out[out.length - 1]!.text += text;
      continue;
    }
    // 一、基本案情 / 二、处罚结果: the sections of one case, not cases.
    const heading = parsed && sectionLabel(parsed.rest) ? undefined : parsed;
    const label = (parsed !== undefined && heading === undefined) || sectionLabel(text);
    out.push({ text, titleLike: !heading && !label && isTitleLike(text), ...(heading ? { heading } : {}) });
  }
  return { lines: out, publishedYear, noteLines };
}

/**
 * 某网信办6月12日对某公司…作出警告并罚款6万元的行政处罚 — a news list's one-line item that tells a decision whole
 * (its unit, day and measure; a summary-less 执法动态 list), not a headline over a summary.
 */
const toldWhole = (headline: string): boolean =>
  headline.includes('日') && SANCTION_CUE.test(headline) && TOLD_WHOLE.test(headline);
const TOLD_WHOLE =
  /^[^，。]{2,24}?\d{1,2}月\d{1,2}日[^。]*?(?:依据|根据|依法|依照)[^。]*(?:处罚|警告|罚款|责令|关闭|关停)/;

/**
 * A section of the writer's own measures (整改措施, 下一步工作) or of its directions to the units below (下一步工作要求,
 * 工作要求): its numbered items are steps taken, planned or required.
 */
const MEASURES_LABEL =
  /^(?:整改措施|整改情况|整改落实情况|防范措施|下一步(?:工作|措施|打算)(?:要求|安排)?|工作要求)[：:]?$/;

/** A tip's label (【社区提示】, 警方提醒：, 合规建议): what follows gives advice. */
const TIP_LABEL = /(?:提示|提醒|建议)[】\]]?[：:]?$/;

/** An item that opens by quoting an article (《某法》第二十一条规定：…): the law's words, not a case told. */
const QUOTES_ARTICLE =
  /^《[^》]{2,40}》第[一二三四五六七八九十百零〇\d]{1,6}条(?:第[一二三四五六七八九十\d]{1,3}款)?规定[：:，,]/;

/** For each marker style, how many of its headings are followed (before the next heading) by a sanction. */
function pickCaseStyle(
  lines: readonly Line[],
  readings: SentenceReadings,
): { style: HeadingStyle; count: number; outer?: ReadonlySet<HeadingStyle> } | null {
  const counts = new Map<HeadingStyle, number>();
  const totals = new Map<HeadingStyle, number>();
  const shorts = new Map<HeadingStyle, number>();
  /** Lines of headings whose text names a sanction. */
  const imposing: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]!.heading;
    if (!h) continue;
    totals.set(h.style, (totals.get(h.style) ?? 0) + 1);
    let scope = h.rest;
    for (let j = i + 1; j < lines.length && !lines[j]!.heading && lines[j]!.lesson === undefined; j++) {
      scope += lines[j]!.text;
    }
    // A numbered list of measures (1.责令改正； 2.给予警告；) is not a list of cases: a case tells a story.
    if (scope.length < 25) shorts.set(h.style, (shorts.get(h.style) ?? 0) + 1);
    // 2.《某法》第五十九条规定：…处一万元以上…罚款 — an article quoted in a tip: the law's words, no case.
    else if (SANCTION_CUE.test(scope) && !QUOTES_ARTICLE.test(h.rest)) {
      counts.set(h.style, (counts.get(h.style) ?? 0) + 1);
      imposing.push(i);
    }
  }
  let best: HeadingStyle | null = null;
  let bestCount = 0;
  for (const [style, n] of counts) {
    // A style whose headings mostly introduce a line or two of text marks list items, not cases.
    if ((shorts.get(style) ?? 0) * 2 > (totals.get(style) ?? 0)) continue;
    if (n > bestCount) {
      best = style;
      bestCount = n;
    }
  }
  if (best === null) return null;
  // The finer items must tell at least half the cases the picked style seems to: a few numbered decisions inside
  // one of many cases (or in a page made of many bulletins) do not make every case's items the cases.
  const nested = nestedCaseStyle(lines, best, imposing, readings);
  if (nested && nested.count * 2 >= bestCount)
    return { ...nested, count: counts.get(nested.style) ?? nested.count };
  // The picked items may themselves sit inside another style's sections (a year's report: 1.–3. under （五）): those
  // headings close the cases, so that the sections after them (（六）队伍建设, 二、存在的问题) are no case's text.
  const outer = new Set<HeadingStyle>();
  for (const style of totals.keys()) {
    if (style === best || style === 'title' || style === 'symbol') continue;
    // Most of the cases inside one section of that style (not cases spread over many sections of it).
    const inside = nestedCaseStyle(lines, style, imposing, readings);
    if (inside?.style === best && inside.count * 2 >= bestCount) outer.add(style);
  }
  return outer.size > 0 ? { style: best, count: bestCount, outer } : { style: best, count: bestCount };
}

/**
 * A finer style whose items tell the cases inside one section of the picked style (二、依法查处违法案件 /
 * （一）…给予警告… / （二）…没收违法所得…, in a letter whose other sections speak of checks and plans): at least two
 * imposing items of that style under one heading of the picked style. Then those items are the cases and the
 * sections their themes.
 */
function nestedCaseStyle(
  lines: readonly Line[],
  outer: HeadingStyle,
  imposing: readonly number[],
  readings: SentenceReadings,
): { style: HeadingStyle; count: number; outer: ReadonlySet<HeadingStyle> } | null {
  const perSection = new Map<string, number>();
  let section = -1;
  let k = 0;
  /** Styles seen before the outer style's first heading: those are not inside it. */
  const opened = new Set<HeadingStyle>();
  for (let i = 0; i < lines.length && k < imposing.length; i++) {
    const h = lines[i]!.heading;
    if (h?.style === outer) section = i;
    else if (h !== undefined && section < 0) opened.add(h.style);
    // 网警提醒：… after a case the heading tells itself (案例三：…案 / its story) closes it, as segmentByHeadings
    // reads it: a list below (小编整理的自查要点：1.…) is the writer's own, inside no case. (An editor's note under a
    // section's heading, or a numbered 四、以案说法：…, leaves the section open.)
    else if (
      section >= 0 &&
      lines[i]!.lesson !== undefined &&
      imposing.includes(section) &&
      parseHeading(lines[i]!.text) === undefined
    )
      section = -2;
    if (imposing[k] !== i) continue;
    k++;
    // Numbered items only: a title line or a ★ heading inside a section is no finer case style.
    if (h === undefined || h.style === outer || section < 0 || opened.has(h.style)) continue;
    if (h.style === 'title' || h.style === 'symbol') continue;
    // A requirement quoting a range (可处五万元以上…罚款) or a footer's 【关闭】 under the item: no decision told.
    if (!imposes(scopeOf(lines, i), readings)) continue;
    const key = `${h.style}@${section}`;
    perSection.set(key, (perSection.get(key) ?? 0) + 1);
  }
  let found: { style: HeadingStyle; count: number; outer: ReadonlySet<HeadingStyle> } | null = null;
  for (const [key, n] of perSection) {
    if (n < 2 || (found !== null && n <= found.count)) continue;
    found = { style: key.slice(0, key.indexOf('@')) as HeadingStyle, count: n, outer: new Set([outer]) };
  }
  return found;
}

/** A heading's text and the lines under it, up to the next heading or lesson. */
function scopeOf(lines: readonly Line[], i: number): string {
  let scope = lines[i]!.heading?.rest ?? lines[i]!.text;
  for (let j = i + 1; j < lines.length && !lines[j]!.heading && lines[j]!.lesson === undefined; j++) {
    scope += '\n' + lines[j]!.text;
  }
  return scope;
}

/** Title lines (not the page's headline) whose text, up to the next title or heading, imposes a sanction. */
function caseTitleLines(lines: readonly Line[], readings: SentenceReadings): Set<number> {
  const out = new Set<number>();
  const headline = lines.findIndex((l) => l.titleLike || l.heading !== undefined);
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]!.titleLike) continue;
    // The 副题 right under the page's headline (主题 / 副题: 一机构被罚5万元): it sums up the page, it titles no case.
    if (i === headline + 1 && lines[headline]!.titleLike) continue;
    // The title line of a bare marker (案例一 / 01, then the title) belongs to that marker.
    const prev = lines[i - 1]!.heading;
    if (prev && prev.rest === '') continue;
    let scope = '';
    for (
      let j = i + 1;
      j < lines.length && !lines[j]!.titleLike && !lines[j]!.heading && lines[j]!.lesson === undefined;
      j++
    ) {
      scope += lines[j]!.text + '\n';
    }
    if (scope.length >= 25 && imposes(scope, readings)) out.add(i);
  }
  return out;
}

/** ① 某公司␣␣␣␣状态：已结案 — a result card's head: the name, then the card's status cell (no part of the title). */
const withoutStatusCell = (rest: string): string =>
  rest.replace(/\s+(?:办理|案件|处理)?状态[：:]\S{1,16}$/, '');

/** Title and inline body of a case heading's text ("赵某危害网络安全案" / "2021年3月，某公司…。"). */
function splitHeadingRest(rest: string): { title: string | null; body: string | null } {
  // A title written as a sentence (某公司…被处罚。) is still a title.
  // 第一起，是某公司…案。: the words that lead into the title (，是 / 是) are not the title's.
  const r = (rest.includes('状态') ? withoutStatusCell(rest) : rest)
    .replace(/^[：:、.，,\s]+(?:是|为)?/, '')
    .replace(/^([^。]{4,60})。$/, '$1')
    .trim();
  if (r === '') return { title: null, body: null };
  if (isTitleLike(r) && !SANCTION_CUE.test(r.replace(/被[^，。]{0,6}$/, ''))) return { title: r, body: null };
  if (isTitleLike(r) && /[案件]$|被(罚|处罚|罚款|警告|拘留|约谈|关停|封禁)/.test(r))
    return { title: r, body: null };
  const m = /^([^。：]{2,60}?(案|案件))[。：:\s]+(.+)$/.exec(r);
  if (m) return { title: m[1]!, body: m[3]! };
  return { title: null, body: r };
}

const CONTINUES =
  /^(经(依法)?(调查|查明|查|核查|检查|审查|核实|询问)|该|其|对此|对其|随后|此后|之后|同时|后经|针对(此|该|上述|其|这)|据此|基于此|鉴于)/;

/** A decision's own fields told after its result (处罚机关：… / 处罚日期：…): they close the case above, open none. */
const CLOSING_FIELD =
  /^(?:处罚机关|执法机关|决定机关|作出处罚的机关|处罚日期|决定日期|处罚决定日期|作出处罚决定的日期)[：:]/;

/** Whether a paragraph imposes something (any sanction, including a penalty of unstated kind). */
const imposes = (p: string, readings: SentenceReadings): boolean =>
  SANCTION_CUE.test(p) && imposesAnything(p, readings);

/** The party a paragraph names, read only when asked: a paragraph that continues the open case needs none. */
class LazyParty {
  #read: string | null | undefined;

  constructor(
    readonly paragraph: string,
    readonly readings: SentenceReadings,
  ) {}

  get name(): string | null {
    if (this.#read === undefined) this.#read = partyOf(this.paragraph, this.readings);
    return this.#read;
  }
}

/**
 * Paragraphs with no case headings → cases. A paragraph that imposes a sanction closes the case it belongs to;
 * the paragraphs before it (since the previous case) tell its story. A later sanction paragraph that refers back
 * (该公司, 经查…) stays with the open case; paragraphs after the last sanction are commentary, dropped unless
 * they refer back.
 */
export function groupParagraphs(
  paragraphs: readonly string[],
  readings: SentenceReadings = new Map(),
  /** The paragraphs sit under a case's own headline: all before its decision tell its story (no page's lead). */
  headed = false,
): string[][] {
  const groups: string[][] = [];
  let pending: string[] = [];
  let current: string[] | null = null;
  let currentParty: string | null = null;
  /** Inside a decision's evidence list (1．现场检查笔录；2．证人王某的证言；): what proves the story, no story. */
  let evidence = false;
  /** The case above closed with its quoted 落款 (signsAbove): a decision below is another's. */
  let signed = false;
  for (const [i, p] of paragraphs.entries()) {
    // A section label inside the case (处理结果：) keeps the story told above it for the decision below.
    if (OUTCOME_LABEL.test(p)) continue;
    if (evidence && EVIDENCE_ITEM.test(p)) continue;
    evidence = false;
    const next = paragraphs[i + 1];
    // The case's title line above its story: the story tells it in full.
    if (next !== undefined && !/^\p{So}/u.test(p) && !/[！!]$/.test(p) && isHeadline(p, next, readings))
      continue;
    const sanctions =
      !isHeadline(p, next, readings) &&
      imposes(p, readings) &&
      (!p.includes('？') || imposes(withoutQuestions(p), readings));
    const continues = CONTINUES.test(p) || refersBack(p, readings);
    if (sanctions) {
      const party = new LazyParty(p, readings);
      if (
        current &&
        (continues ||
          (currentParty !== null && party.name !== null && samePartyName(party.name, currentParty)) ||
          (pending.length === 0 && !signed && !startsNewParty(p) && !namesParty(p)) ||
          ((currentParty === null || party.name === null) &&
            retells(p, current[current.length - 1]!, readings)))
      ) {
        current.push(...pending, p);
      } else {
        // Before the first case, paragraphs that name no party are the bulletin's introduction.
        // A case's labelled fields (违法时间：…, 处罚依据：…) are its story too.
        const story: string[] = current ? pending : headed ? toldAbove(pending) : firstStory(pending);
        current = [...story, p];
        groups.push(current);
        currentParty = party.name;
      }
      pending = [];
      signed = false;
    } else if (
      current &&
      (((continues || CLOSING_FIELD.test(p)) && pending.length === 0) ||
        isSignature(p) ||
        (signed = signsAbove(p, current[current.length - 1]!, paragraphs[i - 1])))
    ) {
      current.push(p);
    } else if (/[：:]$|如下/.test(p) && p.length < 120) {
      // 以上事实有下列证据证明： — a decision's evidence list follows, inside its story; any other lead opens a list.
      if (EVIDENCE_LEAD.test(p)) evidence = true;
      else if (QUOTES_DOCUMENT.test(p)) pending.push(p);
      else pending = [];
    } else if (NOT_PUNISHED.test(p)) {
      // 决定对其不予行政处罚: a case closed without a penalty (no record), no story of the next case.
      pending = [];
    } else if (isTableRow(p)) {
      // A table's row that imposes nothing (约谈运营单位负责人) is no case, and no story of the next row.
    } else {
      pending.push(p);
    }
  }
  return groups;
}

/** Under a case's own headline, the paragraphs above its decision that are sentences (a bare label is none). */
const toldAbove = (pending: readonly string[]): string[] => pending.filter((x) => /[。！？]$/.test(x));

/** 决定对其不予行政处罚 / 决定免予处罚: a decision not to punish, told as a case's outcome. */
const NOT_PUNISHED = /决定[^。；，]{0,10}?(?:不予|免予)(?:行政)?处罚/;

/** 2023年9月15日 — a day alone on its line. */
const DAY_LINE =
  /^(?:(?:19|20)\d{2}|二[〇○零][〇○零一二三四五六七八九]{2})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;

/**
 * The 落款 of the decision told above, quoted line by line (> 某市互联网信息办公室, read closed by a 。): its unit, or the
 * day right under that unit. Neither is the story of the next case.
 */
function signsAbove(p: string, last: string, before: string | undefined): boolean {
  if (p.length > 30) return false;
  if (p.endsWith('。')) return p.indexOf('，') < 0 && isSignature(p.slice(0, -1));
  // (A page's own signature and day, unclosed, date the page: they are left to the page.)
  return last === before && DAY_LINE.test(p) && last.endsWith('。') && isSignature(last.slice(0, -1));
}

/**
 * A paragraph without its questions (任某受到了处罚，那么物业公司有没有责任呢？): a question asked about a sanction, often
 * retelling the last one, decides nothing; the paragraph's statements may.
 */
const withoutQuestions = (p: string): string => p.replace(/[^。！？]*？/g, '');

/**
 * 《行政处罚决定书》（…号）载明： — a lead quoting the decision below: the quote is the story's decision, no list.
 */
const QUOTES_DOCUMENT = /(?:载明|写明|写道|记载)[：:]$/;

/** 以上事实有下列证据证明： / 上述事实有以下证据予以证实： — the lead of a decision's evidence. */
const EVIDENCE_LEAD = /证据[^。：:]{0,8}(?:证明|证实|佐证)[：:]$/;
const EVIDENCE_ITEM = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])[^。]{0,60}[；;。]?$/;

/**
 * A paragraph that opens the story with the day the online conduct came to light (4月25日，网传…引发关注), not a
 * report's introduction nor an earlier event (7月11日，110接报一起犬只伤人警情).
 */
const OPENS_ON_A_DAY =
  /^(?:[^。！？]{0,16}[。！？]){0,2}(?:(?:19|20)\d{2}年|今年|去年)?\d{1,2}月(?:\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?许?)?|上旬|中旬|下旬)[，,]/;
const ONLINE = /网传|网上|网络|微信|朋友圈|视频|谣言|帖|接到[^，。]{0,12}(?:反映|举报|报警)|报警称/;
/** A report's lead (公布典型案例, 通报, 专项行动以来); 有网民在某平台发布… is the conduct, not a publication of the report. */
const INTRODUCES = /典型案例|公布|通报|(?<!(?:网民|网友|用户|博主|账号)[^，。；]{0,10})发布|专项行动|以来/;

/**
 * The story of the first case among the paragraphs before its decision: those that name a party or a case's field
 * or give the decision's reasons (the rest introduce the bulletin), and every paragraph from one that opens on the day
 * the conduct came to light.
 */
function firstStory(pending: readonly string[]): string[] {
  const day = pending.findIndex((x) => OPENS_ON_A_DAY.test(x) && ONLINE.test(x) && !INTRODUCES.test(x));
  return pending.filter(
    (x, i) =>
      (day >= 0 && i >= day) ||
      PARTY_WORDS.test(x.includes('某') ? x.replace(OFFICIAL, '') : x) ||
      CASE_FIELD.test(x) ||
      REASONS.test(x),
  );
}

/**
 * An official at an event, masked as parties are (宣传部部长刘某某出席并讲话, 刘某某指出): named by a title before or an
 * official's speech after, no party.
 */
const OFFICIAL =
  /(?:书记|部长|局长|主任|县长|市长|区长|厅长|主席|常委)[\u4e00-\u9fff]某{1,2}|[\u4e00-\u9fff]某{1,2}(?=出席|讲话|致辞|主持|指出|强调)/g;

/** 上述事实，有…证据证实。/ 本机关认为，当事人的上述行为违反了… — a decision's evidence and reasons: its story. */
const REASONS = /^(?:(?:上述|以上)(?:违法)?事实|本(?:机关|局|办|厅|委)认为)/;

/** The measured sanctions of a paragraph (a fine's amount, a detention's days): 拘留7日, 罚款300元. */
function measured(p: string, readings: SentenceReadings): string[] {
  return sanctionSentences(p, readings)
    .flatMap((s) => s.sanctions)
    .filter((s) => s.amount_yuan !== null || s.days !== null)
    .map((s) => `${s.kind}|${s.amount_yuan}|${s.days}`);
}

/**
 * A news item tells its one case twice: the lead (发布谣言的人已被拘留7日并处罚款300元), then the body with the
 * decision (违法行为人吴某因…被处以行政拘留7日并处罚款300元). The same measured sanctions, with no other party
 * named, are the same case retold.
 */
function retells(p: string, before: string, readings: SentenceReadings): boolean {
  if (namesOtherUnit(p, before)) return false;
  const here = measured(p, readings);
  const there = measured(before, readings);
  if (here.length === 0 || there.length === 0) return false;
  const [small, large] = here.length <= there.length ? [here, there] : [there, here];
  return small.every((k) => large.includes(k));
}

/** 某教育科技有限公司 / 某网吧: a masked unit written out in a story. */
const MASKED_UNIT = /某[\u4e00-\u9fff]{1,12}?(?:有限公司|公司|网吧|网咖|会所|酒店|宾馆|学校|医院|工作室)/;

/**
 * …发现，某教育科技有限公司…责令其改正，给予警告，并处二万元罚款。 then …发现，某出行服务有限公司…对该公司作出…并处罚款四十万元…，对
 * 主管人员处罚款二万元 — each story names its own masked unit: two cases, however alike their measures.
 */
function namesOtherUnit(p: string, before: string): boolean {
  const here = MASKED_UNIT.exec(p)?.[0];
  const there = here === undefined ? undefined : MASKED_UNIT.exec(before)?.[0];
  return there !== undefined && !samePartyName(here!, there);
}

/** 此外，… / 另外，… — a paragraph turning aside from the story told. */
const ASIDE = /^(?:此外|另外)[，,]/;

/**
 * 3．某药房有限公司…案。…市局责令该公司改正并给予警告。 / 此外，某房产经纪有限公司…不予行政处罚…；某网点员工刘某某…线索移送公安机关
 * — an aside after a headed case about another masked unit, imposing nothing, is no part of that case (its articles,
 * units and dates are another story's).
 */
function asideOfAnother(p: string, c: CaseBlock, readings: SentenceReadings): boolean {
  if (!ASIDE.test(p)) return false;
  const unit = MASKED_UNIT.exec(p)?.[0];
  if (unit === undefined) return false;
  const own = [c.title ?? '', ...c.paragraphs].find((q) => MASKED_UNIT.test(q));
  return own !== undefined && !samePartyName(unit, MASKED_UNIT.exec(own)![0]) && !imposes(p, readings);
}

/** A labelled field of one case (key–value lists, table rows read as lines). */
const CASE_FIELD =
  /^(案件名称|案由|违法时间|违法日期|违法行为|违法事实|处罚机关|执法机关|决定机关|处罚依据|法律依据|处罚结果|处罚内容|处罚决定|处罚种类|(?:当事人|行政相对人|被处罚人)(?:名称|姓名)?|决定日期|处罚日期|作出处罚决定的日期|决定书文号|处罚决定书文号)[：:]\s*\S/;

/** Labels of a case's later sections: what follows decides the case told before them. */
const OUTCOME_LABEL =
  /^【?(调查经过|查处情况|违法事实|处罚依据|法律依据|处罚决定|处罚结果|处理结果|处理情况)】?[：:]?$/;

/**
 * A headline, not a paragraph of the case: a decorated line (▍酒店WiFi不留日志，被警告！, 🔴…, ✅…) or a short
 * exclamation with no sentence in it. Its sanction words announce the case below; they impose nothing.
 */
function isHeadline(p: string, next: string | undefined, readings: SentenceReadings): boolean {
  if (p.length > 40 || /[。；;]/.test(p)) return false;
  if (/^\p{So}/u.test(p) || (p.length <= 30 && /[！!]$/.test(p) && !/《/.test(p))) return true;
  return next !== undefined && summarises(p, next, readings);
}

/**
 * A bare line (no sentence end) whose sanctions the next paragraph imposes too (铜山网警：一学校网站…被警告, then
 * the story and the decision): it is the title of the case told below, not a case of its own.
 */
function summarises(line: string, next: string, readings: SentenceReadings): boolean {
  // The story below is told in sentences, and at length: two headlines in a row are two cases.
  if (next.length < line.length * 2 || !/[。！？]/.test(next)) return false;
  if (/[，,。！？!?：:]$/.test(line) || !SANCTION_CUE.test(line) || !imposes(next, readings)) return false;
  const kinds = (t: string): Set<string> =>
    new Set(
      sanctionSentences(t, readings).flatMap((s) =>
        s.generic ? ['penalty'] : s.sanctions.map((x) => x.kind),
      ),
    );
  const own = kinds(line);
  const told = kinds(next);
  return own.size > 0 && [...own].every((k) => told.has(k) || (k === 'penalty' && told.size > 0));
}

/** What follows 对当事人 when it is the object of the decision, not a longer word (当事人张某). */
const TO_THE_PARTY = /^(?:作出|给予|予以|处以|处|罚|警告|责令|依法|[^\u4e00-\u9fff])/;

/**
 * The paragraph sanctions 该X (对该网吧…) without having named an X before: it continues the story told above
 * (a news lead, then the decision). 某电商平台…对该平台 names its own party and starts a case.
 */
function refersBack(p: string, readings: SentenceReadings): boolean {
  // 本机关决定对当事人作出如下行政处罚 — a decision document names its party 当事人 in its own heading block above.
  // 依据该法第六十四条的规定作出上述处罚: the penalty the story told above (a decision told before its facts) — unless
  // the paragraph told its own decision before (…对某酒店作出警告…。…依据该法第六十一条对其作出上述处罚).
  if (p.includes('上述')) {
    const above = ABOVE_PENALTY.exec(p);
    if (above && !imposes(p.slice(0, above.index), readings)) return true;
  }
  const party = p.indexOf('对当事人');
  if (party >= 0 && TO_THE_PARTY.test(p.slice(party + 4)) && !/某/.test(p.slice(0, party))) return true;
  const m =
    /(对|给予|责令)(该|其|上述)([\u4e00-\u9fff]{0,6}?)(?=给予|予以|处以|作出|进行|处|罚|警告|责令|行政|依法|没收|吊销|改正|整改|限期|[^\u4e00-\u9fff]|$)/.exec(
      p,
    );
  if (!m) return false;
  if (m[2] === '其' || m[3] === '') {
    const before = p.slice(0, m.index);
    return !/某/.test(before) && !NAMED_SUBJECT.test(before) && !findsAnother(before);
  }
  const head = m[3]!.slice(-2);
  return !namedBefore(p.slice(0, m.index), head);
}

/** 作出上述处罚 / 给予上述行政处罚: the penalty already told, decided again in the words of the law cited. */
const ABOVE_PENALTY = /(?:作出|给予|予以)上述(?:行政)?处罚/;

/**
 * A unit named in full as a clause's subject (…发现，枫港区某某网咖有限公司接纳…): the paragraph's 其 is that unit, not
 * the case told above. 辖区网吧 after 对/在 and 该网吧 are no names.
 */
const NAMED_SUBJECT =
  /(?:^|[，,。；：\s]|发现|查明|经查)(?!涉事|涉案|相关|上述|当事)(?:(?![该其此这对在向从把被的])[\u4e00-\u9fff]){2,16}?(?:有限公司|公司|网吧|网咖|会所|酒店|宾馆|医院|学校|工作室|诊所|商行|经营部|服务部)(?![\u4e00-\u9fff]{0,2}(?:局|委|办))/;

/** A speaker's pronoun before a unit's word (他们公司, 他的单位): a reference back, not a name. */
const PRONOUN_BEFORE = /(?:他们|她们|他的|她的|他|她)$/;

/** `head` (公司, 网吧) written before as a name of its own, not as 他们公司. */
function namedBefore(before: string, head: string): boolean {
  for (let at = before.indexOf(head); at >= 0; at = before.indexOf(head, at + 1)) {
    // A bare 公司 opening a clause (公司那边我们也查了) names nothing either.
    const prev = before.charCodeAt(at - 1);
    if (
      at > 0 &&
      prev >= 0x3400 &&
      prev <= 0x9fff &&
      !PRONOUN_BEFORE.test(before.slice(Math.max(0, at - 2), at))
    )
      return true;
  }
  return false;
}

/** The party a paragraph sanctions, when it names one (对李某作出…, 给予某公司…). */
function partyOf(p: string, readings: SentenceReadings): string | null {
  const penalty = sanctionSentences(p, readings)
    .map((s) => p.slice(s.start, s.end))
    .join('');
  const guess = extractParty(penalty, [p]);
  return guess?.explicit && !/^(该|其|此)/.test(guess.name) ? guess.name : null;
}

/** What a name says before its masked core (某某县 in 某某县某公司). */
const BEFORE_MASK = /^.*?(?=某)/;

/** 李某 and 李某, 某汽车销售服务有限公司 and 某公司: the same party (core nouns contain each other). */
function samePartyName(a: string, b: string): boolean {
  const x = a.replace(BEFORE_MASK, '');
  const y = b.replace(BEFORE_MASK, '');
  return (
    x === y ||
    (x.length >= 2 &&
      y.length >= 2 &&
      /某/.test(x + y) &&
      x.length > 2 &&
      y.length > 2 &&
      (x.includes(y) || y.includes(x)))
  );
}

/** Words by which a paragraph names or refers to a party (某公司, 一教育培训机构, 该公司, 其; 我校 in its own statement). */
const PARTY_WORDS =
  /(?:网民|网友|博主|用户)“|某|该|其(?!他|它|中|余|次|实|后)|(?:我|本)(?:校|院|公司)|一(家|名|个)?[\u4e00-\u9fff]{0,8}(公司|企业|机构|网站|平台|网吧|医院|学校|店|工作室)/;

/** A party named in any sentence (…检查中发现，辖区一快捷酒店（经营单位：某酒店管理有限公司）…), not only the first. */
const namesPartyAnywhere = (p: string): boolean => p.includes('某') && (namesParty(p) || MASKED_NAME.test(p));
const MASKED_NAME =
  /[\u4e00-\u9fff]某{1,2}|某[\u4e00-\u9fff]{1,12}(?:公司|网吧|网咖|酒店|宾馆|学校|医院|中心|工作室)/;

/** A short transition sentence before a paragraph's first sentence (无独有偶。, 无独有偶！): it names no one. */
const TRANSITION = /^[^。！？，某]{2,6}[。！？]/;

/**
 * The first sentence of a paragraph names a party of its own (无锡某教育咨询公司…): a new case. A short transition
 * before it (无独有偶。同期，…对某培训学校…) is passed over.
 */
function namesParty(p: string): boolean {
  const skip = TRANSITION.exec(p);
  const body = skip ? p.slice(skip[0].length) : p;
  const end = body.search(/[。！？]/);
  const first = end < 0 ? body : body.slice(0, end);
  return first.includes('某') && !/^(经|该|其|对此|同时|随后)/.test(body);
}

/**
 * 对。去年的一个案子很有代表性 / 再讲一起案件: a speaker turning to another case (after a short reply at most); 还有一起比较典型。
 * / 另有一例也值得一说： — one more case announced without the word 案 (还有/另有/再举 + 一起/一例).
 */
const TELLS_A_CASE =
  /^(?:[^。！？，]{0,4}[。！？，])?[^。！？，]{0,12}(?:一个|一起)(?:案子|案件|案例)|^(?:还有|另有|再有|又有|再举|再说|再讲)一(?:起|例|宗)[^。！？，：]{0,12}[。！？，：]/;

/** 此外，检查期间网安大队还查处了一起…的案件。 — a first sentence announcing one more case, told after it. */
const ANNOUNCES_A_CASE = /^[^。！？]{0,30}(?:查处|查办|侦办|办理)了?一起[^。！？]{0,40}?案(?:件)?[。！？]/;

/** 记者了解到，同一时期，网安支队还查处了本地另一款健身类App。 — a first sentence turning to another party's case. */
const ANOTHER_PARTY =
  /^[^。！？]{0,30}(?:查处|查办|处罚|处理)了?[^。！？]{0,8}另一(?:款|家|个|名|起)[^。！？]{0,20}[。！？]/;

/**
 * 同日，该局还查实资江县另一家网咖…，依据…对其给予警告 — a first sentence that finds another unit or person than the case
 * before: its 其 is that one, and its decision a case of its own.
 */
const FINDS_ANOTHER =
  /^[^。！？]{0,24}(?:查实|查明|查获|查处|发现|检查)[^。！？，,]{0,12}另一(?:家|名|个|款|所)[\u4e00-\u9fff]/;
const findsAnother = (p: string): boolean => p.includes('另一') && FINDS_ANOTHER.test(p);

/** A paragraph that opens with its own date or a named party starts a new case even right after another. */
function startsNewParty(p: string): boolean {
  if (p.includes('另一') && (ANOTHER_PARTY.test(p) || FINDS_ANOTHER.test(p))) return true;
  // 对。去年的一个案子很有代表性。… — a speaker's reply, then a new case announced.
  if (
    (p.includes('一个') || p.includes('一起') || p.includes('一例') || p.includes('一宗')) &&
    (TELLS_A_CASE.test(p) || ANNOUNCES_A_CASE.test(p))
  )
    return true;
  return /^(\d{1,2}[.、．]\s*)?((19|20)\d{2}年|[0-9一二三四五六七八九十]{1,2}月|近日|近期|日前|[\u4e00-\u9fff]{1,8}(公安|网安|网信|警方)|针对(?!此|该|上述|其|这))/.test(
    p,
  );
}

export function segment(text: string, readings: SentenceReadings = new Map()): Segmentation {
  const { lines, publishedYear, noteLines } = classify(splitInlineItems(tableRowsToSentences(text)));
  const seg = segmentLines(text, lines, publishedYear, readings);
  // 未履行数据安全保护义务① with ① 《…》第二十七条第一款… under 注释：: the note's articles read where its mark is.
  const notes = noteLines.length === 0 ? null : citingNotes(noteLines);
  if (notes !== null && notes.size > 0)
    for (const c of seg.cases) c.paragraphs = c.paragraphs.map((p) => notesInPlace(p, notes));
  return seg;
}

function segmentLines(
  text: string,
  lines: readonly Line[],
  publishedYear: number | null,
  readings: SentenceReadings,
): Segmentation {
  const form = formBlocks(lines.map((l) => l.text));
  if (form) {
    const cases = form.blocks.map((b): CaseBlock => ({ ...b, theme: null, lesson: null }));
    return { preamble: form.preamble, cases, mode: 'form', caseStyle: null, publishedYear };
  }
  const picked = pickCaseStyle(lines, readings);
  if (picked) {
    // 一、 categories with bold case titles under them (湖南 净网2019): the titles are the cases, 一、 the themes.
    const titles = caseTitleLines(lines, readings);
    if (titles.size >= picked.count) {
      const promoted = lines.map((l, i): Line =>
        titles.has(i)
          ? { text: l.text, titleLike: false, heading: { style: 'title', ordinal: null, rest: l.text } }
          : l,
      );
      return { ...segmentByHeadings(promoted, 'title', readings), publishedYear };
    }
    const byHeadings = segmentByHeadings(lines, picked.style, readings, picked.outer);
    if (picked.style === 'symbol') leadStoryCase(byHeadings, readings);
    else if (text.includes('上述处罚') || text.includes('上述行政处罚'))
      decisionsInLead(byHeadings, readings);
    if (picked.count <= 2 && picked.style === 'symbol') storyAboveCase(byHeadings.cases, readings);
    return { ...byHeadings, publishedYear };
  }
  return {
    ...(segmentByTitles(lines, readings) ?? segmentByParagraphs(lines, readings)),
    publishedYear,
  };
}

function segmentByHeadings(
  lines: readonly Line[],
  caseStyle: HeadingStyle,
  readings: SentenceReadings,
  outer?: ReadonlySet<HeadingStyle>,
): Omit<Segmentation, 'publishedYear'> {
  const preamble: string[] = [];
  const cases: CaseBlock[] = [];
  let theme: string | null = null;
  let current: CaseBlock | null = null;
  /** Cases not yet covered by a lesson. */
  let sinceLesson: CaseBlock[] = [];
  /** The paragraphs of a section opened after a case (an outer heading), while no case heading follows it. */
  let section: string[] | null = null;
  /** Heading styles seen before the first case heading: the page's own sections, around its cases. */
  const above = new Set<HeadingStyle>();

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.lesson !== undefined) {
      // A bare label (网警提醒·以案说法) says nothing itself: the paragraphs below are the lesson.
      const lesson = line.lesson === '' ? [] : [line.lesson];
      const text = line.lesson === '' ? null : line.lesson;
      for (const c of sinceLesson) c.lesson = text;
      const covered = sinceLesson;
      sinceLesson = [];
      // Later paragraphs of the same lesson (before the next heading) extend it.
      const asked = line.text.endsWith('？') || line.text.charCodeAt(0) === ASK;
      while (i + 1 < lines.length && plainLine(lines[i + 1]!)) {
        if (asked && answerTellsCase(lines[i + 1]!.text, readings)) {
          i = answeredCases(lines, i + 1, caseStyle, theme, readings, cases, sinceLesson);
          break;
        }
        lesson.push(lines[++i]!.text);
        for (const c of covered) c.lesson = lesson.join('\n');
      }
      current = null;
      continue;
    }
    const h = line.heading;
    if (h && h.style === caseStyle) {
      const split = splitHeadingRest(h.rest);
      const body = split.body;
      let title = split.title;
      if (title === null && body === null) {
        const next = lines[i + 1];
        if (
          next &&
          !next.heading &&
          next.lesson === undefined &&
          isTitleLike(next.text.replace(/[！!]$/, '')) &&
          !sectionLabel(next.text)
        ) {
          title = next.text;
          i++;
        }
      }
      current = { title, theme, lesson: null, paragraphs: body ? [body] : [] };
      section = null;
      cases.push(current);
      sinceLesson.push(current);
      continue;
    }
    if (h !== undefined && cases.length === 0) above.add(h.style);
    // Cases found inside sections (nestedCaseStyle): each section heading closes the case before it — also a heading
    // of a style the page used above its first case (一、总体情况 / 二、典型案件 / ▲… / 三、下一步工作).
    if (h !== undefined && (outer?.has(h.style) === true || (current !== null && above.has(h.style)))) {
      theme = h.rest.replace(/[：:]$/, '') || null;
      current = null;
      section = [];
      continue;
    }
    // The page's headline (its first line) is not a section theme, even right before the first case.
    if (h || (line.titleLike && !current && i > 0)) {
      // An outer heading right before a case heading (possibly after its own short intro) is a theme.
      const next = lines[i + 1];
      // The last entry of a list inside the case (3．网站名称：…，主办者：…。) is a sentence, never a theme.
      const sentence = /[。；;]$/.test(line.text);
      if (
        (next?.heading?.style === caseStyle && !sentence) ||
        (h?.style === 'symbol' && h.rest.length <= 40)
      ) {
        theme = (h ? h.rest : line.text).replace(/[：:]$/, '') || null;
        current = null;
        continue;
      }
    }
    // A letter's addressee (各部门：) and lead (现将有关情况通报如下：) before the first case's story introduce the page.
    if (current && cases.length === 1 && current.paragraphs.length === 0 && LETTER_LEAD.test(line.text))
      preamble.push(line.text);
    else if (current) {
      if (!asideOfAnother(line.text, current, readings)) current.paragraphs.push(line.text);
    } else if (cases.length === 0) preamble.push(line.text);
    else if (section) {
      // A section that tells its one case without a case heading (二、市公安局查处的案件 / 某某案。经查，…处罚款…):
      // its paragraphs up to the one that imposes are that case, when they name a party (某).
      section.push(line.text);
      if (imposes(line.text, readings) && section.some(namesPartyAnywhere)) {
        current = { title: null, theme, lesson: null, paragraphs: section };
        cases.push(current);
        sinceLesson.push(current);
        section = null;
      }
    }
  }
  return {
    preamble,
    cases: cases.filter((c) => c.paragraphs.length > 0).flatMap((c) => splitEntries(c, readings)),
    mode: 'headings',
    caseStyle,
  };
}

const ASK = '问'.charCodeAt(0);
const plainLine = (l: Line): boolean => !l.heading && l.lesson === undefined && !l.titleLike;

/**
 * 问：这两起案件是什么情况？ / 答：第一起涉及某公司…对该公司作出…罚款… / 第二起涉及…: an answer to a question under a
 * case heading (a press Q&A, 答记者问) that tells cases of its own is not the lesson: it and the paragraphs after it
 * up to the next question or case heading (第二起… reads as a heading of another style), grouped by party, are cases
 * (added to `cases` and `sinceLesson`). Returns the index of the last line read.
 */
function answeredCases(
  lines: readonly Line[],
  from: number,
  caseStyle: HeadingStyle,
  theme: string | null,
  readings: SentenceReadings,
  cases: CaseBlock[],
  sinceLesson: CaseBlock[],
): number {
  const body: string[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.lesson !== undefined || l.titleLike || (l.heading !== undefined && l.heading.style === caseStyle))
      break;
    body.push(l.text);
  }
  for (const g of groupParagraphs(body, readings)) {
    const c: CaseBlock = { title: null, theme, lesson: null, paragraphs: g };
    cases.push(c);
    sinceLesson.push(c);
  }
  return i - 1;
}

/** 各系（部）、各部门： / …现将有关情况通报如下： — a letter's addressee or its lead into the story. */
const LETTER_LEAD = /^[^。；]{2,20}[：:]$|如下[：:]$/;

/** An entry that opens with its party (某公司（7月）：…; a table row 单位：某公司，…; 一是某公司…案。). */
const ENTRY = /^(?:[^。：，]{2,40}：|[一二三四五六七八九十]是)/;

/**
 * A heading over several entries, each naming its own party and imposing something (二、数据安全法 / 某医疗器械有限公司
 * （7月）：…处罚款30万元 / 某电商服务有限公司（10月）：…处罚款8万元; a table's rows under a section heading): the
 * heading is a section and each entry a case, with the heading as its theme. Paragraphs before the first entry tell
 * its story; a paragraph after an entry that imposes nothing stays with it.
 */
function opensEntry(p: string, readings: SentenceReadings): boolean {
  return ENTRY.test(p) && namesParty(p) && imposes(p, readings);
}

function splitEntries(block: CaseBlock, readings: SentenceReadings): CaseBlock[] {
  if (block.paragraphs.length < 2) return [block];
  let entries = 0;
  for (const p of block.paragraphs) if (opensEntry(p, readings)) entries++;
  if (entries < 2) return [block];
  const out: CaseBlock[] = [];
  let current: CaseBlock | null = null;
  for (const p of block.paragraphs) {
    if (isTableRow(p) && !imposes(p, readings)) continue;
    if (opensEntry(p, readings) && current !== null && current.paragraphs.some((q) => imposes(q, readings))) {
      current = { title: null, theme: block.title ?? block.theme, lesson: block.lesson, paragraphs: [p] };
      out.push(current);
    } else if (current === null) {
      current = { ...block, title: null, theme: block.title ?? block.theme, paragraphs: [p] };
      out.push(current);
    } else current.paragraphs.push(p);
  }
  return out;
}

/** A line that is only the name of an enforcing unit: the signature of a decision or notice. */
const isSignature = (line: string): boolean => signatureUnit(line) !== null;

/**
 * The story a feature tells above its one case's title, under subheadings of its own (孩子刚报名…被罚 / lead / 一通举报电话
 * / … / 10月下旬作出处罚): the prose from the first paragraph on, when two title lines at least cut it before the case's
 * title.
 */
function subheadedStory(lines: readonly Line[], start: number): { from: number; story: string[] } | null {
  const prose = (l: Line): boolean => !l.titleLike && !l.heading && l.lesson === undefined;
  // The story opens with a paragraph of sentences (a run of words), not with the page's masthead or navigation.
  const from = lines.findIndex(
    (l) => prose(l) && /[。！？]/.test(l.text) && /[\u4e00-\u9fff“”]{12}/.test(l.text),
  );
  if (from < 0 || from >= start) return null;
  // Two subheadings at least: one title line among the prose may be a photo's caption.
  const cuts = new Set<string>();
  for (let i = from + 1; i < start; i++) if (lines[i]!.titleLike) cuts.add(lines[i]!.text);
  // …or one, when the case's own title is a cross-head too (诈骗电话牵出信息泄露 / 从严处罚): short, no sentence.
  if (cuts.size < (isCrossHead(lines[start]!.text) ? 1 : 2)) return null;
  const story = lines
    .slice(from, start)
    .filter(prose)
    .map((l) => l.text);
  return { from, story };
}

/** A feature's cross-head: a few words on a line of their own, no sentence and no figure (从严处罚). */
const isCrossHead = (line: string): boolean => line.length <= 10 && /^[\u4e00-\u9fff]+$/.test(line);

/** Whether the text after the first lesson line imposes a sanction. */
function imposesAfterLesson(lines: readonly Line[], readings: SentenceReadings): boolean {
  const first = lines.findIndex((l) => l.lesson !== undefined);
  if (first < 0) return false;
  let after = '';
  for (let i = first + 1; i < lines.length; i++)
    if (lines[i]!.lesson === undefined) after += lines[i]!.text + '\n';
  return imposes(after, readings);
}

/** 本报讯（记者…）…记者昨日从市公安局获悉，… — a paper's lead in one paragraph, summing up the story told below. */
const NEWS_LEAD = /^[^。！？\n]{0,12}(?:本报讯|记者[^。！？\n]{0,20}获悉)/;
const newsLead = (scope: string): boolean =>
  scope.indexOf('\n') === scope.length - 1 && scope.includes('讯') && NEWS_LEAD.test(scope);

/** Bold-title bulletins: title lines whose sections impose sanctions. */
function segmentByTitles(
  lines: readonly Line[],
  readings: SentenceReadings,
): Omit<Segmentation, 'publishedYear'> | null {
  const starts: number[] = [];
  let firstScope = '';
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.titleLike) continue;
    let j = i + 1;
    let scope = '';
    while (j < lines.length && !lines[j]!.titleLike && lines[j]!.lesson === undefined)
      scope += lines[j++]!.text + '\n';
    if (scope !== '' && imposes(scope, readings)) {
      if (starts.length === 0) firstScope = scope;
      starts.push(i);
    }
  }
  if (starts.length === 0) return null;
  /** The first title was dropped for a paper's lead: the story under the subheadings opens the first case. */
  let led = false;
  // The headline's second line (一家公司信息泄露，被罚15万元) over a lead that says only 被依法处罚: the lead opens the
  // story of the case a later section decides, not a case of its own. So is a paper's lead (本报讯…) summing it up.
  if (
    starts.length >= 2 &&
    starts[0]! > 0 &&
    lines[starts[0]! - 1]!.titleLike &&
    ((starts[0]! <= 2 &&
      lines[0]!.titleLike &&
      sanctionSentences(firstScope, readings).every((x) => x.generic)) ||
      (led = newsLead(firstScope)))
  )
    starts.shift();
  // Only the page's headline, and cases told after a lesson under it (a programme's guest explains the law, then
  // tells another case): the paragraphs, not the headline, carry the cases.
  if (starts.length === 1 && starts[0] === 0 && imposesAfterLesson(lines, readings)) return null;
  /** Where the story of a feature cut by subheadings begins (see subheadedStory), when the page is one. */
  let toldFrom: number | null = null;
  let headline: string | null = null;
  let lead: string[] = [];
  const cases: CaseBlock[] = [];
  let sinceLesson: CaseBlock[] = [];
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    let body: string[] = [];
    for (let i = s + 1; i < end; i++) {
      const l = lines[i]!;
      if (l.lesson !== undefined) {
        for (const c of sinceLesson) c.lesson = l.lesson === '' ? null : l.lesson;
        sinceLesson = [];
        break;
      }
      // Other title lines are page furniture, except a signature (某省互联网信息办公室) that names the agency.
      if (l.titleLike && !isSignature(l.text)) continue;
      body.push(l.text);
    }
    // A feature's subheadings (一通举报电话 / 顺藤摸瓜) cut the story of its one case: the prose above its title tells it.
    const subheaded = starts.length === 1 ? subheadedStory(lines, s) : null;
    const told =
      subheaded !== null && (led || groupParagraphs(body, readings).length === 1) ? subheaded : null;
    if (told !== null) {
      body = [...told.story, ...body];
      toldFrom = told.from;
    }
    // Under one of several case headlines (not the page's), the story above the decision is the case's own.
    const groups = groupParagraphs(body, readings, told === null && s > 0 && starts.length > 1);
    // The page's own headline (first line) titles the page, not a case: compose one instead.
    // A bare marker (💡案例1) numbers the case: its headline below, or a composed title, names it.
    // A headline that the story below tells in full (一学校网站存在漏洞被警告) does title its only case.
    const pageTitle =
      s === 0 &&
      !/案(件)?$/.test(lines[0]!.text) &&
      !(groups.length === 1 && summarises(lines[0]!.text, body[0] ?? '', readings));
    const title = pageTitle || isMarker(lines[s]!.text) || told !== null ? null : lines[s]!.text;
    const headlines = headlineTitles(body, groups, readings);
    // The one title over several cases (2026年上半年我县网络违法案件查处情况) heads the page: it is the page's context
    // (the year of 1月14日 told below it), and so is the lead under it, above the first case's story (为贯彻…，3月上旬至
    // 3月下旬，某大队…开展执法检查: the month of the cases that state no date of their own).
    if (starts.length === 1 && s > 0 && groups.length >= 2) {
      headline = lines[s]!.text;
      lead = body.slice(0, Math.max(0, body.indexOf(groups[0]![0]!)));
    }
    for (const [k, g] of groups.entries()) {
      const dated = lines[s]!.dated;
      const c: CaseBlock = {
        title: groups.length === 1 && title !== null ? title : (headlines[k] ?? null),
        theme: null,
        lesson: null,
        paragraphs: g,
        ...(dated !== undefined ? { published: dated } : {}),
      };
      cases.push(c);
      sinceLesson.push(c);
    }
  });
  // The page headline (line 0) may start the only case; it is also the context (year, issuing unit).
  // (Built by a loop, not .map(): on the .map() result the rare push of a headline (one page in the bench) met an array
  // map its optimised code had not seen ("wrong map"), deoptimising this function; its re-optimisation, ~17 ms of
  // compiling (~80 M instructions), fell inside or outside the bench's measured passes by chance.)
  const preamble: string[] = [];
  const until = toldFrom ?? Math.max(starts[0]!, starts[0] === 0 ? 1 : 0);
  for (let i = 0; i < until; i++) preamble.push(lines[i]!.text);
  if (headline !== null) preamble.push(headline);
  for (const p of lead) preamble.push(p);
  return { preamble, cases, mode: 'titles', caseStyle: 'title' };
}

/**
 * A feature cut by cross-heads (■凌晨两点的“异常” / ■“测试库”里为何是真数据？ / ■两家企业均被处罚) whose one imposing
 * section tells the decision: the sections above it, imposing nothing, tell its story (the day of the
 * discovery, the facts). Their paragraphs open that case, in place (the sections are removed).
 */
function storyAboveCase(cases: CaseBlock[], readings: SentenceReadings): void {
  const imposing = cases.map((c) => imposes(c.paragraphs.join('\n'), readings));
  const k = imposing.indexOf(true);
  // A lesson between them (set on the sections before it only) closes the story.
  const lesson = cases[k]?.lesson;
  if (k <= 0 || imposing.lastIndexOf(true) !== k || cases.slice(0, k).some((c) => c.lesson !== lesson))
    return;
  const story = cases.slice(0, k).flatMap((c) => c.paragraphs);
  cases[k] = { ...cases[k]!, paragraphs: [...story, ...cases[k]!.paragraphs] };
  cases.splice(0, k);
}

/**
 * A feature that tells its first case in the lead, before its first cross-head (■…): a lead paragraph deciding about
 * a named party under a cited article (…依据《…》第…条…，对该店经营者王某给予警告) closes a case of its own, told from the
 * story's first paragraph of sentences (not the masthead, headline or 副题) up to it; it leaves the preamble.
 */
function leadStoryCase(seg: Omit<Segmentation, 'publishedYear'>, readings: SentenceReadings): void {
  const { preamble } = seg;
  let last = -1;
  for (let i = preamble.length - 1; i >= 0 && last < 0; i--) {
    const p = preamble[i]!;
    if (p.includes('《') && DECIDES.test(p) && imposes(p, readings)) last = i;
  }
  if (last < 0) return;
  // The decisions right after it about the story's other parties (…的网民姚某，派出所依法对其处以罚款三百元) close it.
  while (
    last + 1 < preamble.length &&
    DECIDES.test(preamble[last + 1]!) &&
    imposes(preamble[last + 1]!, readings)
  )
    last++;
  const from = preamble.findIndex((p) => /[。！？]/.test(p) && /[\u4e00-\u9fff“”]{12}/.test(p));
  if (from < 0 || from > last) return;
  const paragraphs = preamble.splice(from, last - from + 1);
  // Grouped by party, as a page without headings is: the story's parties decided apart are cases apart.
  const groups = groupParagraphs(paragraphs, readings);
  seg.cases.unshift(
    ...(groups.length > 1 ? groups : [paragraphs]).map((g) => ({
      title: null,
      theme: null,
      lesson: null,
      paragraphs: g,
    })),
  );
}

/**
 * A lead that gives the decisions (9月8日，某网信办对甲公司作出…；同日，对乙公司作出…) above cases that each tell their facts
 * and law and end …作出上述处罚: the lead's last imposing paragraph is a case block of its own, first (the decisions the
 * cases below refer back to: decisionsToldFirst in retold-cases.ts), no longer the preamble.
 */
function decisionsInLead(seg: Omit<Segmentation, 'publishedYear'>, readings: SentenceReadings): void {
  const { preamble, cases } = seg;
  if (!cases.some((c) => c.paragraphs.some((p) => p.includes('上述') && ABOVE_PENALTY.test(p)))) return;
  for (let i = preamble.length - 1; i >= 0; i--) {
    const p = preamble[i]!;
    if (!/[。！？]$/.test(p) || !imposes(p, readings)) continue;
    cases.unshift({ title: null, theme: null, lesson: null, paragraphs: preamble.splice(i, 1) });
    return;
  }
}

/** A bare item marker (✅NO.1, 案例2, 03): it numbers a case, it does not name it. */
const isMarker = (p: string): boolean =>
  /^[\p{So}\uFE0F\s]*(NO\.?|No\.?|案例|第)?\s*[0-9一二三四五六七八九十]{1,3}\s*[.、:：）)]?$/u.test(p);

/**
 * The headline right above each case's story (▍酒店WiFi不留日志，被警告！ after ✅NO.1) titles it, without its
 * decoration; a case with no headline of its own gets none (the extractor composes one).
 */
function headlineTitles(
  paragraphs: readonly string[],
  groups: readonly string[][],
  readings: SentenceReadings,
): (string | null)[] {
  let cursor = 0;
  return groups.map((g) => {
    const story = g.find(
      (p) => !isHeadline(p, paragraphs[paragraphs.indexOf(p, cursor) + 1], readings) && !isMarker(p),
    );
    const k = story === undefined ? -1 : paragraphs.indexOf(story, cursor);
    if (k < 0) return null;
    let title: string | null = null;
    for (
      let j = k - 1;
      j >= cursor && (isHeadline(paragraphs[j]!, paragraphs[j + 1], readings) || isMarker(paragraphs[j]!));
      j--
    ) {
      const text = paragraphs[j]!.replace(/^[\p{So}\uFE0F\u200d\s]+/u, '').trim();
      if (!isMarker(paragraphs[j]!) && (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4) {
        title = text;
        break;
      }
    }
    const last = paragraphs.indexOf(g[g.length - 1]!, k);
    cursor = last >= 0 ? last + 1 : k + 1;
    return title;
  });
}

/** A paragraph after a lesson's heading that is still the lesson: no heading, title, or new case's opening. */
const continuesLesson = (l: Line, readings: SentenceReadings): boolean =>
  l.lesson === undefined &&
  !l.heading &&
  !l.titleLike &&
  !DECIDES.test(l.text) &&
  (EXPLAINS.test(l.text)
    ? !answerTellsCase(l.text, readings)
    : !startsNewParty(l.text) && !namesParty(l.text));

/**
 * 答：…2019年8月，我们发现…男子付某…县公安局依据…，给予付某警告 — an answer telling a case of its own: a masked party
 * (某) and a measure imposed, not the law's ranges quoted (…的，由…处…以下罚款 decides nothing).
 */
const answerTellsCase = (p: string, readings: SentenceReadings): boolean =>
  p.includes('某') && MASKED_NAME.test(p) && imposes(p, readings);

/**
 * 对该公司给予警告 / 对王某处以… / 责令某公司改正，给予警告 / 卢某已被某分局，依据…，处以…(passive): a decision about a
 * party (a statute quoted in a lesson decides nothing).
 */
const DECIDES =
  /对(该|其|[^，。；]{0,12}某)[^，。；]{0,12}?(处以|处罚款|给予|予以|作出)|某(?:已|均|先后)?被[^。；]{0,60}?(?:处以|处罚款|给予|予以)|责令[^，。；]{0,12}某[^，。；]{0,16}?(?:限期)?改正[，,](?:并|同时)?(?:处以|处罚款|给予|予以|罚款)/;

/** The paragraphs read since the last lesson, grouped into cases (added to `cases` and `sinceLesson`); emptied. */
function flushParagraphs(
  paragraphs: string[],
  cases: CaseBlock[],
  sinceLesson: CaseBlock[],
  readings: SentenceReadings,
): void {
  const groups = groupParagraphs(paragraphs, readings);
  const titles = headlineTitles(paragraphs, groups, readings);
  for (const [k, g] of groups.entries()) {
    const c: CaseBlock = { title: titles[k] ?? null, theme: null, lesson: null, paragraphs: g };
    cases.push(c);
    sinceLesson.push(c);
  }
  paragraphs.length = 0;
}

function segmentByParagraphs(
  lines: readonly Line[],
  readings: SentenceReadings,
): Omit<Segmentation, 'publishedYear'> {
  const paragraphs: string[] = [];
  const cases: CaseBlock[] = [];
  let sinceLesson: CaseBlock[] = [];
  const preamble: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.lesson !== undefined) {
      flushParagraphs(paragraphs, cases, sinceLesson, readings);
      // Its paragraphs (statutes quoted, advice) follow until a paragraph opens a case of its own.
      const lesson = l.lesson === '' ? [] : [l.lesson];
      while (i + 1 < lines.length && continuesLesson(lines[i + 1]!, readings)) lesson.push(lines[++i]!.text);
      for (const c of sinceLesson) c.lesson = lesson.join('\n');
      sinceLesson = [];
      continue;
    }
    if (cases.length === 0 && paragraphs.length === 0 && (l.titleLike || l.heading)) {
      preamble.push(l.text);
      continue;
    }
    paragraphs.push(l.text);
  }
  flushParagraphs(paragraphs, cases, sinceLesson, readings);
  return { preamble, cases, mode: 'paragraphs', caseStyle: null };
}
