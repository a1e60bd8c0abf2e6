/** ECharts options for the statistics screen, built from the API's groups (pure: tested without a browser). */
import type { EChartsCoreOption } from 'echarts/core';

export interface Group {
  key: string | null;
  label: string;
  cases: number;
  fine_sum: number;
}

export interface Bucket {
  min: number;
  max: number | null;
  label: string;
  cases: number;
}

const BLUE = '#1f4e8c';
const ORANGE = '#d4380d';

/** Every month from the first to the last with cases, gaps filled with zero; undated cases left out. */
export function fillMonths(groups: readonly Group[]): Group[] {
  const dated = groups
    .filter((g) => g.key !== null && /^\d{4}-\d{2}$/.test(g.key))
    .sort((a, b) => a.key!.localeCompare(b.key!));
  if (dated.length === 0) return [];
  const byKey = new Map(dated.map((g) => [g.key!, g]));
  const out: Group[] = [];
  let [y, m] = dated[0]!.key!.split('-').map(Number) as [number, number];
  const last = dated[dated.length - 1]!.key!;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byKey.get(key) ?? { key, label: key, cases: 0, fine_sum: 0 });
    if (key === last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function monthOption(groups: readonly Group[]): EChartsCoreOption {
  const months = fillMonths(groups);
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['案件数', '罚款合计（元，含责任人员）'], top: 0 },
    grid: { left: 48, right: 64, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((g) => g.key) },
    yAxis: [
      { type: 'value', name: '件', minInterval: 1 },
      { type: 'value', name: '元', splitLine: { show: false } },
    ],
    series: [
      { name: '案件数', type: 'bar', data: months.map((g) => g.cases), itemStyle: { color: BLUE } },
      {
        name: '罚款合计（元，含责任人员）',
        type: 'line',
        yAxisIndex: 1,
        data: months.map((g) => g.fine_sum),
        itemStyle: { color: ORANGE },
      },
    ],
  };
}

/** Top `limit` groups by cases, as horizontal bars (longest on top); the rest summed as 其他. */
export function topGroups(groups: readonly Group[], limit: number): Group[] {
  const sorted = [...groups].sort(
    (a, b) => b.cases - a.cases || b.fine_sum - a.fine_sum || a.label.localeCompare(b.label),
  );
  if (sorted.length <= limit) return sorted;
  const rest = sorted.slice(limit - 1);
  return [
    ...sorted.slice(0, limit - 1),
    {
      key: '__other__',
      label: `其他（${rest.length}）`,
      cases: rest.reduce((s, g) => s + g.cases, 0),
      fine_sum: rest.reduce((s, g) => s + g.fine_sum, 0),
    },
  ];
}

export function rankingOption(
  groups: readonly Group[],
  limit = 12,
  shorten: (label: string) => string = (l) => l,
): EChartsCoreOption {
  const top = topGroups(groups, limit).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: top.map((g) => shorten(g.label)),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        name: '案件数',
        type: 'bar',
        data: top.map((g) => g.cases),
        itemStyle: { color: BLUE },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/**
 * The ring of sanction kinds. At phone width the labels outside the ring ran past the canvas edge, so there the
 * ring carries only the counts, inside it, and the legend below names the kinds.
 */
export function pieOption(groups: readonly Group[], narrow = false): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        name: '处罚种类',
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        data: groups.filter((g) => g.cases > 0).map((g) => ({ name: g.label, value: g.cases })),
        label: narrow ? { position: 'inside', formatter: '{c}' } : { formatter: '{b}\n{c} 件' },
      },
    ],
  };
}

export function fineOption(buckets: readonly Bucket[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 40, right: 16, top: 24, bottom: 56 },
    xAxis: { type: 'category', data: buckets.map((b) => b.label), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', name: '件', minInterval: 1 },
    series: [
      {
        name: '案件数',
        type: 'bar',
        data: buckets.map((b) => b.cases),
        itemStyle: { color: ORANGE },
        label: { show: true, position: 'top' },
      },
    ],
  };
}
