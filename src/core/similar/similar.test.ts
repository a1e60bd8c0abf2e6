import { describe, expect, it } from 'vitest';
import { BENCHMARKS } from './benchmarks/index.js';
import { similarView } from './similar.js';
import { byTitle, fixturePool, rules } from './similar.test-support.js';

describe('similarView over the dev fixtures', () => {
  const pool = fixturePool();

  it('金凤区某公司 (网络安全法(2016) 第五十九条第一款 「拒不改正或者导致…处一万元以上十万元以下罚款」): one comparable, no advice and why, the Shanxi benchmark beside', () => {
    const v = similarView(rules, byTitle(pool, '金凤区某公司未落实网络安全等级保护制度案'), pool, BENCHMARKS);
    expect(v.comparables.map((c) => c.case.title)).toEqual(['厦门某教育培训机构未履行网络安全保护义务案']);
    expect(v.distribution.fines).toMatchObject({ n: 1, p50: 10000 });
    expect(v.distribution.subject.fine_percentile).toBe(50);
    expect(v.findings).toEqual([]);
    expect(v.notes).toEqual(['同类案件仅1件，少于10件，不作同案同罚提示。']);
    expect(v.benchmarks.views.map((b) => b.benchmark.id)).toEqual(['shanxi-police-2018']);
  });

  it('a case the check could not place (衡阳 约谈, no applied rule) says so at each step', () => {
    const v = similarView(rules, byTitle(pool, '发布“英烈”等不实信息被约谈'), pool, BENCHMARKS);
    expect(v.comparables).toEqual([]);
    expect(v.notes).toHaveLength(3);
    expect(v.notes[0]).toContain('无法比较');
  });
});
