import { describe, expect, it } from 'vitest';
import { declaredAgency, declaredShortForms, extractAgency, findAgencies, signatureUnit } from './agency.js';

const at = (text: string, word: string): number => text.indexOf(word);

describe('extractAgency', () => {
  it('takes the unit that imposes the sanction', () => {
    const t =
      '2023年6月，昌平网安部门检查发现，某公司存在数据泄漏。北京市公安局昌平分局依据《数据安全法》第四十五条第一款规定，给予警告。';
    expect(extractAgency(t, at(t, '给予'))).toBe('北京市公安局昌平分局');
    const h =
      '衡阳县网信办联合县公安局对该线索进行核实。衡阳县网信办责令其删除相关信息，县公安局依法给予陈某行政处罚。';
    expect(extractAgency(h, at(h, '依法给予'))).toBe('县公安局');
  });

  it('widens a short name to an earlier fuller mention of the same unit', () => {
    const t =
      '2021年1月份，银川市兴庆区网安部门发现，居民闫某拉新获利，兴庆网安部门根据《网络安全法》第六十四条第二款之规定，给予闫某罚款1500元。';
    expect(extractAgency(t, at(t, '给予'))).toBe('银川市兴庆区网安部门');
  });

  it('passes over units named in passing and units that only helped', () => {
    const t = '大连网安部门依据《办法》第十一条之规定，对未到公安机关办理备案手续的行为给予警告。';
    expect(extractAgency(t, at(t, '给予'))).toBe('大连网安部门');
    const h = '市网信办会同属地派出所约谈了账号主体张某，并依法关闭了该账号。';
    expect(extractAgency(h, at(h, '关闭'))).toBe('市网信办');
  });

  it('reads generic subjects and other enforcement bodies', () => {
    expect(extractAgency('警方依法对该机构处以罚款1万元。', 8)).toBe('警方');
    expect(extractAgency('区文化市场综合执法大队依据条例对该网吧作出罚款。', 20)).toBe(
      '区文化市场综合执法大队',
    );
    expect(extractAgency('某公司被罚款。', 3)).toBeNull();
    // An officer's 我们县公安局 names the county's bureau; 我们 is no place.
    const w = '第二天，我们县公安局依据《治安管理处罚法》对钱某处以行政拘留五日。';
    expect(extractAgency(w, at(w, '处以'))).toBe('县公安局');
    // A unit that will act (警方将依法从严查处) is a warning to readers, not the decider of the case told.
    expect(extractAgency('对该网吧给予警告。对屡次违规的，公安机关将依法从严处理。', 3)).toBeNull();
    // A unit handling another matter (已由公安机关另案侦办) decided nothing told here.
    expect(extractAgency('决定对其给予警告。窃取数据的人员已由公安机关另案侦办。', 3)).toBeNull();
  });

  it('merges a sub-unit with its parent', () => {
    expect(findAgencies('江西省吉安市公安局网安支队工作中发现').map((m) => m.name)).toEqual([
      '江西省吉安市公安局网安支队',
    ]);
  });
});

describe('sub-units', () => {
  it('does not widen a unit to a team under it', () => {
    const t =
      '2020年11月，城关分局网安大队发现，某公司网站未备案。城关分局依据《办法》第二十三条之规定，给予该公司警告处罚。';
    expect(extractAgency(t, t.indexOf('给予'))).toBe('城关分局');
    const f =
      '福田区公安分局网警大队接群众举报。福田区公安分局依据《网络安全法》之规定，对该公司处罚款十万元。';
    expect(findAgencies(f).map((m) => m.name)).toEqual(['福田区公安分局网警大队', '福田区公安分局']);
    expect(extractAgency(f, f.indexOf('处罚款'))).toBe('福田区公安分局');
  });
});

describe('extractAgency: a 处罚机关 line', () => {
  it('outranks a unit named in the facts', () => {
    const t = [
      '案件名称：某数据公司未备案案',
      '处罚机关：苏州市公安局姑苏分局',
      '违法事实：姑苏某数据有限公司联网后未到公安机关办理备案手续。',
      '处罚结果：警告',
    ].join('\n');
    expect(extractAgency(t, t.indexOf('警告'))).toBe('苏州市公安局姑苏分局');
  });
});

describe('extractAgency: a 处罚机关 cell of a table row', () => {
  it('names the unit even inside a row read as one sentence', () => {
    const t =
      '当事人：某网络有限公司，违法事实：联网后未到公安机关办理备案手续，处罚内容：警告，处罚机关：扬州市公安局邗江分局，处罚决定日期：2024/05/06。';
    expect(extractAgency(t, t.indexOf('警告'))).toBe('扬州市公安局邗江分局');
  });
});

describe('findAgencies: words that only look like units', () => {
  it('reads a unit followed by its officers (网安大队民警, 派出所民警) whole', () => {
    expect(findAgencies('某区网安大队民警在巡查中发现').map((u) => u.name)).toEqual(['某区网安大队']);
    expect(findAgencies('城南派出所民警赶到现场').map((u) => u.name)).toEqual(['城南派出所']);
  });

  it('finds no unit in 互联网信息服务 or 网民', () => {
    expect(findAgencies('擅自从事经营性互联网信息服务，网民举报')).toEqual([]);
  });

  it('finds no unit in the short name of the law, 《网安法》 (blind71 class)', () => {
    const text =
      '甲分局以该公司未落实安全保护义务为由，依照《网安法》第21条、第59条第1款之规定，对该公司罚款一万元。';
    expect(findAgencies(text).map((u) => u.name)).toEqual(['甲分局']);
    expect(extractAgency(text, text.indexOf('罚款'))).toBe('甲分局');
  });
});

