import { describe, expect, it } from 'vitest';
import { parseCitations } from '../citations/parse-citations.js';
import { withoutAdvice } from './citation-filters.js';

describe('withoutAdvice', () => {
  it('drops what a scholar’s analysis cites (某教授向记者分析，…第六十一条第一款规定…), keeping the decision’s', () => {
    const analysis =
      '一位大学教授向记者分析，修改后的《网络安全法》第六十一条第一款规定，警告的同时可以并处罚款。';
    const decision = '某县公安局依据《网络安全法》第五十九条第一款，对该宾馆给予警告。';
    const text = `${analysis}\n${decision}`;
    const kept = withoutAdvice(text, parseCitations(text), [
      { start: analysis.length + 1, end: text.length, at: analysis.length + 20, sanctions: [], generic: false },
    ]);
    expect(kept.map((c) => c.article)).toEqual([59]);
  });
});
