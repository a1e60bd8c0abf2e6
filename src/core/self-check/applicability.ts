/**
 * `applies_to` predicates: evaluated over a profile, and explained in Chinese words for the questionnaire.
 */
import type {
  Applicability,
  Condition,
  IcpKind,
  MlpsLevel,
  OrgKind,
  PiVolume,
  Profile,
  ProfileFlag,
  Sector,
} from './model.js';
import { PI_VOLUMES } from './model.js';

/** Does the profile satisfy the predicate? (`{ all: [] }` is everyone; `{ any: [] }` no one.) */
export function appliesTo(a: Applicability, profile: Profile): boolean {
  if ('all' in a) return a.all.every((x) => appliesTo(x, profile));
  if ('any' in a) return a.any.some((x) => appliesTo(x, profile));
  return holds(a, profile);
}

function holds(c: Condition, p: Profile): boolean {
  switch (c.field) {
    case 'org_kind':
      return c.in.includes(p.org_kind);
    case 'sector':
      return c.in.includes(p.sector);
    case 'mlps_level':
      return c.in.includes(p.mlps_level);
    case 'icp':
      return c.in.includes(p.icp);
    case 'pi_volume':
      return PI_VOLUMES.indexOf(p.pi_volume) >= PI_VOLUMES.indexOf(c.at_least);
    default:
      return p[c.field] === c.is;
  }
}

export const FLAG_WORDS: Readonly<Record<ProfileFlag, string>> = {
  runs_network: '网络运营者（网络的所有者、管理者和网络服务提供者）',
  internet_connected: '接入互联网（国际联网）的单位',
  website: '开办网站的',
  app: '提供移动应用程序（App）的',
  mini_program: '提供小程序的',
  public_account: '开设公众账号（公众号、微博等）的',
  user_accounts: '为用户办理网络接入或者提供信息发布、即时通讯等服务的',
  processes_pi: '处理个人信息的',
  sensitive_pi: '处理敏感个人信息的',
  cross_border: '向境外提供个人信息或者数据的',
  important_data: '处理重要数据的',
  cii: '关键信息基础设施运营者',
  network_products: '网络产品、服务的提供者',
  security_services: '提供网络安全认证、检测、风险评估等服务的',
  internet_cafe: '互联网上网服务营业场所（网吧）经营单位',
  telecom_operator: '电信业务经营者',
  internet_service_provider: '互联网服务提供者',
  financial_institution: '银行业金融机构、非银行支付机构',
};

export const ORG_KIND_WORDS: Readonly<Record<OrgKind, string>> = {
  company: '企业',
  government: '机关',
  public_institution: '事业单位',
  social_organization: '社会组织',
  individual_business: '个体工商户',
  individual: '个人',
};

/** The sectors in Chinese: the questionnaire's words and the web's profile form both read this one table. */
export const SECTOR_WORDS: Readonly<Record<Sector, string>> = {
  healthcare: '医疗卫生',
  education: '教育',
  finance: '金融',
  energy: '能源',
  transport: '交通',
  telecom: '电信',
  internet: '互联网',
  software: '软件和信息技术服务',
  government: '政务',
  legal_services: '法律服务',
  retail: '商贸零售',
  manufacturing: '制造业',
  media: '新闻传媒',
  other: '其他行业',
};

export const PI_VOLUME_WORDS: Readonly<Record<PiVolume, string>> = {
  none: '不处理个人信息',
  under_1m: '不足100万人',
  '1m_to_10m': '100万人以上不足1000万人',
  at_least_10m: '1000万人以上',
};

const AT_LEAST_WORDS: Readonly<Record<PiVolume, string>> = {
  none: '所有单位和个人',
  under_1m: '处理个人信息的',
  '1m_to_10m': '处理100万人以上个人信息的',
  at_least_10m: '处理1000万人以上个人信息的',
};

const MLPS_WORDS: Readonly<Record<MlpsLevel, string>> = {
  none: '未定级',
  '1': '第一级',
  '2': '第二级',
  '3': '第三级',
  '4': '第四级',
  '5': '第五级',
  unknown: '不清楚等级',
};

const ICP_WORDS: Readonly<Record<IcpKind, string>> = {
  none: '不提供互联网信息服务',
  non_commercial: '非经营性互联网信息服务提供者',
  commercial: '经营性互联网信息服务提供者',
};

/** The predicate in Chinese words (所有网络运营者；处理个人信息的，且个人信息达100万人以上 …). */
export function describeApplicability(a: Applicability): string {
  if ('all' in a)
    return a.all.length === 0 ? '所有单位和个人' : a.all.map(describeApplicability).join('，且');
  if ('any' in a) return a.any.length === 0 ? '无' : a.any.map(describeApplicability).join('，或者');
  return describeCondition(a);
}

function describeCondition(c: Condition): string {
  switch (c.field) {
    case 'org_kind':
      return `组织类型为${c.in.map((k) => ORG_KIND_WORDS[k]).join('、')}`;
    case 'sector':
      return `所属行业为${c.in.map((k) => SECTOR_WORDS[k]).join('、')}`;
    case 'mlps_level':
      return `等级保护${c.in.map((k) => MLPS_WORDS[k]).join('、')}`;
    case 'icp':
      return c.in.map((k) => ICP_WORDS[k]).join('、');
    case 'pi_volume':
      return AT_LEAST_WORDS[c.at_least];
    default:
      return c.is ? FLAG_WORDS[c.field] : `非${FLAG_WORDS[c.field]}`;
  }
}
