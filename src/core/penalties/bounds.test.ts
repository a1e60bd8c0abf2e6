import { describe, expect, it } from 'vitest';
import { admitDays, admitFine, gainsConditionHolds, resolveBound } from './bounds.js';
import type { FineRange } from './model.js';

// 网络安全法(2016) 第六十四条第二款: “没收违法所得，并处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款”
const ART64_2: FineRange[] = [
  {
    min: { times: 1, of: 'illegal_gains' },
    max: { times: 10, of: 'illegal_gains' },
    when: { gains: 'positive' },
    words: '处违法所得一倍以上十倍以下罚款',
  },
  {
    min: null,
    max: { yuan: 1_000_000 },
    when: { gains: 'none' },
    words: '没有违法所得的，处一百万元以下罚款',
  },
];
// 网络安全法(2025) 第六十三条: “没有违法所得或者违法所得不足十万元的，并处二万元以上十万元以下罚款；违法所得十万元以上的，并处违法所得一倍以上五倍以下罚款”
const ART63_2025: FineRange[] = [
  {
    min: { yuan: 20000 },
    max: { yuan: 100000 },
    when: { gains: 'none_or_below', yuan: 100000 },
    words: '并处二万元以上十万元以下罚款',
  },
  {
    min: { times: 1, of: 'illegal_gains' },
    max: { times: 5, of: 'illegal_gains' },
    when: { gains: 'at_least', yuan: 100000 },
    words: '并处违法所得一倍以上五倍以下罚款',
  },
];

// 互联网上网服务营业场所管理条例 第二十七条: “违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款；违法经营额不足1万元的，并处1万元以上5万元以下的罚款”
const NETCAFE27: FineRange[] = [
  {
    min: { times: 5, of: 'illegal_turnover' },
    max: { times: 10, of: 'illegal_turnover' },
    when: { gains: 'at_least', yuan: 10000, of: 'illegal_turnover' },
    words: '并处违法经营额5倍以上10倍以下的罚款',
  },
  {
    min: { yuan: 10000 },
    max: { yuan: 50000 },
    when: { gains: 'none_or_below', yuan: 10000, of: 'illegal_turnover' },
    words: '违法经营额不足1万元的，并处1万元以上5万元以下的罚款',
  },
];

describe('fine bounds on illegal turnover (违法经营额), not illegal gains', () => {
  it('turns on the turnover: 5–10 times it from 10,000 yuan, else 10,000–50,000', () => {
    const f = { illegalGains: 0, illegalTurnover: 20000 };
    expect(admitFine(NETCAFE27, 100000, f).status).toBe('yes');
    expect(admitFine(NETCAFE27, 200001, f)).toMatchObject({ status: 'no', code: 'FINE_ABOVE_MAX' });
    const low = { illegalGains: 0, illegalTurnover: 9999 };
    expect(admitFine(NETCAFE27, 50000, low).status).toBe('yes');
    const no = admitFine(NETCAFE27, 50001, low);
    expect(no.status === 'no' && no.why).toMatch(/违法经营额10000元以上时，而违法经营额为9999元/);
  });
  it('with the turnover unknown, a fine is possible but needs it (the gains do not decide)', () => {
    expect(admitFine(NETCAFE27, 30000, { illegalGains: 500 })).toMatchObject({
      status: 'maybe',
      needs: '违法经营额',
    });
  });
});

describe('fine bounds on illegal gains', () => {
  it('with gains stated, admits exactly one to ten times them', () => {
    const f = { illegalGains: 1000 };
    expect(admitFine(ART64_2, 1000, f).status).toBe('yes');
    expect(admitFine(ART64_2, 10000, f).status).toBe('yes');
    expect(admitFine(ART64_2, 999, f)).toMatchObject({ status: 'no', code: 'FINE_BELOW_MIN' });
    expect(admitFine(ART64_2, 10001, f)).toMatchObject({ status: 'no', code: 'FINE_ABOVE_MAX' });
  });
  it('with no gains, the fallback has no minimum and a 1,000,000 maximum', () => {
    const f = { illegalGains: 0 };
    expect(admitFine(ART64_2, 1, f).status).toBe('yes');
    expect(admitFine(ART64_2, 1_000_000, f).status).toBe('yes');
    const no = admitFine(ART64_2, 1_000_001, f);
    expect(no).toMatchObject({ status: 'no', code: 'FINE_ABOVE_MAX' });
    expect(no.status === 'no' && no.why).toMatch(/1000000/);
  });
  it('with gains unknown, a fine is possible but needs the gains', () => {
    expect(admitFine(ART64_2, 1500, { illegalGains: null })).toMatchObject({
      status: 'maybe',
      needs: '违法所得数额',
    });
    expect(admitFine(ART64_2, 2_000_000, { illegalGains: null })).toMatchObject({ status: 'maybe' });
  });
  it('jumps at 100,000 yuan of gains under 2025 第六十三条', () => {
    expect(admitFine(ART63_2025, 100000, { illegalGains: 99999 }).status).toBe('yes');
    expect(admitFine(ART63_2025, 100001, { illegalGains: 99999 }).status).toBe('no');
    expect(admitFine(ART63_2025, 500000, { illegalGains: 100000 }).status).toBe('yes');
    expect(admitFine(ART63_2025, 99999, { illegalGains: 100000 }).status).toBe('no');
  });
  it('a fine whose amount is not stated is admitted by kind', () => {
    expect(admitFine(ART64_2, null, { illegalGains: 0 }).status).toBe('yes');
  });
});

describe('conditions and bounds', () => {
  it('gains conditions', () => {
    expect(gainsConditionHolds({ gains: 'positive' }, 0)).toBe(false);
    expect(gainsConditionHolds({ gains: 'none' }, 0)).toBe(true);
    expect(gainsConditionHolds({ gains: 'none_or_below', yuan: 100000 }, 99999)).toBe(true);
    expect(gainsConditionHolds({ gains: 'at_least', yuan: 100000 }, 99999)).toBe(false);
    expect(gainsConditionHolds({ gains: 'none' }, null)).toBeNull();
  });
  it('resolves multiples and names the missing figure', () => {
    expect(
      resolveBound({ times: 10, of: 'procurement_amount' }, { illegalGains: null, procurementAmount: 300 }),
    ).toEqual({ yuan: 3000 });
    expect(resolveBound({ times: 10, of: 'procurement_amount' }, { illegalGains: null })).toEqual({
      needs: '采购金额',
    });
  });
  it('detention days are inclusive at both ends (治安管理处罚法 第一百一十八条)', () => {
    const r = { min: 5, max: 15, words: '处五日以上十五日以下拘留' };
    expect(admitDays(r, 5).status).toBe('yes');
    expect(admitDays(r, 15).status).toBe('yes');
    expect(admitDays(r, 4)).toMatchObject({ code: 'DETENTION_BELOW_MIN' });
    expect(admitDays(r, 16)).toMatchObject({ code: 'DETENTION_ABOVE_MAX' });
  });
});
