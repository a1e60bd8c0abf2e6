import { describe, expect, it } from 'vitest';
import type { Party, ProposedSanction } from '../proceeding.js';
import { DEFAULT_SETTINGS } from '../transitions/types.js';
import { competenceRefusal } from './competence.js';
import { hearingRight } from './hearing.js';
import { limitationRefusal } from './limitation.js';

const party = (kind: Party['kind'], more: Partial<Party> = {}): Party => ({
  id: 'p',
  kind,
  name: 'x',
  hearing: 'not_eligible',
  hearing_grounds: [],
  heard: false,
  paid_yuan: 0,
  ...more,
});
const fine = (amount: number): ProposedSanction => ({
  party: 'p',
  kind: 'fine',
  amount_yuan: amount,
  days: null,
});
const of = (kind: ProposedSanction['kind'], days: number | null = null): ProposedSanction => ({
  party: 'p',
  kind,
  amount_yuan: null,
  days,
});
const police = { agency: 'police' as const, caseKind: 'OTHER_ADMIN' as const };
const zhian = { agency: 'police' as const, caseKind: 'ZHIAN' as const };

describe('hearing rights per party', () => {
  it('程序规定 第一百二十三条第二款 「对个人处以二千元以上罚款，对单位处以一万元以上罚款」 (以上 includes the number)', () => {
    expect(
      hearingRight(party('individual'), [fine(2000)], police, '2025-03-03', DEFAULT_SETTINGS).eligible,
    ).toBe(true);
    expect(
      hearingRight(party('individual'), [fine(1999)], police, '2025-03-03', DEFAULT_SETTINGS).eligible,
    ).toBe(false);
    expect(
      hearingRight(party('organization'), [fine(10000)], police, '2025-03-03', DEFAULT_SETTINGS).eligible,
    ).toBe(true);
    expect(
      hearingRight(party('organization'), [fine(9999)], police, '2025-03-03', DEFAULT_SETTINGS).eligible,
    ).toBe(false);
  });

  it("another party's sanctions give this party no right", () => {
    const other = { ...fine(50000), party: 'q' };
    expect(hearingRight(party('individual'), [other], police, '2025-03-03', DEFAULT_SETTINGS).eligible).toBe(
      false,
    );
  });

  it('行政处罚法 第六十三条第（三）（四）项: 吊销许可证件, 责令停产停业 at any amount', () => {
    expect(
      hearingRight(
        party('organization'),
        [of('revocation')],
        { agency: 'other', caseKind: 'OTHER_ADMIN' },
        '2025-03-03',
        DEFAULT_SETTINGS,
      ).grounds,
    ).toEqual(['行政处罚法 第六十三条']);
    expect(
      hearingRight(party('organization'), [of('suspension')], police, '2025-03-03', DEFAULT_SETTINGS)
        .eligible,
    ).toBe(true);
  });

  it('治安管理处罚法 (2025) 第一百一十七条 「处四千元以上罚款」 from 2026-01-01; 程序规定 第一百二十三条 still gives ≥ 2000 (Errata 4)', () => {
    const r = hearingRight(party('individual'), [fine(3000)], zhian, '2026-03-03', DEFAULT_SETTINGS);
    expect(r.grounds).toEqual(['公安机关办理行政案件程序规定 第一百二十三条第二款']);
    const big = hearingRight(party('individual'), [fine(4000)], zhian, '2026-03-03', DEFAULT_SETTINGS);
    expect(big.grounds).toContain('治安管理处罚法 第一百一十七条');
  });

  it('治安管理处罚法 (2012) 第九十八条 「处二千元以上罚款」 before 2026', () => {
    expect(
      hearingRight(party('individual'), [fine(2000)], zhian, '2025-03-03', DEFAULT_SETTINGS).grounds,
    ).toContain('治安管理处罚法 第九十八条');
  });

  it('治安管理处罚法 (2025) 第一百一十七条第二款: a minor who may be detained', () => {
    const minor = party('individual', { birth_date: '2010-05-01' });
    expect(hearingRight(minor, [of('detention', 5)], zhian, '2026-03-03', DEFAULT_SETTINGS).grounds).toEqual([
      '治安管理处罚法 第一百一十七条第二款',
    ]);
    expect(
      hearingRight(
        party('individual', { birth_date: '1990-01-01' }),
        [of('detention', 5)],
        zhian,
        '2026-03-03',
        DEFAULT_SETTINGS,
      ).eligible,
    ).toBe(false);
  });

  it('行政拘留 gives a hearing right only where the unit sets it (行政处罚法 第六十三条第一款第（五）项, Errata 4)', () => {
    const settings = { ...DEFAULT_SETTINGS, detentionHearing: true };
    expect(
      hearingRight(party('individual'), [of('detention', 5)], police, '2025-03-03', settings).eligible,
    ).toBe(true);
  });

  it("较大数额罚款 of a non-police agency is the unit's figure (行政处罚法 第六十三条第一款第（一）项)", () => {
    const other = { agency: 'other' as const, caseKind: 'OTHER_ADMIN' as const };
    expect(
      hearingRight(party('organization'), [fine(100000)], other, '2025-03-03', DEFAULT_SETTINGS).eligible,
    ).toBe(false);
    const settings = { ...DEFAULT_SETTINGS, largeFineYuan: { individual: 10000, organization: 100000 } };
    expect(hearingRight(party('organization'), [fine(100000)], other, '2025-03-03', settings).eligible).toBe(
      true,
    );
  });
});

