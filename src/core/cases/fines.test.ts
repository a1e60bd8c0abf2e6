import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { surcharge } from './fines.js';

describe('加处罚款 (行政处罚法 第七十二条第一款第（一）项: 每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额)', () => {
  it('nothing on or before the last day of payment', () => {
    expect(surcharge(10000, '2025-03-18', '2025-03-18')).toEqual({ days: 0, yuan: 0, capped: false });
  });

  it('3% a day from the day after', () => {
    expect(surcharge(10000, '2025-03-18', '2025-03-19')).toEqual({ days: 1, yuan: 300, capped: false });
    expect(surcharge(10000, '2025-03-18', '2025-03-28')).toEqual({ days: 10, yuan: 3000, capped: false });
  });

  it('capped at the fine: 34 days of 3% exceed it', () => {
    expect(surcharge(10000, '2025-03-18', '2025-04-20')).toEqual({ days: 33, yuan: 9900, capped: false });
    expect(surcharge(10000, '2025-03-18', '2025-04-21')).toEqual({ days: 34, yuan: 10000, capped: true });
  });

  it('第七十三条第三款: days of 行政复议/行政诉讼 are not counted', () => {
    expect(
      surcharge(10000, '2025-03-18', '2025-03-28', [{ from: '2025-03-20', to: '2025-03-24' }]),
    ).toMatchObject({
      days: 5,
      yuan: 1500,
    });
  });

  it('never exceeds the fine and never decreases with time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 400 }), (fine, n) => {
        const a = surcharge(
          fine,
          '2025-01-01',
          new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10),
        );
        const b = surcharge(
          fine,
          '2025-01-01',
          new Date(Date.UTC(2025, 0, 2 + n)).toISOString().slice(0, 10),
        );
        return a.yuan <= fine && b.yuan >= a.yuan;
      }),
    );
  });
});
