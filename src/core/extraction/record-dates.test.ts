import { describe, expect, it } from 'vitest';
import { findDates } from './fields/date.js';
import { fieldDays, passedOnDate } from './record-dates.js';
import { extractCases } from './extract.js';

/** The dates a card gives in its day fields, in text order; null when it has none. */
const fields = (text: string): string[] | null => {
  const dates = findDates(text);
  const found = fieldDays(text, dates);
  return found === null ? null : dates.filter((d) => found.has(d)).map((d) => d.date ?? '');
};

describe('fieldDays: the days a card gives in its fields, none the conduct’s', () => {
  it('takes a decision-day field, not the date its facts tell', () => {
    expect(fields('处罚决定日期：2031年3月24日\n违法事实：该公司于2031年1月5日未落实安全保护措施。')).toEqual(
      ['2031-03-24'],
    );
  });
  it('takes both ends of a disclosure period, and an ASCII colon', () => {
    expect(fields('公示期限：2031年3月31日至2034年3月24日\n违法事实：2030年12月，该公司…')).toEqual([
      '2031-03-31',
      '2034-03-24',
    ]);
    expect(fields('更新日期:2031年4月1日')).toEqual(['2031-04-01']);
  });
  it('finds none where no field gives a day', () => {
    expect(fields('2031年3月24日，某县公安局对该公司作出处罚。')).toBeNull();
    expect(fields('违法事实：2030年12月，该公司未落实…')).toBeNull();
  });
});

describe('a later listed party’s own sentence in a paragraph shared with the first (blind71 class)', () => {
  it('dates each unit to the day its own sentence opens with', () => {
    const records = extractCases(
      [
        '某县公安局通报',
        '发布时间：2031年07月02日',
        '6月3日，民警在“蓝鲸网吧”检查时发现，该网吧未核对上网人员身份证件。6月4日，民警在“星河网咖”发现同类问题。',
        '某县公安局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项之规定，对“蓝鲸网吧”“星河网咖”分别作出警告并处罚款2000元的行政处罚。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.date])).toEqual([
      ['“蓝鲸网吧”', '2031-06-03'],
      ['“星河网咖”', '2031-06-04'],
    ]);
  });
});

describe('passedOnDate: a forwarder of the story above (blind75 class)', () => {
  it('dates 转发该视频…的网民乙某 to the story’s month, not its day', () => {
    expect(
      passedOnDate(
        '在本地群内转发该视频并配文“注意安全”的网民乙某，某派出所依法对其处以罚款二百元。',
        '2031-05-16',
      ),
    ).toBe('2031-05');
  });
  it('leaves a case that does not pass the story on undated', () => {
    expect(passedOnDate('网民丙某在群内辱骂他人，某派出所依法对其处以罚款二百元。', '2031-05-16')).toBeNull();
  });
});

describe('a forwarder’s case after the story’s own (blind75 class)', () => {
  it('gets the story’s month in a page without headings', () => {
    const page = [
      '近日，网民甲某在某平台发布“某商场发生踩踏”的不实视频。',
      '2031年5月16日，甲某为博取关注，将外地视频配文后发布。某区分局依据《中华人民共和国治安管理处罚法》第二十九条第一项，对甲某处以行政拘留五日。',
      '在本地群内转发该视频并添加不实内容的网民乙某，某派出所依法对其处以罚款二百元。',
    ].join('\n\n');
    const records = extractCases(page);
    expect(records.map((r) => [r.party.name, r.date])).toEqual([
      ['甲某', '2031-05-16'],
      ['乙某', '2031-05'],
    ]);
  });
});
