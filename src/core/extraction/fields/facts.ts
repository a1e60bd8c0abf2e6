/**
 * The violation in one or two sentences: the sentences of the case that say what was done or found, without
 * the opening "2021年1月，某网安部门发现，" and without the sentence that cites the law and imposes the penalty.
 */
import { nextSentence } from '../sentences.js';

const VIOLATION =
  /未|不|没有|违规|违法|非法|擅自|泄露|泄漏|发布|传播|出售|获取|篡改|攻击|漏洞|入侵|存在|涉嫌|捏造|虚假|谣言|淫秽|诈骗|拉新|收集|窃取/;
const PENALTY = /依据|根据|依照|按照|给予|予以|处以|处罚|罚款|警告|拘留|责令/;
const LEAD_IN =
  /^.{0,40}?(检查时?发现|工作中发现|巡网时发现|巡查发现|核查发现|调查发现|工作发现|检查发现|发现|经查|经调查|经查明|经依法查明|查明)[，：]?/;

/** A labelled line that states the violation (违法事实：…): the facts, rather than the case's other fields. */
const FACTS_LABEL = /(?:^|[\n，。；])(?:违法事实|主要违法事实|基本案情|案情简介|简要案情)[：:]\s*([^\n]{8,})/;

export function extractFacts(text: string): string {
  // In a table row read as one line, the cell ends where the next labelled cell (，处罚依据：…) begins.
  const labelled = FACTS_LABEL.exec(text)?.[1]?.split(/[，,](?=[\u4e00-\u9fff]{2,10}[：:])/)[0];
  const from = labelled ?? text;
  const picked: string[] = [];
  // Only the first few sentences are read: the text is not split further than needed.
  let first: string | undefined;
  for (let span = nextSentence(from, 0); span !== null; span = nextSentence(from, span.next)) {
    const s = span.text.trim();
    first ??= s;
    if (!VIOLATION.test(s) && !(PENALTY.test(s) && picked.length === 0)) continue;
    if (PENALTY.test(s) && /(依据|根据|依照|按照)[^。]*《/.test(s)) {
      // A single-sentence case: keep what comes before the legal basis.
      const before = s.split(/[，,](?=[^，]{0,30}(依据|根据|依照|按照))/)[0] ?? '';
      if (picked.length === 0 && before.length >= 8) picked.push(before);
      break;
    }
    picked.push(s);
    if (picked.length === 2) break;
  }
  if (picked.length === 0 && first) picked.push(first);
  return picked
    .map((s) => s.replace(LEAD_IN, '').replace(/[。！？]$/, ''))
    .join('；')
    .slice(0, 240);
}
