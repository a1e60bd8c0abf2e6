/** Ranges of a penalty rule in words: the facts a tier needs, how a sanction attaches, its bounds. */
import type { CheckResult } from '../../api/endpoints.js';
import { FACT_LABELS, type Fact } from '../../../../src/core/penalties/model.js';
import { formatDaysRange, formatYuanRange } from '../../lib/labels.js';

type SanctionRange = CheckResult['ranges'][number]['sanctions'][number];

export const MODALITY_LABELS: Record<string, string> = {
  mandatory: '应当',
  optional: '可以',
  alternative: '择一',
  single_or_combined: '单处或并处',
};

/** 拒不改正 或 导致危害网络安全等后果; 无附加条件 for a tier that always applies. */
export function describeWhen(when: string[][]): string {
  if (when.length === 0) return '无附加条件';
  return when.map((group) => group.map((f) => FACT_LABELS[f as Fact] ?? f).join(' 且 ')).join(' 或 ');
}

/** The bound in words: 1 万元 至 10 万元, 5 至 15 日; a bound that needs a figure the record lacks says so. */
export function describeBound(s: SanctionRange): string {
  if (s.kind === 'fine') {
    if (s.needs && s.min_yuan == null && s.max_yuan == null) return `需${s.needs}方能确定`;
    return formatYuanRange(s.min_yuan, s.max_yuan);
  }
  if (s.kind === 'detention') return formatDaysRange(s.min_days, s.max_days);
  return '';
}
