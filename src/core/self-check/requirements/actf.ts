/**
 * 反电信网络诈骗法 (rules/actf.ts): 风险防控责任, 电话和物联网卡实名, 金融机构尽职调查和监测, 互联网实名,
 * 涉诈账号处置, 域名解析, 合理注意义务, 非法设备, 不得买卖账号和卡. Source: data/law/反电信网络诈骗法(2022-09-02).md.
 */
import type { Requirement } from '../model.js';
import {
  EVERYONE,
  FINANCIAL_INSTITUTION,
  INTERNET_SERVICE_PROVIDER,
  requirementsOf,
  TELECOM_OPERATOR,
} from './common.js';

const TELECOM_OR_ISP = { any: [TELECOM_OPERATOR, INTERNET_SERVICE_PROVIDER] };

export const ACTF_REQUIREMENTS: readonly Requirement[] = requirementsOf(
  '反电信网络诈骗法',
  '2022-09-02',
  'actf',
  [
    {
      slug: 'risk-control',
      article: 6,
      paragraph: 5,
      quote:
        '电信业务经营者、银行业金融机构、非银行支付机构、互联网服务提供者承担风险防控责任，建立反电信网络诈骗内部控制机制和安全责任制度，加强新业务涉诈风险安全评估',
      question: '是否建立了反电信网络诈骗内部控制机制和安全责任制度，并对新业务进行涉诈风险安全评估？',
      help: '电信业务经营者、银行和支付机构、互联网服务提供者都承担涉诈风险防控责任。',
      applies_to: { any: [TELECOM_OPERATOR, FINANCIAL_INSTITUTION, INTERNET_SERVICE_PROVIDER] },
      steps: ['制定反诈内部控制制度和责任制度', '新业务上线前进行涉诈风险评估'],
    },
    {
      slug: 'phone-real-name',
      article: 9,
      paragraph: 1,
      quote: '电信业务经营者应当依法全面落实电话用户真实身份信息登记制度',
      question: '是否全面落实电话用户真实身份信息登记制度，并对涉诈异常电话卡重新核验？',
      help: '含对代理商实名制的管理责任（第九条第二款）和异常卡重新核验（第十一条）。',
      applies_to: TELECOM_OPERATOR,
      steps: ['核查营业网点和代理商实名登记', '对涉诈异常电话卡重新实名核验'],
    },
    {
      slug: 'due-diligence',
      article: 15,
      quote: '应当建立客户尽职调查制度，依法识别受益所有人',
      question: '开立账户和提供支付结算服务时，是否建立客户尽职调查制度并对异常账户和可疑交易进行监测？',
      help: '第十五条、第十八条、第十九条规定银行和支付机构的尽职调查、监测和交易信息传输义务。',
      applies_to: FINANCIAL_INSTITUTION,
      steps: ['落实客户尽职调查', '建立异常账户和可疑交易监测模型'],
    },
    {
      slug: 'internet-real-name',
      article: 21,
      quote:
        '电信业务经营者、互联网服务提供者为用户提供下列服务，在与用户签订协议或者确认提供服务时，应当依法要求用户提供真实身份信息',
      question:
        '提供互联网接入、域名注册、云服务、信息发布、即时通讯、网络直播等服务时，是否要求用户提供真实身份信息？',
      help: '用户不提供真实身份信息的，不得提供服务。',
      applies_to: TELECOM_OR_ISP,
      steps: ['在注册和开通流程中落实实名核验'],
    },
    {
      slug: 'abnormal-accounts',
      article: 22,
      paragraph: 1,
      quote:
        '互联网服务提供者对监测识别的涉诈异常账号应当重新核验，根据国家有关规定采取限制功能、暂停服务等处置措施',
      question: '是否对监测识别的涉诈异常账号重新核验，并采取限制功能、暂停服务等处置措施？',
      help: '还应根据公安机关、电信主管部门要求核验涉案电话卡关联的互联网账号。',
      applies_to: INTERNET_SERVICE_PROVIDER,
      steps: ['建立涉诈异常账号识别和处置机制'],
    },
    {
      slug: 'domain-resolution',
      article: 24,
      quote: '核验域名注册、解析信息和互联网协议地址的真实性、准确性，规范域名跳转',
      question: '提供域名解析、跳转、网址链接转换服务的，是否核验相关信息真实性并留存日志？',
      help: '须记录并留存所提供服务的日志信息，支持溯源。',
      applies_to: INTERNET_SERVICE_PROVIDER,
      steps: ['核验域名注册和解析信息', '留存服务日志'],
    },
    {
      slug: 'reasonable-care',
      article: 25,
      paragraph: 2,
      quote:
        '电信业务经营者、互联网服务提供者应当依照国家有关规定，履行合理注意义务，对利用下列业务从事涉诈支持、帮助活动进行监测识别和处置',
      question:
        '是否对利用网络资源、推广、技术制作、支付结算等业务从事涉诈支持、帮助活动进行监测识别和处置？',
      help: '服务器托管、推广引流、App 制作、支付结算等业务都可能被用于帮助诈骗。',
      applies_to: TELECOM_OR_ISP,
      steps: ['建立涉诈帮助活动的监测识别规则', '对发现的情况进行处置并留存记录'],
    },
    {
      slug: 'no-fraud-devices',
      article: 14,
      paragraph: 1,
      quote: '任何单位和个人不得非法制造、买卖、提供或者使用下列设备、软件',
      question: '是否确保不制造、买卖、提供或者使用“猫池”、改号设备、批量账号切换系统等涉诈设备和软件？',
      help: '电信业务经营者、互联网服务提供者还应识别、阻断此类设备软件接入网络（第十四条第二款）。',
      applies_to: EVERYONE,
      steps: ['清查本单位使用的通信设备和软件'],
    },
    {
      slug: 'no-fraud-support',
      article: 25,
      paragraph: 1,
      quote: '任何单位和个人不得为他人实施电信网络诈骗活动提供下列支持或者帮助',
      question: '是否确保不为电信网络诈骗提供出售个人信息、帮助洗钱等支持或者帮助？',
      help: '尚不构成犯罪的，由公安机关没收违法所得、罚款，并可以拘留。',
      applies_to: EVERYONE,
      steps: ['对员工进行反诈合规教育'],
    },
    {
      slug: 'no-account-trade',
      article: 31,
      paragraph: 1,
      quote:
        '任何单位和个人不得非法买卖、出租、出借电话卡、物联网卡、电信线路、短信端口、银行账户、支付账户、互联网账号等，不得提供实名核验帮助',
      question:
        '是否确保本单位及其人员不买卖、出租、出借电话卡、银行账户、互联网账号等，不提供实名核验帮助？',
      help: '“两卡”买卖出借由公安机关处罚，并可记入信用记录。',
      applies_to: EVERYONE,
      steps: ['管理单位名下的电话卡、账户和账号', '禁止员工出租出借'],
    },
    {
      slug: 'no-fraud',
      article: 38,
      paragraph: 1,
      quote: '组织、策划、实施、参与电信网络诈骗活动或者为电信网络诈骗活动提供帮助',
      question: '是否确保本单位及其人员不组织、参与电信网络诈骗活动，不为其提供帮助？',
      help: '尚不构成犯罪的，由公安机关处十日以上十五日以下拘留，并处罚款。',
      applies_to: EVERYONE,
      steps: ['建立业务合规审查，拒绝可疑委托'],
    },
  ],
);
