/**
 * 数据安全法 (rules/dsl.ts): 数据安全管理制度, 风险监测和事件处置, 重要数据风险评估和出境, 数据交易中介, 配合调取,
 * 向外国司法执法机构提供数据. Source: data/law/数据安全法(2021-06-10).md.
 */
import type { Requirement } from '../model.js';
import { DATA_PROCESSOR, EVERYONE, IMPORTANT_DATA, requirementsOf } from './common.js';

export const DSL_REQUIREMENTS: readonly Requirement[] = requirementsOf('数据安全法', '2021-06-10', 'dsl', [
  {
    slug: 'data-security-system',
    article: 27,
    paragraph: 1,
    quote:
      '开展数据处理活动应当依照法律、法规的规定，建立健全全流程数据安全管理制度，组织开展数据安全教育培训，采取相应的技术措施和其他必要措施，保障数据安全',
    question: '是否建立了全流程数据安全管理制度，开展数据安全教育培训，并采取技术措施保障数据安全？',
    help: '数据处理包括数据的收集、存储、使用、加工、传输、提供、公开等；利用网络处理数据的，要在等级保护基础上履行数据安全义务。',
    applies_to: DATA_PROCESSOR,
    steps: ['制定覆盖数据全生命周期的安全管理制度', '组织数据安全培训', '落实访问控制、加密、备份等措施'],
  },
  {
    slug: 'data-officer',
    article: 27,
    paragraph: 2,
    quote: '重要数据的处理者应当明确数据安全负责人和管理机构，落实数据安全保护责任',
    question: '作为重要数据的处理者，是否明确了数据安全负责人和管理机构？',
    help: '处理重要数据的单位须明确数据安全负责人和管理机构。',
    applies_to: IMPORTANT_DATA,
    steps: ['以正式文件明确数据安全负责人和管理机构'],
  },
  {
    slug: 'risk-monitoring',
    article: 29,
    quote:
      '开展数据处理活动应当加强风险监测，发现数据安全缺陷、漏洞等风险时，应当立即采取补救措施；发生数据安全事件时，应当立即采取处置措施，按照规定及时告知用户并向有关主管部门报告',
    question: '是否对数据安全风险进行监测，发现漏洞立即补救，发生数据安全事件时立即处置、告知用户并报告？',
    help: '数据泄露等安全事件要立即处置，并按规定告知用户、报告主管部门。',
    applies_to: DATA_PROCESSOR,
    steps: ['部署数据安全风险监测手段', '制定数据安全事件处置和报告流程'],
  },
  {
    slug: 'risk-assessment',
    article: 30,
    paragraph: 1,
    quote: '重要数据的处理者应当按照规定对其数据处理活动定期开展风险评估，并向有关主管部门报送风险评估报告',
    question: '是否定期对重要数据处理活动开展风险评估并报送评估报告？',
    help: '风险评估报告包括重要数据的种类、数量、处理情况、面临的风险及应对措施。',
    applies_to: IMPORTANT_DATA,
    steps: ['按规定周期开展风险评估', '向有关主管部门报送风险评估报告'],
  },
  {
    slug: 'important-data-export',
    article: 31,
    quote:
      '其他数据处理者在中华人民共和国境内运营中收集和产生的重要数据的出境安全管理办法，由国家网信部门会同国务院有关部门制定',
    question: '向境外提供重要数据的，是否按照出境安全管理办法通过了安全评估？',
    help: '重要数据出境须遵守国家网信部门制定的出境安全管理办法（数据出境安全评估）。',
    applies_to: { all: [IMPORTANT_DATA, { field: 'cross_border', is: true }] },
    steps: ['梳理重要数据出境场景', '申报数据出境安全评估'],
  },
  {
    slug: 'core-data',
    article: 21,
    paragraph: 2,
    quote: '关系国家安全、国民经济命脉、重要民生、重大公共利益等数据属于国家核心数据，实行更加严格的管理制度',
    question: '处理国家核心数据的，是否遵守国家核心数据管理制度？',
    help: '国家核心数据实行更加严格的管理；违反国家核心数据管理制度的处罚最重。',
    applies_to: IMPORTANT_DATA,
    steps: ['识别是否处理国家核心数据', '按照主管部门要求落实核心数据管理制度'],
  },
  {
    slug: 'data-broker',
    article: 33,
    quote:
      '从事数据交易中介服务的机构提供服务，应当要求数据提供方说明数据来源，审核交易双方的身份，并留存审核、交易记录',
    question: '从事数据交易中介服务的，是否要求说明数据来源、审核交易双方身份并留存记录？',
    help: '数据交易中介须审核数据来源和交易双方身份，留存审核、交易记录。',
    applies_to: { field: 'sector', in: ['internet', 'software', 'finance'] },
    steps: ['建立数据来源说明和身份审核流程', '留存审核和交易记录'],
  },
  {
    slug: 'police-data-request',
    article: 35,
    quote: '公安机关、国家安全机关因依法维护国家安全或者侦查犯罪的需要调取数据',
    question: '公安机关、国家安全机关依法调取数据时，是否予以配合？',
    help: '公安机关、国家安全机关依法调取数据的，有关组织、个人应当予以配合。',
    applies_to: DATA_PROCESSOR,
    steps: ['明确调取数据的对接人和审批流程'],
  },
  {
    slug: 'foreign-request',
    article: 36,
    quote:
      '非经中华人民共和国主管机关批准，境内的组织、个人不得向外国司法或者执法机构提供存储于中华人民共和国境内的数据',
    question: '是否确保未经主管机关批准，不向外国司法或者执法机构提供境内存储的数据？',
    help: '外国司法或执法机构要求提供数据的，须经我国主管机关批准。',
    applies_to: EVERYONE,
    steps: ['制定外国机构数据请求的处理规程，一律报主管机关'],
  },
]);
