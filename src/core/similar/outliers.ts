/**
 * 同案同罚 advice: a finding when the subject's fine sits outside the p10–p90 band of its comparables' fines, or
 * when it uses a penalty kind that under 10 % of them used. Advice only (severity info): it never blocks a
 * proposal or a decision. With fewer than 10 comparables there is no finding, and the result says so.
 *
 * The figures rest on the distribution of every comparable; the comparables a finding names and lists are those
 * of the `listed` ones (all of them, or the nearest ones a view returns when there are many) it rests on.
 */
import type { Finding } from '../penalties/check-result.js';
import type { Comparable } from './comparables.js';
import { distributionOf, partyFine, usesKind, type Distribution, type PenaltyKind } from './distribution.js';
import type { SimilarCase } from './model.js';

/** The fewest comparables (and, for the fine band, comparables with a fine amount) a finding rests on. */
export const MIN_COMPARABLES = 10;
/** A kind used by fewer than this share of the comparables is rare. */
export const RARE_SHARE = 0.1;
/** How many comparables a message names before 「等」; the finding lists them all. */
const NAMED = 5;

export interface OutlierFinding extends Finding {
  code: 'FINE_BELOW_P10' | 'FINE_ABOVE_P90' | 'RARE_SANCTION_KIND';
  severity: 'info';
  /** The listed comparables the finding rests on, nearest first (the message gives how many there are in all). */
  comparables: { id: string; title: string }[];
}

export interface Outliers {
  distribution: Distribution;
  findings: OutlierFinding[];
  /** Why no finding could be made (too few comparables), or null. */
  note: string | null;
}

const KIND_WORDS: Readonly<Record<PenaltyKind, string>> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收',
  detention: '拘留',
  suspension: '责令停业整顿/暂停业务',
  revocation: '吊销',
};

const yuan = (x: number) => `${x.toLocaleString('en-US')}元`;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The first listed cases by id and title, and how many there are in all when that is more. */
function naming(cases: readonly SimilarCase[], total: number): string {
  const named = cases.slice(0, NAMED).map((c) => `${c.id}「${c.title}」`);
  return named.join('、') + (total > named.length ? ` 等${total}件` : '');
}

const ref = (cases: readonly SimilarCase[]) => cases.map((c) => ({ id: c.id, title: c.title }));

/**
 * `listed`: the comparables (nearest first) the findings may name — all of them, or a nearest prefix;
 * `distribution`: the distribution over all of them (computed from `listed` when not given).
 */
export function findOutliers(
  subject: SimilarCase,
  listed: readonly Comparable[],
  distribution: Distribution = distributionOf(
    subject,
    listed.map((c) => c.case),
  ),
): Outliers {
  const cases = listed.map((c) => c.case);
  const total = distribution.n;
  if (total < MIN_COMPARABLES)
    return {
      distribution,
      findings: [],
      note: `同类案件仅${total}件，少于${MIN_COMPARABLES}件，不作同案同罚提示。`,
    };
  const findings: OutlierFinding[] = [];
  const { fines, subject: mine } = distribution;
  let note: string | null = null;
  if (mine.fine_yuan !== null && (fines?.n ?? 0) < MIN_COMPARABLES)
    note = `同类案件中载明罚款数额的仅${fines?.n ?? 0}件，少于${MIN_COMPARABLES}件，不作罚款幅度提示。`;
  else if (mine.fine_yuan !== null && fines !== null) {
    const fine = mine.fine_yuan;
    const fined = cases.filter((c) => partyFine(c.sanctions) !== null);
    const band = `同类案件${fines.n}件罚款的第10百分位为${yuan(fines.p10)}、中位数${yuan(fines.p50)}、第90百分位为${yuan(fines.p90)}（最低${yuan(fines.min)}，最高${yuan(fines.max)}）`;
    const where = `本案罚款${yuan(fine)}位于第${Math.round(mine.fine_percentile!)}百分位`;
    if (fine < fines.p10 || fine > fines.p90) {
      const low = fine < fines.p10;
      findings.push({
        code: low ? 'FINE_BELOW_P10' : 'FINE_ABOVE_P90',
        severity: 'info',
        message: `${where}，${low ? '低于' : '高于'}${band}。同类案件：${naming(fined, fines.n)}。仅供参考，不影响决定。`,
        comparables: ref(fined),
      });
    }
  }
  for (const kind of mine.kinds) {
    const { count, share } = distribution.kinds[kind];
    if (share >= RARE_SHARE) continue;
    const users = cases.filter((c) => usesKind(c.sanctions, kind));
    findings.push({
      code: 'RARE_SANCTION_KIND',
      severity: 'info',
      message: `本案给予${KIND_WORDS[kind]}，同类案件${total}件中仅${count}件（${pct(share)}）给予${KIND_WORDS[kind]}${users.length ? `：${naming(users, count)}` : ''}；比较的同类案件：${naming(cases, total)}。仅供参考，不影响决定。`,
      comparables: ref(users.length ? users : cases),
    });
  }
  return { distribution, findings, note };
}
