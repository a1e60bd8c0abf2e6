/**
 * One normalised line of a bulletin and what it is: page debris, a quoted statute article, a lesson
 * (警示意义…), a heading (case or section) or ordinary text.
 */
import { tryParseChineseInteger } from '../shared/numerals.js';
import { signatureUnit } from './fields/agency.js';
import {
  BAN,
  COMMENT_END,
  DA,
  DI,
  DIRECTION_END,
  EM_DASH,
  FULL_STOP,
  HYPHEN,
  JI,
  LENTICULAR_OPEN,
  LINK_LIST_ENDS,
  MIDDLE_DOT,
  MIN,
  SHANG,
  SHOU,
  TONG,
  TURN_START,
  WO,
  XIA,
  YE,
  YI,
  ZI,
  isAsciiCapital,
  isAsciiDigit,
  isBlockElement,
  isBoxBlockOrShape,
  isBoxDrawing,
  isBracketOpen,
  isCircledNumber,
  isColon,
  isGeometricShape,
  isHighSurrogate,
  isKeycapMark,
  isParenOpen,
  isSymbolBlock,
} from './char-codes.js';

export type HeadingStyle =
  | 'anli' // 案例一 / 案例1 / 【案例二】 / 典型案例三
  | 'cn-dun' // 一、
  | 'paren-cn' // （一）
  | 'num-dot' // 1. / 1、
  | 'paren-num' // （1）
  | 'num-paren' // 1） / 一）
  | 'circled' // ①
  | 'num-line' // 01 on a line of its own
  | 'symbol' // ★… / ◆…
  | 'title'; // a short line that reads as a title

export interface Heading {
  style: HeadingStyle;
  /** Ordinal written in the marker, when there is one. */
  ordinal: number | null;
  /** Text after the marker on the same line (may be empty). */
  rest: string;
}

const CN = '一二三四五六七八九十百零〇两';

const HEADING_PATTERNS: readonly { style: HeadingStyle; re: RegExp }[] = [
  {
    style: 'anli',
    re: new RegExp(`^[【\\[]?(?:典型)?(?:案(?:例|件)|案情)([${CN}\\d]{1,4})[】\\]]?[：:、.．\\s—-]*(.*)$`),
  },
  // 【案例】… repeated without numbers.
  { style: 'anli', re: /^[【[](?:典型)?案例()[】\]][：:、.．\s—-]*(.*)$/ },
  // 第一起：… / 第二例 …
  {
    style: 'anli',
    re: new RegExp(`^[【\\[]?第([${CN}\\d]{1,3})(?:起|例)(?:案例|案件)?[】\\]]?[：:、.．\\s—-]*(.*)$`),
  },
  { style: 'cn-dun', re: new RegExp(`^([${CN}]{1,3})[、．]\\s*(.*)$`) },
  { style: 'paren-cn', re: new RegExp(`^[（(]([${CN}]{1,3})[）)][、．.]?\\s*(.*)$`) },
  { style: 'num-dot', re: /^(\d{1,2})(?:[、．]|\.(?!\d)|\.(?=(?:19|20)\d{2}年))\s*(.*)$/ },
  { style: 'paren-num', re: /^[（(](\d{1,2})[）)][、．.]?\s*(.*)$/ },
  { style: 'num-paren', re: new RegExp(`^(\\d{1,2}|[${CN}]{1,3})[）)](?!\\d)\\s*(.*)$`) },
  { style: 'circled', re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*(.*)$/ },
  { style: 'num-line', re: /^[【[]?(0?\d{1,2})[】\]]?$/ },
  // 01 某服务类APP不履行个人信息保护义务案 — a two-digit number, a space, the title.
  { style: 'num-line', re: /^(0\d)\s*([\u4e00-\u9fff【“].*)$/ },
  { style: 'symbol', re: /^([★☆■□◆◇●▲△◎※▶►])\s*(.+)$/ },
];

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function ordinalOf(style: HeadingStyle, raw: string): number | null {
  if (raw === '') return null;
  if (style === 'circled') return CIRCLED.indexOf(raw) + 1;
  if (style === 'symbol') return null;
  return tryParseChineseInteger(raw) ?? null;
}

/** A line that can stand as a title: short, no sentence end, not a date or a label. */
export function isTitleLike(line: string): boolean {
  const len = line.length;
  if (len < 4 || len > 64) return false;
  if (/[。；：！？!?:;，,]$/.test(line) || /[。；]/.test(line)) return false;
  if (!/[\u4e00-\u9fff]/.test(line)) return false;
  if (/^\d{4}[-年./]\d{1,2}/.test(line)) return false;
  // 当事人：某公司 / 法定代表人：周某 — a labelled field, not a title (unless a place's cross-head, below).
  if (/^[\u4e00-\u9fff]{2,10}[：:]/.test(line)) return placeCrossHead(line);
  // A comma-heavy line is a sentence, not a title; so is a question with speech after it (那分享的人呢？还有网友问…).
  if ((line.match(/[，,]/g)?.length ?? 0) > 2) return false;
  const question = line.indexOf('？');
  return question < 0 || question === len - 1;
}

/** 当事人 / 案由 / 来源 / 某某网警…: a field's or a column's label, or a source, before its colon, no place. */
const FIELD_LABEL =
  /(?:人|由|名|称|间|期|点|址|源|者|辑|编|核|要|容|果|据|实|关|型|类|号|法|评|示|醒|接|件|闻|读|题|况|别|式|目|注|言|警)$/;

/**
 * 茴城：编造“中毒”视频，两人被处理 — a round-up's cross-head, a place (two or three characters) and the case's headline
 * telling what was done to whom (被罚 / 被拘 / 被处理); its words are short and end in no sentence. (Read only for
 * lines that open on a label.)
 */
