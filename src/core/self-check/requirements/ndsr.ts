/**
 * 网络数据安全管理条例 (rules/ndsr.ts): 向他人提供和委托处理, 国家安全审查, 自动化工具, 投诉举报, 个人同意规则,
 * 重要数据 (识别申报, 负责人和管理机构, 风险评估, 合并分立), 平台义务. The threshold 1000万人 of 第二十八条 is the
 * statute's. Source: data/law/网络数据安全管理条例(2024-09-24).md.
 */
import type { Requirement } from '../model.js';
import { DATA_PROCESSOR, IMPORTANT_DATA, PI_PROCESSOR, requirementsOf, USER_ACCOUNTS } from './common.js';

/** 重要数据的处理者, and 第二十八条: 网络数据处理者处理1000万人以上个人信息的 (第三十条、第三十二条 apply to them). */
const IMPORTANT_OR_10M = { any: [IMPORTANT_DATA, { field: 'pi_volume', at_least: 'at_least_10m' }] } as const;

export const NDSR_REQUIREMENTS: readonly Requirement[] = requirementsOf(
  '网络数据安全管理条例',
  '2024-09-24',
  'ndsr',
  [
    {
      slug: 'provision-contract',
      article: 12,
      paragraph: 1,
      quote:
        '网络数据处理者向其他网络数据处理者提供、委托处理个人信息和重要数据的，应当通过合同等与网络数据接收方约定处理目的、方式、范围以及安全保护义务等',
      question:
        '向他人提供或者委托处理个人信息、重要数据时，是否通过合同约定处理目的、方式、范围和安全保护义务，并监督接收方？',
      help: '外包、云服务、第三方 SDK 等都属于提供或委托处理。',
      applies_to: DATA_PROCESSOR,
      steps: ['梳理数据接收方清单', '签订数据处理协议并定期监督'],
    },
    {
      slug: 'national-security-review',
      article: 13,
      quote:
        '网络数据处理者开展网络数据处理活动，影响或者可能影响国家安全的，应当按照国家有关规定进行国家安全审查',
      question: '开展可能影响国家安全的网络数据处理活动时，是否进行了国家安全审查？',
      help: '如境外上市、大量重要数据处理等。',
      applies_to: IMPORTANT_DATA,
      steps: ['评估数据处理活动的国家安全影响', '按规定申报审查'],
    },
    {
      slug: 'public-service-data',
      article: 16,
      paragraph: 2,
      quote:
        '前款规定的网络数据处理者未经委托方同意，不得访问、获取、留存、使用、泄露或者向他人提供网络数据，不得对网络数据进行关联分析',
      question:
        '为国家机关、关键信息基础设施运营者提供服务时，是否确保未经委托方同意不访问、留存、使用或者提供其网络数据？',
      help: '承接政务系统、关键信息基础设施运维的服务商须履行网络数据安全保护义务。',
      applies_to: { all: [DATA_PROCESSOR, { field: 'sector', in: ['software', 'internet', 'telecom'] }] },
      steps: ['在服务合同中约定数据安全义务', '对运维人员访问数据进行审批和审计'],
    },
    {
      slug: 'crawlers',
      article: 18,
      quote:
        '网络数据处理者使用自动化工具访问、收集网络数据，应当评估对网络服务带来的影响，不得非法侵入他人网络，不得干扰网络服务正常运行',
      question: '使用爬虫等自动化工具收集网络数据时，是否评估影响，不侵入他人网络、不干扰其正常运行？',
      help: '爬虫访问频率过高或绕过防护措施可能构成干扰或侵入。',
      applies_to: DATA_PROCESSOR,
      steps: ['对自动化采集进行影响评估', '限制访问频率并遵守目标网站规则'],
    },
    {
      slug: 'complaints',
      article: 20,
      quote: '面向社会提供产品、服务的网络数据处理者应当接受社会监督，建立便捷的网络数据安全投诉、举报渠道',
      question: '是否建立并公布了网络数据安全投诉、举报渠道，及时受理处理？',
      help: '面向社会提供产品和服务的，须有便捷的投诉举报渠道。',
      applies_to: {
        all: [
          DATA_PROCESSOR,
          { any: [USER_ACCOUNTS, { field: 'website', is: true }, { field: 'app', is: true }] },
        ],
      },
      steps: ['在网站或 App 公布投诉举报方式', '明确受理处理时限'],
    },
    {
      slug: 'consent-rules',
      article: 22,
      paragraph: 1,
      quote: '网络数据处理者基于个人同意处理个人信息的，应当遵守下列规定',
      question:
        '基于同意处理个人信息时，是否不超范围收集、不误导胁迫取得同意、敏感信息取得单独同意、不频繁征求同意？',
      help: '第二十二条细化了个人同意的六项规则。',
      applies_to: PI_PROCESSOR,
      steps: ['检查同意流程是否存在误导、捆绑或频繁弹窗', '为敏感个人信息设置单独同意'],
    },
    {
      slug: 'identify-important-data',
      article: 29,
      paragraph: 2,
      quote: '网络数据处理者应当按照国家有关规定识别、申报重要数据',
      question: '是否按照国家有关规定识别、申报重要数据？',
      help: '依据本行业、本地区的重要数据目录识别，并向主管部门申报。',
      applies_to: DATA_PROCESSOR,
      steps: ['对照重要数据目录识别本单位数据', '向主管部门申报'],
    },
    {
      slug: 'data-officer',
      article: 30,
      paragraph: 2,
      quote:
        '网络数据安全负责人应当具备网络数据安全专业知识和相关管理工作经历，由网络数据处理者管理层成员担任',
      question: '是否明确了网络数据安全负责人和管理机构，负责人由管理层成员担任？',
      help: '处理1000万人以上个人信息的网络数据处理者同样适用（第二十八条）。',
      applies_to: IMPORTANT_OR_10M,
      steps: ['由管理层成员担任网络数据安全负责人', '设立网络数据安全管理机构'],
    },
    {
      slug: 'provision-assessment',
      article: 31,
      paragraph: 1,
      quote: '重要数据的处理者提供、委托处理、共同处理重要数据前，应当进行风险评估',
      question: '提供、委托处理、共同处理重要数据前，是否进行了风险评估？',
      help: '评估目的合法性、泄露风险、接收方诚信和合同约束力等。',
      applies_to: IMPORTANT_DATA,
      steps: ['对每次提供、委托处理开展风险评估'],
    },
    {
      slug: 'restructuring',
      article: 32,
      quote: '重要数据的处理者因合并、分立、解散、破产等可能影响重要数据安全的，应当采取措施保障网络数据安全',
      question: '合并、分立、解散、破产时，是否采取措施保障重要数据安全并向主管部门报告处置方案？',
      help: '处理1000万人以上个人信息的网络数据处理者同样适用（第二十八条）。',
      applies_to: IMPORTANT_OR_10M,
      steps: ['制定重要数据处置方案', '向省级以上有关主管部门报告'],
    },
    {
      slug: 'platform-rules',
      article: 40,
      paragraph: 1,
      quote:
        '网络平台服务提供者应当通过平台规则或者合同等明确接入其平台的第三方产品和服务提供者的网络数据安全保护义务',
      question: '作为网络平台服务提供者，是否通过平台规则或合同明确第三方的网络数据安全保护义务？',
      help: '小程序平台、应用商店、电商平台等须约束接入的第三方。',
      applies_to: { all: [USER_ACCOUNTS, { field: 'internet_service_provider', is: true }] },
      steps: ['在平台规则中写明第三方数据安全义务', '督促并检查第三方落实'],
    },
  ],
);
