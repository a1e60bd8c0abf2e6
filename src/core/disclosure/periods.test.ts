import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../law-data/calendar.js';
import { DomainError } from '../shared/errors.js';
import { disclosurePeriod, publicStatusOn, regimeOn, withdrawalDue } from './periods.js';
import { SEALINGS } from './sealing.js';

const cal = loadCalendar();

describe('公示截止期 (信用修复管理办法: 最短三个月，最长三年，自行政处罚决定之日起计算)', () => {
  it('ends three years after the decision, the minimum three months after it', () => {
    const p = disclosurePeriod('2024-05-10');
    expect(p).toMatchObject({ earliest_end: '2024-08-10', end: '2027-05-10' });
    expect(p.basis[0]).toContain('最长公示期三年');
  });

  it('a month without the day ends on its last day (2024-02-29 + 3 years → 2027-02-28)', () => {
    expect(disclosurePeriod('2024-02-29').end).toBe('2027-02-28');
  });

  it('a restriction lasting longer keeps the record public until it ends, naming it', () => {
    const restriction = { ends: '2029-06-30', basis: '限制从业五年' };
    const p = disclosurePeriod('2024-07-01', restriction);
    expect(p.end).toBe('2029-06-30');
    expect(p.basis).toEqual([regimeOn('2024-07-01').basis, '限制从业五年']);
    expect(disclosurePeriod('2024-07-01', { ends: '2025-01-01', basis: '停业' }).end).toBe('2027-07-01');
  });

  it('a decision before the measure is shown under it (the first regime)', () => {
    expect(regimeOn('2021-06-01').from).toBe('2023-05-01');
  });

  it('the end is never before the minimum nor more than three years out without a restriction', () => {
    const day = fc.date({ min: new Date('2023-05-01'), max: new Date('2030-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const p = disclosurePeriod(iso);
        return iso < p.earliest_end && p.earliest_end < p.end;
      }),
    );
  });
});

describe('withdrawal (行政处罚法 第四十八条第二款 「应当在三日内撤回」, 第八十五条 「“三日”…是指工作日」)', () => {
  it('counts three working days after the change, over holidays and 调休', () => {
    // 2025-10-01…08 are holidays, 2025-10-11 (a Saturday) a working day.
    expect(withdrawalDue(cal, '2025-09-30').due).toBe('2025-10-11');
    expect(withdrawalDue(cal, '2025-06-03')).toMatchObject({ due: '2025-06-06' });
    expect(withdrawalDue(cal, '2025-06-03').basis).toContain('第四十八条第二款');
  });
});

describe('public on a day', () => {
  const period = disclosurePeriod('2024-05-10');
  const base = { published_on: '2024-05-15', period };

  it('is public from publication to the 公示截止期, and leaves the list the day after', () => {
    expect(publicStatusOn(base, '2024-05-14')).toEqual({ public: false, reason: 'not_yet_published' });
    expect(publicStatusOn(base, '2024-05-15')).toEqual({ public: true, until: '2027-05-10' });
    expect(publicStatusOn(base, '2027-05-10').public).toBe(true);
    expect(publicStatusOn(base, '2027-05-11')).toMatchObject({ public: false, reason: 'expired' });
  });

  it('a withdrawn record (第四十八条第二款) is no longer public from the day it was withdrawn', () => {
    const s = { ...base, withdrawn_on: '2025-01-06' };
    expect(publicStatusOn(s, '2025-01-05').public).toBe(true);
    expect(publicStatusOn(s, '2025-01-06')).toMatchObject({ public: false, reason: 'withdrawn' });
  });

  it('an early stop (信用修复) is allowed only after the minimum period', () => {
    expect(publicStatusOn({ ...base, repaired_on: '2024-08-10' }, '2024-09-01')).toEqual({
      public: false,
      reason: 'repaired',
    });
    expect(() => publicStatusOn({ ...base, repaired_on: '2024-08-09' }, '2024-09-01')).toThrow(DomainError);
  });

  it('a 治安 record is sealed from 2026-01-01 (治安管理处罚法 2025 第一百三十六条 「不得…公开」), even one published before', () => {
    const s = { ...base, sealing: SEALINGS[0]! };
    expect(publicStatusOn(s, '2025-12-31').public).toBe(true);
    const sealed = publicStatusOn(s, '2026-01-01');
    expect(sealed).toMatchObject({ public: false, reason: 'sealed' });
    expect(sealed.public === false && sealed.basis).toContain('第一百三十六条');
  });
});
