/**
 * 互联网信息服务管理办法 (rules/icp.ts): 经营许可和非经营性备案 (ICP), 按许可备案项目服务, 标明编号, 记录保存60日,
 * 违法信息. Source: data/law/互联网信息服务管理办法(2011-01-08).md.
 */
import type { Requirement } from '../model.js';
import { requirementsOf } from './common.js';

const COMMERCIAL = { field: 'icp', in: ['commercial'] } as const;
const NON_COMMERCIAL = { field: 'icp', in: ['non_commercial'] } as const;
const ANY_ICP = { field: 'icp', in: ['commercial', 'non_commercial'] } as const;

export const ICP_REQUIREMENTS: readonly Requirement[] = requirementsOf(
  '互联网信息服务管理办法',
  '2011-01-08',
  'icp',
  [
    {
      slug: 'licence',
      article: 7,
      paragraph: 1,
      quote:
        '从事经营性互联网信息服务，应当向省、自治区、直辖市电信管理机构或者国务院信息产业主管部门申请办理互联网信息服务增值电信业务经营许可证',
      question: '从事经营性互联网信息服务的，是否已取得互联网信息服务增值电信业务经营许可证（ICP许可证）？',
      help: '通过互联网向上网用户有偿提供信息或者网页制作等服务的，属于经营性互联网信息服务。',
      applies_to: COMMERCIAL,
      steps: ['向通信管理局申请ICP经营许可证'],
    },
    {
      slug: 'filing',
      article: 8,
      paragraph: 1,
      quote:
        '从事非经营性互联网信息服务，应当向省、自治区、直辖市电信管理机构或者国务院信息产业主管部门办理备案手续',
      question: '开办的网站是否已办理ICP备案？',
      help: '非经营性网站须在通信管理局（工业和信息化部备案系统）办理ICP备案。',
      applies_to: NON_COMMERCIAL,
      steps: ['通过接入服务商或工信部备案系统办理ICP备案'],
    },
    {
      slug: 'within-scope',
      article: 11,
      paragraph: 1,
      quote: '互联网信息服务提供者应当按照经许可或者备案的项目提供服务，不得超出经许可或者备案的项目提供服务',
      question: '是否按照许可或备案的项目提供服务，变更服务项目、网址时提前30日办理变更？',
      help: '非经营性互联网信息服务提供者不得从事有偿服务。',
      applies_to: ANY_ICP,
      steps: ['核对实际服务与备案、许可项目一致', '变更前30日办理变更手续'],
    },
    {
      slug: 'show-number',
      article: 12,
      quote: '互联网信息服务提供者应当在其网站主页的显著位置标明其经营许可证编号或者备案编号',
      question: '是否在网站主页显著位置标明ICP许可证编号或者备案编号？',
      help: '通常在网站首页底部标明。',
      applies_to: ANY_ICP,
      steps: ['在网站首页底部标明编号并链接到备案系统'],
    },
    {
      slug: 'records-60-days',
      article: 14,
      paragraph: 2,
      quote:
        '互联网信息服务提供者和互联网接入服务提供者的记录备份应当保存60日，并在国家有关机关依法查询时，予以提供',
      question: '从事新闻、出版、电子公告等服务的，是否记录信息内容、发布时间、地址，并保存记录备份60日？',
      help: '互联网接入服务提供者还应记录上网用户的上网时间、账号、地址等。',
      applies_to: { all: [ANY_ICP, { field: 'user_accounts', is: true }] },
      steps: ['开启信息发布记录', '记录备份保存不少于60日'],
    },
    {
      slug: 'no-illegal-content',
      article: 15,
      quote: '互联网信息服务提供者不得制作、复制、发布、传播含有下列内容的信息',
      question: '是否确保网站不制作、复制、发布、传播第十五条所列违法信息？',
      help: '违反的由公安机关、国家安全机关等依法处罚，发证机关可以吊销许可证或者关闭网站。',
      applies_to: ANY_ICP,
      steps: ['建立信息发布审核制度'],
    },
    {
      slug: 'stop-and-report',
      article: 16,
      quote:
        '互联网信息服务提供者发现其网站传输的信息明显属于本办法第十五条所列内容之一的，应当立即停止传输，保存有关记录，并向国家有关机关报告',
      question: '发现网站传输明显违法的信息时，是否立即停止传输、保存记录并报告？',
      help: '未履行的由省级电信管理机构责令改正，情节严重的吊销许可证或关闭网站。',
      applies_to: ANY_ICP,
      steps: ['制定违法信息发现、停止传输和报告流程'],
    },
  ],
);
