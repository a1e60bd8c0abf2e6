import { describe, expect, it } from 'vitest';
import { contextYear, extractDate, findDates, introDate, withSameMonth } from './date.js';

describe('extractDate', () => {
  it.each([
    ['2021年1月份，银川市兴庆区网安部门发现', '2021-01'],
    ['2019年10月28日，某公司', '2019-10-28'],
    ['2021年3月底，利通区网安部门发现', '2021-03'],
    ['2023年7月13日，朝阳网安部门', '2023-07-13'],
    ['二〇二一年三月五日', '2021-03-05'],
    ['2021.05.07 发现', '2021-05-07'],
    ['2021年，某公司', '2021'],
    ['2022年12月以来，执法人员先后三次', '2022-12'],
    ['20191107日，某区分局民警巡查发现', '2019-11-07'],
    ['决定日期：2022年6月9', '2022-06-09'],
    ['作出决定的日期为2022年11月30。', '2022-11-30'],
  ])('%s → %s', (text, want) => {
    expect(extractDate(text)).toBe(want);
  });

  it('takes a month without year from the context, and gives null when there is none', () => {
    expect(extractDate('7月份，衡阳市网信办在巡网时发现', { year: 2024 })).toBe('2024-07');
    expect(extractDate('7月份，衡阳市网信办在巡网时发现')).toBeNull();
    expect(extractDate('今年2月底，多名学员')).toBeNull();
    expect(extractDate('今年2月底，多名学员', { publishedYear: 2023 })).toBe('2023-02');
    expect(extractDate('近日，某公司')).toBeNull();
  });

  it('reads 同日 / 当日 as the day told just before, and nothing without one', () => {
    expect(findDates('2020年5月8日，某局检查甲公司。同日，又检查乙公司').map((d) => d.date)).toEqual([
      '2020-05-08',
      '2020-05-08',
    ]);
    expect(findDates('2020年5月，某局检查甲公司。同日，又检查乙公司').map((d) => d.date)).toEqual([
      '2020-05',
    ]);
    expect(findDates('同日，又检查乙公司', { lastDay: '2020-05-08' }).map((d) => d.date)).toEqual([
      '2020-05-08',
    ]);
  });

  it('keeps a month whose number is followed by other words at month precision', () => {
    expect(extractDate('2021年4月12家单位被约谈')).toBe('2021-04');
    expect(extractDate('3月5，某公司', { year: 2020 })).toBe('2020-03');
  });

  it('carries the year of an earlier date to a later month', () => {
    expect(findDates('2019年8月，大连网安接通报。9月，公安机关依据').map((d) => d.date)).toEqual([
      '2019-08',
      '2019-09',
    ]);
  });

  it('skips the day a report went out (9月29日通报, 1月7日电), not a day told in the report', () => {
    expect(extractDate('某区警方9月29日通报：近日，王某在网上散布谣言', { year: 2020 })).toBeNull();
    expect(extractDate('某网1月7日电 据通报，2021年1月6日，某县警方接到举报')).toBe('2021-01-06');
    expect(extractDate('2021年3月2日电话联系某公司')).toBe('2021-03-02');
  });

  it('skips the day a campaign was launched (3月2日，某局部署开展…专项行动。) (blind59 class)', () => {
    expect(
      extractDate('3月2日，某县公安局部署开展“清源”专项行动。3月中旬，民警发现赵某贩卖游戏账号。', {
        year: 2027,
      }),
    ).toBe('2027-03');
    expect(extractDate('3月2日，某县公安局在专项行动中发现赵某贩卖游戏账号。', { year: 2027 })).toBe(
      '2027-03-02',
    );
  });

  it('skips the day a tally was closed (截至5月9日，共检查…) (blind59 class)', () => {
    expect(
      extractDate('截至5月9日，全县共检查网吧31家。5月3日，民警发现某网吧未登记上网人员身份。', {
        year: 2027,
      }),
    ).toBe('2027-05-03');
    expect(extractDate('截至5月9日，该网吧仍未整改。', { year: 2027 })).toBe('2027-05-09');
  });

  it('skips periods, founding years and durations', () => {
    expect(extractDate('2022年以来，江苏公安机关')).toBeNull();
    expect(extractDate('该公司成立于2018年，2021年5月15日禹王台分局依据')).toBe('2021-05-15');
    expect(extractDate('整改期限3个月')).toBeNull();
    // 自2022年起 starts a period: no date, and no year for the days told after it.
    expect(
      findDates('今年8月5日发现，该公司自2022年起使用该系统。9月13日，某局作出处罚。', { year: 2031 }).map(
        (d) => d.date,
      ),
    ).toEqual(['2031-08-05', '2031-09-13']);
  });
});

