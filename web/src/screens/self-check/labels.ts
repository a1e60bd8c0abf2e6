/** Chinese words for the self-check's profile and answers (the codes are the core's, src/core/self-check/model.ts). */
import type {
  IcpKind,
  MlpsLevel,
  OrgKind,
  PiVolume,
  ProfileFlag,
} from '../../../../src/core/self-check/model.js';
import type { AnswerValue } from '../../api/self-check.js';

export const ORG_KIND_LABELS: Readonly<Record<OrgKind, string>> = {
  company: '企业',
  government: '机关',
  public_institution: '事业单位（医院、学校等）',
  social_organization: '社会组织',
  individual_business: '个体工商户',
  individual: '个人',
};

export const PI_VOLUME_LABELS: Readonly<Record<PiVolume, string>> = {
  none: '不处理个人信息',
  under_1m: '100万人以下',
  '1m_to_10m': '100万至1000万人',
  at_least_10m: '1000万人以上',
};

export const MLPS_LABELS: Readonly<Record<MlpsLevel, string>> = {
  none: '未定级',
  '1': '第一级',
  '2': '第二级',
  '3': '第三级',
  '4': '第四级',
  '5': '第五级',
  unknown: '不清楚',
};

export const ICP_LABELS: Readonly<Record<IcpKind, string>> = {
  none: '不提供互联网信息服务',
  non_commercial: '非经营性（备案）',
  commercial: '经营性（许可）',
};

export const FLAG_LABELS: Readonly<Record<ProfileFlag, string>> = {
  runs_network: '运营网络或信息系统',
  internet_connected: '接入互联网（国际联网）',
  website: '有网站',
  app: '有App',
  mini_program: '有小程序',
  public_account: '有公众号、微博等公众账号',
  user_accounts: '为用户提供注册账号（需实名）',
  processes_pi: '处理个人信息',
  sensitive_pi: '处理敏感个人信息',
  cross_border: '向境外提供数据',
  important_data: '处理重要数据',
  cii: '被认定为关键信息基础设施运营者',
  network_products: '提供网络产品或服务',
  security_services: '提供网络安全服务',
  internet_cafe: '经营网吧',
  telecom_operator: '电信业务经营者',
  internet_service_provider: '互联网服务提供者（接入、托管、域名、应用商店等）',
  financial_institution: '银行或支付机构',
};

export const ANSWER_LABELS: Readonly<Record<AnswerValue, string>> = {
  yes: '是',
  no: '否',
  partly: '部分',
  'n/a': '不适用',
};
