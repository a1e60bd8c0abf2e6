import { describe, expect, it } from 'vitest';
import { describeBound, describeWhen } from './ranges-words.js';

describe('ranges in words', () => {
  it('names the facts a tier needs (网络安全法 2016 第五十九条第一款: 拒不改正或者导致危害网络安全等后果)', () => {
    expect(describeWhen([['refused_rectification'], ['harm_caused']])).toBe(
      '拒不改正 或 导致危害网络安全等后果',
    );
    expect(describeWhen([['refused_rectification', 'serious_circumstances']])).toBe('拒不改正 且 情节严重');
    expect(describeWhen([])).toBe('无附加条件');
  });
  it('gives fine and detention bounds, and says when a bound needs the illegal gains', () => {
    expect(
      describeBound({
        kind: 'fine',
        target: 'party',
        modality: 'mandatory',
        min_yuan: 10_000,
        max_yuan: 100_000,
      }),
    ).toBe('1 万元 至 10 万元');
    expect(
      describeBound({
        kind: 'fine',
        target: 'party',
        modality: 'mandatory',
        min_yuan: null,
        max_yuan: null,
        needs: '违法所得数额',
      }),
    ).toBe('需违法所得数额方能确定');
    expect(
      describeBound({
        kind: 'detention',
        target: 'party',
        modality: 'mandatory',
        min_days: 10,
        max_days: 15,
      }),
    ).toBe('10 至 15 日');
    expect(describeBound({ kind: 'warning', target: 'party', modality: 'mandatory' })).toBe('');
  });
});
