import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import type { Answers, Profile } from './model.js';
import { ANSWERS, ICP_KINDS, MLPS_LEVELS, ORG_KINDS, PI_VOLUMES, PROFILE_FLAGS, SECTORS } from './model.js';
import { ningxiaCandidates } from './precedents.test-support.js';
import { GENERAL_OPERATOR } from './profiles.test-support.js';
import { selfCheckReport } from './report.js';
import { applicableRequirements } from './select.js';

const rules = new RuleIndex(ALL_RULES);
const ningxia = ningxiaCandidates(rules);
const DAY = '2026-03-01';

describe('selfCheckReport — 等级保护 (网络安全法 2025 第二十三条)', () => {
  // 网络安全法(2025) 第六十一条: 网络运营者不履行本法第二十三条、第二十七条规定的网络安全保护义务的，由有关主管部门责令改正，
  // 给予警告，可以处一万元以上五万元以下罚款；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款，
  // 对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。
  const report = selfCheckReport({
    rules,
    profile: GENERAL_OPERATOR,
    answers: { 'csl2025-23-mlps': 'no' },
    date: DAY,
    precedents: ningxia,
  });
  const gap = report.gaps.find((g) => g.requirement === 'csl2025-23-mlps')!;

  it('names 第二十三条 and the rule of today, 第六十一条第一款', () => {
    expect(gap.article).toBe('《中华人民共和国网络安全法》第二十三条');
    expect(gap.rule_today).toMatchObject({ id: 'CSL2025.61.1', article: 61, paragraph: 1 });
    expect(gap.rule_today!.citation).toBe('《中华人民共和国网络安全法》第六十一条第一款');
    expect(gap.also.map((r) => r.id)).toContain('CSL2025.61.3');
  });

  it('gives 责令改正、警告，可以处一万元以上五万元以下罚款 and the aggravated tier with their bounds in yuan', () => {
    const base = gap.ranges.find((t) => t.tier === 'base')!;
    expect(base.sanctions.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['rectification', 'warning', 'fine']),
    );
    expect(base.sanctions.find((s) => s.kind === 'fine')).toMatchObject({
      min_yuan: 10000,
      max_yuan: 50000,
      words: '可以处一万元以上五万元以下罚款',
    });
    const aggravated = gap.ranges.find((t) => t.tier === 'aggravated')!;
    expect(aggravated.label).toBe('拒不改正或者导致危害网络安全等后果');
    expect(aggravated.sanctions.find((s) => s.kind === 'fine' && s.target === 'party')).toMatchObject({
      min_yuan: 50000,
      max_yuan: 500000,
    });
    expect(aggravated.sanctions.find((s) => s.target === 'responsible_person')).toMatchObject({
      min_yuan: 10000,
      max_yuan: 100000,
    });
    expect(aggravated.sanctions.map((s) => s.label)).toContain(
      '对责任人员：对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款（10,000–100,000 元）',
    );
    expect(base.sanctions.map((s) => s.label)).toEqual(
      expect.arrayContaining(['责令改正', '给予警告', '可以处一万元以上五万元以下罚款（10,000–50,000 元）']),
    );
    expect(gap.exposure).toBe(500000);
  });

  it('names 公安机关 as the competent department (计算机信息系统安全保护条例 第六条)', () => {
    expect(gap.authority).toBe('公安机关');
    expect(gap.authority_basis).toContain('公安部主管全国计算机信息系统安全保护工作');
  });

  it('lists the Ningxia 等级保护 case (2016 第五十九条第一款, the predecessor rule) among its precedents', () => {
    const mlps = ningxia.find((c) => c.title === '金凤区某公司未落实网络安全等级保护制度案')!;
    expect(gap.precedents).toContain(mlps.id);
    expect(gap.precedents).not.toContain(ningxia.find((c) => c.title.includes('律师事务所'))!.id);
    expect(gap.steps.length).toBeGreaterThan(0);
  });

  it('before 2026-01-01 the 2016 text applies: 第二十一条 and 第五十九条第一款', () => {
    const old = selfCheckReport({
      rules,
      profile: GENERAL_OPERATOR,
      answers: { 'csl2016-21-mlps': 'partly' },
      date: '2025-06-01',
    });
    expect(old.gaps[0]).toMatchObject({
      article: '《中华人民共和国网络安全法》第二十一条',
      answer: 'partly',
      rule_today: { id: 'CSL2016.59.1' },
    });
  });
});

describe('selfCheckReport — unfiled website (计算机信息网络国际联网安全保护管理办法)', () => {
  // 第十二条: …应当自网络正式联通之日起30日内，到所在地的省、自治区、直辖市人民政府公安机关指定的受理机关办理备案手续。
  // 第二十三条: 违反本办法第十一条、第十二条规定，不履行备案职责的，由公安机关给予警告或者停机整顿不超过六个月的处罚。
  const report = selfCheckReport({
    rules,
    profile: { ...GENERAL_OPERATOR, sector: 'legal_services' },
    answers: { 'intlnet-12-filing': { value: 'no', note: '网站上线两年未备案' } },
    date: DAY,
    precedents: ningxia,
  });
  const gap = report.gaps[0]!;

  it('names 第十二条 and 第二十三条, 公安机关, and the Ningxia law-firm case', () => {
    expect(gap.article).toBe('《计算机信息网络国际联网安全保护管理办法》第十二条第一款');
    expect(gap.rule_today).toMatchObject({ id: 'INTLNET.23', article: 23 });
    expect(gap.rule_today!.citation).toBe('《计算机信息网络国际联网安全保护管理办法》第二十三条');
    expect(gap.authority).toBe('公安机关');
    expect(gap.note).toBe('网站上线两年未备案');
    expect(gap.precedents[0]).toBe(
      ningxia.find((c) => c.title === '利通区某律师事务所不履行国际联网备案职责案')!.id,
    );
  });
});

