/**
 * The laws Wangan knows, their names as citations write them, and their dated versions.
 * Legal data as data: an amendment adds a version here (with its text file in data/law), it never edits an
 * older entry. Dates are those the texts themselves state (施行 articles and headers), quoted in `basis`.
 */
import type { IsoDate } from '../shared/dates.js';

export type LawKind = 'law' | 'administrative_regulation' | 'departmental_rule';

export interface VersionEntry {
  /** Stable id: the date of the text (adoption or latest amendment), as in the file name. */
  id: string;
  /** File name under data/law. */
  file: string;
  /** Date the text was adopted, amended or revised. */
  adopted: IsoDate;
  /** First day this version is in force. */
  effective: IsoDate;
  /** Why these dates (article or header of the text). */
  basis: string;
  note?: string;
}

export interface LawEntry {
  /** Short stable id used in URLs and rule ids. */
  id: string;
  /** Official title without 《》 and without a leading 中华人民共和国 (the case-record schema's law name). */
  name: string;
  /** Official title as published. */
  title: string;
  kind: LawKind;
  /** Other names citations use for it (abbreviations, older titles). Matched exactly, longest first. */
  aliases: string[];
  /** Versions in chronological order; each is superseded by the next one's effective date. */
  versions: VersionEntry[];
  /** Article map files (data/law), one per pair of consecutive versions that has one (the law was renumbered). */
  articleMaps?: string[];
}

