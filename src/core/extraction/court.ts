/**
 * A court's document about an administrative penalty (行政判决书 on a suit against it, 行政裁定书 on an application to
 * enforce it), or a review body's (行政复议决定书, 申请人 against 被申请人): the record is the penalty the court reviews or enforces, told in the paragraph that recites it
 * (被告某分局于…作出…行政处罚决定，认定：…决定对某公司给予警告…). The court's own parts — the parties' arguments
 * (诉称/辩称), its reasoning (本院认为), its judgment or ruling (驳回…诉讼请求, 准予强制执行…及加处罚款), 案件受理费 and
 * the signatures — are no sanctions and no citations of the case. The parties are named once, by role, at the head
 * (原告某公司，住所地… / 被执行人：某公司); in the recital they are called by role (被执行人) or by a short name
 * (以下简称某数据公司): the roles and the party's short name are read as the names.
 */

import { allMatches } from '../shared/regex.js';

const COURT_DOCUMENT = /行政(?:判决|裁定|复议决定)书|判决如下|裁定如下/;
/** A party's line at the head: its role, then its name up to the first comma or bracket. */
const ROLE_LINE =
  /^(原告|被告|申请执行人|被执行人|上诉人|被上诉人|第三人|被申请人|申请人[一二三四五]?)(?:[（(][^）)]{1,10}[）)])?[：:]?\s*([^，,。；（(\s]{2,40})/;
/**
 * The paragraph that recites the penalty decision (…作出的…行政处罚决定认定： / …作出…行政处罚决定，认定：), or, in a
 * 行政复议决定书, the respondent's statement of what it decided (被申请人称：…被申请人依据…决定对申请人一给予警告…).
 */
const RECITAL =
  /作出(?:的)?[^。]{0,60}?行政处罚决定(?:书)?[，,]?(?:认定|查明)?[：:]|^被申请人称[：:][^\n]*?(?:依据|根据)[^\n]*?决定/;
/** A name that is an administrative organ's (被告 or 申请执行人 in these documents). */
const ORGAN = /公安|网信|政府|管理局|分局|委员会|办公室|局$/;

interface Role {
  role: string;
  name: string;
  organ: boolean;
}

function rolesOf(lines: readonly string[]): Role[] {
  const roles: Role[] = [];
  for (const line of lines) {
    const m = ROLE_LINE.exec(line.replace(/^[\s\u3000]+/, ''));
    if (!m || roles.some((r) => r.role === m[1])) continue;
    roles.push({ role: m[1]!, name: m[2]!, organ: ORGAN.test(m[2]!) });
  }
  return roles;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The recital with roles read as names: 被告东城分局 → 东城分局, 对被执行人处 → 对某公司处, 某数据公司 → its full name. */
function named(paragraph: string, roles: readonly Role[], aliases: ReadonlyMap<string, string>): string {
  let out = paragraph;
  const organs = new Set(roles.filter((r) => r.organ).map((r) => r.name));
  for (const [alias, full] of aliases)
    if (!organs.has(full))
      out = out.replace(new RegExp(`(?<!${escapeRe(full)})${escapeRe(alias)}`, 'g'), full);
  // Longest roles first (申请执行人 before 执行人-like shorter ones).
  for (const r of [...roles].sort((a, b) => b.role.length - a.role.length)) {
    const named = [r.name, ...[...aliases].filter(([, full]) => full === r.name).map(([a]) => a)];
    const role = escapeRe(r.role);
    out = out.replace(new RegExp(`(?<![申被])${role}(?=${named.map(escapeRe).join('|')})`, 'g'), '');
    out = out.replace(new RegExp(`(?<![申被])${role}`, 'g'), r.name);
  }
  return out;
}

/** A court document reduced to the penalty it recites, the roles named; any other text as it is. */
export function courtRecital(text: string): string {
  // A cheap first look: a court's judgment or ruling, or a review body's decision.
  if (!text.includes('人民法院') && !text.includes('行政复议')) return text;
  if (!COURT_DOCUMENT.test(text)) return text.includes('原告') ? summaryNamed(text) : text;
  const lines = text.split(/\r\n|\r|\n/);
  const recitals = lines.filter((l) => RECITAL.test(l));
  const roles = rolesOf(lines);
  if (recitals.length === 0 || roles.length === 0) return text;
  /** Short names (以下简称…) of each role's name; only a party's are read as its name. */
  const aliases = new Map<string, string>();
  for (const m of allMatches(/([^，。；（(\s]{2,40})[（(]以下简称[“"]?([^）)”"]{2,20})[”"]?[）)]/g, text)) {
    const role = roles.find((r) => m[1]!.endsWith(r.name));
    if (role) aliases.set(m[2]!, role.name);
  }
  return recitals.map((p) => named(p.trim().replace(/^被申请人称[：:]/, ''), roles, aliases)).join('\n');
}

/** 原告茴山某科技有限公司运营… / 被告某县委网信办在… — a party named by role where a summary first mentions it. */
const NAMED_PLAINTIFF = /原告([^，。；、\s“”]{2,30}?(?:公司|中心|学校|医院|[院会所店厂行社]))/;
const NAMED_DEFENDANT = /被告([^，。；、\s“”]{2,30}?(?:网信办|公安局|分局|管理局|委员会|办公室|政府|局))/;

/**
 * A court's summary of an administrative case (案例精选: 【基本案情】 原告某公司… 被告某县委网信办…, then 原告/被告
 * throughout), no judgment's head of role lines: the roles, named where first written, are read as the names.
 */
function summaryNamed(text: string): string {
  const plaintiff = NAMED_PLAINTIFF.exec(text);
  const defendant = NAMED_DEFENDANT.exec(text);
  if (!plaintiff || !defendant) return text;
  const roles: Role[] = [
    { role: '原告', name: plaintiff[1]!, organ: false },
    { role: '被告', name: defendant[1]!, organ: true },
  ];
  const told = REASONS.test(text)
    ? text
        .split('\n')
        .filter((l) => !REASONS.test(l))
        .join('\n')
    : text;
  return named(told, roles, new Map());
}

/** 某县人民法院经审理认为，…处以10万元罚款，并无明显不当 — the court's reasons restate the penalty: no case of their own. */
const REASONS = /^[\s\u3000]*(?:[^，。\n]{0,16}(?:人民法院|法院)|本院)(?:经审理|经审查|审理后)?认为/m;
