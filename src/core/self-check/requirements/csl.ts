/**
 * 网络安全法: the duties its penalty rules enforce (rules/csl-2016.ts, rules/csl-2025.ts), in both versions. The 2025
 * amendment kept the obligation articles' words and renumbered them (2016 第二十一条 → 2025 第二十三条 …), so each duty is
 * written once with its article in each version and becomes two requirements, the 2016 one naming the 2025 one as its
 * successor. Sources: data/law/网络安全法(2016-11-07).md and 网络安全法(2025-10-28).md (a test checks every quote
 * against both).
 */
import type { Requirement } from '../model.js';
import {
  CII_OPERATOR,
  EVERYONE,
  NETWORK_OPERATOR,
  PI_PROCESSOR,
  POLICE_FOR_MLPS,
  PRODUCT_PROVIDER,
  SECURITY_SERVICES,
  USER_ACCOUNTS,
} from './common.js';

const LAW = '网络安全法';
const V2016 = '2016-11-07';
const V2025 = '2025-10-28';

interface CslDuty extends Omit<Requirement, 'id' | 'law' | 'version' | 'article' | 'successor'> {
  slug: string;
  /** The article in the 2016 text; absent when the duty has no penalty rule there. */
  a2016?: number;
  a2025: number;
}

const MLPS_STEPS = [
  '对照等级保护基本要求（GB/T 22239）逐项自查，列出差距',
  '在等级测评和整改中落实该项措施，形成制度文件和技术记录',
];

