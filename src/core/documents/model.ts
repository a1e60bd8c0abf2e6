/**
 * The police 法律文书 of a case (documents.md, the spec; 公安部《公安行政法律文书式样》 and its 说明) as the pure core
 * sees them: the kinds, what an issuing organ configures, what a template is given, and the document it builds — a
 * list of blocks that the renderers (src/documents/: Word, HTML → PDF) lay out. Nothing here does I/O.
 */
import type { Proceeding } from '../cases/proceeding.js';
import type { CheckResult } from '../penalties/check-result.js';
import type { ArticleMapping } from '../statutes/model.js';
import type { IsoDate } from '../shared/dates.js';

export const DOCUMENT_KINDS = [
  'case_registration',
  'case_receipt',
  'notice_record',
  'notice_letter',
  'hearing_rights_notice',
  'hearing_notice',
  'hearing_rejection',
  'penalty_decision',
  'on_the_spot_decision',
  'no_penalty_decision',
  'rectification_notice',
  'service_receipt',
  'demand_notice',
  'termination_decision',
  'closing_report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const isDocumentKind = (v: unknown): v is DocumentKind =>
  typeof v === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(v);

/**
 * The page a kind is laid out on: A4 with GB/T 9704 margins (documents.md §2.2), or the 当场处罚决定书's 130 × 160 mm
 * type area (说明 一、一般要求 第2项).
 */
export type PageKind = 'A4' | 'on_the_spot';

/**
 * What an issuing organ (the 公安机关 in whose name documents go out — 说明 第4项: the 公安局/分局, never its 网安大队)
 * configures. Where documents.md marks a wording as a guess [G], the template takes it from `sentences` (a unit may
 * change it) and NOTES.md says so.
 */
export interface IssuingOrgan {
  /** The agency of the proceedings this organ issues for (proceeding.agency.name), the key of the settings. */
  agency: string;
  /** The name printed on the documents: 某市公安局某某分局. */
  name: string;
  /** 机关代字 of the 文号: 远 in 远公（茅）行罚决字〔2025〕461号. */
  code: string;
  /** 办案部门简称 in the parentheses of the 文号 (网安); '' for none. */
  department: string;
  /** The 人民政府 to which 行政复议 goes (行政复议法 2023 第二十四条): one, or the city's and the district's. */
  review_bodies: string[];
  /** Before 2024-01-01 (行政复议法 1999 第十二条): the 上一级公安机关 that could also review. */
  superior_organ: string;
  /** The 人民法院 for 行政诉讼. */
  court: string;
  /** Where fines are paid: bank and address. */
  bank: string;
  /** Who receives statements and hearing requests, with address and telephone (法制大队 …). */
  hearing_office: string;
  /** Dates in Arabic numerals (说明; GB/T 9704 7.3.5.4) or in Chinese numerals with 〇 (some provinces). */
  date_style: 'arabic' | 'chinese';
  /** A unit's wording for the sentences documents.md could not verify: sentence key → text with {placeholders}. */
  sentences: Record<string, string>;
  /** A unit's 文书代字 per kind, where it differs from the default (KIND_INFO). */
  codes: Partial<Record<DocumentKind, string>>;
  /** The organ's 统一社会信用代码 (GB 32100), published as 双公示's 处罚机关统一社会信用代码; null until set. */
  credit_code: string | null;
}

/** What a template is given. Everything is data: the renderers and the store add no content. */
export interface DocumentRequest {
  kind: DocumentKind;
  proceeding: Proceeding;
  /** The legality check of the decision (the proceeding's last check): the citation block reads its `applied` rules. */
  check: CheckResult | null;
  organ: IssuingOrgan;
  /** The party a per-party document is addressed to (notice, decision, service, demand); default the main party. */
  party?: string;
  /** The 文号 once taken; null while drafting (a preview), when the number line shows the blank pattern. */
  number: string | null;
  /** The day the document is dated (China time). */
  date: IsoDate;
  /** Inputs the proceeding does not hold (告知地点, 听证的时间和地点, 送达方式 …), named by each template's `inputs`. */
  fields: Readonly<Record<string, string>>;
  /**
   * The 条文对照 rows (LawData.articleMap(law).rows()) of the laws the decision cites: needed only when a decision
   * cites a law in the numbering of a version other than the one applied (a 2026 decision on 2025 conduct citing
   * 网络安全法 第二十三条 while the 2016 text applies, 行政处罚法 第三十七条), to write it in the applied numbering.
   */
  article_maps?: readonly ArticleMapping[];
  /** The issued document this one corrects (a correction is a new document naming the one it replaces). */
  replaces?: { kind: DocumentKind; number: string | null; date: IsoDate };
}

/** One line of a document's content. Layout (fonts, sizes, margins) is the renderers'; these say what each line is. */
export type Block =
  /** The issuing organ's name above the title (说明 第4项). */
  | { type: 'organ'; text: string }
  /** The document's name: 2号小标宋 (说明 第2项). */
  | { type: 'title'; text: string }
  /** The 文号 (or the 当场处罚决定书's serial), right-aligned under the title. */
  | { type: 'number'; text: string }
  /** Body text: 3号仿宋, first line indented two characters unless `indent` is false. */
  | { type: 'paragraph'; text: string; indent?: boolean; align?: 'left' | 'center' | 'right' }
  /** Form lines 「标签：值」, one per row, not indented (笔录 headers, 回执); a value that does not apply is 「／」. */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /** A ruled table (受案登记表, 结案报告): each cell spans `span` of the columns (default 1); widths in percent. */
  | { type: 'table'; widths: number[]; rows: { text: string; span?: number }[][] }
  /** The organ's name, 「（印）」 where the seal goes, and the date, at the right (行政处罚法 第五十九条第二款). */
  | { type: 'signature'; organ: string; date: string }
  /** Sign-off lines of the receiving party or the persons of a 笔录 (签名、捺指印), left-aligned, not indented. */
  | { type: 'sign_lines'; lines: string[] }
  /** The copies note and the copy's destination (「一式三份…」, 「此联附卷」), one size smaller. */
  | { type: 'footer'; text: string; copy?: string }
  | { type: 'page_break' };

export interface LegalDocument {
  kind: DocumentKind;
  /** The title as printed (责令限期改正通知书 for the rectification notice with a deadline). */
  title: string;
  number: string | null;
  page: PageKind;
  blocks: Block[];
  /**
   * A 笔录 is signed on every page (程序规定 第七十七条、第一百二十条): the renderers print this line and
   * 「第 X 页 共 Y 页」 at the foot of each page.
   */
  page_sign_line?: string;
}

/** What the renderers print: a legal document, or any page of blocks (a typical-case bulletin, a self-check report). */
export type PrintedDocument = Pick<LegalDocument, 'title' | 'page' | 'blocks' | 'page_sign_line'>;

/** A field the law (or the form) requires that the request leaves empty: the API answers 409 naming them. */
export interface MissingField {
  /** Where the value comes from: `party.address`, `organ.court`, `fields.place` … */
  field: string;
  /** The field's name on the form: 现住址, 人民法院 … */
  label: string;
  /** Why it is required: 行政处罚法 第五十九条第一款第（一）项 … */
  basis: string;
}

export type BuildResult = { ok: true; document: LegalDocument } | { ok: false; missing: MissingField[] };

/** Why a kind cannot be issued now (wrong stage, no decision …), with what was found. */
export interface NotIssuable {
  reason: string;
  details: Record<string, unknown>;
}

export interface DocumentTemplate {
  kind: DocumentKind;
  /** The inputs of `DocumentRequest.fields` it reads, with their labels (the UI asks for them). */
  inputs: readonly { name: string; label: string; required: boolean }[];
  /** null when the proceeding (and the party) is at a point where the document can be issued. */
  issuable(p: Proceeding, party: string | undefined): NotIssuable | null;
  build(req: DocumentRequest): BuildResult;
}
