/**
 * Traditional → simplified Chinese (OpenCC, Taiwan phrases: 網路 → 网络, 資訊 → 信息), applied only when a
 * text is written in traditional characters, so that simplified texts pass through untouched and fast.
 */
import { Converter } from 'opencc-js/t2cn';

/** Characters that exist only in traditional script and are frequent in enforcement bulletins. */
const TRADITIONAL_ONLY = new Set([
  ...'們個這來網絡資訊處罰條與為機關護權業務對違規據責會從於單詢說發現將號實際開過還當時區縣總數營運廣電腦軟體記錄稱該進屬勞義認證憑術例辦應',
]);

let converter: ((s: string) => string) | undefined;

/** True when at least 3 % of the CJK characters (and at least 3 in all) are traditional-only forms. */
export function isTraditional(text: string): boolean {
  let cjk = 0;
  let trad = 0;
  const limit = Math.min(text.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      if (TRADITIONAL_ONLY.has(text[i]!)) trad++;
    }
  }
  return trad >= 3 && trad / Math.max(cjk, 1) >= 0.03;
}

export function toSimplified(text: string): string {
  const convert = (converter ??= Converter({ from: 'twp', to: 'cn' }));
  return convert(text);
}
