// Invented texts. The facts are those the tiers turn on, e.g. 网络安全法(2016) 第五十九条第一款
// “拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款”; 计算机信息网络国际联网安全保护管理办法
// 第二十一条 “逾期不改正的，对单位的主管负责人员和其他直接责任人员可以并处五千元以下的罚款”.
import { describe, expect, it } from 'vitest';
import { extractEstablishedFacts as facts } from './established-facts.js';

describe('extractEstablishedFacts: rectification (第五十九条 “拒不改正”; 办法第二十一条 “逾期不改正”)', () => {
  it('reads 拒不改正 and 经责令改正仍未改正 as refused_rectification', () => {
    expect(facts('某县网安大队检查发现某酒店未落实日志留存措施，责令其改正，该酒店拒不改正。')).toEqual([
      'refused_rectification',
    ]);
    expect(facts('甲网络公司未制定安全管理制度，经责令改正仍未改正，民警依法给予罚款一万元。')).toEqual([
      'refused_rectification',
    ]);
    expect(facts('民警责令该店整改后，复查时该店仍未整改。')).toEqual(['refused_rectification']);
  });

  it('reads a passed time limit (逾期未改正, 限期内未整改) as not_rectified_in_time', () => {
    expect(facts('某网吧未按规定记录上网日志，被责令限期改正，逾期未改正。')).toEqual([
      'not_rectified_in_time',
    ]);
    expect(facts('乙公司在规定期限内未整改到位。')).toEqual(['not_rectified_in_time']);
    expect(facts('经责令限期整改，该单位仍未整改。')).toEqual(['not_rectified_in_time']);
  });

  it('does not read an order to rectify, or its being obeyed, as a fact', () => {
    expect(facts('民警依法责令该公司限期改正，并给予警告。该公司已按要求完成整改。')).toEqual([]);
    expect(facts('该单位并未拒不改正，而是在三日内完成整改。')).toEqual([]);
    expect(facts('民警责令其限期整改，并告知其逾期不改正将依法处罚。')).toEqual([]);
    expect(facts('民警告诫该店逾期不改正的将予以处罚。')).toEqual([]);
    expect(facts('办案民警正在核实其是否拒不改正。')).toEqual([]);
  });
});

describe('extractEstablishedFacts: harm (第五十九条 “导致危害网络安全等后果”)', () => {
  it('reads harm that happened (导致…被篡改, 造成…泄露)', () => {
    expect(facts('丙学校未落实安全保护技术措施，导致其网站被黑客篡改。')).toEqual(['harm_caused']);
    expect(facts('因管理不善，造成三千余条学员信息泄露。')).toEqual(['harm_caused']);
    expect(facts('该服务器存在高危漏洞，致使服务器被植入挖矿程序。')).toEqual(['harm_caused']);
  });

  it('does not read harm the text denies (未造成, 尚未导致, 没有造成)', () => {
    expect(facts('丁公司系统存在漏洞，所幸未造成数据泄露。')).toEqual([]);
    expect(facts('该漏洞尚未导致网站被攻击。')).toEqual([]);
    expect(facts('经核查，没有造成用户信息泄露。')).toEqual([]);
    expect(facts('其行为并未因此导致系统被入侵。')).toEqual([]);
  });

  it('does not read harm the text only fears (可能导致, 一旦…, 泄露风险)', () => {
    expect(facts('该网站未修复漏洞，可能导致网站被攻击。')).toEqual([]);
    expect(facts('系统一旦被利用，极易造成个人信息泄露。')).toEqual([]);
    expect(facts('上述问题存在导致数据泄露的风险。')).toEqual([]);
  });
});

describe('extractEstablishedFacts: circumstances (情节严重 / 情节较重 / 情节较轻)', () => {
  it('reads the circumstances the decision finds', () => {
    expect(facts('戊某多次贩卖公民个人信息，情节严重，公安机关对其处以行政拘留十日。')).toEqual([
      'serious_circumstances',
    ]);
    expect(facts('鉴于其情节较轻，依法给予警告。')).toEqual(['minor_circumstances']);
    expect(facts('辛某情节较重，某分局依据《治安管理处罚法》第六十四条之规定，对其处以拘留十日。')).toEqual([
      'relatively_serious_circumstances',
    ]);
    expect(facts('该行为属于情节较重的情形。')).toEqual(['relatively_serious_circumstances']);
    expect(facts('查明该公司拒不改正的事实清楚。')).toEqual(['refused_rectification']);
    expect(facts('经查，该公司系拒不改正的。')).toEqual(['refused_rectification']);
    expect(facts('己公司拒不改正，且造成大量数据泄露，情节严重。')).toEqual([
      'refused_rectification',
      'harm_caused',
      'serious_circumstances',
    ]);
  });

  it('does not read 情节特别严重, 不属于/未达到情节严重 or 情节严重程度 as 情节严重', () => {
    expect(facts('经审查，其行为不属于情节严重。')).toEqual([]);
    expect(facts('其行为情节特别严重，已移送侦查。')).toEqual([]);
    expect(facts('其行为尚未达到情节严重。')).toEqual([]);
    expect(facts('公安机关将视情节严重程度依法处理。')).toEqual([]);
  });
});

describe('extractEstablishedFacts: statutes and lessons establish nothing', () => {
  it('skips a restated statute (…拒不改正或者导致危害网络安全等后果的，处…)', () => {
    expect(
      facts(
        '《网络安全法》第五十九条规定，网络运营者不履行安全保护义务的，由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款。',
      ),
    ).toEqual([]);
    expect(facts('网络运营者拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款。')).toEqual([]);
    expect(facts('情节严重的，处五日以上十日以下拘留。')).toEqual([]);
  });

  it('skips a statute condition quoted in the citation', () => {
    expect(
      facts(
        '依据《网络安全法》第五十九条第一款“拒不改正或者导致危害网络安全等后果的”规定，对该公司处罚款一万元。',
      ),
    ).toEqual([]);
  });

  it('skips a lesson inside the case paragraph (警方提醒…)', () => {
    expect(
      facts(
        '庚公司未落实日志留存措施，被给予警告。警方提醒：运营者不落实安全措施，一旦导致网站被篡改，将依法从重处罚。对拒不改正的单位，依法处以罚款。',
      ),
    ).toEqual([]);
  });
});
