import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysApart, findComparables, jaccard, regionLevel } from './comparables.js';
import { byTitle, fixturePool, rules, similarCase } from './similar.test-support.js';

const NX = '宁夏回族自治区';
const JINFENG = { province: NX, city: '银川市', county: '金凤区' };

describe('findComparables', () => {
  it('keeps only the same rule, tier and party kind (网络安全法(2016) 第五十九条第一款 「拒不改正或者导致危害网络安全等后果的…」)', () => {
    const subject = similarCase({ id: 's' });
    const pool = [
      similarCase({ id: 'same' }),
      similarCase({ id: 'other-tier', applied: [{ rule: 'CSL2016.59.1', tier: 'base' }] }),
      similarCase({ id: 'individual', party_kind: 'individual' }),
      similarCase({ id: 'other-rule', applied: [{ rule: 'CSL2016.64.2', tier: 'base' }] }),
      similarCase({ id: 'successor', applied: [{ rule: 'CSL2025.61.1', tier: 'aggravated' }] }),
      similarCase({ id: 's' }),
    ];
    const { comparables, note } = findComparables(rules, subject, pool);
    expect(comparables.map((c) => c.case.id).sort()).toEqual(['same', 'successor']);
    expect(note).toBeNull();
    expect(comparables.find((c) => c.case.id === 'successor')!.why[0]).toContain('后继规则');
  });

  it('ranks same 区县 > same 市 > same 省 > elsewhere, all else equal', () => {
    const subject = similarCase({ id: 's', region: JINFENG });
    const pool = [
      similarCase({ id: 'a-elsewhere', region: { province: '山西省', city: '太原市' } }),
      similarCase({ id: 'b-province', region: { province: NX, city: '吴忠市', county: '利通区' } }),
      similarCase({ id: 'c-city', region: { province: NX, city: '银川市', county: '兴庆区' } }),
      similarCase({ id: 'd-county', region: JINFENG }),
      similarCase({ id: 'e-unknown' }),
    ];
    const ids = findComparables(rules, subject, pool).comparables.map((c) => c.case.id);
    expect(ids).toEqual(['d-county', 'c-city', 'b-province', 'a-elsewhere', 'e-unknown']);
  });

  it('ranks nearer dates and larger fact overlap higher (the same facts outweigh three years), and says so', () => {
    const subject = similarCase({ id: 's', date: '2021-01-15', tokens: ['等级', '保护', '制度'] });
    const pool = [
      similarCase({ id: 'far', date: '2024-01-15', tokens: ['等级', '保护', '制度'] }),
      similarCase({ id: 'near', date: '2021-02-15', tokens: ['等级', '保护', '制度'] }),
      similarCase({ id: 'near-other-facts', date: '2021-02-15', tokens: ['漏洞'] }),
    ];
    const out = findComparables(rules, subject, pool).comparables;
    expect(out.map((c) => c.case.id)).toEqual(['near', 'far', 'near-other-facts']);
    expect(out[0]!.why).toEqual(expect.arrayContaining(['相隔31日', '事实词重合 100%']));
  });

  it('says why there is nothing to compare when the check found no tier', () => {
    const subject = similarCase({ id: 's', applied: [{ rule: 'CSL2016.59.1', tier: null }] });
    const out = findComparables(rules, subject, [similarCase({ id: 'x' })]);
    expect(out.comparables).toEqual([]);
    expect(out.note).toContain('无法比较');
  });

  it('a case with two applied rules compares only with cases applying both', () => {
    const two = [
      { rule: 'CSL2016.59.1', tier: 'aggravated' },
      { rule: 'CSL2016.64.2', tier: 'base' },
    ];
    const subject = similarCase({ id: 's', applied: two });
    const pool = [similarCase({ id: 'one' }), similarCase({ id: 'two', applied: [...two].reverse() })];
    expect(findComparables(rules, subject, pool).comparables.map((c) => c.case.id)).toEqual(['two']);
  });

  it('the ranking does not depend on the order of the pool', () => {
    const pool = Array.from({ length: 8 }, (_, i) =>
      similarCase({
        id: `c${i}`,
        date: `202${i % 4}-0${(i % 9) + 1}`,
        region: i % 2 ? JINFENG : { province: NX, city: '吴忠市' },
        tokens: i % 3 ? ['等级', '保护'] : ['等级'],
      }),
    );
    const subject = similarCase({ id: 's', date: '2021-05', region: JINFENG, tokens: ['等级'] });
    const ids = (p: typeof pool) => findComparables(rules, subject, p).comparables.map((c) => c.case.id);
    const expected = ids(pool);
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), (shuffled) => {
        expect(ids(shuffled)).toEqual(expected);
      }),
    );
  });

  it('the helpers: Jaccard, days between midpoints of partial dates, region level', () => {
    expect(jaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(jaccard([], [])).toBe(0);
    expect(daysApart('2021-01-01', '2021-01-31')).toBe(30);
    expect(daysApart('2021', '2021-07-02')).toBe(0);
    expect(daysApart(null, '2021')).toBeNull();
    expect(regionLevel(JINFENG, { province: NX, city: '银川市' })).toBe('city');
    expect(regionLevel(JINFENG, null)).toBe('none');
  });
});

describe('the Ningxia fixtures as a pool', () => {
  const pool = fixturePool();

  it('中宁县某局 (网络安全法(2016) 第五十九条第一款 「由有关主管部门责令改正，给予警告」) finds the other warnings under that sentence, the Ningxia one first', () => {
    const subject = byTitle(pool, '中宁县某局未履行网络安全保护义务案');
    const { comparables } = findComparables(rules, subject, pool);
    expect(comparables.map((c) => c.case.title)).toEqual([
      '吴忠市某医院未履行网络安全保护义务案',
      '某电信运营商未落实安全保护制度案（“一案双查”）',
    ]);
    expect(comparables[0]!.region).toBe('province');
    expect(comparables[1]!.region).toBe('none');
  });

  it('金凤区某公司 (「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」) compares with the Xiamen case of that tier, not with the warnings', () => {
    const subject = byTitle(pool, '金凤区某公司未落实网络安全等级保护制度案');
    const titles = findComparables(rules, subject, pool).comparables.map((c) => c.case.title);
    expect(titles).toContain('厦门某教育培训机构未履行网络安全保护义务案');
    expect(titles).not.toContain('中宁县某局未履行网络安全保护义务案');
  });

  it('a 2026 case under 网络安全法(2025) 第六十一条第一款 「责令改正，给予警告」 finds the 2016 warnings as the same conduct', () => {
    const subject = similarCase({
      id: 'new',
      applied: [{ rule: 'CSL2025.61.1', tier: 'base' }],
      region: { province: NX, city: '中卫市', county: '中宁县' },
      date: '2026-03-01',
    });
    const { comparables } = findComparables(rules, subject, pool);
    expect(comparables.length).toBeGreaterThanOrEqual(3);
    expect(comparables.every((c) => c.conduct[0]!.link === 'predecessor')).toBe(true);
    expect(comparables[0]!.case.title).toBe('中宁县某局未履行网络安全保护义务案');
  });
});
