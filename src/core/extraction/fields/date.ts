/**
 * Dates as bulletins write them, at the precision given: 2019年10月28日 → 2019-10-28, 2021年1月份 → 2021-01,
 * 2021年3月底 → 2021-03, 2021年 → 2021, 7月份 → YYYY-07 with the year from the context (the case's earlier
 * dates, then the bulletin's: 2024年第三季度, a dateline). No year anywhere → null: never guessed.
 */
import type { PartialDate } from '../../shared/dates.js';
import { isPartialDate } from '../../shared/dates.js';
import { tryParseChineseInteger } from '../../shared/numerals.js';
import { allMatches } from '../../shared/regex.js';

export interface DateMention {
  /** ISO partial date, or null when the year is unknown. */
  date: PartialDate | null;
  start: number;
  end: number;
  /** The year was written (not taken from the context). */
  explicitYear: boolean;
  /**
   * A year that opens or spans a period (自2019年上线后, 今年上半年), not a point in it: a later date with a month
   * dates the case better.
   */
  period?: true;
  /** 同日/当日: the day told last, not a date of its own. */
  same?: true;
}

const N = '[0-9一二三四五六七八九十〇零两]';
const YEAR = '(?:19|20)\\d{2}|[一二〇零][〇零一二三四五六七八九]{3}';
const RELATIVE_YEAR = '今年|去年|本年|同年|当年';
/**
 * The lookahead lets the year and month parts (each optional) match only where one of them is there: an empty
 * match at every numeral, 本 and 当 of a text would cost an exec and a match object each.
 */
const DATE = new RegExp(
  `(?<iy>(?:19|20)\\d{2})[-./](?<im>\\d{1,2})[-./](?<id>\\d{1,2})(?!\\d)|` +
    // 20230103日: the digits run together, closed by 日 (not preceded by a digit: checked where it matched).
    `(?<cy>(?:19|20)\\d{2})(?<cm>0[1-9]|1[0-2])(?<cd>0[1-9]|[12]\\d|3[01])日|` +
    `(?<same>同日|当日)|` +
    `(?=(?:${YEAR})年|${RELATIVE_YEAR}|${N}{1,2}月)(?:(?<y>${YEAR})年|(?<rel>${RELATIVE_YEAR}))?` +
    `(?:(?<m>${N}{1,2})月(?:份|底|初|末|中旬|上旬|下旬|中)?(?:(?<d>${N}{1,3})[日号]|(?<bare>\\d{1,2})(?=$|[\\s，。；,;）)]))?)?`,
  'g',
);

const pad = (n: number): string => String(n).padStart(2, '0');

function build(year: number | null, month: number | null, day: number | null): PartialDate | null {
  if (year === null) return null;
  let s = String(year);
  if (month !== null) {
    s += `-${pad(month)}`;
    if (day !== null) s += `-${pad(day)}`;
  }
  return isPartialDate(s) ? s : null;
}

export interface DateContext {
  /** Year of the bulletin (from its preamble or dateline), used for dates that give no year. */
  year?: number | null;
  /** Publication year, for 今年/去年. */
  publishedYear?: number | null;
  /** The last day the text before told (the previous case's), for a 同日 that opens the text. */
  lastDay?: PartialDate | null;
  /** The year of the last date the text before told (the previous case's), for a 同年 before any year of the text. */
  lastYear?: number | null;
}

/**
 * 同月，覃某某… opening a case told after another, before any date of its own: the month the case before told last
 * (`lastMonth`), as a mention at 同月 put first in `dates` (which is returned as is otherwise).
 */
export function withSameMonth(
  text: string,
  dates: DateMention[],
  lastMonth: PartialDate | null,
): DateMention[] {
  if (lastMonth === null) return dates;
  const at = text.indexOf('同月');
  if (
    at < 0 ||
    (dates.length > 0 && dates[0]!.start < at) ||
    /[^\s，。；：,]/.test(text.slice(0, at).slice(-1))
  )
    return dates;
  const month = lastMonth.slice(0, 7) as PartialDate;
  return [{ date: month, start: at, end: at + 2, explicitYear: true, same: true }, ...dates];
}

