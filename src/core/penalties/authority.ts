/**
 * The kind of authority an agency's name denotes, as bulletins write it (金凤网安部门, 县公安局, 警方, 衡阳市网信办,
 * 省互联网信息办公室, 通信管理局). Unknown when the name says nothing of it.
 */
import type { Authority } from './model.js';

const PATTERNS: [RegExp, Authority][] = [
  [/网信|互联网信息办公室|网络安全和信息化/, 'cyberspace'],
  [/公安|网安|网警|警方|派出所|公安机关/, 'public_security'],
  [/通信管理局|电信主管|工业和信息化/, 'telecom'],
  [/人民银行|金融监督管理|金融监管|银保监|外汇管理/, 'financial'],
  [/文化和旅游|文化市场|文化广电|文广|文旅|文化行政|文化局/, 'culture'],
  [/市场监督管理|市场监管|工商行政管理|工商局/, 'market_regulation'],
  [/国家安全机关|国家安全局|国家安全厅/, 'state_security'],
  // 禹王台分局, 南海分局: a bare 分局 in a police bulletin is a 公安分局 (other bodies' 分局 name their kind: 税务分局…).
  [/^(?!.*(税务|海关|统计|气象)).*分局$/, 'public_security'],
];

const kindCache = new Map<string, Authority | null>();
const levelCache = new Map<string, AuthorityLevel>();

/** Memoises a function of an agency name (names repeat across cases; the cache is bounded). */
function cached<T>(cache: Map<string, T>, agency: string, compute: (a: string) => T): T {
  const hit = cache.get(agency);
  if (hit !== undefined || cache.has(agency)) return hit as T;
  const v = compute(agency);
  if (cache.size > 10_000) cache.clear();
  cache.set(agency, v);
  return v;
}

export function authorityOf(agency: string | null | undefined): Authority | null {
  return agency ? cached(kindCache, agency, kindOf) : null;
}

function kindOf(agency: string): Authority | null {
  for (const [re, a] of PATTERNS) if (re.test(agency)) return a;
  return null;
}

export const AUTHORITY_LABEL: Readonly<Record<Authority, string>> = {
  public_security: '公安机关',
  cyberspace: '网信部门',
  telecom: '电信主管部门',
  pi_protection: '履行个人信息保护职责的部门',
  financial: '金融管理部门',
  competent_department: '有关主管部门',
  culture: '文化行政部门',
  market_regulation: '市场监督管理部门（工商行政管理部门）',
  state_security: '国家安全机关',
};

/**
 * May an agency of this kind apply a rule that names these authorities? 有关主管部门 is whichever department the
 * law puts in charge (网络安全法 第八条): any known kind may be it. 履行个人信息保护职责的部门 (个人信息保护法 第六十条:
 * 「国家网信部门负责统筹协调…。国务院有关部门依照本法和有关法律、行政法规的规定，在各自职责范围内负责个人信息保护和监督管理
 * 工作。」) are the 网信部门 and the departments with personal-information duties in their own fields: 公安机关, 电信主管部门,
 * 市场监督管理部门 (consumers' personal information, 消费者权益保护法 第二十九条、第五十六条) and 金融管理部门 (financial
 * customers' information).
 */
const PI_PROTECTION_DEPARTMENTS: ReadonlySet<Authority> = new Set<Authority>([
  'cyberspace',
  'public_security',
  'telecom',
  'market_regulation',
  'financial',
]);

export function authorityMayApply(agency: Authority, named: readonly Authority[]): boolean {
  if (named.includes(agency) || named.includes('competent_department')) return true;
  if (named.includes('pi_protection')) return PI_PROTECTION_DEPARTMENTS.has(agency);
  return false;
}

export type AuthorityLevel = 'provincial_or_above' | 'below_provincial' | null;

const MUNICIPALITY = /^(北京|上海|天津|重庆)市/;

/**
 * The administrative level an agency's name shows: 国家/省/自治区 or a municipality's own department is
 * 省级以上; a city, prefecture, county or district unit is below; a bare 网信部门 or 警方 says nothing.
 */
export function authorityLevelOf(agency: string | null | undefined): AuthorityLevel {
  return agency ? cached(levelCache, agency, levelOf) : null;
}

function levelOf(agency: string): AuthorityLevel {
  if (
    /国家|中央|公安部|^省|省(公安厅|互联网信息办公室|网信办|委网信办)|自治区(公安厅|互联网信息办公室|网信办)/.test(
      agency,
    )
  )
    return 'provincial_or_above';
  if (MUNICIPALITY.test(agency))
    return /市.+?([区县]|分局|派出所)/.test(agency) ? 'below_provincial' : 'provincial_or_above';
  if (/[市县区州盟旗]/.test(agency)) return 'below_provincial';
  return null;
}

/** 公安派出所 (a 派出所 of a 公安局/分局): it decides only what the law lets it (治安管理处罚法 2012 第九十一条, 2025 第一百零九条). */
export function isPoliceStation(agency: string | null | undefined): boolean {
  return !!agency && /派出所/.test(agency);
}

/**
 * A government body that is plainly not a 公安机关 (某县教育局, 某区市场监督管理局, 某市文化市场综合执法支队), though its kind
 * is none the rules name: enough to say it may not detain anyone.
 */
export function isNonPoliceOrgan(agency: string | null | undefined): boolean {
  return (
    !!agency &&
    authorityOf(agency) !== 'public_security' &&
    /(局|厅|委员会|委|办公室|办|部|署|中心|支队|大队|政府)$/.test(agency)
  );
}
