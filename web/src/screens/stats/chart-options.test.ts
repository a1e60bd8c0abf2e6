import { describe, expect, it } from 'vitest';
import {
  fillMonths,
  fineOption,
  monthOption,
  pieOption,
  rankingOption,
  topGroups,
  type Group,
} from './chart-options.js';

const g = (key: string | null, cases: number, fine_sum = 0): Group => ({
  key,
  label: key ?? '日期不详',
  cases,
  fine_sum,
});

describe('fillMonths', () => {
  it('fills the gaps between the first and last month, across a year end, and drops undated cases', () => {
    const months = fillMonths([g('2021-11', 2, 1500), g(null, 4), g('2022-02', 1), g('2021-12', 1)]);
    expect(months.map((m) => [m.key, m.cases])).toEqual([
      ['2021-11', 2],
      ['2021-12', 1],
      ['2022-01', 0],
      ['2022-02', 1],
    ]);
    expect(fillMonths([g(null, 3)])).toEqual([]);
  });
  it('feeds both series of the month chart', () => {
    const opt = monthOption([g('2021-01', 3, 16500), g('2021-03', 1, 0)]) as {
      series: { data: number[] }[];
      xAxis: { data: string[] };
    };
    expect(opt.xAxis.data).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(opt.series[0]!.data).toEqual([3, 0, 1]);
    expect(opt.series[1]!.data).toEqual([16500, 0, 0]);
  });
});

describe('topGroups', () => {
  it('keeps the largest groups and sums the rest into 其他', () => {
    const top = topGroups([g('a', 1), g('b', 5), g('c', 3), g('d', 2, 10), g('e', 2, 20)], 3);
    expect(top.map((t) => [t.label, t.cases])).toEqual([
      ['b', 5],
      ['c', 3],
      ['其他（3）', 5],
    ]);
    expect(top[2]!.fine_sum).toBe(30);
  });
  it('leaves a short list alone', () => {
    expect(topGroups([g('a', 1)], 5)).toHaveLength(1);
  });
});

describe('fineOption', () => {
  it('has one bar per bucket, labelled as the API labels it', () => {
    const opt = fineOption([
      { min: 0, max: 1000, label: '1千元以下', cases: 0 },
      { min: 1000, max: 10000, label: '1千–1万元', cases: 3 },
    ]) as { xAxis: { data: string[] }; series: { data: number[] }[] };
    expect(opt.xAxis.data).toEqual(['1千元以下', '1千–1万元']);
    expect(opt.series[0]!.data).toEqual([0, 3]);
  });
});

describe('rankingOption', () => {
  it('puts the largest group on top and shortens labels as asked', () => {
    const opt = rankingOption([g('a', 1), g('bb', 3)], 12, (l) => l.toUpperCase()) as {
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(opt.yAxis.data).toEqual(['A', 'BB']);
    expect(opt.series[0]!.data).toEqual([1, 3]);
  });
});

describe('pieOption', () => {
  const kinds = [g('警告', 5), g('罚款', 4), g('拘留', 0)];
  const label = (o: ReturnType<typeof pieOption>) =>
    (o as { series: { label: { position?: string; formatter: string } }[] }).series[0]!.label;
  it('names each kind beside the ring at desktop width, leaving out kinds with no case', () => {
    const o = pieOption(kinds) as { series: { data: unknown[] }[] };
    expect(o.series[0]!.data).toHaveLength(2);
    expect(label(o).formatter).toBe('{b}\n{c} 件');
  });
  it('keeps the labels inside the ring at phone width (the legend names the kinds), so none runs off the canvas', () => {
    expect(label(pieOption(kinds, true))).toEqual({ position: 'inside', formatter: '{c}' });
  });
});
