import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Proceeding } from '../../cases/proceeding.js';
import { applied, checkApplying, COMPANY, ON_THE_SPOT, ORGAN, request } from '../cases.test-support.js';
import type { DocumentRequest } from '../model.js';
import { expectAll, missingOf, textOf } from './golden.test-support.js';
import { buildDocument } from './index.js';
import { ON_THE_SPOT_DECISION } from './on-the-spot-decision.js';

/** The golden text (templates/__golden__), compared with documentText. */
const GOLDEN = readFileSync(new URL('./__golden__/on_the_spot_decision.txt', import.meta.url), 'utf8');

const INTLNET_23 = checkApplying(
  applied('INTLNET.23', '计算机信息网络国际联网安全保护管理办法', '2011-01-08', 23, null),
);
const spot = (over: Partial<DocumentRequest> = {}) =>
  request('on_the_spot_decision', ON_THE_SPOT, {
    date: '2025-04-15',
    number: '某公（网安）当罚决字〔2025〕12号',
    fields: { place: '某市某某区某某大厦12层' },
    check: INTLNET_23,
    ...over,
  });

describe('当场处罚决定书 (行政处罚法 第五十二条; documents.md §3.10, Example C)', () => {
  it('第五十二条第二款 「当事人的违法行为，行政处罚的种类和依据、罚款数额、时间、地点，申请行政复议、提起行政诉讼的途径和期限以及行政机关名称」', () => {
    expectAll(textOf(buildDocument(spot())), [
      '某公（网安）当罚决字〔2025〕12号',
      '被处罚人：某某律师事务所',
      '现查明：该所自2024年11月起开通并使用其网站',
      '违反了《计算机信息网络国际联网安全保护管理办法》第十一条、第十二条的规定',
      '根据《计算机信息网络国际联网安全保护管理办法》第二十三条之规定，决定对某某律师事务所给予警告',
      '处罚时间：2025年4月15日10时30分',
      '处罚地点：某市某某区某某大厦12层',
      '应当自收到本决定书之日起六十日内先向某市人民政府或者某市某某区人民政府申请行政复议（可以通过本机关提交行政复议申请）',
      '提起行政诉讼',
      '办案人民警察：张某某、刘某某',
      '某市公安局某某分局（印）',
      '2025年4月15日',
    ]);
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
      buildDocument(spot({ proceeding: fined, fields: { place: '某地', 'execution.collected': '是' } })),
    );
    expect(collected).toContain('当场收缴罚款');
    expect(collected).not.toContain('加处罚款');
  });

  it('the place, the time, the officers and the review body are never left blank', () => {
    const cases: [Partial<DocumentRequest>, string][] = [
      [{ fields: {} }, 'fields.place'],
      [{ proceeding: { ...ON_THE_SPOT, history: ON_THE_SPOT.history.slice(0, 1) } }, 'fields.time'],
      [{ proceeding: { ...ON_THE_SPOT, officers: [] } }, 'fields.officers'],
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
