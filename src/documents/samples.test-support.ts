/**
 * Realistic documents for the renderers' tests and the bench, in the blocks the templates build (model.ts): a
 * 行政处罚决定书 (documents.md §3.9, its blocks in order), a 行政处罚告知笔录 signed on every page (§3.6, §2.10), a
 * 当场处罚决定书 on its small page (§3.10) and a 受案登记表 as a ruled table (§3.1). The persons, company and
 * numbers are invented.
 */
import type { LegalDocument } from '../core/documents/model.js';

const ORGAN = '银川市公安局兴庆区分局';

export const DECISION: LegalDocument = {
  kind: 'penalty_decision',
  title: '行政处罚决定书',
  number: '银兴公（网安）行罚决字〔2025〕37号',
  page: 'A4',
  blocks: [
    { type: 'organ', text: ORGAN },
    { type: 'title', text: '行政处罚决定书' },
    { type: 'number', text: '银兴公（网安）行罚决字〔2025〕37号' },
    {
      type: 'paragraph',
      text: '违法行为人：宁夏某某网络科技有限公司，统一社会信用代码91640104MA76A1B2C3，住所宁夏回族自治区银川市兴庆区解放东街88号，法定代表人张某某。',
    },
    {
      type: 'paragraph',
      text: '现查明：2025年1月10日至2025年3月1日，宁夏某某网络科技有限公司运营的“某某商城”网站（www.example.cn）未按照网络安全等级保护制度的要求履行安全保护义务，未制定内部安全管理制度和操作规程，未确定网络安全负责人，未采取监测、记录网络运行状态和网络安全事件的技术措施，网络日志留存不足六个月。2025年2月10日我局责令其于2025年2月24日前改正，该公司逾期拒不改正。',
    },
    {
      type: 'paragraph',
      text: '以上事实有现场检查笔录、责令限期改正通知书、网站后台日志截图、法定代表人张某某的询问笔录等证据证实。',
    },
    {
      type: 'paragraph',
      text: '综上所述，宁夏某某网络科技有限公司的行为违反了《中华人民共和国网络安全法》（2016年11月7日通过）第二十一条第（一）项、第（三）项的规定，已构成网络运营者不履行网络安全保护义务、拒不改正。根据《中华人民共和国网络安全法》（2016年11月7日通过）第五十九条第一款之规定，现决定对宁夏某某网络科技有限公司给予警告，并处罚款人民币10000元。',
    },
    {
      type: 'paragraph',
      text: '执行方式和期限：被处罚人自收到本决定书之日起十五日内，持本决定书到中国工商银行银川兴庆支行（银川市兴庆区文化西街12号）缴纳罚款，或者通过电子支付系统缴纳。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数。',
    },
    {
      type: 'paragraph',
      text: '如不服本决定，可以在收到本决定书之日起六十日内向银川市兴庆区人民政府申请行政复议，或者在六个月内依法向银川市兴庆区人民法院提起行政诉讼。',
    },
    { type: 'signature', organ: ORGAN, date: '2025年4月2日' },
    {
      type: 'sign_lines',
      lines: [
        '行政处罚决定书已向我宣告并送达。',
        '被处罚人（签名、捺指印）：　　　　　　　　　　年　　月　　日',
      ],
    },
    { type: 'footer', text: '一式三份，被处罚人和执行单位各一份，一份附卷。', copy: '此联附卷' },
  ],
};

const RIGHTS =
  '根据《中华人民共和国行政处罚法》第四十四条、《公安机关办理行政案件程序规定》第一百六十七条之规定，现将拟作出行政处罚决定的事实、理由、依据及处罚内容告知如下：你单位运营的“某某商城”网站未按照网络安全等级保护制度的要求履行安全保护义务，经责令限期改正后逾期拒不改正，违反了《中华人民共和国网络安全法》第二十一条第（一）项、第（三）项的规定。根据《中华人民共和国网络安全法》第五十九条第一款之规定，拟对你单位给予警告，并处罚款人民币10000元。你单位有权进行陈述和申辩；公安机关必须充分听取你单位的意见，对提出的事实、理由和证据进行复核，不因你单位的陈述、申辩而加重处罚。你单位有权在被告知后五日内（不含法定节假日）要求听证，逾期视为放弃。';

