/**
 * Penalty provisions as data. One `PenaltyRule` per penalty paragraph (款) of a dated law version, carrying
 * its verbatim text, the obligations it enforces, who is liable, who may apply it, and its tiers.
 * The rule files (rules/*.ts) are data only; engine files (evaluate.ts, check-case.ts, lenient-law.ts) read them.
 * Conventions (see rules/README.md): 以上/以下 are inclusive; a bound the text does not state is null, never invented.
 */
import type { Fact, PartyKind, SanctionKind, SanctionTarget } from '../shared/case-record.js';

/** Who may decide the penalty. */
export type Authority =
  /** 公安机关 (网安部门, 派出所 for what the law lets it decide). */
  | 'public_security'
  /** 网信部门 (国家/省/市 互联网信息办公室, 网信办). */
  | 'cyberspace'
  /** 电信主管部门 (通信管理局). */
  | 'telecom'
  /** 履行个人信息保护职责的部门 (PIPL 第六十条). */
  | 'pi_protection'
  /** 金融管理部门 (中国人民银行, 国家金融监督管理总局 and their branches; 反电信网络诈骗法 第六条第三款 「金融…等有关部门」). */
  | 'financial'
  /** 有关主管部门 / 有关部门: whichever department the law puts in charge (公安, 网信, 电信, 行业主管). */
  | 'competent_department'
  /** 文化行政部门 (文化和旅游局, 文化市场综合执法机构): 互联网上网服务营业场所管理条例. */
  | 'culture'
  /** 工商行政管理部门, now 市场监督管理部门. */
  | 'market_regulation'
  /** 国家安全机关 (互联网信息服务管理办法 第二十条). */
  | 'state_security';

/** Who the rule is addressed to (the role a party must have). */
export type LiableRole =
  | 'any'
  | 'network_operator'
  | 'cii_operator'
  | 'product_service_provider'
  | 'pi_processor'
  | 'data_processor'
  | 'intl_network_user'
  | 'security_service_provider'
  /** 互联网上网服务营业场所经营单位 (网吧). */
  | 'internet_cafe_operator'
  /** 互联网信息服务提供者 (互联网信息服务管理办法). */
  | 'information_service_provider'
  /** 电信业务经营者 (反电信网络诈骗法 第三十九条、第四十一条、第四十三条). */
  | 'telecom_operator'
  /** 银行业金融机构、非银行支付机构 (反电信网络诈骗法 第四十条). */
  | 'financial_institution'
  /** 互联网服务提供者 (反电信网络诈骗法 第四十一条、第四十三条). */
  | 'internet_service_provider';

/** Facts the tiers turn on. A tier's `when` names them; the case (or the user) says which hold. */
export type { Fact };

export const FACT_LABELS: Readonly<Record<Fact, string>> = {
  refused_rectification: '拒不改正',
  harm_caused: '导致危害网络安全等后果',
  serious_circumstances: '情节严重',
  relatively_serious_circumstances: '情节较重',
  minor_circumstances: '情节较轻',
  serious_consequences: '严重危害网络安全后果',
  especially_serious_consequences: '特别严重危害网络安全后果',
  especially_serious_impact: '特别严重影响、特别严重后果',
  not_rectified_in_time: '逾期未改正',
};

/** How a sanction attaches once its tier applies. */
export type Modality =
  /** 给予警告 / 处…罚款 / 并处: no 可以. */
  | 'mandatory'
  /** 可以 / 可以并处 / 并可以 / 根据情况. */
  | 'optional'
  /** One of a group joined by 或者 (group named in `alternativeGroup`). */
  | 'alternative'
  /** 可以根据情节单处或者并处: any one or any combination of the group. */
  | 'single_or_combined';

/** The case figures a fine may be a multiple of: 违法所得, 采购金额, 上一年度营业额, 违法经营额. */
export type FineBase = 'illegal_gains' | 'procurement_amount' | 'previous_year_turnover' | 'illegal_turnover';

/** A money bound: a fixed sum, or a multiple of a base amount the case must state. */
export type MoneyBound = { yuan: number } | { times: number; of: FineBase };

/** When a fine alternative applies, by the illegal gains (违法所得) or, with `of`, the illegal turnover (违法经营额). */
export type GainsCondition = (
  | { gains: 'positive' }
  | { gains: 'none' }
  /** 没有违法所得或者违法所得不足 N 元; 违法经营额不足 N 元. */
  | { gains: 'none_or_below'; yuan: number }
  /** 违法所得 N 元以上; 违法经营额 N 元以上. */
  | { gains: 'at_least'; yuan: number }
) & {
  /** The figure the condition is on when it is not 违法所得 (互联网上网服务营业场所管理条例 第二十七条: 违法经营额1万元以上的). */
  of?: 'illegal_turnover';
};

export interface FineRange {
  /** Inclusive lower bound; null when the text states none (…以下罚款). */
  min: MoneyBound | null;
  /** Inclusive upper bound; null only when the text states none. */
  max: MoneyBound | null;
  when?: GainsCondition;
  /** The words that set it, e.g. 处违法所得一倍以上十倍以下罚款. */
  words: string;
}

export interface DaysRange {
  min: number | null;
  max: number;
  words: string;
}

