/**
 * A correction names the document it replaces (issue 9: 「a correction issues a new document that names the one it
 * replaces」): one sentence before the organ's signature (or, in a form without one, before its sign-off lines), in
 * every kind. The wording is ours [R] — no 式样 was found for it — so a unit may reword it (key `correction`).
 */
import { formatDate, sentence } from '../format.js';
import { KIND_INFO } from '../kinds.js';
import type { Block, DocumentRequest, LegalDocument } from '../model.js';

export function correctionSentence(req: DocumentRequest, title: string): string | null {
  const r = req.replaces;
  if (!r) return null;
  const label = KIND_INFO[r.kind].label;
  return sentence(req.organ, 'correction', '本{title}更正{date}作出的{number}{label}，原{label}同时作废。', {
    title,
    date: formatDate(r.date, req.organ.date_style),
    number: r.number ?? '',
    label,
  });
}

/** The document with its correction sentence, where it has one. */
export function withCorrection(req: DocumentRequest, doc: LegalDocument): LegalDocument {
  const text = correctionSentence(req, doc.title);
  if (text === null) return doc;
  const at = ['signature', 'sign_lines', 'footer']
    .map((t) => doc.blocks.findIndex((b) => b.type === t))
    .find((i) => i >= 0);
  const i = at ?? doc.blocks.length;
  const block: Block = { type: 'paragraph', text };
  return { ...doc, blocks: [...doc.blocks.slice(0, i), block, ...doc.blocks.slice(i)] };
}
