import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Proceeding } from '../../cases/proceeding.js';
import { COMPANY, ON_THE_SPOT, ORGAN } from '../cases.test-support.js';
import { MANDATORY_CASES, ON_THE_SPOT_REQUEST } from '../mandatory.test-support.js';
import type { DocumentRequest } from '../model.js';
import { expectAll, missingOf, textOf } from './golden.test-support.js';
import { buildDocument } from './index.js';
import { ON_THE_SPOT_DECISION } from './on-the-spot-decision.js';

/** The golden text (templates/__golden__), compared with documentText. */
const GOLDEN = readFileSync(new URL('./__golden__/on_the_spot_decision.txt', import.meta.url), 'utf8');

const spot = ON_THE_SPOT_REQUEST;
const spotCase = MANDATORY_CASES[3]!;

describe('当场处罚决定书 (行政处罚法 第五十二条; documents.md §3.10, Example C)', () => {
  it('第五十二条第二款 「当事人的违法行为，行政处罚的种类和依据、罚款数额、时间、地点，申请行政复议、提起行政诉讼的途径和期限以及行政机关名称」', () => {
    expectAll(textOf(buildDocument(spot())), spotCase.items);
  });

  it('matches its golden text', () => {
    expect(textOf(buildDocument(spot()))).toBe(GOLDEN);
  });

  it('a fine payable later: bank, fifteen days and the surcharge (行政处罚法 第六十七条第三款、第七十二条)', () => {
    const fined: Proceeding = {
      ...ON_THE_SPOT,
      decision: {
        ...ON_THE_SPOT.decision!,
        sanctions: [{ party: 'p', kind: 'fine', amount_yuan: 500, days: null }],
      },
    };
    const t = textOf(buildDocument(spot({ proceeding: fined })));
    expectAll(t, [
      '决定对某某律师事务所处罚款人民币500元',
      '被处罚人持本决定书在十五日内到某银行某某支行（地址：某市某某区某某路1号）或者通过电子支付系统缴纳罚款',
      '每日按罚款数额的百分之三加处罚款',
    ]);
    expect(
      missingOf(buildDocument(spot({ proceeding: fined, organ: { ...ORGAN, bank: '' } }))).map(
        (m) => m.field,
      ),
    ).toEqual(['organ.bank']);
    const collected = textOf(
      buildDocument(
        spot({
          proceeding: fined,
          fields: { place: '某地', officers: '张某某、刘某某', 'execution.collected': '是' },
        }),
      ),
    );
    expect(collected).toContain('当场收缴罚款');
    expect(collected).not.toContain('加处罚款');
  });

  it('the place, the time, the officers and the review body are never left blank', () => {
    const cases: [Partial<DocumentRequest>, string][] = [
      [{ fields: { officers: '张某某、刘某某' } }, 'fields.place'],
      [{ proceeding: { ...ON_THE_SPOT, history: ON_THE_SPOT.history.slice(0, 1) } }, 'fields.time'],
      // The proceeding's officers are accounts: their names and 警号 are given, never the account ids printed.
      [{ fields: { place: '某市某某区某某大厦12层' } }, 'fields.officers'],
      [{ organ: { ...ORGAN, review_bodies: [] } }, 'organ.review_bodies'],
    ];
    for (const [over, field] of cases) {
      expect(
        missingOf(buildDocument(spot(over))).map((m) => m.field),
        field,
      ).toEqual([field]);
    }
  });

  it('is issued only in the summary procedure', () => {
    expect(ON_THE_SPOT_DECISION.issuable(ON_THE_SPOT, undefined)).toBeNull();
    expect(ON_THE_SPOT_DECISION.issuable(COMPANY, undefined)?.reason).toMatch(/简易程序/);
  });
});