export interface SanctionRule {
  kind: SanctionKind;
  target: SanctionTarget;
  modality: Modality;
  /** For alternative / single_or_combined modalities: the group the choice is made in. */
  alternativeGroup?: string;
  /** Fines: the ranges, each for its gains condition; a fine is lawful if some applicable range admits it. */
  fine?: FineRange[];
  /** Detention: days. */
  days?: DaysRange;
  /** Non-money measures: the words (责令暂停相关业务, 关闭网站, 吊销营业执照, 停机整顿六个月以内…). */
  words?: string;
  /** For responsible-person fines: whom the text names. */
  responsiblePersons?: 'direct_supervisor' | 'direct_supervisor_and_others' | 'supervisor';
  /** Interpretive remark (e.g. Flag A4: modality unclear). */
  note?: string;
  /**
   * Only for parties of this kind (办法 第二十条: 对个人可以并处5000元以下的罚款，对单位可以并处1.5万元以下的罚款).
   * Absent: any party kind the rule admits.
   */
  partyKind?: PartyKind;
  /** A measure bounded in months (办法 第二十条: 6个月以内停止联网、停机整顿; 第二十三条: 停机整顿不超过6个月). */
  months?: { max: number; words: string };
  /**
   * Who imposes this sanction, where the text names another authority than for the rest of the paragraph
   * (互联网上网服务营业场所管理条例 第三十条: 由公安机关给予警告…；情节严重的，责令停业整顿，直至由文化行政部门吊销…). The rule's
   * `authorities` are then all who apply some sanction of it. Absent: the rule's authorities.
   */
  by?: Authority[];
}

export interface Tier {
  /** Stable id within the rule: base, aggravated, serious, especially_serious… */
  id: string;
  /** Chinese label: 一般情形, 拒不改正或者导致危害网络安全等后果, 情节严重… */
  label: string;
  /** Disjunction of conjunctions of facts: the tier applies if every fact of some group holds. Empty: always. */
  when: Fact[][];
  /**
   * The tier whose sanctions also attach (并可以…, or texts that leave it open, Flag A2): a sanction of the same
   * kind and target here replaces the one there.
   */
  extends?: string;
  sanctions: SanctionRule[];
  note?: string;
}

/** Where a rule's conduct is governed after an amendment or in another law. */
export interface Successor {
  /** Rule id in a later version or another law (e.g. CSL2025.61.1, PSAL2025.56.1). */
  rule: string;
  /** same: same words; renumbered: same rule, new number; amended: changed bounds or scope; referral: the new law refers to other laws, and this is the one that applies. */
  change: 'same' | 'renumbered' | 'amended' | 'referral';
  note?: string;
}

/** A real published case that applied this rule: the test the rule must pass. */
export interface Precedent {
  /** Fixture bulletin id (fixtures/bulletins/<id>.json) and the case title there. */
  bulletin: string;
  title: string;
  /**
   * false when the bulletin names the law but not the article (依据《网络安全法》…): the rule is identified from the
   * facts and the statute text the bulletin quotes, and the test checks the sanctions against it directly.
   */
  cited?: false;
}

export interface PenaltyRule {
  /** <LAW-CODE><YEAR>.<article>[.<paragraph>], e.g. CSL2016.59.1, INTLNET.20, PIPL.66.2. */
  id: string;
  /** Law name as in the case-record schema (网络安全法). */
  law: string;
  /** Law version id (catalogue VersionEntry.id). */
  version: string;
  article: number;
  /** null when the article has one paragraph or the rule covers the whole article. */
  paragraph: number | null;
  /** Items (项) of the article the rule is limited to, if any. */
  items?: number[];
  /** Verbatim text of the paragraph(s), as in data/law (a test checks it). */
  text: string;
  /** Obligation provisions it enforces: citing one of these alone points to this rule. */
  enforces: { article: number; paragraph?: number; item?: number }[];
  /** Kinds of party it may be applied to. */
  parties: PartyKind[];
  roles: LiableRole[];
  authorities: Authority[];
  /** 尚不构成犯罪 and like conditions of the text. */
  preconditions?: string[];
  tiers: Tier[];
  successors?: Successor[];
  precedents?: Precedent[];
  /** Interpretive flags and remarks, each with its reason. */
  notes?: string[];
  /**
   * The paragraph sets no sanction of its own but sends the conduct to other laws (网络安全法(2025) 第七十一条第二款:
   * 由公安机关依照有关法律、行政法规的规定处罚). Such a rule has `tiers: []`; `referTo` lists the rules the referral reaches.
   */
  referral?: boolean;
  /** For referral rules: the rule ids that punish the conduct (candidates where the text does not name them). */
  referTo?: string[];
  /**
   * A paragraph that sets measures of its own for some authorities and refers others to other laws (互联网信息服务管理办法
   * 第二十条: 「由公安机关、国家安全机关依照《治安管理处罚法》、《计算机信息网络国际联网安全保护管理办法》等…予以处罚」, and
   * measures by the 发证机关): for an agency of these kinds the rule stands for the rules it refers to.
   */
  referralFor?: { authorities: Authority[]; referTo: string[] };
  /** A level the deciding authority must have (个人信息保护法 第六十六条第二款: 省级以上履行个人信息保护职责的部门). */
  authorityLevel?: 'provincial_or_above';
}