export const NOTICE_RECORD: LegalDocument = {
  kind: 'notice_record',
  title: '行政处罚告知笔录',
  number: null,
  page: 'A4',
  page_sign_line: '被告知人（签名、捺指印）：　　　　　　告知人：　　　　　　记录人：',
  blocks: [
    { type: 'organ', text: ORGAN },
    { type: 'title', text: '行政处罚告知笔录' },
    {
      type: 'fields',
      rows: [
        { label: '告知时间', value: '2025年3月20日10时00分至2025年3月20日10时40分' },
        { label: '告知地点', value: '银川市公安局兴庆区分局网安大队办公室' },
        { label: '执行告知单位', value: ORGAN },
        { label: '告知人', value: '王某某（警号640101）、李某某（警号640102）' },
        { label: '记录人', value: '李某某' },
        { label: '被告知单位', value: '宁夏某某网络科技有限公司（统一社会信用代码91640104MA76A1B2C3）' },
        {
          label: '被告知人',
          value: '张某某，男，1980年5月6日出生，居民身份证640104198005060000，该公司法定代表人',
        },
      ],
    },
    { type: 'paragraph', text: '告知内容：' + RIGHTS },
    ...[1, 2, 3].flatMap((k) => [
      { type: 'paragraph' as const, text: `问：以上告知内容你是否听清楚？（第${k}次宣读）`, indent: false },
      { type: 'paragraph' as const, text: '答：听清楚了。', indent: false },
      { type: 'paragraph' as const, text: '问：你单位是否提出陈述和申辩？', indent: false },
      {
        type: 'paragraph' as const,
        text: '答：我单位提出申辩：网站已于2025年3月15日完成定级备案，日志留存措施正在整改，请从轻处理。',
        indent: false,
      },
      { type: 'paragraph' as const, text: '问：你单位是否要求听证？', indent: false },
      { type: 'paragraph' as const, text: '答：不要求听证。', indent: false },
    ]),
    { type: 'paragraph', text: '问：以上记录你看一下，是否属实？', indent: false },
    { type: 'paragraph', text: '答：以上记录我看过，和我说的一样。', indent: false },
  ],
};

export const ON_THE_SPOT: LegalDocument = {
  kind: 'on_the_spot_decision',
  title: '当场处罚决定书',
  number: '银兴公（网安）当罚决字〔2025〕5号',
  page: 'on_the_spot',
  blocks: [
    { type: 'organ', text: ORGAN },
    { type: 'title', text: '当场处罚决定书' },
    { type: 'number', text: '银兴公（网安）当罚决字〔2025〕5号' },
    {
      type: 'paragraph',
      text: '违法行为人：兴庆区某某网吧，负责人赵某某，地址银川市兴庆区新华东街20号，统一社会信用代码92640104MA7700000X。',
    },
    {
      type: 'paragraph',
      text: '现查明：2025年5月8日15时许，该网吧未按规定落实上网用户登记和日志留存的安全保护技术措施。以上事实有现场检查记录、现场照片等证据证实。',
    },
    {
      type: 'paragraph',
      text: '根据《计算机信息网络国际联网安全保护管理办法》第十条第（四）项、第二十一条之规定，决定给予警告。',
    },
    {
      type: 'paragraph',
      text: '执行方式：■当场训诫　□当场收缴罚款　□被处罚人持本决定书在十五日内到指定银行缴纳罚款',
    },
    {
      type: 'paragraph',
      text: '如不服本决定，可以在收到本决定书之日起六十日内向银川市兴庆区人民政府申请行政复议，对行政复议决定不服的，可以依法提起行政诉讼。',
    },
    { type: 'fields', rows: [{ label: '处罚地点', value: '银川市兴庆区新华东街20号' }] },
    { type: 'sign_lines', lines: ['办案人民警察：王某某（640101）　李某某（640102）'] },
    { type: 'signature', organ: ORGAN, date: '2025年5月8日' },
    { type: 'sign_lines', lines: ['被处罚人（签名、捺指印）：　　　　　　年　月　日'] },
    { type: 'footer', text: '一式两联，一联交被处罚人，一联备案。', copy: '此联备案' },
  ],
};

const registration = (copy: string): LegalDocument['blocks'] => [
  { type: 'organ', text: ORGAN },
  { type: 'title', text: '受案登记表' },
  { type: 'number', text: '银兴公（网安）受案字〔2025〕102号' },
  {
    type: 'table',
    widths: [16, 34, 16, 34],
    rows: [
      [{ text: '案件来源' }, { text: '□110指令　■工作中发现　□报案　□投案　□移送　□扭送　□其他', span: 3 }],
      [{ text: '报案人' }, { text: '／' }, { text: '联系方式' }, { text: '／' }],
      [
        { text: '发现时间' },
        { text: '2025年1月10日9时30分' },
        { text: '发现地点' },
        { text: '银川市兴庆区解放东街88号' },
      ],
      [
        { text: '简要案情' },
        {
          text: '2025年1月10日，我局网安大队在网络安全监督检查中发现，宁夏某某网络科技有限公司运营的“某某商城”网站未履行网络安全等级保护义务。\n涉嫌违反《中华人民共和国网络安全法》第二十一条。',
          span: 3,
        },
      ],
      [{ text: '受案意见' }, { text: '属本单位管辖的行政案件，建议及时调查处理。', span: 3 }],
      [{ text: '受案审批' }, { text: '同意。\n负责人：刘某某　2025年1月10日', span: 3 }],
    ],
  },
  { type: 'footer', text: '一式两份，一份附卷，一份存根。', copy },
];

export const REGISTRATION: LegalDocument = {
  kind: 'case_registration',
  title: '受案登记表',
  number: '银兴公（网安）受案字〔2025〕102号',
  page: 'A4',
  blocks: [...registration('此联附卷'), { type: 'page_break' }, ...registration('此联存根')],
};

export const SAMPLES = [DECISION, NOTICE_RECORD, ON_THE_SPOT, REGISTRATION] as const;
