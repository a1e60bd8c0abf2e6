/**
 * Where a timer or a guard comes from: a law version in data/law, an article (and paragraph or item), and the
 * sentence that sets it, verbatim (a test checks each quote against the statute text).
 */
import { formatArticleLabel } from '../shared/numerals.js';

export const XZCFF = { law: '行政处罚法', version: '2021-01-22' } as const;
export const GAGD = { law: '公安机关办理行政案件程序规定', version: '2020-08-06' } as const;
export const ZAF2012 = { law: '治安管理处罚法', version: '2012-10-26' } as const;
export const ZAF2025 = { law: '治安管理处罚法', version: '2025-06-27' } as const;

export interface LegalBasis {
  law: string;
  version: string;
  article: number;
  paragraph?: number;
  item?: number;
  /** The sentence, verbatim from data/law. */
  quote: string;
}

export const basis = (
  text: { law: string; version: string },
  article: number,
  quote: string,
  where: { paragraph?: number; item?: number } = {},
): LegalBasis => ({ ...text, article, ...where, quote });

const ITEM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 行政处罚法 第六十四条第（一）项 */
export function basisLabel(b: LegalBasis): string {
  const paragraph = b.paragraph ? `第${ITEM[b.paragraph] ?? b.paragraph}款` : '';
  const item = b.item ? `第（${ITEM[b.item] ?? b.item}）项` : '';
  return `${b.law} ${formatArticleLabel(b.article)}${paragraph}${item}`;
}
