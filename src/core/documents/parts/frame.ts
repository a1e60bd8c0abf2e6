/**
 * The frame every numbered document shares: the issuing organ's name (说明 第4项: the 公安机关, never its 网安大队), the
 * title, the 文号 line (the number once taken, the blank pattern while drafting), and at the end the organ's name, seal
 * and date (行政处罚法 第五十九条第一款第（六）项、第二款; 程序规定 第一百七十五条第一款第（七）项).
 */
import { formatDate } from '../format.js';
import { KIND_INFO } from '../kinds.js';
import type { Block, DocumentKind, DocumentRequest } from '../model.js';
import { required, type Filled } from './filled.js';

const BASIS_ORGAN = '行政处罚法 第五十九条第一款第（六）项；程序规定 第一百七十五条第一款第（七）项';

/** Full-width spaces where the year and the serial will go. */
const SPACE = '\u3000';

/** The 文号 line while drafting: 某公（网安）行罚决字〔year〕serial号 with full-width spaces for year and serial. */
export function blankNumber(req: Pick<DocumentRequest, 'organ'>, kind: DocumentKind): string {
  const code = req.organ.codes[kind] ?? KIND_INFO[kind].code ?? '';
  const dept = req.organ.department === '' ? '' : `（${req.organ.department}）`;
  return `${req.organ.code}公${dept}${code}〔${SPACE.repeat(2)}〕${SPACE}号`;
}

/** Organ, title, number; the organ's name is mandatory. */
export function heading(
  req: DocumentRequest,
  title: string = KIND_INFO[req.kind].label,
): { blocks: Block[]; missing: Filled['missing'] } {
  const name = required(req.organ.name, 'organ.name', '公安机关名称', BASIS_ORGAN);
  return {
    blocks: [
      { type: 'organ', text: name.value },
      { type: 'title', text: title },
      { type: 'number', text: req.number ?? blankNumber(req, req.kind) },
    ],
    missing: name.missing,
  };
}

/** The organ's name with 「（印）」 where the seal goes, and the date of the document. */
export const signature = (req: DocumentRequest): Block => ({
  type: 'signature',
  organ: req.organ.name,
  date: formatDate(req.date, req.organ.date_style),
});