/** Every date in `text`, in order, years resolved from earlier mentions and the context. */
export function findDates(text: string, context: DateContext = {}): DateMention[] {
  const out: DateMention[] = [];
  let lastYear: number | null = context.year ?? null;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    if (m[0] === '') {
      DATE.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    const g = m.groups ?? {};
    const iy = g.iy ?? g.cy;
    if (g.cy !== undefined && /\d/.test(text.charAt(m.index - 1))) continue;
    if (iy !== undefined) {
      const d = build(Number(iy), Number(g.im ?? g.cm), Number(g.id ?? g.cd));
      if (d) out.push({ date: d, start: m.index, end, explicitYear: true });
      if (!recalled(text, m.index)) lastYear = Number(iy);
      continue;
    }
    if (g.same !== undefined) {
      const told = out.length > 0 ? out[out.length - 1]!.date : (context.lastDay ?? null);
      if (told?.length === 10) out.push({ date: told, start: m.index, end, explicitYear: true, same: true });
      continue;
    }
    const yearText = g.y;
    const relative = g.rel;
    const month = g.m !== undefined ? (tryParseChineseInteger(g.m) ?? null) : null;
    // 2021年3月5 (a form's date with 日 left off, at the end of its field) is the day too.
    const dayText = g.d ?? (g.y !== undefined ? g.bare : undefined);
    const day = dayText !== undefined ? (tryParseChineseInteger(dayText) ?? null) : null;
    if (yearText === undefined && relative === undefined && month === null) continue;
    // 本年制发件数, 本年度: a report's term for its year, not a date of a case.
    if (relative === '本年' && month === null) continue;
    // 总体上比去年有明显好转 / 较去年增长 / 去年同期 / 与2023年相比: a year compared with, not a date of a case.
    if (month === null && comparedYear(text, m.index, m.index + m[0].length)) continue;
    // 3月 inside 3个月 / 第3月 / digits glued to a number before: not a date.
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (yearText === undefined && /[0-9第.]/.test(before)) continue;
    if (month !== null && (month < 1 || month > 12)) continue;
    let year: number | null;
    const explicit = yearText !== undefined;
    if (yearText !== undefined) {
      year = /^\d+$/.test(yearText) ? Number(yearText) : (tryParseChineseInteger(yearText) ?? null);
    } else if (relative === '今年' || relative === '本年') {
      // Undated page: the year its introduction or the text before gives (2026年1月1日，新法施行。…今年2月).
      year = context.publishedYear ?? lastYear;
    } else if (relative === '去年') {
      year = context.publishedYear != null ? context.publishedYear - 1 : null;
    } else {
      // 同年2月 opening a case told after another: the year of that case, not the bulletin's.
      year = out.length === 0 && relative === '同年' ? (context.lastYear ?? lastYear) : lastYear;
    }
    const after = text.slice(end, end + 4);
    // A period (2022年以来, 2021年度, 自2022年起) or a founding year is not the date of the case, nor the year of the
    // dates told after it (自2022年起使用该系统…9月13日 is this year's); 2022年12月以来 starts one.
    const since = month === null && /^(以来|至今|起)/.test(after);
    // 2021年底，该公司委托…。…8月30日: the end of a year told in passing (a flashback) does not date the days after it.
    const yearEnd = month === null && (after.startsWith('底') || after.startsWith('末'));
    // 2025年11月…，但到今年2月复查时…3月10日: a month of 今年/去年 moves the story to that year, as a stated year does.
    const moves = explicit || (month !== null && relative !== undefined);
    // 视频系2021年外地某事的旧素材 / 系2023年外地剧组拍摄花絮: the year of old footage a rumour reused dates no conduct,
    // nor the days after it.
    if (explicit && oldMaterial(text, m.index, end)) continue;
    if (year !== null && moves && !since && !yearEnd && !(explicit && recalled(text, m.index)))
      lastYear = year;
    if (year === null && yearText === undefined && month === null) continue;
    if (since) continue;
    // 魏某，男，1999年生，住…: a party's birth year.
    if (/^(度|起施行|起实施|开始施行|施行|之前|以前|成立|注册|出生|生(?![^，,、；;）)\s]))/.test(after))
      continue;
    // 2026年1月1日，新修改的网络安全法正式施行: the day a law took effect.
    const tail = text.slice(end, end + 40);
    if ((tail.includes('施行') || tail.includes('实施') || tail.includes('生效')) && LAW_IN_FORCE.test(tail))
      continue;
    // 截至1月12日，共检查重点单位46家: the day a tally was closed, not a date of a case.
    const cut = text.charAt(m.index - 1);
    if ((cut === '至' || cut === '止') && TALLY_CUTOFF.test(text.slice(Math.max(0, m.index - 3), end + 16)))
      continue;
    // 4月1日，某局部署开展“净网百日”专项行动。: the day a campaign was launched, not a date of a case found in it.
    if (tail.includes('行动') && CAMPAIGN_LAUNCH.test(tail)) continue;
    // 警方9月29日通报, 中新网1月7日电: the day a report went out, not a date of the case.
    if (/^\s*(通报|通告|消息|电(?![话脑信子视商器费力]))/.test(after)) continue;
    if (/成立于$|生于$|施行于$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // 出生日期：1979年**月**日 (a party's birth), 于2025年10月31日前履行 (a deadline set): no date of the case.
    if (/出生(?:日期|年月)?[：:]?\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (/^[*＊\d月日号]{0,8}出生/.test(text.slice(end, end + 10))) continue;
    if (/^前(?![往去来])/.test(after) && /[于在]$/.test(text.slice(Math.max(0, m.index - 1), m.index)))
      continue;
    const mention: DateMention = {
      date: build(year, month, month === null ? null : day),
      start: m.index,
      end,
      explicitYear: explicit,
    };
    if (month === null && (/^[上下]半年/.test(after) || /[自从]$/.test(text.charAt(m.index - 1))))
      mention.period = true;
    out.push(mention);
  }
  return out;
}

/** 比去年 / 较去年 / 去年同期 / 与2023年相比 — a year (at `start`…`end`) that a figure is compared with. */
function comparedYear(text: string, start: number, end: number): boolean {
  const c = text.charAt(start - 1);
  if (c === '比' || c === '较') return true;
  const after = text.slice(end, end + 2);
  return after === '同期' || (c === '与' && after === '相比');
}

const CENG = '曾'.charCodeAt(0);
const YU = '于'.charCodeAt(0);
const ZAI = '在'.charCodeAt(0);

/**
 * 城南店曾于2025年11月因…被警告。8月18日，某局…: the year of what the party once did (曾, 曾于, 曾在 right before the
 * date: a flashback) does not date the days told after it.
 */
function recalled(text: string, at: number): boolean {
  if (at < 1) return false;
  const c = text.charCodeAt(at - 1);
  return c === CENG || ((c === YU || c === ZAI) && at >= 2 && text.charCodeAt(at - 2) === CENG);
}

/** 2021年外省某地一起纠纷的旧素材 / 2019年的旧闻: what follows a year, in its clause, calls the thing dated old. */
const OLD_MATERIAL = /^[^，。；！？]{0,20}?旧(?:素材|视频|画面|图片|照片|新闻|闻|帖)/;
/** 系2023年外地某剧组拍摄花絮 / 是2020年某地录制的: a debunk's origin of the footage (系/是 before the year). */
const SHOT_THEN = /^[^，。；！？]{0,20}?(?:拍摄|摄制|录制|花絮)/;
const XI = '系'.charCodeAt(0);
const SHI = '是'.charCodeAt(0);
const oldMaterial = (text: string, start: number, end: number): boolean => {
  const clause = text.slice(end, end + 26);
  if (clause.includes('旧') && OLD_MATERIAL.test(clause)) return true;
  const c = start > 0 ? text.charCodeAt(start - 1) : 0;
  return (c === XI || c === SHI) && SHOT_THEN.test(clause);
};

/** 截至1月12日，共检查… / 截止到6月底，全市累计…: a tally closed on a day, its count after the date. */
const TALLY_CUTOFF = /截(?:至|止到?)[^，。；]{1,12}[，,][^，。；]{0,6}?(?:共|累计|合计)/;

/** What follows the day a campaign was launched (，某局部署开展…专项行动。), the clause ending with it. */
const CAMPAIGN_LAUNCH = /^[，,\s]*[^，。；]{0,24}(?:部署|启动)(?:开展)?[^，。；]{0,16}行动[。；]/;

/** What follows the day a law took effect (，新修改的网络安全法正式施行; 起，修改后的网络安全法正式施行). */
const LAW_IN_FORCE = /^起?[，,\s]*[^，。；]{0,24}(?:法|条例|办法|规定|决定)[^，。；]{0,6}(?:施行|实施|生效)/;

/** The date of the case: the first date its text gives (conduct or discovery), or null. */
export function extractDate(text: string, context: DateContext = {}): PartialDate | null {
  const first = findDates(text, context)[0];
  return first ? first.date : null;
}

/**
 * The year a bulletin's preamble or dateline places its cases in: "2024年第三季度", "2022年以来", a dateline
 * 2024-10-22. A law's entry into force (…于2021年11月1日起施行) is not it.
 */
export function contextYear(
  preamble: readonly string[],
  dateline: number | null = null,
): { year: number | null; publishedYear: number | null; stated: number | null } {
  let year: number | null = null;
  let stated: number | null = null;
  let publishedYear: number | null = dateline;
  for (const line of preamble) {
    // 2021年至2023年 is a period of several years: it dates no case to one of them.
    const range = /(?:19|20)\d{2}年?\s*[至到—–-]\s*(?:19|20)\d{2}年/.test(line);
    // 2024-07-19 or 2024/07/19, or 2024年07月19日08:46 | 来源：… (a dateline: a time or a source beside the date).
    const dl =
      /((?:19|20)\d{2})([-/])\d{1,2}\2\d{1,2}/.exec(line) ??
      (/\d{1,2}:\d{2}|来源|发布/.test(line) ? /((?:19|20)\d{2})年\d{1,2}月\d{1,2}日/.exec(line) : null);
    if (dl && publishedYear === null) publishedYear = Number(dl[1]);
    // 26-1-5 19:42 来自 微博…: a post's timestamp with the year in two digits.
    if (publishedYear === null && !dl && line.includes(':')) {
      const short = /^(\d{2})-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?!\d)/.exec(line);
      if (short) publishedYear = 2000 + Number(short[1]);
    }
    for (const m of allMatches(/((?:19|20)\d{2})年([^，。；]{0,12})/g, line)) {
      if (/施行|实施|颁布|通过|修正|修订|公布/.test(m[2]!)) continue;
      // 与2023年相比，立案数增长40%: the year compared with is not the report's.
      if (comparedYear(line, m.index, m.index + 5)) continue;
      year = Number(m[1]);
      // 2024年5月执法情况 names a month: the cases are not dated by it to the year alone.
      // 2026年3月至5月 is a period inside one year: the cases it reports happened in that year.
      const within =
        /^[0-9一二三四五六七八九十]{1,2}月(?:份|上旬|中旬|下旬)?(?:\d{1,2}日)?\s*[至到—–-]\s*[0-9一二三四五六七八九十]{1,2}月/;
      if (!dl && !range && (!/^[0-9一二三四五六七八九十]{1,2}月/.test(m[2]!) || within.test(m[2]!)))
        stated ??= year;
    }
    const campaign = CAMPAIGN_YEAR.exec(line);
    if (campaign) {
      year ??= Number(campaign[1] ?? campaign[2]);
      stated ??= Number(campaign[1] ?? campaign[2]);
    }
  }
  return { year: year ?? publishedYear, publishedYear, stated };
}