describe('selfCheckReport — referral', () => {
  // 网络安全法(2025) 第七十一条: 有下列行为之一的，依照有关法律、行政法规的规定处理、处罚：…（二）违反本法第二十四条第三款、
  // 第四十三条至第四十五条规定，侵害个人信息权益的 — the rule for a gap of 第四十三条 is the one referred to, 个人信息保护法 第六十六条.
  it('a gap of 网络安全法 2025 第四十三条 is punished today under 个人信息保护法 第六十六条', () => {
    const report = selfCheckReport({
      rules,
      profile: GENERAL_OPERATOR,
      answers: { 'csl2025-43-pi-collection-rules': 'no' },
      date: DAY,
    });
    expect(report.gaps[0]!.rule_today!.id).toBe('PIPL.66.1');
    expect(report.gaps[0]!.authority).toBe('履行个人信息保护职责的部门');
  });
});

describe('selfCheckReport — answers', () => {
  it('rejects an answer that is not yes/no/partly/n/a, naming the requirement', () => {
    expect(() =>
      selfCheckReport({
        rules,
        profile: GENERAL_OPERATOR,
        answers: { 'csl2025-23-mlps': 'maybe' } as unknown as Answers,
        date: DAY,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        details: { requirement: 'csl2025-23-mlps', answer: 'maybe' },
      }),
    );
  });

  it('puts the rule addressed to the operator first (反电信网络诈骗法 第六条第五款: a bank → 第四十条)', () => {
    const bank: Profile = { ...GENERAL_OPERATOR, sector: 'finance', financial_institution: true };
    const report = selfCheckReport({
      rules,
      profile: bank,
      answers: { 'actf-6-risk-control': 'no' },
      date: DAY,
    });
    expect(report.gaps[0]!.rule_today!.id).toBe('ACTF.40');
  });

  it('counts answers, lists the unanswered, and ignores answers to requirements that do not apply', () => {
    const report = selfCheckReport({
      rules,
      profile: GENERAL_OPERATOR,
      answers: {
        'csl2025-23-mlps': 'yes',
        'csl2025-27-incident-plan': 'n/a',
        'netcafe-23-real-name-records': 'no',
      },
      date: DAY,
    });
    expect(report.gaps).toEqual([]);
    expect(report.summary.counts).toMatchObject({ yes: 1, 'n/a': 1, no: 0 });
    expect(report.summary.unanswered).not.toContain('csl2025-23-mlps');
    expect(report.summary.counts.unanswered).toBe(report.summary.applicable - 2);
  });
});

const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    org_kind: fc.constantFrom(...ORG_KINDS),
    sector: fc.constantFrom(...SECTORS),
    pi_volume: fc.constantFrom(...PI_VOLUMES),
    mlps_level: fc.constantFrom(...MLPS_LEVELS),
    icp: fc.constantFrom(...ICP_KINDS),
    flags: fc.array(fc.boolean(), { minLength: PROFILE_FLAGS.length, maxLength: PROFILE_FLAGS.length }),
  })
  .map(({ flags, ...rest }) => ({
    ...rest,
    ...(Object.fromEntries(PROFILE_FLAGS.map((f, i) => [f, flags[i]!])) as Record<
      (typeof PROFILE_FLAGS)[number],
      boolean
    >),
  }));

describe('selfCheckReport — property', () => {
  it("one gap per 'no'/'partly' of an applicable requirement, none for 'yes'/'n/a', sorted by exposure", () => {
    const day = fc.constantFrom('2025-06-01', '2026-03-01');
    fc.assert(
      fc.property(
        profileArb,
        day,
        fc.array(fc.constantFrom(...ANSWERS), { minLength: 200, maxLength: 200 }),
        (profile, date, values) => {
          const applicable = applicableRequirements(profile, date, rules);
          const answers: Record<string, (typeof ANSWERS)[number]> = {};
          applicable.forEach((r, i) => {
            if (i % 7 !== 3) answers[r.id] = values[i % values.length]!;
          });
          const report = selfCheckReport({ rules, profile, answers, date, precedents: ningxia });
          const expected = applicable
            .filter((r) => answers[r.id] === 'no' || answers[r.id] === 'partly')
            .map((r) => r.id);
          expect(report.gaps.map((g) => g.requirement).sort()).toEqual([...expected].sort());
          for (let i = 1; i < report.gaps.length; i++)
            expect(report.gaps[i - 1]!.exposure).toBeGreaterThanOrEqual(report.gaps[i]!.exposure);
          for (const g of report.gaps) expect(g.rule_today).not.toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });
});
