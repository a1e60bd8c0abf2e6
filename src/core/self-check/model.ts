/**
 * The operator compliance self-check (合规自查): the obligations the penalty rules enforce, read from the operator's
 * side. A `Requirement` is one checkable duty quoted from an obligation article; a `Profile` says who the operator is
 * and selects the requirements that apply (`applies_to`, a predicate kept as data); the operator answers each
 * (`Answer`), and the `Report` lists the gaps with the rule that punishes them today, its ranges, who enforces it,
 * published cases that punished the same obligation, and the steps that close the gap.
 */
import type { IsoDate } from '../shared/dates.js';
import type { SimilarCase } from '../similar/model.js';
import type { Authority } from '../penalties/model.js';
import type { SanctionRange, TierRange } from '../penalties/check-result.js';

/** Kind of organisation (or a natural person running a website or 公众号). */
export const ORG_KINDS = [
  'company',
  'government',
  /** 事业单位: hospitals, schools, research institutes. */
  'public_institution',
  'social_organization',
  /** 个体工商户. */
  'individual_business',
  'individual',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const SECTORS = [
  'healthcare',
  'education',
  'finance',
  'energy',
  'transport',
  'telecom',
  'internet',
  'software',
  'government',
  'legal_services',
  'retail',
  'manufacturing',
  'media',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * How many people's personal information the operator processes. The band edge 1000万 is the statute's
 * (网络数据安全管理条例 第二十八条: 处理1000万人以上个人信息的); 100万 stands for 「国家网信部门规定数量」 of
 * 个人信息保护法 第四十条、第五十二条 (see NOTES.md, Self-check).
 */
export const PI_VOLUMES = ['none', 'under_1m', '1m_to_10m', 'at_least_10m'] as const;
export type PiVolume = (typeof PI_VOLUMES)[number];

/** 网络安全等级保护 level of the operator's highest-rated system; `none`: not rated; `unknown`: does not know. */
export const MLPS_LEVELS = ['none', '1', '2', '3', '4', '5', 'unknown'] as const;
export type MlpsLevel = (typeof MLPS_LEVELS)[number];

/** 互联网信息服务 (互联网信息服务管理办法 第三条): none, 非经营性 (备案), 经营性 (许可). */
export const ICP_KINDS = ['none', 'non_commercial', 'commercial'] as const;
export type IcpKind = (typeof ICP_KINDS)[number];

/** The yes/no facts of a profile, each a field `applies_to` conditions may name. */
export const PROFILE_FLAGS = [
  /** Runs a network or information system (网络运营者: 网络的所有者、管理者和网络服务提供者). */
  'runs_network',
  /** Connected to the internet (国际联网) as a 使用单位 or 接入单位. */
  'internet_connected',
  'website',
  'app',
  'mini_program',
  /** 微信公众号、微博等公众账号. */
  'public_account',
  /** Users register accounts: network access, 信息发布, 即时通讯 or like services (实名制). */
  'user_accounts',
  'processes_pi',
  'sensitive_pi',
  /** Provides personal information or important data outside the mainland (出境). */
  'cross_border',
  /** Handles important data (重要数据) as identified by the catalogues. */
  'important_data',
  /** Designated operator of critical information infrastructure (关键信息基础设施运营者). */
  'cii',
  /** Provides network products or services (网络产品、服务的提供者: software, devices, cloud). */
  'network_products',
  /** Provides network security services (安全认证、检测、风险评估, 漏洞发现…). */
  'security_services',
  /** Runs an internet café (互联网上网服务营业场所). */
  'internet_cafe',
  /** 电信业务经营者. */
  'telecom_operator',
  /** 互联网服务提供者 in the sense of 反电信网络诈骗法 (network access, hosting, domain, app store, payment …). */
  'internet_service_provider',
  /** 银行业金融机构、非银行支付机构. */
  'financial_institution',
] as const;
export type ProfileFlag = (typeof PROFILE_FLAGS)[number];

export interface Profile extends Record<ProfileFlag, boolean> {
  org_kind: OrgKind;
  sector: Sector;
  pi_volume: PiVolume;
  mlps_level: MlpsLevel;
  icp: IcpKind;
}

/** One condition over a profile. */
export type Condition =
  | { field: ProfileFlag; is: boolean }
  | { field: 'org_kind'; in: readonly OrgKind[] }
  | { field: 'sector'; in: readonly Sector[] }
  | { field: 'mlps_level'; in: readonly MlpsLevel[] }
  | { field: 'icp'; in: readonly IcpKind[] }
  /** The volume band is this one or a higher one. */
  | { field: 'pi_volume'; at_least: PiVolume };

/** Who a requirement applies to, as data: `{ all: [] }` is everyone. */
export type Applicability = Condition | { all: readonly Applicability[] } | { any: readonly Applicability[] };

export interface Requirement {
  /** Stable id: <law code><version>-<article>-<slug>, e.g. csl2025-23-mlps. */
  id: string;
  /** Law name as in the catalogue (网络安全法). */
  law: string;
  /** Catalogue version id (2025-10-28). */
  version: string;
  article: number;
  paragraph?: number;
  item?: number;
  /** The verbatim sentence of data/law it comes from (a test checks it is in the article). */
  quote: string;
  /** Plain Chinese question; 是 (yes) = compliant. */
  question: string;
  /** Chinese help text: what the duty means in practice. */
  help: string;
  applies_to: Applicability;
  /** Chinese steps that close the gap. */
  steps: readonly string[];
  /**
   * Who in practice is the 「有关主管部门」 for this duty when the enforcing rule names only that, with the basis
   * (等级保护: 公安机关, 计算机信息系统安全保护条例 第六条、第十七条).
   */
  competent?: { authority: Authority; basis: string };
  /** The requirement that carries this duty in the next version of the law (csl2016-21-mlps → csl2025-23-mlps). */
  successor?: string;
}

/** A requirement as the questionnaire shows it: with its citation, the rules enforcing it and `applies_to` in words. */
export interface ApplicableRequirement extends Requirement {
  /** 《中华人民共和国网络安全法》第二十三条 (款、项 when the requirement names them). */
  article_label: string;
  /** Penalty rules of the same law version whose `enforces` names this provision (derived). */
  rules: string[];
  /** `applies_to` in Chinese words (适用于：所有网络运营者). */
  applies_to_words: string;
}

export const ANSWERS = ['yes', 'no', 'partly', 'n/a'] as const;
export type AnswerValue = (typeof ANSWERS)[number];
/** An answer, as a bare value or with a note. */
export type Answer = AnswerValue | { value: AnswerValue; note?: string };
/** Answers keyed by requirement id. */
export type Answers = Readonly<Record<string, Answer>>;

/**
 * A published case the report may cite as precedent (the app fetches candidates from its store): the fields of the
 * similar-case search's SimilarCase it needs, so a pool of those serves as is, and the party's sector when known.
 */
export type PrecedentCandidate = Pick<
  SimilarCase,
  'id' | 'title' | 'applied' | 'party_kind' | 'region' | 'date'
> & {
  sector?: Sector | null;
};

/** Candidates given as a list, or as a function of the rule ids a gap is about (the rule today and its predecessors). */
export type PrecedentSource =
  readonly PrecedentCandidate[] | ((ruleIds: readonly string[]) => readonly PrecedentCandidate[]);

export interface RuleToday {
  id: string;
  law: string;
  version: string;
  article: number;
  paragraph: number | null;
  /** 《中华人民共和国网络安全法》第六十一条第一款. */
  citation: string;
}

/** A tier's sanction with a Chinese label: 对责任人员：处一万元以上十万元以下罚款（10,000–100,000 元）. */
export type LabelledSanction = SanctionRange & { label: string };
/** A tier of the rule today, its sanctions labelled in Chinese. */
export type GapTier = Omit<TierRange, 'sanctions'> & { sanctions: LabelledSanction[] };

export interface Gap {
  requirement: string;
  question: string;
  quote: string;
  answer: 'no' | 'partly';
  note?: string;
  /** 《中华人民共和国网络安全法》第二十三条. */
  article: string;
  /** The rule that punishes the gap under the law in force on the report date (null: none in force). */
  rule_today: RuleToday | null;
  /** Further rules in force that punish it (e.g. 第六十一条第三款 for 造成大量数据泄露 …). */
  also: RuleToday[];
  /** The tiers of rule_today with their sanctions and bounds in yuan, labelled in Chinese. */
  ranges: GapTier[];
  /** Who enforces it, in Chinese (公安机关; 网信部门、电信主管部门 …). */
  authority: string;
  /** Why that authority, when the rule names only 有关主管部门. */
  authority_basis?: string;
  /** Case ids, most similar first. */
  precedents: string[];
  steps: readonly string[];
  /** A number to sort by: the highest fine maximum of any tier in yuan, detention and closure weighted (NOTES.md). */
  exposure: number;
}

export interface Report {
  date: IsoDate;
  gaps: Gap[];
  summary: {
    applicable: number;
    counts: Record<AnswerValue | 'unanswered', number>;
    /** Gap requirement ids, highest exposure first. */
    highest: string[];
    /** Applicable requirements without an answer. */
    unanswered: string[];
  };
}

/** Per requirement answered: a fingerprint of what the answer was given against (saved with the assessment). */
export type Fingerprints = Readonly<Record<string, string>>;

export interface LawChange {
  requirement: string;
  change: 'rule_changed' | 'requirement_changed' | 'requirement_gone' | 'new_requirement';
  /** Chinese explanation. */
  why: string;
  /** For a requirement gone: the one that carries the duty now. */
  successor?: string;
}
