/**
 * Masking rules (行政处罚法 第四十八条第一款 「具有一定社会影响的行政处罚决定应当依法公开」; what is hidden: disclosure.md §2.3,
 * 「自然人的家庭住址、通信方式、身份证号码、银行账号…除被处罚人以外的自然人姓名」).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maskName,
  maskPartyName,
  maskText,
  maskThirdPartyNames,
  removeAddresses,
  removeBankAccounts,
  removeIdNumbers,
  removeOnlineContacts,
  removePhoneNumbers,
  REMOVED,
} from './masking.js';

const PERSON = { kind: 'individual', name: '张三丰' } as const;

describe('names (依法公开: a natural person is named by surname only)', () => {
  it('keeps the surname and masks each character of the given name', () => {
    expect(maskName('张三丰')).toBe('张某某');
    expect(maskName('张三')).toBe('张某');
    expect(maskName('闫某')).toBe('闫某');
    expect(maskName('欧阳修')).toBe('欧阳某');
  });

  it('masks the party inside the facts, wherever it stands', () => {
    const facts = '张三丰于2021年5月7日在其经营的网吧内，张三丰未核对上网人员身份。';
    expect(maskPartyName(facts, PERSON)).toBe(
      '张某某于2021年5月7日在其经营的网吧内，张某某未核对上网人员身份。',
    );
  });

  it('leaves a unit party named (a unit has no personal information to protect)', () => {
    const facts = '某某科技有限公司未落实网络日志留存措施。';
    expect(maskPartyName(facts, { kind: 'organization', name: '某某科技有限公司' })).toBe(facts);
  });

  it('masks third parties given in the case data (「除被处罚人以外的自然人姓名」), the longer name first', () => {
    const facts = '张某某雇用李四光、李四管理网吧，王五到场上网。';
    expect(maskThirdPartyNames(facts, ['李四', '李四光', '王五'])).toBe(
      '张某某雇用李某某、李某管理网吧，王某到场上网。',
    );
  });
});

describe('ID numbers (「身份证号码」)', () => {
  it.each([
    ['身份证号码640104199001011234，', '身份证号码***，'],
    ['身份证号：64010419900101123X。', '身份证号：***。'],
    ['（公民身份号码64010419900101123x）', '（公民身份号码***）'],
    ['旧证号640104900101123。', '旧证号***。'],
  ])('removes %s', (text, expected) => {
    expect(removeIdNumbers(text)).toBe(expected);
  });

  it('keeps a unit’s 统一社会信用代码, amounts, dates and article numbers', () => {
    const text =
      '某某公司（统一社会信用代码916401001990010112）于2021年5月7日违反第二十一条第（二）项、第59条，罚款10000元，合计100000000000000元。';
    expect(removeIdNumbers(text)).toBe(text);
    expect(removeIdNumbers('代码916401001990010112', ['916401001990010112'])).toBe('代码916401001990010112');
    expect(removeIdNumbers('营业执照注册号640100900101123。')).toBe('营业执照注册号640100900101123。');
  });
});

describe('phone numbers (「通信方式」)', () => {
  it.each([
    ['联系电话13912345678。', '联系电话***。'],
    ['手机139 1234 5678，', '手机***，'],
    ['手机139-1234-5678，', '手机***，'],
    ['电话+86 13912345678', '电话***'],
    ['座机0951-6012345，', '座机***，'],
    ['座机（0951）6012345', '座机***'],
    ['电话010-88886666转123', '电话***'],
  ])('removes %s', (text, expected) => {
    expect(removePhoneNumbers(text)).toBe(expected);
  });

  it('keeps amounts, dates and article numbers', () => {
    const text = '罚款人民币10000元，2021年5月7日，第五十九条，20210507号，违法所得1500.50元。';
    expect(removePhoneNumbers(text)).toBe(text);
  });
});

describe('full-width digits (as typed in Chinese text)', () => {
  it('removes an ID number and a mobile number written in full-width digits', () => {
    expect(removeIdNumbers('身份证号６４０１０４１９９００１０１１２３Ｘ。')).toBe('身份证号***。');
    expect(removePhoneNumbers('电话１３９　１２３４　５６７８，')).toBe('电话***，');
    expect(removePhoneNumbers('罚款１００００元')).toBe('罚款１００００元');
  });
});

describe('online contacts (「通信方式」)', () => {
  it.each([
    ['邮箱zhang.san@example.com，', '邮箱***，'],
    ['QQ号码为123456789，', 'QQ号码为***，'],
    ['微信号：zhangsf_88。', '微信号：***。'],
  ])('removes %s', (text, expected) => {
    expect(removeOnlineContacts(text)).toBe(expected);
  });

  it('keeps a QQ group mentioned without a number and amounts', () => {
    const text = '通过微信群发布，罚款10000元。';
    expect(removeOnlineContacts(text)).toBe(text);
  });
});

describe('bank accounts (「银行账号」)', () => {
  it.each([
    ['收款账号6222 0202 0000 1234 567，', '收款账号***，'],
    ['银行卡号：6217000010001234567。', '银行卡号：***。'],
    ['转入6217000010001234号卡', '转入***号卡'],
  ])('removes %s', (text, expected) => {
    expect(removeBankAccounts(text)).toBe(expected);
  });

  it('keeps amounts and a public credit code', () => {
    const text = '罚款10000元，统一社会信用代码916401001990010112。';
    expect(removeBankAccounts(text)).toBe(text);
  });
});

describe('addresses (「家庭住址」)', () => {
  it.each([
    ['住宁夏回族自治区银川市兴庆区解放西街100号，', '住***，'],
    ['家住银川市金凤区阳光小区3栋2单元501室。', '家住***。'],
    ['现住址：北京市海淀区中关村大街27号1101室', '现住址：***'],
    ['张某某在西夏区贺兰山西路18号经营网吧', '张某某在***经营网吧'],
  ])('removes %s', (text, expected) => {
    expect(removeAddresses(text)).toBe(expected);
  });

  it('keeps citations, amounts and an agency name', () => {
    const text = '银川市公安局兴庆区分局依据《网络安全法》第五十九条第一款，罚款10000元。';
    expect(removeAddresses(text)).toBe(text);
  });
});

describe('maskText: all rules over one text', () => {
  const ctx = { party: PERSON, third_parties: ['李四'], public_codes: [] };
  const facts =
    '张三丰（身份证号64010419900101123X，电话139 1234 5678，住银川市兴庆区解放西街100号）于2021年5月7日雇用李四，' +
    '违反《网络安全法》第二十四条第一款，罚款10000元，收款账号6222020200001234567。';

  it('masks names and removes every personal item, leaving the rest', () => {
    expect(maskText(facts, ctx)).toBe(
      '张某某（身份证号***，电话***，住***）于2021年5月7日雇用李某，违反《网络安全法》第二十四条第一款，罚款10000元，收款账号***。',
    );
  });

  const fragment = fc.constantFrom(
    '张三丰',
    '李四',
    '于2021年5月7日',
    '罚款10000元',
    '第五十九条',
    '，',
    '。',
    '住银川市兴庆区解放西街100号',
    '网吧',
    '64010419900101123X',
    '统一社会信用代码91640100MA76ABCD1X',
    '第24条',
    '0951-6012345',
  );
  const mobile = fc
    .tuple(
      fc.constantFrom('13', '15', '18', '19'),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
      fc.constantFrom('', ' ', '-'),
    )
    .map(
      ([head, digits, sep]) =>
        `${head}${digits.slice(0, 1).join('')}${sep}${digits.slice(1, 5).join('')}${sep}${digits.slice(5).join('')}`,
    );
  const idNumber = fc
    .tuple(
      fc.integer({ min: 110000, max: 659999 }),
      fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom('0', '7', 'X', 'x'),
    )
    .map(([region, birth, seq, check]) => {
      const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
      return `${region}${ymd}${String(seq).padStart(3, '0')}${check}`;
    });
  const text = fc
    .array(fc.oneof(fragment, mobile, idNumber), { maxLength: 12 })
    .map((parts) => parts.join('，'));

  const safe = fc
    .array(
      fc.constantFrom(
        '于2021年5月7日14时30分',
        '罚款人民币10000元',
        '违法所得1500.50元',
        '第五十九条第一款',
        '第24条',
        '统一社会信用代码91640100MA76ABCD1X',
        '统一社会信用代码916401001990010112',
        '银川市公安局兴庆区分局',
        '银公网罚决字〔2021〕0001号',
        '网络安全法',
        '20210507',
        '责令改正',
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join('，'));

  it('touches nothing that is not personal (amounts, dates, articles, 文号, a unit’s credit code)', () => {
    fc.assert(fc.property(safe, (t) => maskText(t, ctx) === t));
  });

  it('is idempotent (masking a masked text changes nothing)', () => {
    fc.assert(fc.property(text, (t) => maskText(maskText(t, ctx), ctx) === maskText(t, ctx)));
  });

  it('leaves no 11-digit mobile number, however it is grouped', () => {
    fc.assert(fc.property(text, (t) => !/1[3-9]\d{9}/.test(maskText(t, ctx).replace(/[\s-]/g, ''))));
  });

  it('leaves no resident ID number (18 digits with a birth date, X or x last)', () => {
    fc.assert(
      fc.property(text, (t) => !/\d{6}(19|20)\d{2}(0[1-9]|1[0-2])\d{5}[\dXx]/.test(maskText(t, ctx))),
    );
  });

  it('never leaves the party’s full name', () => {
    fc.assert(
      fc.property(
        text,
        (t) =>
          !maskText(t, ctx).includes('张三丰') && !maskText(t, ctx).includes(REMOVED + REMOVED + REMOVED),
      ),
    );
  });
});