describe('contextYear', () => {
  it('reads the period of a bulletin, not a law entering into force', () => {
    expect(contextYear(['2024年第三季度，衡阳市网信系统']).year).toBe(2024);
    expect(contextYear(['《个人信息保护法》于2021年11月1日起施行。', '2022年以来，江苏公安机关']).year).toBe(
      2022,
    );
    expect(contextYear(['时事 2024-10-22 20:32 湖南'])).toEqual({
      year: 2024,
      publishedYear: 2024,
      stated: null,
    });
    expect(contextYear([])).toEqual({ year: null, publishedYear: null, stated: null });
    expect(contextYear(['2023年08月02日09:15 | 来源：某网']).publishedYear).toBe(2023);
    // A post's timestamp with a two-digit year (微博: 31-7-2 08:15 来自 …).
    expect(contextYear(['某县公安', '31-7-2 08:15 来自 微博网页版']).publishedYear).toBe(2031);
    expect(contextYear(['编号 12-3-4 第5:6项']).publishedYear).toBeNull();
  });

  it('states the year the introduction or a campaign name gives the cases (issue 13: years from context)', () => {
    expect(contextYear(['某市2031年第一季度网络执法情况如下']).stated).toBe(2031);
    expect(contextYear(['某县公安局“净网—2031”专项行动查处案件5起']).stated).toBe(2031);
    expect(contextYear(['“清朗2031”行动期间，某区网信办……']).stated).toBe(2031);
    // A dateline is when the page was published; a month names a period narrower than the year.
    expect(contextYear(['2031-02-03 08:00 来源：某网']).stated).toBeNull();
    expect(contextYear(['某区网信办2031年4月执法情况通报']).stated).toBeNull();
    expect(contextYear(['2031年至2033年，某市查处案件10起']).stated).toBeNull();
    // A period inside one year (2031年3月至5月) dates what it reports to that year.
    expect(contextYear(['2031年3月至5月，省委网信办部署开展专项整治']).stated).toBe(2031);
    expect(contextYear(['2031年8月至10月，两部门联合开展检查']).stated).toBe(2031);
  });

  it('reads no date into a report’s 本年 (本年制发件数, 本年处理决定数量)', () => {
    expect(
      findDates('本年制发件数2件，本年处理决定数量2306件。', { year: 2031, publishedYear: 2032 }),
    ).toEqual([]);
  });

  it('reads 今年 on a page without a publication date as the year its introduction gives', () => {
    expect(findDates('首例案件发生在今年2月。', { year: 2031 })[0]!.date).toBe('2031-02');
    expect(findDates('首例案件发生在今年2月。', { year: 2031, publishedYear: 2032 })[0]!.date).toBe(
      '2032-02',
    );
  });
});

describe('introDate', () => {
  it('dates the reported actions when the introduction opens with their month', () => {
    expect(introDate(['2024年11月，某市网信办依法查处一批违规网站。现将典型案例通报如下：'])).toBe('2024-11');
    expect(introDate(['标题', '2023年5月上旬，某县公安局网安大队集中办理了以下案件。'])).toBe('2023-05');
    // The month inside the sentence: 我局于…组织开展…核查.
    expect(
      introDate([
        '根据《某办法》等规定，我局于2031年9月组织开展全省网站备案信息专项核查，发现部分网站未履行备案手续',
      ]),
    ).toBe('2031-09');
    // A month without its year: the page's year.
    expect(
      introDate(['某市网安支队 2031年04月02日', '3月份，全市网安部门办理行政案件9起，现选取其中两起。'], {
        year: 2031,
        publishedYear: 2031,
      }),
    ).toBe('2031-03');
    expect(
      introDate(['3月以来，全市网安部门办理行政案件9起。'], { year: 2031, publishedYear: 2031 }),
    ).toBeNull();
  });

  it('never guesses from a period, a dateline, a law entering into force or two different months', () => {
    expect(introDate(['2024年11月以来，某市网信办依法查处一批违规网站。'])).toBeNull();
    expect(introDate(['2024年11月，某省公安厅发布典型案例。'])).toBeNull();
    expect(introDate(['2024年1月1日，新修订的某法正式施行，全市依法查处案件30起。'])).toBeNull();
    expect(introDate(['2024年，全市依法查处案件30起。'])).toBeNull();
    expect(introDate(['2024年3月，甲局查处一批案件。', '2024年4月，乙局查处一批案件。'])).toBeNull();
    expect(introDate(['今年以来，全省依法查处案件30起。'])).toBeNull();
  });
});