function placeCrossHead(line: string): boolean {
  const colon = line.search(/[：:]/);
  if (colon < 2 || colon > 3 || !line.includes('被', colon)) return false;
  const place = line.slice(0, colon);
  return !FIELD_LABEL.test(place) && (line.match(/[，,]/g)?.length ?? 0) <= 2;
}

/** The characters a heading can start with (every pattern above opens with one): a cheap first look. */
const HEAD_START = new RegExp(`^[【\\[案典第（(${CN}\\d${CIRCLED}★☆■□◆◇●▲△◎※▶►]`);

export function parseHeading(line: string): Heading | undefined {
  // 罚单①｜… is short: a paragraph of prose is never read for it.
  if (!HEAD_START.test(line)) return line.length <= 64 ? labelledCircled(line) : undefined;
  for (const { style, re } of HEADING_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    if (style === 'cn-dun' && m[2] === '') continue;
    const rest = (m[2] ?? '').trim();
    // ▶案例一 / ◆（一）: the symbol only decorates the real marker.
    if (style === 'symbol') {
      const inner = parseHeading(rest);
      if (inner && inner.style !== 'symbol' && inner.style !== 'title') return inner;
    }
    return { style, ordinal: ordinalOf(style, m[1]!), rest };
  }
  return undefined;
}

/** 罚单①｜某某… / 警情② : a short label numbered with a circled digit, then the case's title after a bar or colon. */
const LABELLED_CIRCLED = /^[\u4e00-\u9fff]{1,4}([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])(?:\s*[｜|：:]\s*(.*))?$/;

function labelledCircled(line: string): Heading | undefined {
  // A cheap first look: a circled digit among the first five characters (not after 第: 第①项 is an item cited).
  let k = 1;
  while (k < 5 && !isCircledNumber(line.charCodeAt(k))) k++;
  if (k === 5 || line.charCodeAt(k - 1) === DI) return undefined;
  const m = LABELLED_CIRCLED.exec(line);
  return m ? { style: 'circled', ordinal: CIRCLED.indexOf(m[1]!) + 1, rest: (m[2] ?? '').trim() } : undefined;
}

/**
 * Labels of a page's list of links to other stories (推荐阅读 / 相关新闻 / 往期推荐): the headlines under them (· 某公司…
 * 被警告) are other pages' titles, not cases of this one.
 */
export const LINK_LIST_LABELS: ReadonlySet<string> = new Set([
  '推荐阅读',
  '相关阅读',
  '相关推荐',
  '热门文章',
  '相关新闻',
  '相关文章',
  '相关案例',
  '【相关案例】',
  '往期推荐',
  '往期回顾',
  '猜你喜欢',
  '精彩推荐',
]);

/** Any other label of such a list (本版其他文章 on a paper's e-edition, 更多新闻, 同栏目其它报道). */
const LINK_LIST_LABEL =
  /^(?:本版|本期|本栏目?|同版|同栏目?)?(?:其他|其它|更多|相关|热门|最新)(?:文章|新闻|稿件|报道)$/;

/** A label of a list of links to other pages (LINK_LIST_LABELS, or one of their kind). */
export function isLinkListLabel(line: string): boolean {
  if (LINK_LIST_LABELS.has(line)) return true;
  const last = line.charCodeAt(line.length - 1);
  // 文章 / 新闻 / 稿件 / 报道 end it: a cheap look at the last character first.
  return line.length <= 8 && LINK_LIST_ENDS.has(last) && LINK_LIST_LABEL.test(line);
}

/** Page furniture and trailing debris: share/comment widgets, bylines, editors, image names. */
const DEBRIS_EXACT = new Set([
  ...LINK_LIST_LABELS,
  '立即',
  '投稿',
  '发表',
  '评论',
  '返回',
  '顶部',
  '返回顶部',
  '发表评论',
  '立即投稿',
  '分享',
  '分享到',
  '点赞',
  '收藏',
  '打印',
  '关闭',
  '关闭窗口',
  '【打印】',
  '【关闭】',
  '打印本页',
  '关闭本页',
  '上一篇',
  '下一篇',
  '扫一扫',
  '在看',
  '赞',
  '转发',
  '举报',
  '阅读原文',
  '阅读',
  '更多',
  '延伸阅读',
  '微信',
  '微博',
  'QQ空间',
  '复制链接',
  '首页',
  '网站首页',
  '当前位置',
  '字号',
  '大',
  '中',
  '小',
  '默认',
  '典型案例',
  '案例',
  '正文',
]);

const DEBRIS_PREFIX =
  /^[【[（(]?(责任编辑|本版编辑|编辑|责编|审核|审校|校对|来源|稿源|作者|记者|通讯员|发布于|发布者|发布人|发布时间|发布日期|播出时间|播出日期|首播时间|时间|日期|浏览次数|阅读量|点击|浏览|原标题|文章来源|信息来源|供稿|图片来源|图源|转载|声明|免责声明|版权声明|当前位置|您的位置|你的位置|分享到|关键词|标签|上一篇|下一篇)\s*[：:】\]）)|]/;

const EDITION_BAR = /^(?:(?:上一版|下一版|上一期|下一期|本版标题导航|标题导航|版面导航|返回目录)\s*){2,}$/;

/** A byline: a medium's reporters or correspondents, each name after a space (本报记者 某某 通讯员 某某). */
const BYLINE = /^(?:[\u4e00-\u9fff]{0,12}(?:记者|通讯员)(?: [\u4e00-\u9fff]{2,4})+ ?)+$/;

