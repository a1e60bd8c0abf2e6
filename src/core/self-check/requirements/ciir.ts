/**
 * 关键信息基础设施安全保护条例 (rules/ciir.ts): the operator's duties of 第三章, incident reports, procurement, and the
 * prohibition of 第五条第二款. Source: data/law/关键信息基础设施安全保护条例(2021-07-30).md.
 */
import type { Requirement } from '../model.js';
import { CII_OPERATOR, EVERYONE, requirementsOf } from './common.js';

export const CIIR_REQUIREMENTS: readonly Requirement[] = requirementsOf(
  '关键信息基础设施安全保护条例',
  '2021-07-30',
  'ciir',
  [
    {
      slug: 'responsibility',
      article: 13,
      quote: '运营者应当建立健全网络安全保护制度和责任制，保障人力、财力、物力投入',
      question: '是否建立健全网络安全保护制度和责任制，由主要负责人负总责，并保障人力、财力、物力投入？',
      help: '运营者的主要负责人对关键信息基础设施安全保护负总责。',
      applies_to: CII_OPERATOR,
      steps: ['明确主要负责人的安全责任', '在预算中保障网络安全投入'],
    },
    {
      slug: 'security-organisation',
      article: 14,
      quote: '运营者应当设置专门安全管理机构，并对专门安全管理机构负责人和关键岗位人员进行安全背景审查',
      question: '是否设置了专门安全管理机构，并对其负责人和关键岗位人员进行安全背景审查，保障其经费和人员？',
      help: '专门安全管理机构履行第十五条所列职责；运营者须保障其运行经费和人员（第十六条）。',
      applies_to: CII_OPERATOR,
      steps: ['设立专门安全管理机构', '开展背景审查', '保障机构经费和人员'],
    },
    {
      slug: 'annual-assessment',
      article: 17,
      quote: '运营者应当自行或者委托网络安全服务机构对关键信息基础设施每年至少进行一次网络安全检测和风险评估',
      question: '是否每年至少进行一次网络安全检测和风险评估，及时整改并按要求报送情况？',
      help: '检测评估发现的问题要及时整改，并按保护工作部门要求报送。',
      applies_to: CII_OPERATOR,
      steps: ['开展年度检测和风险评估', '整改并报送保护工作部门'],
    },
    {
      slug: 'change-report',
      article: 11,
      quote: '关键信息基础设施发生较大变化，可能影响其认定结果的，运营者应当及时将相关情况报告保护工作部门',
      question: '关键信息基础设施发生较大变化可能影响认定结果时，是否及时报告保护工作部门？',
      help: '较大变化包括系统架构、业务、规模等的重大调整。',
      applies_to: CII_OPERATOR,
      steps: ['建立重大变化报告制度'],
    },
    {
      slug: 'incident-report',
      article: 18,
      paragraph: 1,
      quote:
        '关键信息基础设施发生重大网络安全事件或者发现重大网络安全威胁时，运营者应当按照有关规定向保护工作部门、公安机关报告',
      question: '发生重大网络安全事件或者发现重大网络安全威胁时，是否按规定向保护工作部门、公安机关报告？',
      help: '特别重大事件还须逐级报告国务院有关部门。',
      applies_to: CII_OPERATOR,
      steps: ['在应急预案中写明向保护工作部门和公安机关报告的流程'],
    },
    {
      slug: 'trusted-procurement',
      article: 19,
      quote:
        '运营者应当优先采购安全可信的网络产品和服务；采购网络产品和服务可能影响国家安全的，应当按照国家网络安全规定通过安全审查',
      question: '是否优先采购安全可信的网络产品和服务，可能影响国家安全的采购是否通过了网络安全审查？',
      help: '未按规定申报网络安全审查而使用产品服务的，由网信等部门处罚。',
      applies_to: CII_OPERATOR,
      steps: ['在采购中评估国家安全影响', '申报网络安全审查'],
    },
    {
      slug: 'cooperate-checks',
      article: 28,
      quote: '运营者对保护工作部门开展的关键信息基础设施网络安全检查检测工作',
      question: '是否配合保护工作部门和公安、国家安全、保密、密码管理等部门依法开展的网络安全检查？',
      help: '拒不配合检查检测的，由保护工作部门责令改正，拒不改正的处罚。',
      applies_to: CII_OPERATOR,
      steps: ['指定检查对接人', '准备检查资料'],
    },
    {
      slug: 'no-attack',
      article: 5,
      paragraph: 2,
      quote: '任何个人和组织不得实施非法侵入、干扰、破坏关键信息基础设施的活动，不得危害关键信息基础设施安全',
      question: '是否确保本单位及其人员不实施非法侵入、干扰、破坏关键信息基础设施的活动？',
      help: '对关键信息基础设施的未授权测试同样被禁止，由公安机关处罚。',
      applies_to: EVERYONE,
      steps: ['对涉及关键信息基础设施的测试取得书面授权'],
    },
  ],
);
