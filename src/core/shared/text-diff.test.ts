import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, diffText } from './text-diff.js';

describe('diffText', () => {
  it('marks the amended words of 网络安全法 第五十九条 (2016 → 2025)', () => {
    const ops = diffText('处一万元以上十万元以下罚款', '处一万元以上五十万元以下罚款');
    expect(ops).toEqual([
      { op: 'equal', text: '处一万元以上' },
      { op: 'insert', text: '五' },
      { op: 'equal', text: '十万元以下罚款' },
    ]);
  });

  it('deletes and inserts where words were replaced', () => {
    expect(diffText('给予警告', '处以罚款')).toEqual([
      { op: 'delete', text: '给予警告' },
      { op: 'insert', text: '处以罚款' },
    ]);
  });

  it('handles empty sides and identical texts', () => {
    expect(diffText('', '新增条文')).toEqual([{ op: 'insert', text: '新增条文' }]);
    expect(diffText('删除条文', '')).toEqual([{ op: 'delete', text: '删除条文' }]);
    expect(diffText('相同', '相同')).toEqual([{ op: 'equal', text: '相同' }]);
    expect(diffText('', '')).toEqual([]);
  });

  it('treats astral characters as one character', () => {
    expect(diffText('a𠀀b', 'a𠀁b')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: '𠀀' },
      { op: 'insert', text: '𠀁' },
      { op: 'equal', text: 'b' },
    ]);
  });

  it('always reconstructs both texts, never has two adjacent runs of one op, and keeps a longest common subsequence', () => {
    const alphabet = fc.constantFrom('网', '络', '安', '全', '法', 'a', 'b');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.array(alphabet, { maxLength: 40 }), (x, y) => {
        const a = x.join('');
        const b = y.join('');
        const ops = diffText(a, b);
        expect(applyDiff(ops)).toEqual({ oldText: a, newText: b });
        for (let i = 1; i < ops.length; i++) expect(ops[i]!.op).not.toBe(ops[i - 1]!.op);
        const equal = ops.filter((o) => o.op === 'equal').reduce((n, o) => n + [...o.text].length, 0);
        expect(equal).toBe(lcsLength(x, y));
      }),
    );
  });
});

function lcsLength(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return dp[a.length]![b.length]!;
}