const DATE_AND_HOUR = /\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}/;
const PAGE_MARK = /(?:^|\s)第\s*\d+\s*页\s*[，,/]?\s*共\s*\d+\s*页$|^-{1,2}\s*\d+\s*of\s*\d+\s*-{1,2}$/;
const BREADCRUMB = /^首页\s*[>＞»›]/;
const CRUMB_TO_STORY = /^[^。，；：>＞»›]{1,16}(?:\s*[>＞»›]\s*[^。，；：>＞»›]{1,16}){1,4}$/;
const APP_PROMPT =
  /^(?:打开|下载)[^，。]{0,12}(?:客户端|App|APP|app)[，,\s]*(?:阅读体验更佳|体验更佳|查看(?:更多|原文)|阅读(?:全文|更多))?$/;
/** 26-3-18 09:32 来自 微博网页版 (the year's last two digits: segment.ts reads the year from it). */
export const WEIBO_DATELINE = /^(\d{2})-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*来自/;
const TOOLBAR = /^字号\s*(?:A[+＋\-－]|大\s*中\s*小)/;
const PLAYER_BAR = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}/;

/** 时间：2018年6月 — a slide's or a card's month of the case (a page's dateline gives the day, often the hour). */
const CASE_MONTH = /^(?:时间|日期)[：:]\s*(?:19|20)\d{2}年\d{1,2}月(?:份)?$/;

/** 处罚决定日期：2031-05-20 — a form's decision day, not the page's dateline. */
export const DECISION_DAY_LABEL = '(?:决定|处罚|作出)[\\u4e00-\\u9fff]{0,6}(?:日期|时间)[：:]';
const DECISION_DAY = new RegExp(`^[\\u4e00-\\u9fff]{0,8}${DECISION_DAY_LABEL}`);

/** A list entry's headline followed by its date (某公司违规公开业主信息被警告 2022-11-08). */
const DATED_HEADLINE = /^(.*?[\u4e00-\u9fff].*?)\s*(?<!\d)((?:19|20)\d{2}-\d{1,2}-\d{1,2})$/;

/**
 * The headline and date of a news list's entry line (鹤川一物业公司违规公开业主个人信息被警告 2022-11-08), or null: the
 * headline has words of its own (eight characters at least, not a unit's name or a label), the date ends the line.
 */
export function datedHeadline(line: string): { headline: string; date: string } | null {
  const last = line.charCodeAt(line.length - 1);
  if (!isAsciiDigit(last)) return null;
  const m = DATED_HEADLINE.exec(line);
  if (m === null) return null;
  const headline = m[1]!.trim();
  if (headline.replace(/[^\u4e00-\u9fff]/g, '').length < 8 || /[：:|｜]/.test(headline)) return null;
  if (signatureUnit(headline) !== null) return null;
  return { headline, date: m[2]! };
}

/** 2026年第2期 / 2025年第12期（总第48期） — an issue line: the publication's year and number, no case. */
const ISSUE_LINE = /^(?:19|20)\d{2}年第[0-9]{1,3}期(?:[（(]总第[0-9]{1,4}期[）)])?$/;

/** The first characters of the long debris isDebris looks for first (点击…, 本文…, 注：…, Copyright…, ©…). */
const LONG_DEBRIS_FIRST: ReadonlySet<number> = new Set(
  [...'点长扫识本文注备Cc版©'].map((c) => c.charCodeAt(0)),
);

