/**
 * Each kind of document: its name on paper, its 文书代字 (null: it carries no 文号), its page and where the form
 * comes from (documents.md §2.1: the 式样 number, or the province's form). 文书代字 marked [G] in documents.md are
 * defaults a unit may change (IssuingOrgan.codes; NOTES.md “Documents”).
 */
import type { DocumentKind, PageKind } from './model.js';

export interface KindInfo {
  label: string;
  /** 文书代字 (行罚决字 …); null when the document is not numbered (笔录, 回执, internal reports). */
  code: string | null;
  page: PageKind;
  /** The form and the articles it serves. */
  basis: string;
  /** Addressed to one party (a notice, a decision, a receipt …), by default the main party; else it is the case's. */
  per_party: boolean;
}

export const KIND_INFO: Record<DocumentKind, KindInfo> = {
  case_registration: {
    label: '受案登记表',
    code: '受案字',
    page: 'A4',
    basis: '式样一；程序规定 第六十一条第一款第（一）项',
    per_party: false,
  },
  case_receipt: {
    label: '受案回执',
    code: null,
    page: 'A4',
    basis: '式样二；程序规定 第六十一条第一款第（一）项',
    per_party: false,
  },
  notice_record: {
    label: '行政处罚告知笔录',
    code: null,
    page: 'A4',
    basis: '式样十三；行政处罚法 第四十四条；程序规定 第一百六十七条',
    per_party: true,
  },
  notice_letter: {
    label: '行政处罚告知书',
    code: '罚告字',
    page: 'A4',
    basis: '省级式样（程序规定 第二百六十四条）；行政处罚法 第四十四条；程序规定 第一百六十七条',
    per_party: true,
  },
  hearing_rights_notice: {
    label: '听证告知书',
    code: '听告字',
    page: 'A4',
    basis: '省级式样；行政处罚法 第六十三条、第六十四条；程序规定 第一百二十三条、第一百三十二条',
    per_party: true,
  },
  hearing_notice: {
    label: '举行听证通知书',
    code: '听通字',
    page: 'A4',
    basis: '式样十五；行政处罚法 第六十四条；程序规定 第一百三十六条',
    per_party: true,
  },
  hearing_rejection: {
    label: '不予受理听证通知书',
    code: '不听字',
    page: 'A4',
    basis: '式样十四；程序规定 第一百三十五条',
    per_party: true,
  },
  penalty_decision: {
    label: '行政处罚决定书',
    code: '行罚决字',
    page: 'A4',
    basis: '式样二十一；行政处罚法 第五十九条；程序规定 第一百七十五条',
    per_party: true,
  },
  on_the_spot_decision: {
    label: '当场处罚决定书',
    code: '当罚决字',
    page: 'on_the_spot',
    basis: '式样十九；行政处罚法 第五十二条；程序规定 第三十七条、第三十八条',
    per_party: true,
  },
  no_penalty_decision: {
    label: '不予行政处罚决定书',
    code: '不罚决字',
    page: 'A4',
    basis: '式样二十；行政处罚法 第三十三条、第五十七条第一款第（二）（三）项；程序规定 第一百七十二条',
    per_party: true,
  },
  rectification_notice: {
    label: '责令改正通知书',
    code: '责通字',
    page: 'A4',
    basis: '式样二十三；行政处罚法 第二十八条第一款',
    per_party: true,
  },
  service_receipt: {
    label: '送达回执',
    code: null,
    page: 'A4',
    basis: '省级式样；程序规定 第三十六条；行政处罚法 第六十一条',
    per_party: true,
  },
  demand_notice: {
    label: '催告书',
    code: '催字',
    page: 'A4',
    basis: '式样三十六；行政强制法 第三十五条；程序规定 第二百条、第二百零一条',
    per_party: true,
  },
  termination_decision: {
    label: '终止案件调查决定书',
    code: '终止字',
    page: 'A4',
    basis: '式样四十六；程序规定 第二百五十九条',
    per_party: false,
  },
  closing_report: {
    label: '结案报告',
    code: null,
    page: 'A4',
    basis: '省级式样；程序规定 第二百五十八条',
    per_party: false,
  },
};
