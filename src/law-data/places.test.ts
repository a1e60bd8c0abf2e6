import { describe, expect, it } from 'vitest';
import { loadGazetteer, parseGazetteer } from './places.js';

// data/places/SOURCES.md: 民政部 《行政区划统计表》 (2023-12-31): 34 省级, 333 地级 (293 市, 7 地区, 30 自治州, 3 盟).
describe('data/places/prefectures.json', () => {
  const g = loadGazetteer();
  const prefectures = g.provinces.flatMap((p) => p.prefectures);

  it('lists the 34 province-level divisions and the 333 prefecture-level ones, each name once', () => {
    expect(g.provinces).toHaveLength(34);
    expect(prefectures).toHaveLength(333);
    expect(g.provinceOf.size).toBe(333);
    const ending = (s: string) => ['自治州', '地区', '盟', '市'].find((e) => s.endsWith(e));
    const counts: Record<string, number> = {};
    for (const c of prefectures) counts[ending(c) ?? '?'] = (counts[ending(c) ?? '?'] ?? 0) + 1;
    expect(counts).toEqual({
      市: 293,
      地区: 7,
      自治州: 30,
      盟: 3,
    });
  });

  it('gives each province the short name it starts with (广西壮族自治区 → 广西)', () => {
    for (const p of g.provinces) expect(p.name.startsWith(p.short), p.name).toBe(true);
  });

  it('refuses a file without provinces', () => {
    expect(() => parseGazetteer('{"provinces": [{"name": "某省"}]}', 'x.json')).toThrow(/provinces/);
  });
});