export function isDebris(line: string): boolean {
  if (line === '') return false;
  // What may be long: a prompt to scan or tap, a reprint notice, a table's notes, a copyright line (looked at only
  // for a line opening on one of their first characters: most lines open on none).
  if (LONG_DEBRIS_FIRST.has(line.charCodeAt(0))) {
    // ▶ 点击播放 播放次数：1.2万 — a video player's button.
    if (/^(点击|长按|扫描|识别)(上方|下方|二维码|图片|播放|观看)/.test(line)) return true;
    if (/^(本文|本站|文章)(仅代表|转载|来源|内容)/.test(line)) return true;
    // 注：1.罚款金额单位为万元；2.身份证号码已作脱敏处理 — a table's notes, no case.
    if (/^(?:注|备注)[：:]/.test(line) && !/给予|处以|决定|责令/.test(line)) return true;
    if (/^(Copyright|版权所有|©)/i.test(line)) return true;
  }
  // The rest are labels, widgets, datelines and names, all short: a paragraph is none of them.
  if (line.length > 80) return false;
  if (DEBRIS_EXACT.has(line) || isLinkListLabel(line)) return true;
  // 上一版 下一版 本版标题导航 — a paper's e-edition bar (上 or 下 opens it).
  const opens = line.charCodeAt(0);
  if ((opens === SHANG || opens === XIA) && EDITION_BAR.test(line)) return true;
  // ▶ 00:00 / 03:46 标清 高清 全屏 — a video player's bar; 首页 > 视频 > 警方说案 — a breadcrumb.
  const first = line.charCodeAt(0);
  // 2026年第2期 — a 通报's or 简报's issue line under its title.
  if (
    isAsciiDigit(first)
      ? PLAYER_BAR.test(line) || ISSUE_LINE.test(line)
      : first === SHOU && BREADCRUMB.test(line)
  )
    return true;
  // 第A05版：城事·法治 / 第8版：要闻 — a paper's page label above the headline.
  if ((first === DI || isAsciiCapital(first)) && PAPER_PAGE.test(line)) return true;
  // 某某新闻 > 法治 > 正文 — a channel's crumb down to the story; 字号 A+ A- 分享至：… — the reader's toolbar.
  if (line.endsWith('正文') ? CRUMB_TO_STORY.test(line) : first === ZI && TOOLBAR.test(line)) return true;
  // A PDF's page furniture: 某公（网）行罚决字〔2031〕7号 第 1 页 共 2 页 (a running footer), -- 1 of 2 --.
  const last = line.charCodeAt(line.length - 1);
  if ((last === YE || last === HYPHEN) && PAGE_MARK.test(line)) return true;
  if (DEBRIS_PREFIX.test(line) && !CASE_MONTH.test(line)) return true;
  // 法治日报全媒体记者 潘一鸣 / 本报通讯员 许某 林某 — a byline: who wrote the story, names after a space.
  // A paper marks it with a square (■本报记者 梁书瑶 通讯员 筠公宣), as it does its cross-heads.
  const signed = isGeometricShape(first) ? line.slice(1).trimStart() : line;
  if (signed.length <= 40 && signed.indexOf(' ') > 1 && BYLINE.test(signed)) return true;
  // 图1.jpg — an image's file name (its last letter, g/p/f, looked at first: the pattern scans every word of a line).
  const ext = last | 0x20;
  if (
    (ext === 0x67 || ext === 0x70 || ext === 0x66) &&
    /^[\w\-一-龥]*\.(jpe?g|png|gif|webp|bmp)$/i.test(line)
  )
    return true;
  // A dateline: "时事 2024-10-22 20:32 湖南", "2021-06-01 15:42:00", a paper's "某某日报 2031年4月2日 星期五 第8版" — but
  // not a list entry's headline with its date;
  // longer with its hour and a video's counters (某融媒体中心 2020-11-18 19:30 播放量：3.2万 👍 856 分享).
  if (
    (line.length <= 40 || (line.includes(':') && DATE_AND_HOUR.test(line))) &&
    datedHeadline(line) === null &&
    (line.includes('-') || line.includes('年')) &&
    /\d{4}-\d{1,2}-\d{1,2}(\s*\d{1,2}:\d{2}(:\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日\s*(?:\d{1,2}:\d{2}|星期)/.test(
      line,
    ) &&
    !/[，。；]/.test(line) &&
    !DECISION_DAY.test(line)
  )
    return true;
  // 26-3-18 09:32 来自 微博网页版 — a Weibo post's time, the year in two digits, and the client it was sent from.
  if (isAsciiDigit(first) && WEIBO_DATELINE.test(line)) return true;
  // 【打印本页】【关闭窗口】 and the like.
  if (/^(【(打印|关闭|返回|收藏|字体|字号|推荐|分享|大|中|小)[^】]{0,6}】\s*)+$/.test(line)) return true;
  // （《法治日报》2026年4月11日 第5版）: a newspaper's source line (its date is the publication's).
  if (
    /^[（(]?《[^》]{2,16}》\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:第[\d一二三四五六七八九十]{1,3}版)?[）)]?$/.test(
      line,
    )
  )
    return true;
  if (/^(立即|发表|返回)\s*(投稿|评论|顶部)/.test(line)) return true;
  // 打开某某新闻客户端，阅读体验更佳 / 下载某某App，查看更多 — a news app's prompt above the headline.
  if ((first === DA || first === XIA) && APP_PROMPT.test(line)) return true;
  if (/^(网关翻墙|翻墙|VPN加速)/.test(line) && line.length <= 12) return true;
  return false;
}

/** A paper's page label: 第A05版：城事·法治, A3版 要闻, 第8版. */
const PAPER_PAGE = /^第?[A-Z]?\d{1,3}版(?:[：:\s]\s*[^，。；]{1,12})?$/;

/** Leading decoration: emoji, pictographs, keycaps, arrows and bullets (✅ ⚠️ 1️⃣ 👉 📍 •). */
export const DECORATION =
  /^(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u20e3|\ufe0f|\u200d|[•·▶►▪→✔✓]|\d\ufe0f?\u20e3)+\s*/u;

/** ━━━━ 案情 ━━━━ / ──── 处罚 ──── — the rules a WeChat article draws on both sides of a part's label. */
const RULES = /^[\u2500-\u257f]{2,}\s*|\s*[\u2500-\u257f]{2,}$/g;

/** A decorated line without its decoration, and a part label without the rules drawn round it (━━ 案情 ━━ → 案情). */
export function undecorated(line: string): string {
  const c = line.charCodeAt(0);
  if (!isBoxDrawing(c)) return line.replace(DECORATION, '');
  // A rule alone (━━━━━━) stays: it parts one entry from the next.
  const label = line.replace(RULES, '');
  return label === '' ? line : label;
}

/** A cheap first look for DECORATION: the line opens with a symbol, a pictograph or a keycap digit. */
export function decorated(line: string): boolean {
  const c = line.charCodeAt(0);
  return (
    isHighSurrogate(c) ||
    isSymbolBlock(c) ||
    c === MIDDLE_DOT ||
    (isAsciiDigit(c) && isKeycapMark(line.charCodeAt(1)))
  );
}

/**
 * A transcript's turn label: a video's (【解说】, 【同期声】, 【现场】…, an officer 民警 张警官：; a TV page's bare 画外音：,
 * 记者（出镜）：, （同期声）田某：) or a radio programme's speaker (主持人小林：, 嘉宾张警官：, 听众：): who speaks, not what
 * the case is. A camera direction on a line of its own
 * （画面：民警走访…） is dropped whole.
 */
const TRANSCRIPT_TURN =
  /^(?:[【[](?:解说|现场|同期声|采访|画外音|旁白|字幕|片头字幕|片尾字幕|片头|片尾|插播|出镜|配音|主持人|记者)(?: [^】\]]{1,40})?[】\]]|(?:主持人|嘉宾|听众|来电听众|热线听众|记者)[\u4e00-\u9fff]{0,4}(?:[（(](?:出镜|现场|画外)[）)])?[：:]|(?:画外音|解说|旁白)[：:]|[（(]同期声[）)][\u4e00-\u9fff]{0,6}[：:]|同期声[（(][^）)]{1,40}[）)][：:]|(?:办案)?民警 ?[\u4e00-\u9fff]{0,3}警官[：:]|(?:办案)?民警 [\u4e00-\u9fff]{1,4}[：:]|[（(](?:画面|镜头|字幕|现场画面|配图)[：:][^）)]*[）)]$)\s*/;

