/**
 * Who may decide: the deciding agency against the rules applied and the sanctions imposed.
 * - The rule must empower the agency's kind (公安机关, 网信部门, 有关主管部门 …); an agency named but of no kind the
 *   name shows cannot be checked, and the verdict is not given as lawful; an agency not named is a fact the verdict
 *   depends on.
 * - 个人信息保护法 第六十六条第二款: only 省级以上 departments.
 * - 行政处罚法 第十八条第三款 “限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使”; 公安机关办理行政案件程序规定
 *   第一百七十三条 “行政拘留处罚由县级以上公安机关或者出入境边防检查机关决定。依法应当对违法行为人予以行政拘留的，公安派出所…
 *   应当报其所属的县级以上公安机关决定” — never a 派出所.
 * - A 派出所 decides 治安管理处罚 only within the limit the version in force gives it (data below), and nothing under
 *   other laws: 行政处罚法 第二十三条 “行政处罚由县级以上地方人民政府具有行政处罚权的行政机关管辖”; its power to punish
 *   comes only from the law that grants it.
 */
import type { CaseRecord } from '../shared/case-record.js';
import { findLaw } from '../statutes/catalogue.js';
import { versionInForce } from '../statutes/versions.js';
import { dateSpan, type IsoDate } from '../shared/dates.js';
import {
  AUTHORITY_LABEL,
  authorityLevelOf,
  authorityMayApply,
  authorityOf,
  isPoliceStation,
  isNonPoliceOrgan,
} from './authority.js';
import type { Finding } from './check-result.js';
import type { PenaltyRule } from './model.js';

/** What a 公安派出所 may decide under a version of 治安管理处罚法 (warnings, and fines up to a ceiling). */
export interface PoliceStationLimit {
  law: string;
  version: string;
  article: number;
  text: string;
  maxFineYuan: number;
}

export const POLICE_STATION_LIMITS: readonly PoliceStationLimit[] = [
  {
    // The version held as the 2012 text (the 2012 decision amended only 第六十条; data/law/SOURCES.md).
    law: '治安管理处罚法',
    version: '2005-08-28',
    article: 91,
    text: '第九十一条 治安管理处罚由县级以上人民政府公安机关决定；其中警告、五百元以下的罚款可以由公安派出所决定。',
    maxFineYuan: 500,
  },
  {
    law: '治安管理处罚法',
    version: '2012-10-26',
    article: 91,
    text: '第九十一条 治安管理处罚由县级以上人民政府公安机关决定；其中警告、五百元以下的罚款可以由公安派出所决定。',
    maxFineYuan: 500,
  },
  {
    law: '治安管理处罚法',
    version: '2025-06-27',
    article: 109,
    text: '第一百零九条 治安管理处罚由县级以上地方人民政府公安机关决定；其中警告、一千元以下的罚款，可以由公安派出所决定。',
    maxFineYuan: 1000,
  },
];

export interface CompetenceResult {
  findings: Finding[];
  /** Facts the verdict depends on (the agency's power when the record does not name it). */
  requires: string[];
  /** The agency cannot be judged (named, but its kind is unknown). */
  undetermined: boolean;
}

const authorityLabels = new WeakMap<PenaltyRule, string>();

/** 公安机关或有关主管部门: the authorities a rule names, in words (once per rule). */
function authoritiesLabel(rule: PenaltyRule): string {
  let l = authorityLabels.get(rule);
  if (l === undefined)
    authorityLabels.set(rule, (l = rule.authorities.map((a) => AUTHORITY_LABEL[a]).join('或')));
  return l;
}

