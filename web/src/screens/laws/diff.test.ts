import { describe, expect, it } from 'vitest';
import { diffSize, splitDiff, type DiffOp } from './diff.js';

// 网络安全法 2016 第五十九条 vs 2025 第六十一条 (part): the fine for a network operator changed.
const DIFF: DiffOp[] = [
  { op: 'equal', text: '由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处' },
  { op: 'delete', text: '一万元以上十万元以下' },
  { op: 'insert', text: '一万元以上五十万元以下' },
  { op: 'equal', text: '罚款' },
];

describe('splitDiff', () => {
  it('gives the old side its deleted words and the new side its inserted words', () => {
    const { old, new: neu } = splitDiff(DIFF);
    expect(old.map((s) => s.text).join('')).toBe(
      '由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款',
    );
    expect(neu.map((s) => s.text).join('')).toBe(
      '由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处一万元以上五十万元以下罚款',
    );
    expect(old.filter((s) => s.changed).map((s) => s.text)).toEqual(['一万元以上十万元以下']);
    expect(neu.filter((s) => s.changed).map((s) => s.text)).toEqual(['一万元以上五十万元以下']);
  });
  it('merges neighbours of the same kind and drops empty ops', () => {
    const { new: neu } = splitDiff([
      { op: 'equal', text: '甲' },
      { op: 'equal', text: '' },
      { op: 'equal', text: '乙' },
      { op: 'insert', text: '丙' },
      { op: 'insert', text: '丁' },
    ]);
    expect(neu).toEqual([
      { text: '甲乙', changed: false },
      { text: '丙丁', changed: true },
    ]);
  });
  it('counts changed characters, not UTF-16 units', () => {
    expect(diffSize(DIFF)).toEqual({ inserted: 11, deleted: 10 });
    expect(diffSize([{ op: 'insert', text: '𠀀' }])).toEqual({ inserted: 1, deleted: 0 });
  });
});