/**
 * A transcript line without its turn label: 【解说】民警在检查中发现… → 民警在检查中发现…; null for a caption that only
 * names the speaker (【同期声】某县公安局网安大队民警 杨某某), which is no title and no text of the case.
 */
/** (TURN_START, the first characters of a turn label, is a set of codes: a CJK character as a key would be made a string per line.) */

export function withoutTurnLabel(line: string): string | null {
  const c = line.charCodeAt(0);
  if (!TURN_START.has(c)) return line;
  // （一）… and 民法典… open many lines: only （画面：…） and 民警/办案民警 go on to the pattern.
  if (isParenOpen(c) && !DIRECTION_END.has(line.charCodeAt(line.length - 1)) && !line.startsWith('同期声', 1))
    return line;
  if ((c === MIN || c === BAN) && !line.startsWith('民警') && !line.startsWith('办案民警')) return line;
  // 记者：… and 同期声（单位 职务 姓名）：… — a TV news page's bare turn labels; 同时… and 记者了解到… go no further.
  if (c === JI && !line.startsWith('记者')) return line;
  if (c === TONG && !line.startsWith('同期声')) return line;
  const m = TRANSCRIPT_TURN.exec(line);
  if (!m) return line;
  const rest = line.slice(m[0].length).trim();
  return rest === '' || (rest.length <= 40 && !/[。！？，；,;!?]/.test(rest)) ? null : rest;
}

/** 范某某（市委网信办副主任）：… — a speaker's turn labelled with the unit and title in brackets. */
const SPEAKER_WITH_UNIT =
  /^([\u4e00-\u9fff]{1,4})[（(]([\u4e00-\u9fff]{2,24}?)(?:副?(?:主任|支队长|大队长|局长|处长|科长|所长|队长|部长|院长)|负责人|民警|警官)[）)][：:]/;
/**
 * 丁某某（区网信办副主任）：… — a name of one to four characters, then the bracket of a unit and title
 * (lines.ts SPEAKER_WITH_UNIT), looked for by character codes rather than a search of every line.
 */
