/**
 * 计算机信息系统安全保护条例 (rules/cisr.ts): 安全等级保护, 国际联网备案, 案件报告, 安全专用产品. Source:
 * data/law/计算机信息系统安全保护条例(2011-01-08).md.
 */
import type { Requirement } from '../model.js';
import { EVERYONE, NETWORK_OPERATOR, ORGANIZATION, PRODUCT_PROVIDER, requirementsOf } from './common.js';

export const CISR_REQUIREMENTS: readonly Requirement[] = requirementsOf(
  '计算机信息系统安全保护条例',
  '2011-01-08',
  'cisr',
  [
    {
      slug: 'grading',
      article: 9,
      quote: '计算机信息系统实行安全等级保护',
      question: '本单位的计算机信息系统是否按照安全等级保护的办法确定等级并落实保护措施？',
      help: '计算机信息系统实行安全等级保护（与网络安全法的等级保护制度同一制度）。',
      applies_to: NETWORK_OPERATOR,
      steps: ['对信息系统定级并向公安机关备案', '按等级要求进行测评和整改'],
    },
    {
      slug: 'intl-filing',
      article: 11,
      quote: '进行国际联网的计算机信息系统，由计算机信息系统的使用单位报省级以上人民政府公安机关备案',
      question: '进行国际联网的计算机信息系统，是否已由使用单位报公安机关备案？',
      help: '接入互联网的信息系统由使用单位报省级以上公安机关备案。',
      applies_to: { all: [{ field: 'internet_connected', is: true }, ORGANIZATION] },
      steps: ['通过全国互联网安全管理服务平台办理联网备案'],
    },
    {
      slug: 'incident-report',
      article: 14,
      quote: '对计算机信息系统中发生的案件，有关使用单位应当在24小时内向当地县级以上人民政府公安机关报告',
      question: '计算机信息系统中发生案件（入侵、篡改、病毒破坏等）时，是否在24小时内向当地公安机关报告？',
      help: '发生案件的，使用单位须在24小时内向县级以上公安机关报告。',
      applies_to: NETWORK_OPERATOR,
      steps: ['在应急预案中写明24小时内报告公安机关的要求和联系人'],
    },
    {
      slug: 'hazard-notice',
      article: 18,
      quote: '公安机关发现影响计算机信息系统安全的隐患时，应当及时通知使用单位采取安全保护措施',
      question: '收到公安机关关于安全隐患的通知后，是否按要求采取了安全保护措施？',
      help: '公安机关通知整改安全隐患的，使用单位须及时采取措施；拒不改进的依法处罚。',
      applies_to: NETWORK_OPERATOR,
      steps: ['建立整改通知的接收、落实和回复台账'],
    },
    {
      slug: 'no-harm',
      article: 7,
      quote: '不得危害计算机信息系统的安全',
      question:
        '是否确保不利用计算机信息系统从事危害国家、集体和公民合法利益的活动，不危害计算机信息系统的安全？',
      help: '任何组织或者个人不得利用计算机信息系统从事违法活动，不得危害其安全。',
      applies_to: EVERYONE,
      steps: ['对员工进行安全合规教育'],
    },
    {
      slug: 'product-licence',
      article: 16,
      quote: '国家对计算机信息系统安全专用产品的销售实行许可证制度',
      question: '销售计算机信息系统安全专用产品的，是否已取得销售许可证？',
      help: '安全专用产品（防火墙、入侵检测等）须取得销售许可后方可销售。',
      applies_to: PRODUCT_PROVIDER,
      steps: ['核对产品是否属于安全专用产品', '申请或核对销售许可证'],
    },
  ],
);
