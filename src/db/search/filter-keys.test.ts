import { describe, expect, it } from 'vitest';
import { filterKeyQuery, recordFilterKeys } from './filter-keys.js';

const record = {
  title: '某公司案',
  date: '2020-11',
  region: '银川市',
  agency: null,
  party: { kind: 'organization' as const, name: '某公司' },
  facts: '',
  provisions: [{ law: '网络安全法', article: 59, paragraph: 1, item: null }],
  sanctions: [],
};

describe('filter keys', () => {
  it('are ASCII letters and digits, one token each, region characters in order', () => {
    const keys = recordFilterKeys(record, 'published').split(' ');
    expect(keys.every((k) => /^z[a-z][0-9a-z]+$/.test(k))).toBe(true);
    const region = filterKeyQuery({ region: '川市' }, { publishedOnly: false }).groups[0]![0]!;
    expect(keys.join(' ')).toContain(region.join(' '));
    expect(keys).toContain('zy2020');
  });

  it('express a date range exactly only in whole years, and not an open one', () => {
    const q = (date_from?: string, date_to?: string) =>
      filterKeyQuery({ date_from, date_to }, { publishedOnly: true });
    expect(q('2020-01-01', '2022-12-31').exact.has('dates')).toBe(true);
    expect(q('2020-01-01', '2022-12-31').groups[1]).toEqual([['zy2020'], ['zy2021'], ['zy2022']]);
    expect(q('2020-02-01', '2022-12-31').exact.has('dates')).toBe(false);
    expect(q('2020-01-01').exact.has('dates')).toBe(false);
    expect(q('2020-01-01').groups).toHaveLength(1);
    expect(q().exact.has('dates')).toBe(true);
  });

  it('express a lower bound of the fine exactly at a bucket bound, and narrow the match below one', () => {
    const q = (fine_min: number) => filterKeyQuery({ fine_min }, { publishedOnly: false });
    expect(q(10_000)).toEqual({ groups: [[['zf10000']]], exact: expect.any(Set) as Set<string> });
    expect(q(10_000).exact.has('fine_min')).toBe(true);
    expect(q(12_000).groups).toEqual([[['zf10000']]]);
    expect(q(12_000).exact.has('fine_min')).toBe(false);
    expect(q(500).groups).toEqual([]);
  });
});