export const LAWS: readonly LawEntry[] = [
  {
    id: 'csl',
    name: '网络安全法',
    title: '中华人民共和国网络安全法',
    kind: 'law',
    aliases: ['网安法'],
    articleMaps: ['网络安全法-条文对照.tsv'],
    versions: [
      {
        id: '2016-11-07',
        file: '网络安全法(2016-11-07).md',
        adopted: '2016-11-07',
        effective: '2017-06-01',
        basis: '第七十九条 本法自2017年6月1日起施行。',
      },
      {
        id: '2025-10-28',
        file: '网络安全法(2025-10-28).md',
        adopted: '2025-10-28',
        effective: '2026-01-01',
        basis: '《关于修改〈中华人民共和国网络安全法〉的决定》：自2026年1月1日起施行。',
      },
    ],
  },
  {
    id: 'intlnet-security',
    name: '计算机信息网络国际联网安全保护管理办法',
    title: '计算机信息网络国际联网安全保护管理办法',
    kind: 'departmental_rule',
    aliases: ['国际联网安全保护管理办法', '联网安全保护管理办法'],
    versions: [
      {
        id: '2011-01-08',
        file: '计算机信息网络国际联网安全保护管理办法(2011-01-08).md',
        adopted: '1997-12-16',
        effective: '1997-12-30',
        basis: '第二十五条 本办法自1997年12月30日起施行。',
        note: '收录2011年1月8日修订后的文本（仅文字修改）；此前的文本未收录。',
      },
    ],
  },
  {
    id: 'psal',
    name: '治安管理处罚法',
    title: '中华人民共和国治安管理处罚法',
    kind: 'law',
    aliases: ['治安处罚法'],
    articleMaps: ['治安管理处罚法-条文对照(2005-2012).tsv', '治安管理处罚法-条文对照(2012-2025).tsv'],
    versions: [
      {
        id: '2005-08-28',
        file: '治安管理处罚法(2012-10-26).md',
        adopted: '2005-08-28',
        effective: '2006-03-01',
        basis:
          '第一百一十九条 本法自2006年3月1日起施行（2005年8月28日第十届全国人民代表大会常务委员会第十七次会议通过）。',
        note: '2005年原文未收录，以2012年修正文本代替：2012年10月26日的修改决定只修改了第六十条（第四项），其余条文相同（据该决定；决定与2005年原文均未收录，未以所存文本核对）。第六十条显示的是修正后的文字；Wangan 编码的罚则条文（第二十五条、第二十九条、第四十二条、第四十七条、第六十八条）两版相同。',
      },
      {
        id: '2012-10-26',
        file: '治安管理处罚法(2012-10-26).md',
        adopted: '2012-10-26',
        effective: '2013-01-01',
        basis:
          '2012年10月26日《关于修改〈中华人民共和国治安管理处罚法〉的决定》，自2013年1月1日起施行（第一百一十九条：本法自2006年3月1日起施行）。',
      },
      {
        id: '2025-06-27',
        file: '治安管理处罚法(2025-06-27).md',
        adopted: '2025-06-27',
        effective: '2026-01-01',
        basis: '第一百四十四条 本法自2026年1月1日起施行。',
      },
    ],
  },
  {
    id: 'pipl',
    name: '个人信息保护法',
    title: '中华人民共和国个人信息保护法',
    kind: 'law',
    aliases: ['个保法'],
    versions: [
      {
        id: '2021-08-20',
        file: '个人信息保护法(2021-08-20).md',
        adopted: '2021-08-20',
        effective: '2021-11-01',
        basis: '第七十四条 本法自2021年11月1日起施行。',
      },
    ],
  },
  {
    id: 'dsl',
    name: '数据安全法',
    title: '中华人民共和国数据安全法',
    kind: 'law',
    aliases: ['数安法'],
    versions: [
      {
        id: '2021-06-10',
        file: '数据安全法(2021-06-10).md',
        adopted: '2021-06-10',
        effective: '2021-09-01',
        basis: '第五十五条 本法自2021年9月1日起施行。',
      },
    ],
  },
  {
    id: 'apl',
    name: '行政处罚法',
    title: '中华人民共和国行政处罚法',
    kind: 'law',
    aliases: [],
    versions: [
      {
        id: '2021-01-22',
        file: '行政处罚法(2021-01-22).md',
        adopted: '2021-01-22',
        effective: '2021-07-15',
        basis: '第八十六条 本法自2021年7月15日起施行。',
      },
    ],
  },
  {
    id: 'ciir',
    name: '关键信息基础设施安全保护条例',
    title: '关键信息基础设施安全保护条例',
    kind: 'administrative_regulation',
    aliases: ['关基条例', '关基保护条例'],
    versions: [
      {
        id: '2021-07-30',
        file: '关键信息基础设施安全保护条例(2021-07-30).md',
        adopted: '2021-07-30',
        effective: '2021-09-01',
        basis: '第五十一条 本条例自2021年9月1日起施行。',
      },
    ],
  },
  {
    id: 'ndsr',
    name: '网络数据安全管理条例',
    title: '网络数据安全管理条例',
    kind: 'administrative_regulation',
    aliases: ['网络数据条例'],
    versions: [
      {
        id: '2024-09-24',
        file: '网络数据安全管理条例(2024-09-24).md',
        adopted: '2024-09-24',
        effective: '2025-01-01',
        basis: '第六十四条 本条例自2025年1月1日起施行。',
      },
    ],
  },
  {
    id: 'cis-regulation',
    name: '计算机信息系统安全保护条例',
    title: '中华人民共和国计算机信息系统安全保护条例',
    kind: 'administrative_regulation',
    aliases: [],
    versions: [
      {
        id: '2011-01-08',
        file: '计算机信息系统安全保护条例(2011-01-08).md',
        adopted: '1994-02-18',
        effective: '1994-02-18',
        basis: '第三十一条 本条例自发布之日起施行（1994年2月18日国务院令第147号发布）。',
        note: '收录2011年1月8日修订后的文本；此前的文本未收录。',
      },
    ],
  },
  {
    id: 'intlnet-interim',
    name: '计算机信息网络国际联网管理暂行规定',
    title: '中华人民共和国计算机信息网络国际联网管理暂行规定',
    kind: 'administrative_regulation',
    aliases: [],
    versions: [
      {
        id: '1997-05-20',
        file: '计算机信息网络国际联网管理暂行规定(1997-05-20).md',
        adopted: '1997-05-20',
        effective: '1997-05-20',
        basis: '1997年5月20日修正；第十七条 本规定自发布之日起施行（1996年2月1日）。',
      },
    ],
  },
  {
    id: 'iism',
    name: '互联网信息服务管理办法',
    title: '互联网信息服务管理办法',
    kind: 'administrative_regulation',
    aliases: [],
    versions: [
      {
        id: '2011-01-08',
        file: '互联网信息服务管理办法(2011-01-08).md',
        adopted: '2000-09-25',
        effective: '2000-09-25',
        basis: '第二十七条 本办法自公布之日起施行（2000年9月25日国务院令第292号公布）。',
        note: '收录2011年1月8日修订后的文本；此前的文本未收录。',
      },
    ],
  },
  {
    id: 'cafe-regulation',
    name: '互联网上网服务营业场所管理条例',
    title: '互联网上网服务营业场所管理条例',
    kind: 'administrative_regulation',
    aliases: [],
    versions: [
      {
        id: '2022-03-29',
        file: '互联网上网服务营业场所管理条例(2022-03-29).md',
        adopted: '2022-03-29',
        effective: '2022-05-01',
        basis:
          '《国务院关于修改和废止部分行政法规的决定》（2022年3月29日，自2022年5月1日起施行）第四次修订。',
      },
    ],
  },
  {
    id: 'atnf',
    name: '反电信网络诈骗法',
    title: '中华人民共和国反电信网络诈骗法',
    kind: 'law',
    aliases: ['反诈法'],
    versions: [
      {
        id: '2022-09-02',
        file: '反电信网络诈骗法(2022-09-02).md',
        adopted: '2022-09-02',
        effective: '2022-12-01',
        basis: '第五十条 本法自2022年12月1日起施行。',
      },
    ],
  },
  {
    id: 'psap',
    name: '公安机关办理行政案件程序规定',
    title: '公安机关办理行政案件程序规定',
    kind: 'departmental_rule',
    aliases: [],
    versions: [
      {
        id: '2019-04-27',
        file: '公安机关办理行政案件程序规定(2019-04-27).md',
        adopted: '2018-11-25',
        effective: '2019-01-01',
        basis: '公安部令第149号第二次修正（2018年11月25日）。',
      },
      {
        id: '2020-08-06',
        file: '公安机关办理行政案件程序规定(2020-08-06).md',
        adopted: '2020-08-06',
        effective: '2020-08-06',
        basis: '公安部令第160号第三次修正（2020年8月6日）。',
      },
    ],
  },
];

const byName = new Map<string, LawEntry>();
for (const law of LAWS) {
  for (const n of [law.name, law.title, ...law.aliases]) byName.set(n, law);
}

/** The law a citation's name denotes (official title, title without 中华人民共和国, or alias), or undefined. */
export function findLaw(nameOrId: string): LawEntry | undefined {
  const hit = byName.get(nameOrId);
  if (hit) return hit;
  const n = nameOrId.trim().replace(/^《|》$/g, '');
  return byName.get(n) ?? byName.get(n.replace(/^中华人民共和国/, '')) ?? LAWS.find((l) => l.id === n);
}

/** Every name a citation may use, longest first (so that 计算机信息网络国际联网安全保护管理办法 wins over shorter ones). */
export const LAW_NAMES: readonly string[] = [...byName.keys()].sort((a, b) => b.length - a.length);
