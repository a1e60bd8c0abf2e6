/**
 * The facts and the evidence (行政处罚法 第五十九条第一款第（二）项 「违反法律、法规、规章的事实和证据」; 程序规定 第一百七十五条
 * 第一款第（二）项): 「现查明：……」 and 「以上事实有……等证据证实。」 (documents.md Appendix B [P]).
 */
import type { DocumentRequest, DocumentTemplate } from '../model.js';
import { closed, required, type Filled } from './filled.js';

const BASIS = '行政处罚法 第五十九条第一款第（二）项；程序规定 第一百七十五条第一款第（二）项';

export const FACTS_INPUTS: DocumentTemplate['inputs'] = [
  { name: 'evidence', label: '证据（以顿号分隔；默认取案件已收集的证据）', required: false },
];

/** 「现查明：……」 from the proceeding's facts (mandatory); `lead` replaces 现查明 (经查 …). */
export function factsParagraph(req: DocumentRequest, lead = '现查明'): Filled {
  const facts = required(req.proceeding.facts, 'proceeding.facts', '违法事实', BASIS);
  const text = facts.value.replace(/^(现查明|经查)[：:，,]?/, '');
  return { text: `${lead}：${closed(text)}`, missing: facts.missing };
}

/** 「以上事实有……等证据证实。」: fields.evidence, else the evidence the proceeding holds (its descriptions). */
export function evidenceParagraph(req: DocumentRequest): Filled {
  const held = [...new Set(req.proceeding.evidence.map((e) => e.description.trim()).filter((d) => d !== ''))];
  const list = required(req.fields['evidence'] ?? held.join('、'), 'fields.evidence', '证据', BASIS);
  return { text: `以上事实有${list.value}等证据证实。`, missing: list.missing };
}