describe('dates that are not the case’s', () => {
  it('skips a birth date (出生日期：1979年**月**日) and a deadline set (于2031年10月31日前履行)', () => {
    expect(
      findDates('法定代表人：陈某，出生日期：1979年5月3日。2031年5月12日，检查发现…').map((d) => d.date),
    ).toEqual(['2031-05-12']);
    expect(findDates('主管人员：周某，男，1988年**月**日出生').map((d) => d.date)).toEqual([]);
    expect(findDates('责令其于2031年10月31日前履行备案手续').map((d) => d.date)).toEqual([]);
  });

  it('skips a birth year written 1996年生 beside a party, not a year that goes on (2031年生效)', () => {
    expect(findDates('被处罚人：齐某，女，1996年生，住某街道').map((d) => d.date)).toEqual([]);
    expect(findDates('当事人：齐某（1996年生）。2031年4月2日，齐某…').map((d) => d.date)).toEqual([
      '2031-04-02',
    ]);
  });
});

describe('a year that opens or spans a period (blind16 class)', () => {
  it('marks 自2019年上线后 and 今年上半年 as periods, and a year with a month as none', () => {
    const found = findDates('该网站自2019年上线后从未测评。今年上半年，市民反映。2023年8月，黑客入侵。', {
      publishedYear: 2025,
    });
    expect(found.map((d) => [d.date, d.period ?? false])).toEqual([
      ['2019', true],
      ['2025', true],
      ['2023-08', false],
    ]);
  });
});

describe('contextYear: a dateline written with slashes', () => {
  it('takes the year of 2031/04/02 09:15 beside a byline as the published year', () => {
    expect(contextYear(['记者某某／综合报导', '2031/04/02 09:15 字级：小 中 大']).publishedYear).toBe(2031);
  });
  it('takes none from a text without a full date', () => {
    expect(contextYear(['记者某某／综合报导', '第3/4页']).publishedYear).toBeNull();
  });
});

describe('findDates: the end of a year told in passing', () => {
  it('does not date the days told after 2030年底 to that year', () => {
    const dates = findDates('2030年底，该公司委托外包公司开发App。8月30日，某局作出处罚。', {
      year: 2031,
      publishedYear: 2031,
    });
    expect(dates.map((d) => d.date)).toEqual(['2030', '2031-08-30']);
  });
  it('still dates the days after a year with its month to that year (2030年5月…8月30日)', () => {
    const dates = findDates('2030年5月，该公司上线App。8月30日，某局作出处罚。', {
      year: 2031,
      publishedYear: 2031,
    });
    expect(dates.map((d) => d.date)).toEqual(['2030-05', '2030-08-30']);
  });
});

describe('findDates: a month of 今年 after an earlier year', () => {
  it('dates the bare days told after 今年2月 to this year, not to the earlier year stated before', () => {
    const text =
      '2030年12月，某局向该公司下达通知书，到今年2月复查时仍未改正。3月5日，某局对该公司处以罚款。';
    expect(findDates(text, { year: null, publishedYear: 2031 }).map((d) => d.date)).toEqual([
      '2030-12',
      '2031-02',
      '2031-03-05',
    ]);
  });
});

describe('同年 opening a case told after another', () => {
  it('takes the year of the case told before, not the page’s', () => {
    const text = '同年5月，该店店员罗某将顾客信息发到群里。6月2日，某派出所对罗某处以罚款二百元。';
    expect(findDates(text, { year: 2027, lastYear: 2026 }).map((d) => d.date)).toEqual([
      '2026-05',
      '2026-06-02',
    ]);
    expect(findDates(text, { year: 2027 }).map((d) => d.date)).toEqual(['2027-05', '2027-06-02']);
    // A year of its own told first: 同年 is that one.
    expect(findDates('2025年1月，某公司…。同年3月，…', { lastYear: 2023 }).map((d) => d.date)).toEqual([
      '2025-01',
      '2025-03',
    ]);
  });
});

describe('findDates: the day a law took effect, written with 起', () => {
  it('skips 今年3月1日起，修订后的某法正式施行 and keeps the case’s month after it', () => {
    const text = '今年3月1日起，修订后的数据安全法正式施行。今年5月，民警检查发现某公司未备案。';
    expect(findDates(text, { year: 2031, publishedYear: 2031 }).map((d) => d.date)).toEqual(['2031-05']);
  });
});