/**
 * A campaign named with its year (“净网2019”, 净网—2024, 清朗·2023), or a year looked back on (2024盘点, 回望2024,
 * 2023年度回顾): the year of the cases it reports.
 */
const CAMPAIGN_YEAR =
  /(?:净网|清朗|护网|剑网|清源|秋风|护苗|固边|百日行动|回望|回顾|盘点)[\s“”"—–\-－·・]{0,3}((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})(?:年度?)?(?:盘点|回顾|年终盘点|年度盘点)/;

/**
 * 为贯彻…，3月上旬至3月下旬，某大队…开展执法检查: a period inside one month dates what it reports to that month, as
 * [whole match, the month, the rest of the sentence] (a period across months dates nothing).
 */
const ONE_MONTH_PERIOD =
  /(?:^|[，,])\s*((?:19|20)\d{2}年)?(\d{1,2})月(?:上旬|中旬|下旬|初|中)?(?:至|到)\2月(?:上旬|中旬|下旬|中|底|末)?[，,]([^。]*)$/;
function withinOneMonth(sentence: string): [string, string, string] | null {
  const m = ONE_MONTH_PERIOD.exec(sentence);
  return m ? [m[0], `${m[1] ?? ''}${m[2]!}月`, m[3]!] : null;
}

/**
 * The date an introduction gives the actions it reports ("2025年8月，广东省网信办…依法查处一批…"): a month
 * or day opening a sentence that tells of enforcement. It dates the cases that state no date of their own. A
 * period (2025年8月以来, 8月至10月), a law's entry into force or a publication dateline does not; two such
 * dates are ambiguous (null).
 */
export function introDate(preamble: readonly string[], context: DateContext = {}): PartialDate | null {
  const found = new Set<PartialDate>();
  for (const line of preamble) {
    const sentences = line.split(/[。！？]/);
    for (const [k, sentence] of sentences.entries()) {
      // 2025年9月，… / 我局于2025年9月组织开展…核查: the month the reported action was taken.
      const m =
        /^\s*((?:19|20)\d{2}年\d{1,2}月(?:份|上旬|中旬|下旬)?(?:\d{1,2}日)?)[，,]([^。]*)$/.exec(sentence) ??
        /(?:^|[，,])[^，。]{0,12}?于((?:19|20)\d{2}年\d{1,2}月(?:份|上旬|中旬|下旬)?(?:\d{1,2}日)?)((?:组织)?(?:开展|进行|组织)[^。]*)$/.exec(
          sentence,
        ) ??
        // 2月份，全市公安机关…办理案件17起: a month of the page's year.
        /^\s*(\d{1,2}月份?)[，,]([^。]*)$/.exec(sentence) ??
        (sentence.includes('至') ? withinOneMonth(sentence) : null);
      if (!m) continue;
      const rest = m[2]!;
      // The paragraph the date opens may report the enforcement in a later sentence (2031年5月，某办开展检测，发现…。
      // 依据…，对以下运营者作出行政处罚：).
      const paragraph = sentences.slice(k + 1).join('。');
      if (!/查处|查办|处罚|执法|侦办|办理|处置|核查|检查|整改/.test(rest + paragraph)) continue;
      if (/^(以来|至|到|起|期间)|施行|实施|发布|公布/.test(rest)) continue;
      const date = findDates(m[1]!, context)[0]?.date;
      if (date) found.add(date);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
