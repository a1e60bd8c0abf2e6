/**
 * 互联网上网服务营业场所管理条例 (rules/netcafe.ts): 许可, 实名登记和记录保存60日, 接入方式, 未成年人, 营业时间,
 * 安全职责, 违法信息. Source: data/law/互联网上网服务营业场所管理条例(2022-03-29).md.
 */
import type { Requirement } from '../model.js';
import { INTERNET_CAFE, requirementsOf } from './common.js';

export const NETCAFE_REQUIREMENTS: readonly Requirement[] = requirementsOf(
  '互联网上网服务营业场所管理条例',
  '2022-03-29',
  'netcafe',
  [
    {
      slug: 'licence',
      article: 7,
      quote: '未经许可，任何组织和个人不得从事互联网上网服务经营活动',
      question: '是否已取得《网络文化经营许可证》后才从事上网服务经营？',
      help: '无证经营网吧由文化行政部门（文化市场综合执法机构）取缔、没收并罚款。',
      applies_to: INTERNET_CAFE,
      steps: ['向文化行政部门申请《网络文化经营许可证》'],
    },
    {
      slug: 'security-commitment',
      article: 11,
      paragraph: 2,
      quote:
        '申请人完成筹建后，应当向同级公安机关承诺符合信息网络安全审核条件，并经公安机关确认当场签署承诺书',
      question: '筹建完成后，是否已向公安机关承诺符合信息网络安全审核条件并签署承诺书？',
      help: '信息网络安全承诺是取得最终审核的前提。',
      applies_to: INTERNET_CAFE,
      steps: ['向同级公安机关签署信息网络安全承诺书'],
    },
    {
      slug: 'no-licence-transfer',
      article: 12,
      quote: '互联网上网服务营业场所经营单位不得涂改、出租、出借或者以其他方式转让《网络文化经营许可证》',
      question: '是否确保不涂改、出租、出借或者转让《网络文化经营许可证》？',
      help: '违反的由文化行政部门吊销许可证并没收违法所得。',
      applies_to: INTERNET_CAFE,
      steps: ['妥善保管许可证，变更经营者时依法办理'],
    },
    {
      slug: 'real-name-records',
      article: 23,
      quote:
        '互联网上网服务营业场所经营单位应当对上网消费者的身份证等有效证件进行核对、登记，并记录有关上网信息。登记内容和记录备份保存时间不得少于60日',
      question: '是否对每位上网消费者核对、登记身份证件，记录上网信息，并将登记内容和记录备份保存至少60日？',
      help: '登记内容和记录备份在保存期内不得修改或者删除，文化行政部门、公安机关依法查询时须提供。',
      applies_to: INTERNET_CAFE,
      steps: ['使用实名登记系统，杜绝“一证多人”和无证上网', '检查记录备份保存不少于60日'],
    },
    {
      slug: 'access-via-licensed-isp',
      article: 16,
      paragraph: 2,
      quote:
        '互联网上网服务营业场所经营单位提供上网消费者使用的计算机必须通过局域网的方式接入互联网，不得直接接入互联网',
      question: '是否通过依法取得许可的接入服务提供者、以局域网方式接入互联网？',
      help: '供消费者使用的计算机不得直接接入互联网。',
      applies_to: INTERNET_CAFE,
      steps: ['核对接入服务商的经营许可证', '确保所有终端经局域网接入'],
    },
    {
      slug: 'site-patrol',
      article: 19,
      quote: '互联网上网服务营业场所经营单位应当实施经营管理技术措施，建立场内巡查制度',
      question: '是否实施经营管理技术措施、建立场内巡查制度，发现违法行为立即制止并举报？',
      help: '发现上网消费者有违法行为的，应当立即制止并向文化行政部门、公安机关举报。',
      applies_to: INTERNET_CAFE,
      steps: ['安装经营管理技术措施', '建立场内巡查和违法行为举报记录'],
    },
    {
      slug: 'no-minors',
      article: 21,
      paragraph: 1,
      quote: '互联网上网服务营业场所经营单位不得接纳未成年人进入营业场所',
      question: '是否不接纳未成年人进入营业场所，并在入口处悬挂未成年人禁入标志？',
      help: '接纳未成年人是网吧最常见的违法行为之一。',
      applies_to: INTERNET_CAFE,
      steps: ['在入口核验年龄', '悬挂未成年人禁入标志'],
    },
    {
      slug: 'opening-hours',
      article: 22,
      quote: '互联网上网服务营业场所每日营业时间限于8时至24时',
      question: '每日营业时间是否限于8时至24时，并悬挂许可证和营业执照、不经营非网络游戏？',
      help: '第二十条、第二十二条、第十七条的经营规范由文化行政部门处罚。',
      applies_to: INTERNET_CAFE,
      steps: ['设置营业时间并严格执行'],
    },
    {
      slug: 'no-illegal-content',
      article: 14,
      quote:
        '互联网上网服务营业场所经营单位和上网消费者不得利用互联网上网服务营业场所制作、下载、复制、查阅、发布、传播或者以其他方式使用含有下列内容的信息',
      question: '是否确保营业场所内不制作、下载、传播第十四条所列违法信息？',
      help: '利用网吧传播违法信息的，由公安机关给予警告、没收违法所得并罚款，情节严重的停业整顿直至吊销许可证。',
      applies_to: INTERNET_CAFE,
      steps: ['部署内容过滤技术措施', '加强场内巡查'],
    },
    {
      slug: 'safety-duties',
      article: 24,
      quote: '互联网上网服务营业场所经营单位应当依法履行信息网络安全、治安和消防安全职责',
      question:
        '是否履行信息网络安全、治安和消防安全职责（禁止吸烟明火、不封堵安全出口、不擅自停止安全技术措施等）？',
      help: '第二十四条列出五项规定，由公安机关处罚。',
      applies_to: INTERNET_CAFE,
      steps: ['检查消防通道和安全出口', '确保安全技术措施持续运行'],
    },
  ],
);