describe('findDates: the year of old footage a rumour reused (blind47)', () => {
  it('skips 系2019年外地某事的旧素材 and does not carry its year to the days told after it', () => {
    const text = '经查，图片系2019年外地一场车祸的旧照片。5月6日，网民甲某将图片配文发布。';
    expect(findDates(text, { year: 2031 }).map((d) => d.date)).toEqual(['2031-05-06']);
  });
  it('skips 系2020年某剧组拍摄 (the footage shot then), as old footage (blind75 class)', () => {
    const text = '经核实，该段视频系2020年外省某剧组拍摄的片段。4月2日，网民丙某配文转发。';
    expect(findDates(text, { year: 2031 }).map((d) => d.date)).toEqual(['2031-04-02']);
  });
  it('keeps a year of the party filming (丁某于2020年拍摄 is the conduct)', () => {
    expect(extractDate('丁某于2020年拍摄并发布不实视频。')).toBe('2020');
  });
  it('keeps a year of the conduct itself (2019年，某公司…旧设备 is still a date)', () => {
    expect(extractDate('2019年，某公司使用旧设备存储日志。')).toBe('2019');
  });
});

describe('a year the party once did something in (曾于2029年11月) (blind65 class)', () => {
  it('does not date the days told after it', () => {
    const text =
      '7月25日，检查发现该店接纳未成年人。该店曾于2029年11月因同类问题被警告。8月18日，某局对其罚款。';
    expect(findDates(text, { year: 2030 }).map((d) => d.date)).toEqual([
      '2030-07-25',
      '2029-11',
      '2030-08-18',
    ]);
  });

  it('still dates them after a year the story itself moves to', () => {
    const text = '该店于2029年11月接纳未成年人。12月3日，某局对其罚款。';
    expect(findDates(text, { year: 2030 }).map((d) => d.date)).toEqual(['2029-11', '2029-12-03']);
  });
});

describe('withSameMonth (blind60 class)', () => {
  const first = (text: string, last: string | null) =>
    withSameMonth(text, findDates(text, { year: 2031 }), last as never)[0]?.date ?? null;

  it('dates a case that opens with 同月 by the month the case before told', () => {
    expect(first('同月，返乡的宁某将3张手机卡卖给他人，获利450元。', '2031-05')).toBe('2031-05');
    expect(first('　　同月，宁某又将银行卡出借。', '2031-05-17')).toBe('2031-05');
  });

  it('leaves a case alone whose own date comes first, or with no month before it', () => {
    expect(first('2031年6月3日，宁某卖卡；同月，又出借银行卡。', '2031-05')).toBe('2031-06-03');
    expect(first('同月，宁某将手机卡卖给他人。', null)).toBeNull();
    expect(first('宁某于次年同月再次卖卡。', '2031-05')).toBeNull();
  });
});

describe('introDate: a period inside one month (blind69 class)', () => {
  const ctx = { year: 2031, publishedYear: 2031 };
  it('dates the reported inspection to the one month its period lies in', () => {
    expect(
      introDate(
        ['为落实新规，5月上旬至5月下旬，某区分局网安大队对辖区23家单位开展执法检查，现将处理情况通报如下。'],
        ctx,
      ),
    ).toBe('2031-05');
    expect(introDate(['2030年9月初至9月底，某县公安局对网吧开展专项检查。'], ctx)).toBe('2030-09');
  });
  it('dates nothing from a period across months', () => {
    expect(introDate(['5月上旬至6月下旬，某区分局网安大队对辖区单位开展执法检查。'], ctx)).toBeNull();
  });
});

describe('findDates: a year compared with (blind72 class)', () => {
  it('takes no date from 比去年 / 较去年 / 去年同期 / 与去年相比', () => {
    for (const t of [
      '整体比去年有所下降。',
      '案件数较去年增加三成。',
      '与去年相比明显减少。',
      '去年同期仅查处两起。',
    ])
      expect(findDates(t, { publishedYear: 2031 }).map((d) => d.date)).toEqual([]);
  });
  it('still dates 去年 told as the time of a case', () => {
    expect(findDates('去年，某公司开始收集信息。', { publishedYear: 2031 }).map((d) => d.date)).toEqual([
      '2030',
    ]);
  });
});

describe('the year a report compares with (blind72 class)', () => {
  it('takes no report year from 与2023年相比', () => {
    expect(contextYear(['2024年，全市开展专项行动。', '与2023年相比，立案数增长40%。']).year).toBe(2024);
  });
});
