/**
 * The 类案参考 chart and words (pure: tested without a browser): the comparables' party fines in ascending order
 * with this case's bar marked, the p10 / p90 lines of the 同案同罚 advice, and the 裁量基准 bands the recorded
 * facts select (or may select) as shaded ranges.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { SimilarView } from '../../api/endpoints.js';

const BLUE = '#1f4e8c';
const ORANGE = '#d4380d';

export const KIND_WORDS: Readonly<Record<keyof SimilarView['distribution']['kinds'], string>> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收',
  detention: '拘留',
  suspension: '停业整顿/暂停业务',
  revocation: '吊销',
};

interface Bar {
  label: string;
  yuan: number;
  subject: boolean;
}

/** The comparables with a fine and the case itself (if fined), ascending; the case after equal fines. */
export function fineBars(view: SimilarView): Bar[] {
  const bars: Bar[] = view.comparables
    .filter((c) => c.fine_yuan !== null)
    .map((c) => ({ label: `#${c.id}`, yuan: c.fine_yuan!, subject: false }));
  const own = view.distribution.subject.fine_yuan;
  if (own !== null) bars.push({ label: '本案', yuan: own, subject: true });
  return bars.sort((a, b) => a.yuan - b.yuan || Number(a.subject) - Number(b.subject));
}

/** The 裁量基准 fine bands shown: those the recorded facts select or leave open. */
export function benchmarkBands(view: SimilarView): { label: string; min: number; max: number | null }[] {
  return view.benchmarks.views.flatMap((v) =>
    v.bands.flatMap((b) =>
      b.band.fine
        ? [
            {
              label: `裁量基准：${b.band.label}${b.selected === 'unknown' ? '（待查明）' : ''}`,
              min: b.band.fine.min_yuan ?? 0,
              max: b.band.fine.max_yuan,
            },
          ]
        : [],
    ),
  );
}

export function similarFineOption(view: SimilarView): EChartsCoreOption {
  const bars = fineBars(view);
  const f = view.distribution.fines;
  const lines = f
    ? [
        { name: 'P10', yAxis: f.p10 },
        { name: 'P90', yAxis: f.p90 },
      ]
    : [];
  const bands = benchmarkBands(view);
  const top = Math.max(0, ...bars.map((b) => b.yuan));
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 64, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: bars.map((b) => b.label) },
    yAxis: { type: 'value', name: '元' },
    series: [
      {
        name: '罚款（元）',
        type: 'bar',
        data: bars.map((b) => ({ value: b.yuan, itemStyle: { color: b.subject ? ORANGE : BLUE } })),
        markLine: {
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#8c8c8c' },
          label: { formatter: '{b}' },
          data: lines,
        },
        markArea: {
          itemStyle: { color: 'rgba(82, 196, 26, 0.12)' },
          label: { position: 'insideTopLeft', fontSize: 11 },
          data: bands.map((b) => [{ name: b.label, yAxis: b.min }, { yAxis: b.max ?? Math.max(top, b.min) }]),
        },
      },
    ],
  };
}

/** 警告 3/12（25%）… for the kinds any comparable or the case used. */
export function kindShares(view: SimilarView): string[] {
  const d = view.distribution;
  return (Object.keys(KIND_WORDS) as (keyof typeof KIND_WORDS)[])
    .filter((k) => d.kinds[k].count > 0 || d.subject.kinds.includes(k))
    .map(
      (k) =>
        `${KIND_WORDS[k]} ${d.kinds[k].count}/${d.n}（${Math.round(d.kinds[k].share * 100)}%）${d.subject.kinds.includes(k) ? ' · 本案给予' : ''}`,
    );
}
