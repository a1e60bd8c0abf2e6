import { describe, expect, it } from 'vitest';
import { benchmarksFor } from './benchmark.js';
import { BENCHMARKS } from './benchmarks/index.js';
import { SHANXI_POLICE_2018 } from './benchmarks/shanxi-police-2018.js';
import { byTitle, fine, fixturePool, rules, similarCase, warning } from './similar.test-support.js';

const SHANXI = { province: '山西省', city: '太原市' };
const labels = (s: ReturnType<typeof benchmarksFor>) =>
  s.views.flatMap((v) => v.bands.map((b) => [b.band.label, b.selected]));

describe('benchmarksFor (行政处罚法 第三十四条 「行政机关可以依法制定行政处罚裁量基准」)', () => {
  it('网络安全法(2016) 第五十九条第一款, 拒不改正 established and 危害后果 ruled out: the Shanxi band 1–5万 is selected, with its source', () => {
    const subject = similarCase({
      id: 's',
      region: SHANXI,
      sanctions: [fine(30000)],
      established_facts: ['refused_rectification'],
      absent_facts: ['harm_caused'],
    });
    const out = benchmarksFor(subject, BENCHMARKS);
    expect(out.note).toBeNull();
    expect(out.views).toHaveLength(1);
    const [v] = out.views;
    expect(v!.benchmark.source).toContain('discretion.md');
    expect(v!.binds).toBe(true);
    expect(v!.bands).toEqual([expect.objectContaining({ selected: 'yes', needs: [], fine_within: true })]);
    expect(v!.bands[0]!.band.label).toBe('拒不改正或导致危害网络安全等后果');
  });

  it('both 拒不改正 and 导致危害网络安全等后果: the 5–10万 band; a fine of 30,000 falls outside it', () => {
    const out = benchmarksFor(
      similarCase({
        id: 's',
        sanctions: [fine(30000)],
        established_facts: ['refused_rectification', 'harm_caused'],
      }),
      BENCHMARKS,
    );
    expect(labels(out)).toEqual([['拒不改正且导致危害网络安全等后果', 'yes']]);
    expect(out.views[0]!.bands[0]!.fine_within).toBe(false);
    expect(out.views[0]!.binds).toBeNull();
  });

  it('with the facts unknown every band stays possible and says which facts decide it', () => {
    const pool = fixturePool();
    const subject = byTitle(pool, '金凤区某公司未落实网络安全等级保护制度案');
    const out = benchmarksFor(subject, BENCHMARKS);
    expect(labels(out)).toEqual(SHANXI_POLICE_2018.bands.map((b) => [b.label, 'unknown']));
    expect(out.views[0]!.bands[0]!.needs).toEqual(['拒不改正', '导致危害网络安全等后果']);
    expect(out.views[0]!.binds).toBe(false);
  });

  it('「初次违反规定」 is shown as a condition the record cannot check', () => {
    const out = benchmarksFor(
      similarCase({
        id: 's',
        applied: [{ rule: 'CSL2016.59.1', tier: 'base' }],
        sanctions: [warning],
        absent_facts: ['refused_rectification', 'harm_caused'],
      }),
      BENCHMARKS,
    );
    expect(out.views[0]!.bands.map((b) => [b.band.party, b.band.unverified, b.fine_within])).toEqual([
      ['责令改正，给予警告', ['初次违反规定'], null],
    ]);
  });

  it('网络安全法(2025) 第六十一条第一款 has no published benchmark (the Shanxi one is built on the 2016 text): it says so', () => {
    const out = benchmarksFor(
      similarCase({ id: 's', applied: [{ rule: 'CSL2025.61.1', tier: 'aggravated' }] }),
      BENCHMARKS,
    );
    expect(out.views).toEqual([]);
    expect(out.note).toBe('没有已公布的裁量基准覆盖本案适用的规则（CSL2025.61.1）；仅显示同类案件统计。');
  });
});

describe('benchmark data', () => {
  it('every band lies inside the statutory range of its rule (网络安全法(2016) 第五十九条第一款 「处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款」)', () => {
    for (const b of BENCHMARKS)
      for (const id of b.rules) {
        const rule = rules.byId(id)!;
        expect(rule, id).toBeDefined();
        const bounds = (target: 'party' | 'responsible_person') =>
          rule.tiers.flatMap((t) =>
            t.sanctions
              .filter((s) => s.kind === 'fine' && s.target === target)
              .flatMap((s) => s.fine ?? [])
              .map((r) => [
                r.min && 'yuan' in r.min ? r.min.yuan : 0,
                r.max && 'yuan' in r.max ? r.max.yuan : Infinity,
              ]),
          );
        for (const band of b.bands)
          for (const [m, target] of [
            [band.fine, 'party'],
            [band.responsible_person_fine, 'responsible_person'],
          ] as const) {
            if (!m) continue;
            const inside = bounds(target).some(([lo, hi]) => m.min_yuan! >= lo! && m.max_yuan! <= hi!);
            expect(inside, `${b.id} ${band.label} ${target}`).toBe(true);
          }
      }
  });
});
