/**
 * Stand-ins for the templates (src/core/documents/templates) and the renderers (src/documents) in the storage and HTTP
 * tests of documents: what they build is small and known, a mandatory field each (the 人民法院 of a decision, the
 * 告知地点 of a 告知笔录) to see 409 MISSING_FIELDS, and renderers that count their calls.
 */
import type {
  DocumentKind,
  DocumentRequest,
  DocumentTemplate,
  LegalDocument,
} from '../../src/core/documents/model.js';
import { KIND_INFO } from '../../src/core/documents/kinds.js';
import { documentText } from '../../src/core/documents/text.js';
import type { DocumentDeps } from '../../src/server/deps.js';

function fake(
  kind: DocumentKind,
  opts: {
    issuable?: DocumentTemplate['issuable'];
    inputs?: DocumentTemplate['inputs'];
    missing?: (req: DocumentRequest) => { field: string; label: string; basis: string }[];
  } = {},
): DocumentTemplate {
  return {
    kind,
    inputs: opts.inputs ?? [],
    issuable: opts.issuable ?? (() => null),
    build: (req) => {
      const missing = opts.missing?.(req) ?? [];
      if (missing.length) return { ok: false, missing };
      const party = req.proceeding.parties.find((p) => p.id === req.party) ?? req.proceeding.parties[0]!;
      const doc: LegalDocument = {
        kind,
        title: KIND_INFO[kind].label,
        number: req.number,
        page: 'A4',
        blocks: [
          { type: 'organ', text: req.organ.name },
          { type: 'title', text: KIND_INFO[kind].label },
          { type: 'number', text: req.number ?? '（文号）' },
          { type: 'paragraph', text: `${party.name}：${req.proceeding.facts}` },
          ...Object.entries(req.fields).map(([k, v]) => ({ type: 'paragraph' as const, text: `${k}：${v}` })),
          ...(req.replaces
            ? [{ type: 'paragraph' as const, text: `更正 ${req.replaces.number ?? ''}` }]
            : []),
          { type: 'signature', organ: req.organ.name, date: req.date },
        ],
      };
      return { ok: true, document: doc };
    },
  };
}

/** 行政处罚法 第五十九条第一款第（五）项 「申请行政复议、提起行政诉讼的途径和期限」: the decision names the 人民法院. */
const courtNamed = (req: DocumentRequest) =>
  req.organ.court
    ? []
    : [{ field: 'organ.court', label: '人民法院', basis: '行政处罚法 第五十九条第一款第（五）项' }];

/** 行政处罚法 第五十九条第一款第（一）项 「当事人的姓名或者名称、地址」: asked when `require.address` is set. */
const addressNamed = (require: { address: boolean }) => (req: DocumentRequest) => {
  const party = req.proceeding.parties.find((p) => p.id === req.party);
  return !require.address || party?.address || req.fields['party.address']
    ? []
    : [{ field: 'party.address', label: '地址', basis: '行政处罚法 第五十九条第一款第（一）项' }];
};

const fakeTemplates = (require: { address: boolean }): Partial<Record<DocumentKind, DocumentTemplate>> => ({
  penalty_decision: fake('penalty_decision', {
    issuable: (p) => (p.decision ? null : { reason: '尚未作出行政处罚决定', details: { stage: p.stage } }),
    inputs: [
      { name: 'party.address', label: '地址', required: false },
      { name: 'payment', label: '缴款方式', required: false },
    ],
    missing: (req) => [...courtNamed(req), ...addressNamed(require)(req)],
  }),
  no_penalty_decision: fake('no_penalty_decision', {
    issuable: (p) =>
      p.stage === 'DECIDED' && !p.decision
        ? null
        : { reason: '不是不予行政处罚决定', details: { stage: p.stage } },
    missing: courtNamed,
  }),
  rectification_notice: fake('rectification_notice', {
    inputs: [{ name: 'deadline', label: '改正期限', required: false }],
  }),
  notice_record: fake('notice_record', {
    inputs: [{ name: 'place', label: '告知地点', required: true }],
    missing: (req) =>
      req.fields['place']
        ? []
        : [{ field: 'fields.place', label: '告知地点', basis: '程序规定 第一百六十七条（笔录形式）' }],
  }),
});

export interface FakeDocuments extends DocumentDeps {
  renders: { docx: number; pdf: number };
  /** Set to make the next Word rendering fail (after the number is taken: the transaction must give it back). */
  failNext: { docx: boolean };
  /** Set to make the decision ask for the party's address. */
  require: { address: boolean };
}

export function fakeDocuments(): FakeDocuments {
  const renders = { docx: 0, pdf: 0 };
  const failNext = { docx: false };
  const require = { address: false };
  return {
    templates: fakeTemplates(require),
    renders,
    failNext,
    require,
    renderDocx: async (doc) => {
      if (failNext.docx) {
        failNext.docx = false;
        throw new Error('renderer failed');
      }
      renders.docx++;
      return Buffer.from(`DOCX\n${documentText(doc)}`);
    },
    renderPdf: async (doc) => {
      renders.pdf++;
      return Buffer.from(`%PDF-1.4 fake\n${documentText(doc)}`);
    },
  };
}

/** The issuing organ of the test cases' agency (某县公安局). */
export { COUNTY_ORGAN } from '../../src/db/testing/organs.js';
