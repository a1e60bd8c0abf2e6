/**
 * How values are written in a document (documents.md §2.8, §2.11): dates as 2025年7月1日 (or 二〇二五年七月一日 where a
 * unit writes Chinese numerals), times to the minute, amounts as 人民币10000元, the 「／」 of a field that does not apply
 * (说明 第5项: struck, never blank), and the sentences a unit may reword.
 */
import { DomainError } from '../shared/errors.js';
import type { IssuingOrgan } from './model.js';

const DIGITS = '〇一二三四五六七八九';
const chineseDigits = (n: number) => [...String(n)].map((d) => DIGITS[Number(d)]).join('');
/** 1–31 as 一 … 三十一 (month and day in a Chinese-numeral date). */
function chineseSmall(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : DIGITS[ones]!);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function parts(iso: string): [number, number, number] {
  const m = DAY.exec(iso);
  if (!m) throw new DomainError('INVALID_DATE', `不是日期：${iso}`, { value: iso });
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** 2025-07-01 → 2025年7月1日 (no leading zeros), or 二〇二五年七月一日. */
export function formatDate(iso: string, style: IssuingOrgan['date_style'] = 'arabic'): string {
  const [y, m, d] = parts(iso);
  return style === 'chinese'
    ? `${chineseDigits(y)}年${chineseSmall(m)}月${chineseSmall(d)}日`
    : `${y}年${m}月${d}日`;
}

/** An instant (ISO with offset) as China time to the minute: 2025年6月23日10时00分 (笔录 times, documents.md §2.8). */
export function formatDateTime(instant: string): string {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) throw new DomainError('INVALID_DATE', `不是时间：${instant}`, { value: instant });
  const c = new Date(t + 8 * 3600_000).toISOString();
  const [y, m, d] = parts(c);
  return `${y}年${m}月${d}日${c.slice(11, 13)}时${c.slice(14, 16)}分`;
}

/** 人民币10000元 (Arabic numerals, documents.md §2.11 [R]); fractions of a yuan to the 分. */
export function formatYuan(n: number): string {
  if (!Number.isFinite(n) || n < 0) throw new DomainError('INVALID_INPUT', `金额不合规：${n}`, { value: n });
  const s = Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '');
  return `人民币${s}元`;
}

/** A field that does not apply: struck, never left blank (说明 第5项). */
export const NOT_APPLICABLE = '／';

/**
 * A sentence a unit may reword: its own text (organ.sentences[key]) or the default, with {name} filled from `vars`.
 * A placeholder without a value is an error naming it, never an empty gap.
 */
export function sentence(
  organ: Pick<IssuingOrgan, 'sentences'>,
  key: string,
  fallback: string,
  vars: Readonly<Record<string, string>> = {},
): string {
  const template = organ.sentences[key] ?? fallback;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      throw new DomainError('INVALID_INPUT', `文书语句「${key}」的占位符 {${name}} 没有值`, {
        key,
        placeholder: name,
      });
    }
    return value;
  });
}