export function labelsSpeaker(line: string): boolean {
  for (let i = 1; i <= 4 && i < line.length; i++) {
    if (isParenOpen(line.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * 吕某（某公司信息中心主任）：当时只想着… — the turn without its speaker's label: the name and title say who speaks (their
 * unit is read by speakerAsUnit first), not who the case is about.
 */
export function withoutSpeakerLabel(line: string): string {
  const m = SPEAKER_WITH_UNIT.exec(line);
  return m === null || m[0].length === line.length ? line : line.slice(m[0].length);
}

/** 范某某：… — a later turn of a speaker by name alone. */
const SPEAKER = /^([\u4e00-\u9fff]{1,4})[：:]/;
/** 我们依据… / 我们对该公司… — the speaker's unit as the subject of a decision. */
const WE_DECIDE = /我们(?=依据|根据|依照|依法|对|决定|给予|作出|已?对)/g;

/**
 * A transcript turn in which an official speaks for a unit (范某某（市委网信办副主任）：…我们依据…对该公司作出…): 「我们」
 * deciding is that unit. `units` remembers each speaker's unit from the labelled turn, for the later turns by name.
 */
export function speakerAsUnit(line: string, units: Map<string, string>): string {
  const labelled = SPEAKER_WITH_UNIT.exec(line);
  if (labelled) units.set(labelled[1]!, labelled[2]!);
  const unit = labelled ? labelled[2]! : units.get(SPEAKER.exec(line)?.[1] ?? '');
  return unit === undefined ? line : line.replace(WE_DECIDE, unit);
}

/**
 * 【同期声 某市公安局某分局民警 韩某】 / 【同期声】某市委网信办网络执法科科长 韩某 — a turn's caption naming the speaker's unit,
 * role and name.
 */
const CAPTION_UNIT =
  /^[【[](?:同期声|采访|现场)(?: |[】\]])([\u4e00-\u9fff]{2,24}(?:分局|公安局|支队|大队|派出所|网信办|办公室|管理局))[\u4e00-\u9fff]{0,8} [\u4e00-\u9fff]{1,4}[】\]]?$/;

/**
 * The unit a turn's caption on its own line names (【同期声 某市公安局某分局民警 韩某】 → 某市公安局某分局), for the 「我们」
 * deciding in the turn below it; null for any other line.
 */
export function captionUnit(line: string): string | null {
  const c = line.charCodeAt(0);
  if (!isBracketOpen(c) || !line.includes(' ')) return null;
  return CAPTION_UNIT.exec(line)?.[1] ?? null;
}

/** 市委网信办有关负责人就…答记者问 — a press Q&A's headline names the unit whose official answers. */
const REPLIER =
  /^([\u4e00-\u9fff]{1,24}?(?:网信办|公安局|分局|支队|总队|管理局|通信管理局|办公室|厅|委|局))(?:有关)?负责(?:人|同志)/;

/**
 * The unit a press Q&A's headline names as replying (its 我们 in the answers), or null. A headline in two phrases
 * (新修改的…施行百日 省委网信办有关负责人答记者问) names it in the phrase after the space.
 */
export function replierUnit(line: string): string | null {
  if (line.length > 60 || !line.includes('答记者')) return null;
  const space = Math.max(line.lastIndexOf('\u3000'), line.lastIndexOf(' '));
  return REPLIER.exec(space < 0 ? line : line.slice(space + 1))?.[1] ?? null;
}

/** 我们依据… in the turn of a captioned speaker: the unit of the caption decides. */
export function weAsUnit(line: string, unit: string): string {
  return line.replace(WE_DECIDE, unit);
}

/** 支队 / 大队 / 总队 — the kind of unit an official of it calls by its bare word (支队依据…). */
const BARE_UNIT_WORD = /(?:支队|大队|总队)$/;

/**
 * …，支队依据条例第三十一条… in the answers of a 执法支队's official: the bare word at a clause's start, deciding, is the
 * answering unit (as its 我们 is). A line is returned unchanged when the unit is no 支队/大队/总队 or says no such word.
 */
export function bareUnitAsUnit(line: string, unit: string): string {
  const word = BARE_UNIT_WORD.exec(unit)?.[0];
  if (word === undefined || !line.includes(word)) return line;
  return line.replace(
    new RegExp(`(^|[，,。；;：:])${word}(?=依据|根据|依照|依法|对|决定|给予|作出)`, 'g'),
    (_, stop: string) => stop + unit,
  );
}

/** 第二百八十七条之一 is an article number; 第X条之规定 is not an article's text. */
const STATUTE_ARTICLE = new RegExp(
  `^第[${CN}\\d]{1,6}条(?:之[一二三四五六七八九十]+)?(?![之的、，和及与至第]|规定|所|中)`,
);

/** 第二十一条 国家实行… : an article of a statute quoted in full, not a sentence about the case. */
export function isStatuteArticleLine(line: string): boolean {
  if (line.charCodeAt(0) === DI && STATUTE_ARTICLE.test(line)) return line.length > 8;
  return line.includes('条：') && namedStatuteArticle(line);
}

/** 网络安全法第六十一条：…处五万元以上五十万元以下罚款 — an article quoted under its law's name, with its range. */
const NAMED_STATUTE_ARTICLE = new RegExp(
  `^《?[\\u4e00-\\u9fff]{2,24}(?:法|条例|办法|规定)》?第[${CN}\\d]{1,6}条：`,
);

function namedStatuteArticle(line: string): boolean {
  const m = NAMED_STATUTE_ARTICLE.exec(line);
  return m !== null && line.indexOf('以下', m[0].length) > 0;
}

/**
 * 苏州市委网信办提醒，各网络运营者… / 网络不是法外之地。某县公安局提醒… / 市委网信办、市公安局提醒… (two units) — an enforcing unit's advice (after a
 * short slogan at most), not a case.
 */
const AGENCY_REMINDER =
  /^(?:[^。！？]{2,20}[。！])?[\u4e00-\u9fff、]{0,16}(网信办|网信部门|公安局|公安机关|分局|网安部门|网安支队|网安大队|网警|警方|派出所|通信管理局|市场监管局|局)(郑重|特别|再次|在此)?(提醒|提示|呼吁|倡议)[^，。：:]{0,10}[，：:]/;
/** 小澄提醒：… — a page's mascot or column gives advice under a short name of its own. */
const NAMED_REMINDER = /^[\u4e00-\u9fff]{1,6}(?:提醒|提示|寄语|有话说)[：:]/;
/** How far into a line AGENCY_REMINDER's word can end (a slogan ≤ 21, 16 + a unit ≤ 6, 郑重, the word). */
const ADVICE_REACH = 48;
/** A word of advice: AGENCY_REMINDER and NAMED_REMINDER each need one. */
const ADVISES = /提醒|提示|呼吁|倡议|寄语|有话说/;
/** 各地要认真对照以上案例… — directions to the units below: what they must do, no case. */
const DIRECTIONS = /^各(?:地|级|单位|部门|有关单位|市|县|区)[^，。；]{0,12}?(?:要|应当|务必)/;

/** 以上案例中，涉及的法律条文包括… / 上述案件均… — the writer's summary over all the cases: it tells none of them. */
const OVER_ALL_CASES =
  /^(?:以上|上述)(?:[\d一二三四五六七八九十]{1,3}[起个件])?(?:典型)?(?:案例|案件)(?:中|均|都|涉及)/;

/**
 * 某网信办有关负责同志表示，网络安全法第六十九条…作出了明确规定 — an official speaking of the law's articles after the
 * cases, naming no party (某): the law explained, no case told (its articles are no case’s citations).
 */
const OFFICIAL_ON_THE_LAW =
  /^[^，。！？]{0,20}负责(?:同志|人)(?:表示|指出|强调|介绍)[，：:][^。]*?第[一二三四五六七八九十百零\d]{1,6}条[^。]*?(?:规定|明确)/;

/** 问：… / 记者问：… / Q：… / 【某某日报记者】… (a press conference's turn) — a question put to the unit. */
const QUESTION =
  /^(?:(?:[【[]?(?:记者|网友|读者|市民)?(?:提问|问)[】\]]?|Q\d{0,2})\s*[：:]|[【[][^】\]]{0,16}记者[】\]])/;
/** The characters QUESTION may open on: a cheap look first. */
const QUESTION_FIRST: ReadonlySet<number> = new Set([...'【[记网读市提问Q'].map((c) => c.charCodeAt(0)));

/**
 * 什么是网络安全等级保护？ / 不落实等保要承担什么法律责任？ — a FAQ's question about the law on a line of its own (a case's
 * own section heading asks about the case: 发生了啥？ 怎么处理的？).
 */
const ASKED =
  /^(?:什么是|哪些|为什么|为何|是否)[^。！\n]{0,40}？$|^[^。！，\n]{2,30}(?:是什么|什么法律责任|如何办理|哪里办理|到哪里办理)[^。！\n]{0,10}？$/;

/** 是的。这里我给大家解释一下，… — a programme's guest turning from the case to the law. */
const EXPLAINER =
  /^(?:[^，。！？]{0,6}[。！，])?(?:这里|下面|接下来)?我(?:给大家|跟大家|来|再)?(?:解释|说明|讲解|科普|解读)一下/;

/** A cheap first look for EXPLAINER: 我 within the line's first characters (a whole-line search costs every line). */
function speaksFirst(line: string): boolean {
  const end = Math.min(line.length, 16);
  for (let i = 0; i < end; i++) if (line.charCodeAt(i) === WO) return true;
  return false;
}

/** 答：… / 民警介绍，… — an answer or an officer's explanation: it goes on the lesson before it. */
export const EXPLAINS =
  /^(?:[【[]?(?:答|A\d{0,2})[】\]]?\s*[：:]|[^，。！？：:]{0,24}(?:民警|警官|专家|律师|负责人|工作人员)(?:介绍|表示|指出|解释|说|提醒|认为)[，：:])/;

/** 对该公司给予警告: a paragraph that decides a case, even when it opens with the unit's reminder. */
const IMPOSES_ON = /对[^，。；]{1,20}?(处以|处罚款|处警告|给予|予以|作出)(?!.{0,4}(查处|打击))/;

/** Two old→new article numbers (原第X条…现为第Y条) in one paragraph. */
const RENUMBERED =
  /原第[^。；]{1,20}?(?:现为|调整为|改为|变为)第[^。]*?原第[^。；]{1,20}?(?:现为|调整为|改为|变为)第/;

const BRACKETED_COMMENT =
  /^[【[](?:(?:案例|法理|(?:律师|法官|检察官|警官|专家)(?:[/／、](?:律师|法官|检察官|专家))?)?(?:说法|点评|评析|解读|释法|析法|法理|分析)|[\u4e00-\u9fff]{0,4}(?:提示|提醒))[】\]]\s*[：:]?\s*(.*)$/;
/** 【阅读提示】 / 【核心提示】: a paper's bracketed summary of its story, which the story tells below. */
const READING_GUIDE = /^[【[](?:阅读|核心|内容)提示[】\]]/;
/** A short bare tip label: a few characters naming who gives it, then 提醒/提示, nothing else. */
const TIP_ALONE = /^[\u4e00-\u9fff]{1,5}(?:提醒|提示)$/;
/** 三、释法 — a numbered section of commentary, written alone on its line (the section's paragraphs follow). */
const NUMBERED_COMMENT = /^[一二三四五六七八九十]{1,3}、(?:说法|点评|评析|解读|释法|析法|法理)[：:]?$/;
/**
 * ▌刘律师解读 / 王法官说法 / 专家点评 — a commenter's section, alone on its line (optionally after a block mark): its
 * paragraphs and numbered items explain the law and the case told above; they tell no case.
 */
const COMMENTER_SECTION =
  /^[▌▍▎▐█■◆●]?\s*[\u4e00-\u9fff]{0,3}(?:律师|法官|检察官|警官|民警|专家|教授|学者)(?:解读|说法|点评|评析|释法|析法)[：:]?$/;
/**
 * A cross-head naming a commenter, then a colon and their point, in no sentence (律师：违法成本大幅提高), after a block
 * mark or not; a word of it may be quoted (■专家：“后果”决定罚不罚款 — not a quoted remark, 律师：“…。”).
 */
const COMMENTER_HEAD =
  /^[▌▍▎▐█■◆●]?\s*[\u4e00-\u9fff]{0,4}(?:律师|法官|检察官|专家|学者|教授)[：:](?:[^。！？：:“”]|“[^。！？：:“”]{1,8}”){4,24}$/;
/**
 * 【法理分析】 / 【点评】 / 【法官/律师释法】 alone on its line: the commentary runs up to the page's next bracketed label
 * (【类案链接】).
 */
const BARE_BRACKETED_COMMENT =
  /^【(?:案例|法理|(?:律师|法官|检察官|专家)[/／、](?:律师|法官|检察官|专家))?(?:说法|点评|评析|解读|释法|析法|法理|分析)】[：:]?$/;

/**
 * The block mark a commenter's section opens with (▌): the page's next section opens with the same mark. A bare
 * bracketed commentary label (【法理分析】) marks its section with 【: its numbered items explain the law.
 */
export function commentMark(line: string): string | null {
  const c = line.charCodeAt(0);
  if (c === LENTICULAR_OPEN) return line.length <= 11 && BARE_BRACKETED_COMMENT.test(line) ? '【' : null;
  return isBoxBlockOrShape(c) && commenterSection(line) ? line[0]! : null;
}

/** Whether the line is a commenter's section (COMMENT_END, the section word's last character, looked at first). */
function commenterSection(line: string): boolean {
  if (line.length > 14) return false;
  const last = line.charCodeAt(line.length - 1);
  const end = isColon(last) ? line.charCodeAt(line.length - 2) : last;
  return COMMENT_END.has(end) && (COMMENTER_SECTION.test(line) || MARKED_COMMENT.test(line));
}

/** ▍说法 / ■ 案例评析 — a post's block mark before a bare commentary word: its section, as 【说法】 is in brackets. */
const MARKED_COMMENT = /^[▌▍▎▐█■◆●]\s*(?:案例|法理|法律)?(?:说法|点评|评析|解读|释法|析法)[：:]?$/;

/** 警示意义：… / 一、网警提醒：… / 【以案说法】… — a lesson's label opening the line, its text after it. */
const LESSON_LABEL =
  /^(?:[一二三四五六七八九十]{1,3}、)?[【[]?(警示意义|警示|工作启示|案例启示|办案启示|案例警示|典型意义|网警提醒|网警提示|警方提醒|警方提示|民警提醒|温馨提示|温馨提醒|特别提醒|以案说法|以案释法|网警说法|警官说法|民警说法|法官说法|律师说法|专家说法|案例解析|法律解读|法律提示|律师提醒|(?:合规|防范|律师|专家)建议|案例点评|专家点评|风险提示|小贴士|小提示|划重点|知识点|记者观察|记者手记|记者点评|编者按|编后语|编后|短评|专家观点|律师观点|延伸阅读|相关链接|附(?=[：:]|】)|(?:新旧)?(?:法条|条文)(?:序号)?对照(?:表)?|法条链接|法律链接|相关法条|附录)[】\]]?\s*[：:]?\s*(.*)$/;
/** The characters LESSON_LABEL may open on (its numbering, its bracket, its labels' first characters). */
const LESSON_FIRST: ReadonlySet<number> = new Set(
  [...'一二三四五六七八九十【[警工案办典网民温特以法律专合防风小划知记编短延相附新条'].map((c) =>
    c.charCodeAt(0),
  ),
);

/**
 * 警示意义：… / 网警提醒：… — the lesson paragraph; returns its text without the label. A paragraph in which an
 * enforcing unit gives advice (苏州市委网信办提醒，…) is a lesson as a whole.
 */
export function lessonText(line: string): string | undefined {
  const m = LESSON_FIRST.has(line.charCodeAt(0)) ? LESSON_LABEL.exec(line) : null;
  if (!m) {
    // ▌法条链接 / ▍警示意义: a WeChat post's block mark before the label.
    const c = line.charCodeAt(0);
    // —— 网信提醒 ——: a WeChat post's label framed by dashes.
    if (c === EM_DASH && line.length <= 16) {
      const inner = line.replace(/^[—\s]+|[—\s]+$/g, '');
      if (inner !== '' && inner.length < line.length - 2) {
        const label = lessonText(inner);
        if (label !== undefined) return label;
      }
    }
    if (isBlockElement(c) && line.length > 1) {
      const inner = lessonText(line.slice(1).trimStart());
      if (inner !== undefined) return inner;
    }
    // 【说法】 / 【点评】 in brackets: a short label of the commentary section (bare, 说法 is a word of prose);
    // 【社区提示】 / 【平台提醒】: whoever gives the tip, a bracketed 提示/提醒 opens advice, not a case.
    const bracketed = line.startsWith('【') || line.startsWith('[') ? BRACKETED_COMMENT.exec(line) : null;
    // 【阅读提示】/【核心提示】: a paper's summary of the story below (its lead), no advice.
    if (bracketed) return READING_GUIDE.test(line) ? undefined : bracketed[1]!.trim();
    if (line.length <= 8 && NUMBERED_COMMENT.test(line)) return '';
    // 派出所提醒 / 社区提示 alone on its line (a post's 📢 stripped): a unit's tip label, its items below are advice.
    if (line.length <= 7 && TIP_ALONE.test(line)) return '';
    if (commenterSection(line)) return '';
    // 律师：新法大幅提高了违法成本 — a feature's cross-head giving a commenter's point: the paragraphs below are theirs.
    if (line.length <= 30 && line.charCodeAt(line.length - 1) !== FULL_STOP && COMMENTER_HEAD.test(line))
      return '';
    // 原第二十一条现为第二十三条，原第二十四条现为第二十六条…: a table of renumbered articles cites none of them.
    if (line.includes('原第') && RENUMBERED.test(line)) return line;
    // 问：什么是等级保护？ — a reader's question and its answer explain the law; they tell no case.
    if (
      (QUESTION_FIRST.has(line.charCodeAt(0)) && QUESTION.test(line)) ||
      (line.endsWith('？') && ASKED.test(line))
    )
      return line;
    // 这里我给大家解释一下，新法第二十九条规定… — a speaker explaining the law, not telling a case.
    if (speaksFirst(line) && EXPLAINER.test(line)) return line;
    const c0 = line.charCodeAt(0);
    if ((c0 === YI || c0 === SHANG) && OVER_ALL_CASES.test(line)) return line;
    if (line.includes('负责') && !line.includes('某') && OFFICIAL_ON_THE_LAW.test(line)) return line;
    // (Each pattern only where its word is: most lines give advice of no kind. Both patterns reach their word within
    // ADVICE_REACH characters, so only the line's head is searched for it.)
    const advice =
      (ADVISES.test(line.length > ADVICE_REACH ? line.slice(0, ADVICE_REACH) : line) &&
        (AGENCY_REMINDER.test(line) || NAMED_REMINDER.test(line))) ||
      (line.startsWith('各') && DIRECTIONS.test(line));
    return advice && !IMPOSES_ON.test(line) ? line : undefined;
  }
  // 网警提醒·以案说法: a second label joined by a separator is part of the heading.
  // 【以案释法·提醒】: the second label's closing bracket is no lesson text either.
  return m[2]!.replace(/^[·•・\s]*(以案说法|以案释法|律师说法|网警说法|提醒|提示)?[】\]]?[：:]?/, '').trim();
}