describe('signatureUnit', () => {
  it('names the unit of a line that is only its name (a header or a signature), else null', () => {
    expect(signatureUnit('某市公安局某分局')).toBe('某市公安局某分局');
    expect(signatureUnit('某省互联网信息办公室')).toBe('某省互联网信息办公室');
    expect(signatureUnit('某市公安局依法给予警告。')).toBeNull();
    expect(signatureUnit('办理单位：某市公安局某分局')).toBeNull();
  });

  it('reads a signature with the seal’s place after it (某县公安局（印）, （盖章）) as the unit', () => {
    expect(signatureUnit('某县公安局（印）')).toBe('某县公安局');
    expect(signatureUnit('某县公安局某派出所(盖章)')).toBe('某县公安局某派出所');
    expect(signatureUnit('某县公安局（已撤销）')).toBeNull();
  });
});

describe('findAgencies: a document number is no unit', () => {
  it('does not read 青网信罚〔2023〕7号 or 某公网行罚决字 as a unit named', () => {
    expect(findAgencies('行政处罚决定书文号：青网信罚〔2023〕7号').map((u) => u.name)).toEqual([]);
    expect(findAgencies('某市网信办罚款5万元').map((u) => u.name)).toEqual(['某市网信办']);
  });
});

describe('findAgencies: culture-market units', () => {
  it('knows 文广旅体局 (文化广电旅游体育局) as a unit', () => {
    expect(findAgencies('8月30日，县文广旅体局依据条例作出处罚。').map((u) => u.name)).toEqual([
      '县文广旅体局',
    ]);
  });

  it('knows 文化广电和旅游局 (the name with 和) as a unit, the one that decides after a joint check', () => {
    const t =
      '6月3日，区文化执法大队联合区公安分局、属地派出所开展检查。7月9日，区文化广电和旅游局依据条例对北关店给予警告。';
    expect(findAgencies(t).map((u) => u.name)).toContain('区文化广电和旅游局');
    expect(extractAgency(t, at(t, '对北关店'))).toBe('区文化广电和旅游局');
  });
});

describe('declaredAgency', () => {
  it('spells out a short form the page declared in brackets, keeping the place the sentence gives', () => {
    const declared = declaredShortForms(
      '某省丰溪市互联网信息办公室（网信办）昨日公布，……依据第（三）项，丰溪市网信办依据《网络安全法》…作出处罚。',
    );
    expect([...declared.keys()]).toEqual(['网信办']);
    expect(declaredAgency('丰溪市网信办', declared)).toBe('丰溪市互联网信息办公室');
    expect(declaredAgency('网信办', declared)).toBe('某省丰溪市互联网信息办公室');
    expect(declaredAgency('丰溪市公安局', declared)).toBe('丰溪市公安局');
    expect(declaredAgency('丰溪市网信办', declaredShortForms('丰溪市网信办依据…作出处罚。'))).toBe(
      '丰溪市网信办',
    );
  });
});

describe('findAgencies: a month counted with 份 is no place (blind37 class)', () => {
  it('takes 网警 alone from 9月份网警…', () => {
    expect(findAgencies('9月份网警来检查发现了问题').map((m) => m.name)).toEqual(['网警']);
    expect(findAgencies('三月份市公安局通报').map((m) => m.name)).toEqual(['市公安局']);
  });
});

describe('extractAgency: the unit a party was to file with (blind47)', () => {
  it('does not take 到公安机关办理备案手续 as the deciding unit', () => {
    const text = '该公司联网后，逾期未到公安机关办理备案手续。处罚结果为警告。';
    expect(extractAgency(text, text.indexOf('警告'))).toBeNull();
    const decided = '该公司逾期未向网信部门备案。某县公安局对其给予警告。';
    expect(extractAgency(decided, decided.indexOf('警告'))).toBe('某县公安局');
  });
});

describe('extractAgency: a unit a clue is referred to (blind75 class)', () => {
  it('skips 移送公安机关 told after the decision: no unit named decided (我局 is the writer’s)', () => {
    const text =
      '9月，我局检查发现某公司未标明许可证编号，我局责令其改正，处以罚款五千元。对另1家代理商，已将线索移送公安机关依法处理。';
    expect(extractAgency(text, text.indexOf('处以罚款'))).toBeNull();
  });
  it('keeps the unit referred to before the decision: it decided (移送某县公安局后，对其行政拘留)', () => {
    const text = '某区网信办将线索移交某县公安局，某县公安局依法对甲某处以行政拘留三日。';
    expect(extractAgency(text, text.indexOf('处以行政拘留'))).toBe('某县公安局');
  });
});

describe('findAgencies: a referral’s verb is no place (blind75 class)', () => {
  it('stops the place words at 移送 / 移交', () => {
    expect(findAgencies('已将线索移送公安机关依法处理').map((m) => m.name)).toEqual(['公安机关']);
    expect(findAgencies('将案件移交某县网信办').map((m) => m.name)).toEqual(['某县网信办']);
  });
});

describe('extractAgency: a 卫生健康委员会 deciding as the sector’s data-security regulator (blind72 class)', () => {
  it('takes the committee that imposes the sanction', () => {
    const t = '2030年5月，青川市卫生健康委员会依照该法第四十五条第一款，对该公司处以警告。';
    expect(extractAgency(t, at(t, '处以'))).toBe('青川市卫生健康委员会');
    const u = '区卫健委对该医院给予警告、罚款二万元。';
    expect(extractAgency(u, at(u, '给予'))).toBe('区卫健委');
  });
});
