import { describe, expect, it } from 'vitest';
import { groupClauses, listedParties, namedMembers, partiesCounted } from './groups.js';
import { extractCases } from './extract.js';

describe('groupClauses', () => {
  it('finds no group in a count of one (一家健身公司 describes one party)', () => {
    expect(groupClauses('某市一家健身公司被警方罚款15万元。')).toEqual([]);
  });

  it('finds each group with the span it governs', () => {
    const s = '其中4家企业因未备案被处以警告；另有2家网吧被责令整改。';
    expect(groupClauses(s).map((g) => [g.name, s.slice(g.start, g.end)])).toEqual([
      ['4家企业', '4家企业因未备案被处以警告；另有'],
      ['2家网吧', '2家网吧被责令整改。'],
    ]);
  });

  it('finds none in an article number or a sentence without a count', () => {
    expect(groupClauses('依据第3家条…对某公司给予警告。')).toEqual([]);
    expect(groupClauses('对某公司给予警告。')).toEqual([]);
  });
});

describe('listedParties', () => {
  it('names the parties a count refers back to', () => {
    const story = '检查中发现，东坡县某小学、东坡县某幼儿园和东坡县某养老院三家单位的网站存在漏洞。';
    expect(listedParties('三家单位', story)).toEqual(['东坡县某小学', '东坡县某幼儿园', '东坡县某养老院']);
    expect(listedParties('两家单位', '检查发现东坡县某小学和东坡县某幼儿园两家单位未备案。')).toEqual([
      '东坡县某小学',
      '东坡县某幼儿园',
    ]);
  });

  it('names the parties listed right after the count, between dashes or in brackets', () => {
    expect(
      listedParties('两家网吧', '镇上两家网吧——东坡县某网咖、东坡县某网络会所——都未登记上网人员身份。'),
    ).toEqual(['东坡县某网咖', '东坡县某网络会所']);
    expect(listedParties('两家单位', '两家单位（东坡县某驾校、东坡县某诊所）的系统未备案。')).toEqual([
      '东坡县某驾校',
      '东坡县某诊所',
    ]);
    expect(listedParties('三家单位', '两家单位（东坡县某驾校、东坡县某诊所）的系统未备案。')).toBeNull();
  });

  it('gives null when the count does not match the listing, or the party is no count', () => {
    expect(listedParties('三家单位', '东坡县某小学和东坡县某幼儿园两家单位未备案。')).toBeNull();
    expect(listedParties('东坡县某小学', '东坡县某小学和东坡县某幼儿园两家单位未备案。')).toBeNull();
  });

  it('names the parties the story tells each in its own clause', () => {
    const story =
      '检查发现，柏溪县某乡卫生院的挂号系统未开展定级备案；柏溪县某物流有限公司的订单后台未设置访问控制。对上述两家单位给予警告。';
    expect(listedParties('两家单位', story)).toEqual(['柏溪县某乡卫生院', '柏溪县某物流有限公司']);
    // One clause too few or one too many for the count: no names.
    expect(listedParties('三家单位', story)).toBeNull();
    expect(
      listedParties('两家单位', '检查发现，柏溪县某乡卫生院的挂号系统未备案；另有问题若干。'),
    ).toBeNull();
  });
});

describe('namedMembers', () => {
  it('gives the parties a counted group stands for when the sentence names them each', () => {
    const sentence = '两所学校的行为违反了有关规定，市公安局分别对城东第二中学、城西第五中学给予警告处罚。';
    expect(namedMembers('两所学校', sentence)).toEqual(['城东第二中学', '城西第五中学']);
  });

  it('gives none when the count and the names differ, or no names follow 分别对', () => {
    expect(namedMembers('三所学校', '分别对甲中学、乙中学给予警告。')).toBeNull();
    expect(namedMembers('两所学校', '分别给予警告。')).toBeNull();
  });
});

describe('partiesCounted (blind65 class)', () => {
  const story =
    '抽查发现，甲城启明网络有限公司运营的App超范围收集通讯录；乙县云帆科技有限公司在其小程序中未公开收集规则；丙区星河商贸有限公司未采取加密措施。上述行为违反了相关规定。依据…，';

  it('takes the units that open the ；-clauses of the nearest paragraph naming any, in order', () => {
    expect(partiesCounted(story, 3)).toEqual([
      '甲城启明网络有限公司',
      '乙县云帆科技有限公司',
      '丙区星河商贸有限公司',
    ]);
  });

  it('gives none when the count and the names disagree, or only references open the clauses', () => {
    expect(partiesCounted(story, 2)).toBeNull();
    expect(partiesCounted('该公司未备案；上述企业未整改。', 2)).toBeNull();
  });

  it('takes a listing by masked name before the count (甲某公司和乙某公司两家单位)', () => {
    expect(partiesCounted('检查发现丁城某科技公司和戊城某传媒公司两家单位未落实日志留存。', 2)).toEqual([
      '丁城某科技公司',
      '戊城某传媒公司',
    ]);
  });
});

describe('parties listed for one measure list under 分别 (blind71 class)', () => {
  it('gives each listed unit the whole list of measures, one record each', () => {
    const records = extractCases(
      [
        '某县公安局通报',
        '2031年5月，民警检查发现“蓝鲸网吧”“星河网咖”未核对上网人员身份证件。',
        '某县公安局依据《互联网上网服务营业场所管理条例》第二十三条、第三十三条第（三）项之规定，对“蓝鲸网吧”“星河网咖”分别作出警告并处罚款2000元的行政处罚。',
      ].join('\n'),
    );
    expect(
      records.map((r) => [r.party.name, r.sanctions.map((s) => s.amount_yuan ?? s.kind).join('+')]),
    ).toEqual([
      ['“蓝鲸网吧”', 'warning+2000'],
      ['“星河网咖”', 'warning+2000'],
    ]);
  });

  it('finds the units a count refers to (上述两单位) where the story opens on their list', () => {
    expect(
      listedParties('两单位', '二、甲县某物流公司、乙县某牙科诊所，所使用的信息系统均未开展定级备案工作。'),
    ).toEqual(['甲县某物流公司', '乙县某牙科诊所']);
    const records = extractCases(
      [
        '某市公安局行政处罚公示',
        '二、甲县某物流公司、乙县某牙科诊所，所使用的信息系统均未开展定级备案工作，违反了《中华人民共和国网络安全法》第二十一条第一项的规定。依据该法第五十九条第一款的规定，2031年9月3日，某分局分别给予上述两单位警告的行政处罚。',
      ].join('\n'),
    );
    expect(records.map((r) => [r.party.name, r.sanctions.map((s) => s.kind).join('+')])).toEqual([
      ['甲县某物流公司', 'warning'],
      ['乙县某牙科诊所', 'warning'],
    ]);
  });
});
