import { describe, expect, it } from 'vitest';
import { conditionSentence, factsInWords, VERDICT_LABELS } from './verdict-words.js';

describe('verdict in words', () => {
  it('names the four verdicts', () => {
    expect(VERDICT_LABELS).toEqual({
      lawful: '合法',
      lawful_if: '附条件合法',
      unlawful: '违法',
      undetermined: '无法判断',
    });
  });

  it('says which facts make it lawful (网络安全法 2016 第五十九条第一款: 拒不改正或者导致危害网络安全等后果的，处…罚款)', () => {
    expect(conditionSentence(['拒不改正'])).toBe('若认定拒不改正，则处罚合法');
    expect(conditionSentence(['拒不改正 或 导致危害网络安全等后果'])).toBe(
      '若认定拒不改正或导致危害网络安全等后果，则处罚合法',
    );
    expect(conditionSentence(['拒不改正且情节严重'])).toBe('若认定拒不改正且情节严重，则处罚合法');
    expect(conditionSentence(['拒不改正 或 导致危害网络安全等后果', '情节严重'])).toBe(
      '若认定拒不改正或导致危害网络安全等后果，且认定情节严重，则处罚合法',
    );
  });

  it('names a figure the record lacks (违法所得一倍以上十倍以下罚款 needs 违法所得数额)', () => {
    expect(conditionSentence(['违法所得数额'])).toBe('若查明的违法所得数额与处罚幅度相符，则处罚合法');
    expect(conditionSentence(['情节严重', '违法所得数额'])).toBe(
      '若认定情节严重，且查明的违法所得数额与处罚幅度相符，则处罚合法',
    );
  });

  it('has no sentence when nothing is required', () => {
    expect(conditionSentence([])).toBeNull();
  });
});

describe('facts in words', () => {
  it('says which facts the record establishes and which it rules out', () => {
    expect(
      factsInWords({
        established_facts: ['refused_rectification', 'harm_caused'],
        absent_facts: ['serious_circumstances'],
      }),
    ).toBe('已认定：拒不改正、导致危害网络安全等后果；已排除：情节严重');
    expect(factsInWords({ absent_facts: ['not_rectified_in_time'] })).toBe('已排除：逾期未改正');
    expect(factsInWords({})).toBeNull();
    expect(factsInWords({ established_facts: [] })).toBeNull();
  });
});
