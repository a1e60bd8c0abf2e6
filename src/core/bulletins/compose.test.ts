import { describe, expect, it } from 'vitest';
import { lawData } from '../../law-data/load.js';
import type { CaseRecord } from '../shared/case-record.js';
import { isDomainError } from '../shared/errors.js';
import { formatCitations } from './citations.js';
import { composeBulletin, formatPartialDate } from './compose.js';
import { formatSanctions } from './sanctions.js';

const statutes = lawData().base;
const OPTIONS = { unit: '宁夏回族自治区公安厅网安总队', period: '2021年' };

/** 宁夏 2021 案例六 (fixtures/bulletins/dev/ningxia-2021.json), as a decided case. */
const JINFENG: CaseRecord = {
  title: '金凤区某公司未落实网络安全等级保护制度案',
  date: '2021-01',
  region: '金凤区',
  agency: '金凤网安部门',
  party: { kind: 'organization', name: '某公司' },
  facts: '未落实网络安全等级保护制度、未履行网络安全保护义务，门户网站被攻击并发布违法信息',
  provisions: [
    { law: '网络安全法', article: 21, paragraph: null, item: 2 },
    { law: '网络安全法', article: 59, paragraph: 1, item: null },
  ],
  sanctions: [
    { kind: 'fine', amount_yuan: 10000, days: null, target: 'party' },
    { kind: 'fine', amount_yuan: 5000, days: null, target: 'responsible_person' },
  ],
};

/** 宁夏 2021 案例一: a natural person, masked as the record has it (闫某). */
const YAN: CaseRecord = {
  title: '以其他非法方式获取个人信息案',
  date: '2021-01',
  region: '银川市兴庆区',
  agency: '兴庆区网安部门',
  party: { kind: 'individual', name: '闫某' },
  facts: '在抖音、今日头条、淘宝特价等APP上通过购买手机号注册新用户进行“拉新”，以平台红包返现的形式获利',
  provisions: [{ law: '网络安全法', article: 64, paragraph: 2, item: null }],
  sanctions: [{ kind: 'fine', amount_yuan: 1500, days: null, target: 'party' }],
};

describe('citations', () => {
  it('write the full title once per law and the provisions joined by 、 (第二十一条第（二）项、第五十九条第一款)', () => {
    expect(formatCitations(JINFENG.provisions)).toBe(
      '《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款',
    );
  });
  it('name each law of a case in the order first cited', () => {
    expect(
      formatCitations([
        { law: '计算机信息网络国际联网安全保护管理办法', article: 5, paragraph: null, item: 5 },
        { law: '网络安全法', article: 46, paragraph: null, item: null },
        { law: '计算机信息网络国际联网安全保护管理办法', article: 20, paragraph: null, item: null },
      ]),
    ).toBe(
      '《计算机信息网络国际联网安全保护管理办法》第五条第（五）项、第二十条和《中华人民共和国网络安全法》第四十六条',
    );
  });
});

describe('sanctions', () => {
  it('warning first, the fine 并处, 责令改正 last; amounts as 人民币…元, days in Chinese numerals', () => {
    expect(
      formatSanctions([
        { kind: 'rectification', amount_yuan: null, days: null, target: 'party' },
        { kind: 'fine', amount_yuan: 2000, days: null, target: 'party' },
        { kind: 'warning', amount_yuan: null, days: null, target: 'party' },
      ]),
    ).toBe('警告，并处罚款人民币2000元，责令限期整改');
    expect(formatSanctions([{ kind: 'detention', amount_yuan: null, days: 3, target: 'party' }])).toBe(
      '行政拘留三日',
    );
    expect(
      formatSanctions([
        { kind: 'fine', amount_yuan: 3000, days: null, target: 'party' },
        { kind: 'confiscation', amount_yuan: null, days: null, target: 'party' },
      ]),
    ).toBe('没收违法所得，并处罚款人民币3000元');
  });
  it('refuse a fine without an amount, naming the sanction', () => {
    try {
      formatSanctions([{ kind: 'fine', amount_yuan: null, days: null, target: 'party' }]);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.details).toEqual({ sanction: expect.objectContaining({ kind: 'fine' }) });
    }
  });
});