describe('competence of the deciding agency', () => {
  const station = { name: '某派出所', kind: 'police' as const, level: 'station' as const };
  const county = { name: '某县公安局', kind: 'police' as const, level: 'county' as const };
  it('程序规定 第一百七十三条: detention only by a 县级以上 organ', () => {
    expect(competenceRefusal(station, 'ZHIAN', [of('detention', 5)], '2025-03-03')?.code).toBe(
      'NOT_COMPETENT',
    );
    expect(competenceRefusal(county, 'ZHIAN', [of('detention', 5)], '2025-03-03')).toBeNull();
    expect(
      competenceRefusal({ ...county, kind: 'other' }, 'OTHER_ADMIN', [of('detention', 5)], '2025-03-03')
        ?.code,
    ).toBe('NOT_COMPETENT');
  });
  it("治安管理处罚法 第九十一条 (2012) 五百元 / 第一百零九条 (2025) 一千元: a 派出所's fine", () => {
    expect(competenceRefusal(station, 'ZHIAN', [fine(500)], '2025-12-31')).toBeNull();
    expect(competenceRefusal(station, 'ZHIAN', [fine(800)], '2025-12-31')?.details).toMatchObject({
      limit: 500,
    });
    expect(competenceRefusal(station, 'ZHIAN', [fine(1000)], '2026-01-01')).toBeNull();
    expect(competenceRefusal(station, 'ZHIAN', [fine(1001)], '2026-01-01')?.code).toBe('NOT_COMPETENT');
  });
  it('行政处罚法 第二十三条: a 派出所 decides no 网络安全法 penalty', () => {
    expect(competenceRefusal(station, 'OTHER_ADMIN', [of('warning')], '2025-03-03')?.code).toBe(
      'NOT_COMPETENT',
    );
  });
});

describe('追究时效', () => {
  it('行政处罚法 第三十六条: two years, five where life, health or financial security is harmed', () => {
    expect(limitationRefusal('OTHER_ADMIN', '2023-03-03', '2025-03-03')).toBeNull();
    expect(limitationRefusal('OTHER_ADMIN', '2023-03-02', '2025-03-03')?.code).toBe('LIMITATION_EXPIRED');
    expect(limitationRefusal('OTHER_ADMIN', '2021-03-03', '2025-03-03', true)).toBeNull();
  });
  it('治安管理处罚法 第二十二条 (2012) / 第二十五条 (2025): six months', () => {
    expect(limitationRefusal('ZHIAN', '2025-06-01', '2025-12-01')).toBeNull();
    expect(limitationRefusal('ZHIAN', '2025-06-01', '2025-12-02')?.code).toBe('LIMITATION_EXPIRED');
    expect(limitationRefusal('ZHIAN', '2025-09-01', '2026-03-02')?.details).toMatchObject({
      basis: ['治安管理处罚法 第二十五条'],
    });
  });
});