const DUTIES: readonly CslDuty[] = [
  {
    slug: 'lawful-use',
    a2016: 12,
    a2025: 13,
    paragraph: 2,
    quote: '任何个人和组织使用网络应当遵守宪法法律，遵守公共秩序，尊重社会公德，不得危害网络安全',
    question: '本单位（本人）是否确保不利用网络从事危害国家安全、传播违法信息、侵害他人合法权益等活动？',
    help: '任何个人和组织使用网络都不得危害网络安全，不得利用网络从事法律禁止的活动（煽动颠覆、宣扬恐怖主义、传播淫秽色情或虚假信息、侵害他人名誉隐私等）。',
    applies_to: EVERYONE,
    steps: ['制定网络使用规范并对员工进行宣传教育', '对本单位发布的信息建立审核制度'],
  },
  {
    slug: 'mlps',
    a2016: 21,
    a2025: 23,
    quote:
      '国家实行网络安全等级保护制度。网络运营者应当按照网络安全等级保护制度的要求，履行下列安全保护义务，保障网络免受干扰、破坏或者未经授权的访问，防止网络数据泄露或者被窃取、篡改',
    question: '本单位的网络和信息系统是否已按照网络安全等级保护制度完成定级、备案、测评和整改？',
    help: '网络运营者都要落实等级保护制度：对运营的网络和信息系统确定安全保护等级，第二级以上的向公安机关备案，并按等级要求开展等级测评和安全建设整改。',
    applies_to: NETWORK_OPERATOR,
    steps: [
      '梳理本单位运营的网站、业务系统、办公网络等，形成系统清单',
      '按照等级保护定级要求确定各系统的安全保护等级，组织专家评审',
      '第二级以上系统在定级后向所在地公安机关网安部门办理备案',
      '委托等级测评机构开展测评，按测评结论进行安全建设整改',
    ],
    competent: POLICE_FOR_MLPS,
  },
  {
    slug: 'security-rules',
    a2016: 21,
    a2025: 23,
    item: 1,
    quote: '制定内部安全管理制度和操作规程，确定网络安全负责人，落实网络安全保护责任',
    question: '是否已制定内部网络安全管理制度和操作规程，并书面确定网络安全负责人？',
    help: '等级保护的第一项义务：有成文的安全管理制度和操作规程，有明确的网络安全负责人，责任落实到人。',
    applies_to: NETWORK_OPERATOR,
    steps: ['制定网络安全管理制度、操作规程和岗位职责', '以正式文件任命网络安全负责人', ...MLPS_STEPS],
    competent: POLICE_FOR_MLPS,
  },
  {
    slug: 'anti-malware',
    a2016: 21,
    a2025: 23,
    item: 2,
    quote: '采取防范计算机病毒和网络攻击、网络侵入等危害网络安全行为的技术措施',
    question: '是否部署了防病毒、防火墙、入侵防范等技术措施，并及时修补系统漏洞？',
    help: '网站被篡改、被植入木马、系统被勒索病毒感染，通常是因为没有防护措施或者漏洞长期未修补。',
    applies_to: NETWORK_OPERATOR,
    steps: ['部署终端防病毒、边界防火墙和入侵防范设备', '建立漏洞扫描和补丁更新机制', ...MLPS_STEPS],
    competent: POLICE_FOR_MLPS,
  },
  {
    slug: 'logs-6-months',
    a2016: 21,
    a2025: 23,
    item: 3,
    quote: '采取监测、记录网络运行状态、网络安全事件的技术措施，并按照规定留存相关的网络日志不少于六个月',
    question: '是否对网络运行状态和安全事件进行监测记录，并留存网络日志不少于六个月？',
    help: '网络日志（访问日志、安全设备日志、系统日志）至少保存六个月，是事件溯源和执法检查的重点。',
    applies_to: NETWORK_OPERATOR,
    steps: ['部署日志审计或集中日志系统', '将日志保存期限设置为不少于六个月并定期检查', ...MLPS_STEPS],
    competent: POLICE_FOR_MLPS,
  },
  {
    slug: 'data-backup',
    a2016: 21,
    a2025: 23,
    item: 4,
    quote: '采取数据分类、重要数据备份和加密等措施',
    question: '是否对数据进行分类，并对重要数据进行备份和加密？',
    help: '按数据的重要程度分类管理，对重要数据定期备份、加密存储和传输。',
    applies_to: NETWORK_OPERATOR,
    steps: ['编制数据分类清单', '对重要数据实施定期备份和加密', ...MLPS_STEPS],
    competent: POLICE_FOR_MLPS,
  },
  {
    slug: 'product-standards',
    a2016: 22,
    a2025: 24,
    paragraph: 1,
    quote:
      '网络产品、服务的提供者不得设置恶意程序；发现其网络产品、服务存在安全缺陷、漏洞等风险时，应当立即采取补救措施，按照规定及时告知用户并向有关主管部门报告',
    question:
      '本单位提供的网络产品、服务是否不含恶意程序，发现安全缺陷、漏洞时是否立即补救并告知用户、报告主管部门？',
    help: '软件、设备、云服务等网络产品和服务须符合国家标准的强制性要求；发现漏洞要立即修补，并按规定告知用户和报告。',
    applies_to: PRODUCT_PROVIDER,
    steps: ['建立产品安全缺陷和漏洞的接收、评估、修复流程', '制定向用户告知和向主管部门报告的规程'],
  },
  {
    slug: 'maintenance',
    a2016: 22,
    a2025: 24,
    paragraph: 2,
    quote: '网络产品、服务的提供者应当为其产品、服务持续提供安全维护',
    question: '是否在规定或者约定的期限内为本单位的网络产品、服务持续提供安全维护？',
    help: '在规定或者合同约定的期限内，不得终止提供安全维护（安全更新、补丁）。',
    applies_to: PRODUCT_PROVIDER,
    steps: ['在合同中明确安全维护期限', '为维护期内的产品持续发布安全更新'],
  },
  {
    slug: 'collection-consent',
    a2016: 22,
    a2025: 24,
    paragraph: 3,
    quote: '网络产品、服务具有收集用户信息功能的，其提供者应当向用户明示并取得同意',
    question: '本单位的网络产品、服务收集用户信息时，是否向用户明示并取得同意？',
    help: '产品或服务有收集用户信息功能的，应当明示收集的内容并取得用户同意。',
    applies_to: { all: [PRODUCT_PROVIDER, PI_PROCESSOR] },
    steps: ['梳理产品收集的用户信息', '在首次使用时明示并取得用户同意'],
  },
  {
    slug: 'certified-equipment',
    a2025: 25,
    quote:
      '网络关键设备和网络安全专用产品应当按照相关国家标准的强制性要求，由具备资格的机构安全认证合格或者安全检测符合要求后，方可销售或者提供',
    question: '本单位销售或者提供的网络关键设备、网络安全专用产品是否经安全认证合格或者安全检测符合要求？',
    help: '列入《网络关键设备和网络安全专用产品目录》的产品，须经具备资格的机构认证或检测合格后方可销售、提供。',
    applies_to: PRODUCT_PROVIDER,
    steps: ['核对产品是否列入目录', '委托具备资格的机构进行安全认证或安全检测'],
  },
  {
    slug: 'real-name',
    a2016: 24,
    a2025: 26,
    paragraph: 1,
    quote:
      '在与用户签订协议或者确认提供服务时，应当要求用户提供真实身份信息。用户不提供真实身份信息的，网络运营者不得为其提供相关服务',
    question:
      '为用户办理网络接入、域名注册或者提供信息发布、即时通讯等服务时，是否要求用户提供真实身份信息（实名制）？',
    help: '办理网络接入、域名注册、入网手续，或者提供信息发布、即时通讯等服务，须落实用户真实身份信息登记；用户不提供的，不得提供服务。',
    applies_to: USER_ACCOUNTS,
    steps: ['在注册流程中加入手机号或身份证件等真实身份核验', '对未完成实名的账号限制信息发布等功能'],
  },
  {
    slug: 'incident-plan',
    a2016: 25,
    a2025: 27,
    quote:
      '网络运营者应当制定网络安全事件应急预案，及时处置系统漏洞、计算机病毒、网络攻击、网络侵入等安全风险；在发生危害网络安全的事件时，立即启动应急预案，采取相应的补救措施，并按照规定向有关主管部门报告',
    question: '是否制定了网络安全事件应急预案，及时处置漏洞、病毒、攻击等风险，发生事件时按规定报告？',
    help: '应急预案要写明事件分级、处置流程、报告对象和时限；发现漏洞、病毒、攻击要及时处置，发生事件要立即启动预案并向主管部门（通常为公安机关网安部门）报告。',
    applies_to: NETWORK_OPERATOR,
    steps: [
      '制定网络安全事件应急预案并组织演练',
      '建立漏洞和安全风险的处置台账',
      '明确事件报告的对象、时限和责任人',
    ],
  },
  {
    slug: 'security-service-rules',
    a2016: 26,
    a2025: 28,
    quote:
      '开展网络安全认证、检测、风险评估等活动，向社会发布系统漏洞、计算机病毒、网络攻击、网络侵入等网络安全信息，应当遵守国家有关规定',
    question: '开展网络安全认证、检测、风险评估或者发布漏洞等网络安全信息时，是否遵守国家有关规定？',
    help: '安全服务机构开展检测评估、发布漏洞信息，须遵守国家有关规定（如网络产品安全漏洞管理规定），不得擅自发布。',
    applies_to: SECURITY_SERVICES,
    steps: ['对照国家有关规定建立安全服务和漏洞发布的内部审核流程'],
  },
  {
    slug: 'no-intrusion',
    a2016: 27,
    a2025: 29,
    quote: '任何个人和组织不得从事非法侵入他人网络、干扰他人网络正常功能、窃取网络数据等危害网络安全的活动',
    question: '是否确保本单位及其人员不从事、不为他人提供侵入网络、窃取数据等危害网络安全活动的工具或帮助？',
    help: '不得非法侵入、干扰他人网络，不得提供专门用于侵入的程序、工具，明知他人从事此类活动不得提供技术支持、广告推广、支付结算等帮助。',
    applies_to: EVERYONE,
    steps: ['对渗透测试等活动取得书面授权', '审核本单位提供的工具和服务不被用于危害网络安全的活动'],
  },
  {
    slug: 'assist-police',
    a2016: 28,
    a2025: 30,
    quote: '网络运营者应当为公安机关、国家安全机关依法维护国家安全和侦查犯罪的活动提供技术支持和协助',
    question: '公安机关、国家安全机关依法要求时，本单位是否能提供技术支持和协助（如调取日志、数据）？',
    help: '要能按要求提供日志、用户信息等技术支持和协助；拒不提供的，由有关主管部门处罚。',
    applies_to: NETWORK_OPERATOR,
    steps: ['指定对接公安机关、国家安全机关的联系人', '确保日志和用户信息可按要求检索、导出'],
  },
  {
    slug: 'cii-build',
    a2016: 33,
    a2025: 35,
    quote:
      '建设关键信息基础设施应当确保其具有支持业务稳定、持续运行的性能，并保证安全技术措施同步规划、同步建设、同步使用',
    question: '关键信息基础设施是否做到安全技术措施同步规划、同步建设、同步使用？',
    help: '关键信息基础设施在建设时就要规划并建成安全措施，并与系统同时投入使用。',
    applies_to: CII_OPERATOR,
    steps: ['在立项、设计、验收环节加入安全评审', '对已建系统补齐安全措施'],
  },
  {
    slug: 'cii-organisation',
    a2016: 34,
    a2025: 36,
    item: 1,
    quote: '设置专门安全管理机构和安全管理负责人，并对该负责人和关键岗位的人员进行安全背景审查',
    question: '是否设置了专门安全管理机构和安全管理负责人，并对其和关键岗位人员进行安全背景审查？',
    help: '关键信息基础设施运营者在等级保护义务之外，还须设立专门安全管理机构、进行背景审查、培训、容灾备份和应急演练。',
    applies_to: CII_OPERATOR,
    steps: ['设立专门安全管理机构并任命负责人', '对负责人和关键岗位人员开展安全背景审查'],
  },
  {
    slug: 'cii-training',
    a2016: 34,
    a2025: 36,
    item: 2,
    quote: '定期对从业人员进行网络安全教育、技术培训和技能考核',
    question: '是否定期对从业人员进行网络安全教育、技术培训和技能考核？',
    help: '培训和考核应当定期进行并留存记录。',
    applies_to: CII_OPERATOR,
    steps: ['制定年度网络安全培训计划', '组织考核并留存记录'],
  },
  {
    slug: 'cii-disaster-backup',
    a2016: 34,
    a2025: 36,
    item: 3,
    quote: '对重要系统和数据库进行容灾备份',
    question: '是否对重要系统和数据库进行了容灾备份？',
    help: '重要系统和数据库须有容灾备份，并定期验证可恢复。',
    applies_to: CII_OPERATOR,
    steps: ['建设容灾备份系统', '定期开展恢复演练'],
  },
  {
    slug: 'cii-drills',
    a2016: 34,
    a2025: 36,
    item: 4,
    quote: '制定网络安全事件应急预案，并定期进行演练',
    question: '是否制定了网络安全事件应急预案，并定期进行演练？',
    help: '关键信息基础设施的应急预案须定期演练并总结改进。',
    applies_to: CII_OPERATOR,
    steps: ['制定应急预案', '每年至少组织一次演练并形成报告'],
  },
  {
    slug: 'cii-security-review',
    a2016: 35,
    a2025: 37,
    quote:
      '关键信息基础设施的运营者采购网络产品和服务，可能影响国家安全的，应当通过国家网信部门会同国务院有关部门组织的国家安全审查',
    question: '采购可能影响国家安全的网络产品和服务时，是否已通过网络安全审查？',
    help: '关键信息基础设施运营者采购可能影响国家安全的网络产品和服务，须申报网络安全审查。',
    applies_to: CII_OPERATOR,
    steps: ['在采购流程中加入国家安全影响评估', '对可能影响国家安全的采购申报网络安全审查'],
  },
  {
    slug: 'cii-procurement-agreement',
    a2016: 36,
    a2025: 38,
    quote:
      '关键信息基础设施的运营者采购网络产品和服务，应当按照规定与提供者签订安全保密协议，明确安全和保密义务与责任',
    question: '采购网络产品和服务时，是否与提供者签订了安全保密协议？',
    help: '安全保密协议须明确提供者的安全和保密义务与责任。',
    applies_to: CII_OPERATOR,
    steps: ['制定安全保密协议范本', '对存量供应商补签协议'],
  },
  {
    slug: 'cii-localisation',
    a2016: 37,
    a2025: 39,
    quote: '关键信息基础设施的运营者在中华人民共和国境内运营中收集和产生的个人信息和重要数据应当在境内存储',
    question: '境内运营中收集和产生的个人信息和重要数据是否在境内存储，确需出境的是否已进行安全评估？',
    help: '关键信息基础设施运营者的个人信息和重要数据原则上境内存储；确需向境外提供的，须按规定进行安全评估。',
    applies_to: CII_OPERATOR,
    steps: ['梳理数据存储位置和出境数据流', '对确需出境的数据申报数据出境安全评估'],
  },
  {
    slug: 'cii-annual-assessment',
    a2016: 38,
    a2025: 40,
    quote:
      '关键信息基础设施的运营者应当自行或者委托网络安全服务机构对其网络的安全性和可能存在的风险每年至少进行一次检测评估',
    question: '是否每年至少进行一次网络安全检测评估，并向保护工作部门报送情况和改进措施？',
    help: '检测评估每年至少一次，评估情况和改进措施须报送负责关键信息基础设施安全保护工作的部门。',
    applies_to: CII_OPERATOR,
    steps: ['自行或委托网络安全服务机构开展年度检测评估', '向保护工作部门报送评估情况和改进措施'],
  },
  {
    slug: 'pi-collection-rules',
    a2016: 41,
    a2025: 43,
    paragraph: 1,
    quote:
      '网络运营者收集、使用个人信息，应当遵循合法、正当、必要的原则，公开收集、使用规则，明示收集、使用信息的目的、方式和范围，并经被收集者同意',
    question: '收集、使用个人信息是否公开了收集使用规则（隐私政策），明示目的、方式和范围，并经本人同意？',
    help: '网站、App、小程序收集个人信息要有隐私政策，说明收集什么、为什么、怎么用，并取得同意；不得收集与服务无关的个人信息。',
    applies_to: PI_PROCESSOR,
    steps: ['制定并公开隐私政策', '在收集前取得用户同意', '删除与服务无关的收集项'],
  },
  {
    slug: 'pi-no-leak',
    a2016: 42,
    a2025: 44,
    paragraph: 1,
    quote: '网络运营者不得泄露、篡改、毁损其收集的个人信息；未经被收集者同意，不得向他人提供个人信息',
    question: '是否确保不泄露、篡改、毁损所收集的个人信息，未经本人同意不向他人提供？',
    help: '向第三方提供个人信息须经本人同意（经过处理无法识别特定个人且不能复原的除外）。',
    applies_to: PI_PROCESSOR,
    steps: ['梳理向第三方提供个人信息的情形并取得同意', '对内部人员访问个人信息进行授权和审计'],
  },
  {
    slug: 'pi-security',
    a2016: 42,
    a2025: 44,
    paragraph: 2,
    quote:
      '网络运营者应当采取技术措施和其他必要措施，确保其收集的个人信息安全，防止信息泄露、毁损、丢失。在发生或者可能发生个人信息泄露、毁损、丢失的情况时，应当立即采取补救措施，按照规定及时告知用户并向有关主管部门报告',
    question: '是否采取了保护个人信息安全的技术措施，发生泄露时能立即补救、告知用户并报告？',
    help: '个人信息要加密存储、控制访问；发生或者可能发生泄露、毁损、丢失时，要立即补救、告知用户、向主管部门报告。',
    applies_to: PI_PROCESSOR,
    steps: ['对个人信息加密存储和访问控制', '制定个人信息泄露应急处置和报告流程'],
  },
  {
    slug: 'pi-deletion',
    a2016: 43,
    a2025: 45,
    quote: '网络运营者应当采取措施予以删除或者更正',
    question: '个人要求删除违法收集的个人信息或者更正错误信息时，是否有渠道并及时处理？',
    help: '个人发现违法违约收集使用其信息的，有权要求删除；发现信息有错误的，有权要求更正。',
    applies_to: PI_PROCESSOR,
    steps: ['提供删除、更正个人信息的申请渠道', '明确处理时限并留存记录'],
  },
  {
    slug: 'no-pi-trade',
    a2016: 44,
    a2025: 46,
    quote: '任何个人和组织不得窃取或者以其他非法方式获取个人信息，不得非法出售或者非法向他人提供个人信息',
    question: '是否确保本单位及其人员不以非法方式获取个人信息，不出售或者非法提供个人信息？',
    help: '买卖个人信息、以“拉新”等方式非法获取个人信息，由公安机关处罚，构成犯罪的追究刑事责任。',
    applies_to: EVERYONE,
    steps: ['对接触个人信息的员工进行保密教育并签订保密承诺', '审计个人信息的导出和对外提供'],
  },
  {
    slug: 'no-crime-sites',
    a2016: 46,
    a2025: 48,
    quote: '不得设立用于实施诈骗，传授犯罪方法，制作或者销售违禁物品、管制物品等违法犯罪活动的网站、通讯群组',
    question: '是否确保不设立、不放任用于诈骗、违禁物品交易等违法犯罪活动的网站、通讯群组，不发布此类信息？',
    help: '任何个人和组织对其使用网络的行为负责；设立违法犯罪网站、群组或者发布相关信息的，由公安机关处罚。',
    applies_to: EVERYONE,
    steps: ['对本单位管理的网站、群组定期巡查', '发现违法犯罪信息立即删除并报告'],
  },
  {
    slug: 'content-management',
    a2016: 47,
    a2025: 49,
    quote:
      '网络运营者应当加强对其用户发布的信息的管理，发现法律、行政法规禁止发布或者传输的信息的，应当立即停止传输该信息，采取消除等处置措施，防止信息扩散，保存有关记录，并向有关主管部门报告',
    question: '对用户发布的信息是否有审核管理，发现违法信息能否立即停止传输、消除、保存记录并报告？',
    help: '提供留言、评论、论坛、群组等用户发布信息功能的，要建立信息审核和处置制度。',
    applies_to: USER_ACCOUNTS,
    steps: ['建立用户发布信息的审核和巡查制度', '制定违法信息处置、留存记录和报告流程'],
  },
  {
    slug: 'no-malware',
    a2016: 48,
    a2025: 50,
    paragraph: 1,
    quote:
      '任何个人和组织发送的电子信息、提供的应用软件，不得设置恶意程序，不得含有法律、行政法规禁止发布或者传输的信息',
    question: '本单位发送的电子信息、提供的应用软件是否不含恶意程序和违法信息？',
    help: '发送的短信、邮件等电子信息和提供的应用软件不得含有恶意程序和违法信息。',
    applies_to: { any: [PRODUCT_PROVIDER, { field: 'app', is: true }, { field: 'mini_program', is: true }] },
    steps: ['发布前对应用软件进行安全检测', '对群发的电子信息进行内容审核'],
  },
  {
    slug: 'distribution-duty',
    a2016: 48,
    a2025: 50,
    paragraph: 2,
    quote:
      '电子信息发送服务提供者和应用软件下载服务提供者，应当履行安全管理义务，知道其用户有前款规定行为的，应当停止提供服务，采取消除等处置措施，保存有关记录，并向有关主管部门报告',
    question:
      '作为电子信息发送服务或者应用软件下载服务提供者，是否对用户设置恶意程序、发布违法信息的行为及时处置并报告？',
    help: '短信群发平台、应用商店等服务提供者，知道用户发送恶意程序或违法信息的，须停止服务、处置、留存记录并报告。',
    applies_to: {
      any: [
        { field: 'telecom_operator', is: true },
        { field: 'internet_service_provider', is: true },
      ],
    },
    steps: ['建立用户内容安全审核机制', '制定违规用户处置和报告流程'],
  },
  {
    slug: 'cooperate-inspection',
    a2016: 49,
    a2025: 51,
    paragraph: 2,
    quote: '网络运营者对网信部门和有关部门依法实施的监督检查，应当予以配合',
    question: '对网信部门和有关部门依法实施的监督检查，是否予以配合？',
    help: '拒绝、阻碍监督检查的，由有关主管部门责令改正并处罚。',
    applies_to: NETWORK_OPERATOR,
    steps: ['指定对接监督检查的联系人', '准备制度、日志、备案等检查资料'],
  },
  {
    slug: 'stop-on-demand',
    a2016: 50,
    a2025: 52,
    quote: '应当要求网络运营者停止传输，采取消除等处置措施，保存有关记录',
    question: '网信部门和有关部门要求停止传输违法信息时，是否能立即停止传输、采取消除措施并保存记录？',
    help: '主管部门发现违法信息并要求处置的，网络运营者须立即执行；不执行的依法处罚。',
    applies_to: NETWORK_OPERATOR,
    steps: ['建立接收和执行主管部门处置要求的流程', '保存处置记录'],
  },
];

const id = (year: string, article: number, slug: string) => `csl${year}-${article}-${slug}`;

function requirement(d: CslDuty, version: string, article: number): Requirement {
  const { slug, a2016: _a2016, a2025, ...rest } = d;
  const successor = version === V2016 ? { successor: id('2025', a2025, slug) } : {};
  return { id: id(version.slice(0, 4), article, slug), law: LAW, version, article, ...rest, ...successor };
}

export const CSL2016_REQUIREMENTS: readonly Requirement[] = DUTIES.filter((d) => d.a2016 !== undefined).map(
  (d) => requirement(d, V2016, d.a2016!),
);
export const CSL2025_REQUIREMENTS: readonly Requirement[] = DUTIES.map((d) => requirement(d, V2025, d.a2025));