export function checkCompetence(record: CaseRecord, rules: readonly PenaltyRule[]): CompetenceResult {
  const out: CompetenceResult = { findings: [], requires: [], undetermined: false };
  const agency = record.agency?.trim() || null;
  const sanctions = record.sanctions ?? [];
  const detains = sanctions.some((s) => s.kind === 'detention');
  const auth = authorityOf(agency);
  const who = () =>
    rules.length === 1
      ? authoritiesLabel(rules[0]!)
      : [...new Set(rules.flatMap((r) => r.authorities))].map((a) => AUTHORITY_LABEL[a]).join('或');
  if (!agency) {
    out.requires.push(`作出决定的机关为${detains ? '县级以上公安机关' : who()}`);
    out.findings.push({
      code: 'AGENCY_NOT_STATED',
      severity: 'info',
      message: `记录未载明作出决定的机关，无法核对其是否有权适用${rules.map((r) => r.id).join('、')}`,
    });
    return out;
  }
  if (!auth) {
    if (detains && isNonPoliceOrgan(agency)) detentionByOther(agency, out);
    else {
      out.undetermined = true;
      out.findings.push({
        code: 'AUTHORITY_UNKNOWN',
        severity: 'warning',
        message: `无法从名称判断「${agency}」属于哪类机关，不能核对其是否有权适用${rules.map((r) => r.id).join('、')}（${who()}）`,
      });
    }
    return out;
  }
  for (const r of rules)
    if (!authorityMayApply(auth, r.authorities))
      out.findings.push({
        code: 'AUTHORITY_NOT_EMPOWERED',
        severity: 'error',
        message: `${r.id}由${r.authorities.map((a) => AUTHORITY_LABEL[a]).join('或')}处罚，${agency}（${AUTHORITY_LABEL[auth]}）无权适用`,
      });
  const level = authorityLevelOf(agency);
  for (const r of rules) {
    if (r.authorityLevel !== 'provincial_or_above' || level === 'provincial_or_above') continue;
    out.findings.push({
      code: 'AUTHORITY_LEVEL',
      severity: level === 'below_provincial' ? 'error' : 'warning',
      message: `${r.id}只能由省级以上部门决定，${agency}${level === 'below_provincial' ? '不是省级以上部门' : '的级别无法从名称判断'}`,
    });
    if (level === null) out.undetermined = true;
  }
  if (detains && auth !== 'public_security') detentionByOther(agency, out);
  if (isPoliceStation(agency)) policeStation(record, rules, agency, out);
  return out;
}

function detentionByOther(agency: string, out: CompetenceResult): void {
  out.findings.push({
    code: 'DETENTION_AUTHORITY',
    severity: 'error',
    message: `行政拘留只能由公安机关决定（行政处罚法第十八条第三款“限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使”），${agency}无权决定`,
  });
}

/** 派出所: never detention; under 治安管理处罚法 only warnings and fines up to the version's limit. */
function policeStation(
  record: CaseRecord,
  rules: readonly PenaltyRule[],
  agency: string,
  out: CompetenceResult,
): void {
  const sanctions = record.sanctions ?? [];
  if (sanctions.some((s) => s.kind === 'detention'))
    out.findings.push({
      code: 'NOT_COMPETENT',
      severity: 'error',
      message: `公安派出所不能决定行政拘留（公安机关办理行政案件程序规定第一百七十三条“行政拘留处罚由县级以上公安机关或者出入境边防检查机关决定……公安派出所……应当报其所属的县级以上公安机关决定”），${agency}无权决定`,
    });
  for (const r of rules) {
    const limit = limitFor(r, record);
    if (!limit) {
      if (r.tiers.length > 0 && sanctions.some((s) => s.kind !== 'rectification'))
        out.findings.push({
          code: 'NOT_COMPETENT',
          severity: 'error',
          message: `${agency}为公安派出所，不是“县级以上地方人民政府具有行政处罚权的行政机关”（行政处罚法第二十三条）；派出所只能依法律授权作出处罚（治安管理处罚法的警告和小额罚款），${r.id}的处罚须由县级以上公安机关决定`,
        });
      continue;
    }
    const beyond = sanctions.filter(
      (s) =>
        s.kind !== 'warning' &&
        s.kind !== 'rectification' &&
        s.kind !== 'detention' &&
        !(s.kind === 'fine' && s.amount_yuan !== null && s.amount_yuan <= limit.maxFineYuan),
    );
    for (const s of beyond)
      out.findings.push({
        code: 'NOT_COMPETENT',
        severity: s.kind === 'fine' && s.amount_yuan === null ? 'warning' : 'error',
        message: `${agency}为公安派出所，依《${limit.law}》（${limit.version}版本）第${limit.article}条只能决定警告和${limit.maxFineYuan}元以下的罚款（“${limit.text}”）；${s.kind === 'fine' ? `罚款${s.amount_yuan ?? '（数额未载明）'}${s.amount_yuan !== null ? '元' : ''}` : '该处罚'}须由县级以上公安机关决定`,
      });
  }
}

/** The 派出所 limit of the law a rule belongs to, in the version in force on the decision date (procedure). */
function limitFor(rule: PenaltyRule, record: CaseRecord): PoliceStationLimit | undefined {
  if (!POLICE_STATION_LIMITS.some((l) => l.law === rule.law)) return undefined;
  const day = record.decision_date ? dateSpan(record.decision_date).last : null;
  return (
    (day ? policeStationLimit(day, rule.law) : undefined) ??
    POLICE_STATION_LIMITS.find((l) => l.version === rule.version)
  );
}

/**
 * What a 派出所 may decide in a 治安 case decided on `day`: the limit of the 治安管理处罚法 version in force that day
 * (the case-handling guards ask the same question).
 */
export function policeStationLimit(day: IsoDate, law = '治安管理处罚法'): PoliceStationLimit | undefined {
  const entry = findLaw(law);
  const version = entry ? versionInForce(entry, day)?.id : undefined;
  return POLICE_STATION_LIMITS.find((l) => l.law === law && l.version === version);
}