describe('composeBulletin', () => {
  const draft = composeBulletin([YAN, JINFENG], OPTIONS, { statutes });

  it('opens with a title and an introduction giving period, unit and the number of cases', () => {
    expect(draft.title).toBe('宁夏回族自治区公安厅网安总队2021年网络安全行政执法典型案例通报');
    expect(draft.intro).toContain('2021年，宁夏回族自治区公安厅网安总队');
    expect(draft.intro).toContain('二起典型案例');
    expect(draft.text.startsWith(`${draft.title}\n\n${draft.intro}\n\n案例一：`)).toBe(true);
  });

  it('heads each case with the party and the conduct, and keeps a masked name as the record has it', () => {
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '案例一：闫某以其他非法方式获取个人信息案',
      '案例二：金凤区某公司未落实网络安全等级保护制度案',
    ]);
    expect(draft.sections[0]!.paragraphs[0]).toBe(
      '2021年1月，兴庆区网安部门在工作中发现，闫某在抖音、今日头条、淘宝特价等APP上通过购买手机号注册新用户进行“拉新”，以平台红包返现的形式获利。' +
        '兴庆区网安部门根据《中华人民共和国网络安全法》第六十四条第二款之规定，给予闫某罚款人民币1500元的行政处罚。',
    );
  });

  it('punishes the 直接负责的主管人员 with the unit (网络安全法 第五十九条第一款 「对直接负责的主管人员处五千元以上五万元以下罚款」)', () => {
    expect(draft.sections[1]!.paragraphs[0]).toContain(
      '给予某公司罚款人民币10000元的行政处罚。同时对该单位直接负责的主管人员给予罚款人民币5000元的行政处罚。',
    );
  });

  it("names the 直接负责的主管人员 when the sanction's note is only its amount, as the extractor writes it (网络安全法 第五十九条第一款 「对直接负责的主管人员处五千元以上五万元以下罚款」)", () => {
    const extracted: CaseRecord = {
      ...JINFENG,
      sanctions: JINFENG.sanctions.map((s) => ({ ...s, note: `${s.amount_yuan}元` })),
    };
    const [section] = composeBulletin([extracted], OPTIONS, { statutes }).sections;
    expect(section!.paragraphs[0]).toContain(
      '同时对该单位直接负责的主管人员给予罚款人民币5000元的行政处罚。',
    );
    const named = { ...JINFENG.sanctions[1]!, note: '其他直接责任人员' };
    const [other] = composeBulletin([{ ...JINFENG, sanctions: [JINFENG.sanctions[0]!, named] }], OPTIONS, {
      statutes,
    }).sections;
    expect(other!.paragraphs[0]).toContain('同时对该单位其他直接责任人员给予罚款人民币5000元的行政处罚。');
  });

  it('warns from the statute words of the obligation cited, to the item (网络安全法 第二十一条第（二）项 「采取防范计算机病毒和网络攻击、网络侵入等危害网络安全行为的技术措施」)', () => {
    const lesson = draft.sections[1]!.paragraphs[1]!;
    expect(
      lesson.startsWith(
        '警示意义：国家实行网络安全等级保护制度。网络运营者应当按照网络安全等级保护制度的要求',
      ),
    ).toBe(true);
    expect(lesson).toContain(
      '防止网络数据泄露或者被窃取、篡改，采取防范计算机病毒和网络攻击、网络侵入等危害网络安全行为的技术措施。',
    );
    expect(lesson).not.toContain('（一）');
  });

  it('warns from what the penalty rule enforces when no obligation is cited (第六十四条第二款 enforces 第四十四条 「任何个人和组织不得窃取或者以其他非法方式获取个人信息」)', () => {
    expect(draft.sections[0]!.paragraphs[1]).toContain(
      '任何个人和组织不得窃取或者以其他非法方式获取个人信息，不得非法出售或者非法向他人提供个人信息。',
    );
  });

  it('writes no 警示意义 for a case whose citations reach no rule, and 依法 where nothing is cited', () => {
    const none = composeBulletin([{ ...YAN, provisions: [] }], OPTIONS, { statutes });
    expect(none.sections[0]!.paragraphs).toHaveLength(1);
    expect(none.sections[0]!.paragraphs[0]).toContain(
      '兴庆区网安部门依法给予闫某罚款人民币1500元的行政处罚。',
    );
  });

  it('lets a unit reword any sentence and takes a title given', () => {
    const own = composeBulletin(
      [YAN],
      {
        ...OPTIONS,
        title: '网络安全典型案例',
        sentences: { heading: '【案例{ordinal}】{name}', lesson: '网警提醒：{obligations}' },
      },
      { statutes },
    );
    expect(own.title).toBe('网络安全典型案例');
    expect(own.sections[0]!.heading).toBe('【案例一】闫某以其他非法方式获取个人信息案');
    expect(own.sections[0]!.paragraphs[1]!.startsWith('网警提醒：任何个人和组织')).toBe(true);
  });

  it('tells an undated case without a date, and one without a deciding unit as decided by the publishing unit', () => {
    const d = composeBulletin([{ ...YAN, date: null, agency: null }], OPTIONS, { statutes });
    expect(d.sections[0]!.paragraphs[0]!.startsWith('宁夏回族自治区公安厅网安总队在工作中发现，闫某')).toBe(
      true,
    );
  });

  it('refuses an empty selection and a case with no sanction on its party', () => {
    expect(() => composeBulletin([], OPTIONS, { statutes })).toThrow(/至少/);
    expect(() =>
      composeBulletin([{ ...JINFENG, sanctions: JINFENG.sanctions.slice(1) }], OPTIONS, { statutes }),
    ).toThrow(/没有对当事人的处罚/);
  });

  it('writes partial dates as the seed does', () => {
    expect([
      formatPartialDate('2021'),
      formatPartialDate('2021-03'),
      formatPartialDate('2021-03-05'),
    ]).toEqual(['2021年', '2021年3月', '2021年3月5日']);
  });
});

describe('警示意义 and the law version', () => {
  it('reads a 2026 case citing the old numbering (第五十九条, 2016 text) in the version its citations fit (网络安全法(2016) 第五十九条第一款 「不履行本法第二十一条、第二十五条规定的网络安全保护义务」)', () => {
    const d = composeBulletin([{ ...JINFENG, date: '2026-02' }], OPTIONS, { statutes });
    expect(d.sections[0]!.paragraphs[1]).toContain(
      '采取防范计算机病毒和网络攻击、网络侵入等危害网络安全行为的技术措施',
    );
  });
  it('quotes every item of an obligation none of whose items is cited (网络安全法 第二十一条 「履行下列安全保护义务」)', () => {
    const d = composeBulletin(
      [{ ...JINFENG, provisions: [{ law: '网络安全法', article: 59, paragraph: null, item: null }] }],
      OPTIONS,
      { statutes },
    );
    const lesson = d.sections[0]!.paragraphs[1]!;
    expect(lesson).toContain('篡改：（一）制定内部安全管理制度和操作规程');
    expect(lesson).toContain('（五）法律、行政法规规定的其他义务。');
    // 第五十九条 without its paragraph, for a network operator: 第一款 (第二十一条、第二十五条), not 第二款 (关键信息基础设施).
    expect(lesson).not.toContain('关键信息基础设施的运营者');
  });
});
