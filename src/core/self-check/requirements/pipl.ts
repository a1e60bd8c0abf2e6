/**
 * 个人信息保护法 (rules/pipl.ts: 第六十六条 enforces 第十三条–第三十二条、第三十七条–第五十九条): the processing rules
 * operators most often miss — lawful basis, notice, sensitive information, minors, cross-border, the security measures
 * of 第五十一条, the protection officer, audits, impact assessments, breach notice, large platforms.
 * Source: data/law/个人信息保护法(2021-08-20).md.
 */
import type { Requirement } from '../model.js';
import { PI_PROCESSOR, requirementsOf } from './common.js';

const SENSITIVE = { field: 'sensitive_pi', is: true } as const;

export const PIPL_REQUIREMENTS: readonly Requirement[] = requirementsOf(
  '个人信息保护法',
  '2021-08-20',
  'pipl',
  [
    {
      slug: 'lawful-basis',
      article: 13,
      paragraph: 1,
      quote: '符合下列情形之一的，个人信息处理者方可处理个人信息',
      question: '处理每一类个人信息是否都有合法依据（取得同意、订立履行合同所必需、履行法定职责等）？',
      help: '第十三条列出处理个人信息的合法性基础；没有其中之一的，不得处理。',
      applies_to: PI_PROCESSOR,
      steps: ['编制个人信息处理活动清单并逐项标注合法性基础', '对需要同意的处理活动取得同意'],
    },
    {
      slug: 'notice',
      article: 17,
      paragraph: 1,
      quote:
        '个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项',
      question:
        '处理个人信息前，是否以显著方式、清晰易懂的语言告知处理者名称、目的、方式、种类、保存期限和权利行使方式？',
      help: '通常通过隐私政策（个人信息处理规则）告知，处理规则应当公开并便于查阅和保存。',
      applies_to: PI_PROCESSOR,
      steps: ['制定并公开个人信息处理规则', '变更时告知变更部分'],
    },
    {
      slug: 'sensitive-consent',
      article: 29,
      quote: '处理敏感个人信息应当取得个人的单独同意',
      question:
        '处理敏感个人信息（生物识别、医疗健康、金融账户、行踪轨迹、不满十四周岁未成年人信息等）时，是否取得了个人的单独同意？',
      help: '敏感个人信息只有在具有特定目的和充分必要性、采取严格保护措施时方可处理，并应取得单独同意。',
      applies_to: { all: [PI_PROCESSOR, SENSITIVE] },
      steps: ['识别敏感个人信息处理场景', '为每个场景设置单独同意'],
    },
    {
      slug: 'minors',
      article: 31,
      paragraph: 1,
      quote: '个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意',
      question: '处理不满十四周岁未成年人个人信息的，是否取得了监护人同意并制定专门的处理规则？',
      help: '学校、医院、教育类 App 常处理儿童信息，须取得监护人同意并有专门规则。',
      applies_to: {
        all: [PI_PROCESSOR, { any: [SENSITIVE, { field: 'sector', in: ['education', 'healthcare'] }] }],
      },
      steps: ['制定儿童个人信息处理规则', '取得监护人同意'],
    },
    {
      slug: 'cross-border',
      article: 38,
      paragraph: 1,
      quote: '个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的，应当具备下列条件之一',
      question: '向境外提供个人信息的，是否通过安全评估、取得认证或者签订标准合同？',
      help: '个人信息出境须具备安全评估、个人信息保护认证、标准合同等条件之一，并单独告知、取得单独同意。',
      applies_to: { all: [PI_PROCESSOR, { field: 'cross_border', is: true }] },
      steps: ['梳理出境场景和数量', '按数量选择安全评估、认证或标准合同备案'],
    },
    {
      slug: 'localisation',
      article: 40,
      quote:
        '关键信息基础设施运营者和处理个人信息达到国家网信部门规定数量的个人信息处理者，应当将在中华人民共和国境内收集和产生的个人信息存储在境内',
      question:
        '作为关键信息基础设施运营者或处理个人信息达到规定数量的处理者，是否将境内收集的个人信息存储在境内？',
      help: '确需向境外提供的，应当通过国家网信部门组织的安全评估。',
      applies_to: {
        all: [
          PI_PROCESSOR,
          {
            any: [
              { field: 'cii', is: true },
              { field: 'pi_volume', at_least: '1m_to_10m' },
            ],
          },
        ],
      },
      steps: ['将个人信息存储在境内', '确需出境的申报数据出境安全评估'],
    },
    {
      slug: 'security-measures',
      article: 51,
      quote:
        '采取下列措施确保个人信息处理活动符合法律、行政法规的规定，并防止未经授权的访问以及个人信息泄露、篡改、丢失',
      question:
        '是否制定了个人信息保护内部管理制度，实行分类管理，采取加密、去标识化等措施，合理确定操作权限并定期培训，制定个人信息安全事件应急预案？',
      help: '第五十一条要求的六项措施：制度规程、分类管理、加密去标识化、权限和培训、应急预案、其他措施。',
      applies_to: PI_PROCESSOR,
      steps: [
        '制定个人信息保护制度和操作规程',
        '实施分类管理和加密、去标识化',
        '制定个人信息安全事件应急预案',
      ],
    },
    {
      slug: 'protection-officer',
      article: 52,
      paragraph: 1,
      quote: '处理个人信息达到国家网信部门规定数量的个人信息处理者应当指定个人信息保护负责人',
      question: '是否指定了个人信息保护负责人，公开其联系方式并报送履行个人信息保护职责的部门？',
      help: '处理个人信息达到规定数量（本工具按100万人以上提示）的须指定负责人。',
      applies_to: { field: 'pi_volume', at_least: '1m_to_10m' },
      steps: ['指定个人信息保护负责人', '公开联系方式并向主管部门报送'],
    },
    {
      slug: 'audit',
      article: 54,
      quote: '个人信息处理者应当定期对其处理个人信息遵守法律、行政法规的情况进行合规审计',
      question: '是否定期对个人信息处理活动进行合规审计？',
      help: '合规审计可以自行开展或者委托专业机构开展。',
      applies_to: PI_PROCESSOR,
      steps: ['制定合规审计计划', '开展审计并整改发现的问题'],
    },
    {
      slug: 'impact-assessment',
      article: 55,
      quote: '个人信息处理者应当事前进行个人信息保护影响评估，并对处理情况进行记录',
      question:
        '处理敏感个人信息、自动化决策、委托处理或对外提供、向境外提供个人信息前，是否进行了个人信息保护影响评估？',
      help: '影响评估报告和处理情况记录至少保存三年。',
      applies_to: PI_PROCESSOR,
      steps: ['识别需要评估的处理活动', '事前开展影响评估并保存报告三年'],
    },
    {
      slug: 'breach-notice',
      article: 57,
      paragraph: 1,
      quote:
        '发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人',
      question: '发生或者可能发生个人信息泄露、篡改、丢失时，是否能立即补救并通知主管部门和个人？',
      help: '通知内容包括信息种类、原因、可能的危害、补救措施和联系方式。',
      applies_to: PI_PROCESSOR,
      steps: ['制定个人信息泄露通知模板', '明确通知主管部门和个人的流程'],
    },
    {
      slug: 'platform-duties',
      article: 58,
      quote: '提供重要互联网平台服务、用户数量巨大、业务类型复杂的个人信息处理者，应当履行下列义务',
      question:
        '作为大型互联网平台，是否建立个人信息保护合规制度体系、成立外部独立监督机构、制定平台规则并定期发布社会责任报告？',
      help: '用户数量巨大（本工具按1000万人以上提示）的平台须履行第五十八条的特别义务。',
      applies_to: {
        all: [
          { field: 'pi_volume', at_least: 'at_least_10m' },
          { field: 'user_accounts', is: true },
        ],
      },
      steps: ['成立主要由外部成员组成的独立监督机构', '制定平台规则', '定期发布个人信息保护社会责任报告'],
    },
  ],
);
