/**
 * 计算机信息网络国际联网安全保护管理办法 (rules/intlnet.ts): 备案 within 30 days, the security duties of 第十条, and the
 * prohibitions of 第五条、第六条. Source: data/law/计算机信息网络国际联网安全保护管理办法(2011-01-08).md.
 */
import type { Requirement } from '../model.js';
import { EVERYONE, ORGANIZATION, requirementsOf, USER_ACCOUNTS } from './common.js';

const CONNECTED = { field: 'internet_connected', is: true } as const;
const CONNECTED_ORG = { all: [CONNECTED, ORGANIZATION] };

export const INTLNET_REQUIREMENTS: readonly Requirement[] = requirementsOf(
  '计算机信息网络国际联网安全保护管理办法',
  '2011-01-08',
  'intlnet',
  [
    {
      slug: 'filing',
      article: 12,
      paragraph: 1,
      quote:
        '应当自网络正式联通之日起30日内，到所在地的省、自治区、直辖市人民政府公安机关指定的受理机关办理备案手续',
      question: '本单位接入互联网（开办网站）后，是否已在30日内到公安机关指定的受理机关办理联网备案？',
      help: '使用国际联网的法人和其他组织（开办网站的单位、律师事务所、企业等），应当自网络正式联通之日起30日内办理公安联网备案（全国互联网安全管理服务平台）。',
      applies_to: CONNECTED_ORG,
      steps: [
        '登录全国互联网安全管理服务平台（beian.mps.gov.cn）提交网站或联网单位备案',
        '按要求提交单位、负责人和网络情况材料，取得备案编号',
        '在网站首页底部标注公安备案编号',
      ],
    },
    {
      slug: 'user-filing',
      article: 11,
      quote: '用户在接入单位办理入网手续时，应当填写用户备案表',
      question: '为用户办理入网手续时，是否要求用户填写用户备案表？',
      help: '接入单位为用户办理入网手续，用户应当填写公安部监制的用户备案表。',
      applies_to: { all: [CONNECTED, USER_ACCOUNTS] },
      steps: ['在入网流程中加入用户备案表', '留存用户备案资料'],
    },
    {
      slug: 'security-duties',
      article: 10,
      quote: '互联单位、接入单位及使用计算机信息网络国际联网的法人和其他组织应当履行下列安全保护职责',
      question:
        '是否建立安全保护管理制度、落实安全技术措施、对用户进行安全教育，并在发现违法情形后24小时内向公安机关报告？',
      help: '第十条列出七项职责：管理制度、技术措施、安全教育、信息发布登记审核、电子公告用户登记、24小时内报告、删除违法信息。',
      applies_to: CONNECTED_ORG,
      steps: ['建立健全安全保护管理制度', '落实安全保护技术措施', '建立违法情形24小时内报告公安机关的流程'],
    },
    {
      slug: 'supervision',
      article: 8,
      quote: '从事国际联网业务的单位和个人应当接受公安机关的安全监督、检查和指导',
      question: '是否接受公安机关的安全监督、检查和指导，如实提供有关安全保护的信息、资料？',
      help: '从事国际联网业务的单位和个人须配合公安机关的监督检查，协助查处违法犯罪。',
      applies_to: CONNECTED,
      steps: ['指定对接公安机关的联系人', '整理安全保护资料备查'],
    },
    {
      slug: 'shared-accounts',
      article: 13,
      quote: '使用公用账号的注册者应当加强对公用账号的管理，建立账号使用登记制度。用户账号不得转借、转让',
      question: '使用公用账号的，是否建立了账号使用登记制度，且不转借、转让用户账号？',
      help: '公用账号要登记使用人；用户账号不得转借、转让。',
      applies_to: CONNECTED,
      steps: ['建立公用账号使用登记台账', '禁止账号转借、转让并定期核查'],
    },
    {
      slug: 'no-illegal-content',
      article: 5,
      quote: '任何单位和个人不得利用国际联网制作、复制、查阅和传播下列信息',
      question: '是否确保不利用网络制作、复制、查阅和传播第五条所列违法信息？',
      help: '第五条列举的违法信息包括煽动颠覆、散布谣言、淫秽色情赌博暴力、侮辱诽谤等。',
      applies_to: EVERYONE,
      steps: ['建立信息发布审核制度', '对员工进行网络使用教育'],
    },
    {
      slug: 'no-harm',
      article: 6,
      quote: '任何单位和个人不得从事下列危害计算机信息网络安全的活动',
      question: '是否确保不从事未经允许进入网络、删改数据、制作传播病毒等危害网络安全的活动？',
      help: '未经允许进入他人网络、删改功能或数据、制作传播病毒等均被禁止。',
      applies_to: EVERYONE,
      steps: ['对渗透测试、运维操作取得书面授权', '对员工进行安全合规教育'],
    },
  ],
);
