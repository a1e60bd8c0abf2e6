/**
 * Money as bulletins write it: 1500元, 1,500元, 1.5万元, 5 万元 (after normalisation 5万元), 五万元, 一百万元,
 * 壹万伍仟元, 人民币4000元, 4000.00元, 2万余元, 十万圆. Values are in yuan.
 *
 * Pure; used by the sanction and illegal-gains extractors.
 */
import { tryParseChineseInteger } from '../shared/numerals.js';

export interface MoneyMatch {
  /** Value in yuan. */
  yuan: number;
  /** Offsets of the whole expression (including 人民币 and 元) in the searched text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** 余/多 after the number: "more than" — the figure is a lower bound. */
  approximate: boolean;
  /** Followed by 以上/以下/至 — a statutory range, not an amount imposed. */
  bound: boolean;
}

const CN_NUM = '零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億';
const MONEY = new RegExp(
  `(人民币)?(?:(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*([十百千万亿萬億]*)|([${CN_NUM}]+))\\s*(余|多)?\\s*(?:元|圆)(?!宝)(整)?`,
  'g',
);

const UNIT: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1000,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

/** Value of a Chinese numeral that may end in a bare unit chain (五万, 一百万, 壹万伍仟, 十万). */
function chineseValue(s: string): number | undefined {
  const direct = tryParseChineseInteger(s);
  if (direct !== undefined) return direct;
  // 一百万 is 一百 × 万 for the parser's section rules; try peeling trailing big units.
  const m = /^(.*?)([万萬亿億]+)$/.exec(s);
  if (!m || m[1] === '') return undefined;
  const head = chineseValue(m[1]!);
  if (head === undefined) return undefined;
  return [...m[2]!].reduce((v, u) => v * (UNIT[u] ?? 1), head);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Every amount of money in `text`, in order. */
export function findMoney(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  // Every amount ends in 元 or 圆: a text without either is not scanned from each of its numerals.
  if (!text.includes('元') && !text.includes('圆')) return out;
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m !== null; m = MONEY.exec(text)) {
    let yuan: number | undefined;
    if (m[2] !== undefined) {
      const base = Number.parseFloat(m[2].replace(/,/g, ''));
      const mult = [...(m[3] ?? '')].reduce((v, u) => v * (UNIT[u] ?? 1), 1);
      yuan = Number.isFinite(base) ? round2(base * mult) : undefined;
    } else if (m[4] !== undefined) {
      yuan = chineseValue(m[4]);
    }
    if (yuan === undefined) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 3);
    // 1万元至5万元: the upper end of a range is a bound as its lower end is.
    const prev = out[out.length - 1];
    const upper =
      prev !== undefined &&
      prev.bound &&
      m.index - prev.end <= 2 &&
      /^(至|到|－|-|~|～)$/.test(text.slice(prev.end, m.index));
    out.push({
      yuan,
      start: m.index,
      end,
      text: m[0],
      approximate: m[5] !== undefined,
      bound: upper || /^(以上|以下|至|到|－|-|~|～)/.test(after),
    });
  }
  return out;
}

/** The one amount in `text` (e.g. "1.5万元" → 15000), or undefined when there is none. */
export function parseMoney(text: string): number | undefined {
  return findMoney(text)[0]?.yuan;
}
