import { describe, expect, it } from 'vitest';
import {
  namesInList,
  respectiveMeasures,
  respectivePhrases,
  respectiveTargets,
  respectiveValues,
  unitOfOfficerList,
} from './respective.js';

describe('respectiveValues', () => {
  it('gives each listed person the value in the same place', () => {
    const r = respectiveValues('某分局依法对丁某、费某分别处以行政拘留七日、四日。');
    expect(r?.names).toEqual(['丁某', '费某']);
    expect(r?.sanctions.map((s) => [s.kind, s.days])).toEqual([
      ['detention', 7],
      ['detention', 4],
    ]);
  });

  it('reads fines too', () => {
    const r = respectiveValues('对蔡某、欧阳某某、卜某分别处以罚款三百元、二百元和一千元');
    expect(r?.sanctions.map((s) => s.amount_yuan)).toEqual([300, 200, 1000]);
    expect(r?.names).toEqual(['蔡某', '欧阳某某', '卜某']);
  });

  it('reads 作出 after 分别, and 分别 written before the list (分别对甲某、乙某作出…)', () => {
    expect(
      respectiveValues('某所对卫某、葛某分别作出行政拘留六日、三日的处罚。')?.sanctions.map((s) => s.days),
    ).toEqual([6, 3]);
    const r = respectiveValues('某所分别对卫某、葛某处以罚款四百元、一百元。');
    expect(r?.names).toEqual(['卫某', '葛某']);
    expect(r?.sanctions.map((s) => s.amount_yuan)).toEqual([400, 100]);
  });

  it('leaves one value spread over all (one record) and counts that do not match', () => {
    expect(respectiveValues('对丁某、费某分别处以行政拘留七日')).toBeNull();
    expect(respectiveValues('对丁某、费某、卜某分别处以行政拘留七日、四日')).toBeNull();
  });
});

describe('respectiveValues: each name with its own value after 分别 (blind54)', () => {
  it('reads 分别没收A违法所得X元、B违法所得Y元 as one confiscation each', () => {
    const r = respectiveValues('所里分别没收甘某违法所得3400元、鲁某某违法所得750元，并各处行政拘留二日。');
    expect(r?.names).toEqual(['甘某', '鲁某某']);
    expect(r?.sanctions.map((s) => [s.kind, s.amount_yuan])).toEqual([
      ['confiscation', 3400],
      ['confiscation', 750],
    ]);
  });
  it('reads 分别罚款A…元、B…元 as one fine each, and nothing when a value is missing', () => {
    expect(respectiveValues('分别罚款甘某2000元、鲁某1000元。')?.sanctions.map((s) => s.amount_yuan)).toEqual(
      [2000, 1000],
    );
    expect(respectiveValues('分别没收甘某违法所得、鲁某违法所得。')).toBeNull();
  });
});

describe('respectivePhrases (blind60 class)', () => {
  it('gives each person listed in the story before the phrase in their place', () => {
    const r = respectivePhrases(
      '两人于2031年3月9日被某区分局依据该法第十二条分别处以行政拘留七日并处罚款二千元、罚款五百元的处罚。',
      '经查，发帖者为江某（女，31岁）、苗某某（男，40岁），两人意图吸引流量。',
    );
    expect(r?.names).toEqual(['江某', '苗某某']);
    expect(r?.phrases).toEqual(['处以行政拘留七日并处罚款二千元', '处以罚款五百元']);
  });

  it('prefers the people the sentence itself lists', () => {
    const r = respectivePhrases('对伍某、祁某分别给予警告、罚款三百元。', '同伙有甘某、谷某、房某。');
    expect(r?.names).toEqual(['伍某', '祁某']);
    expect(r?.phrases).toEqual(['处以警告', '处以罚款三百元']);
  });

  it('reads 作出 after 分别 (a decision of one phrase each)', () => {
    const r = respectivePhrases('某所对温某、童某分别作出罚款三百元、警告的行政处罚决定。', '');
    expect(r?.names).toEqual(['温某', '童某']);
    expect(r?.phrases).toEqual(['处以罚款三百元', '处以警告']);
  });

  it('gives nothing when the phrases and the people do not pair up', () => {
    expect(respectivePhrases('三人分别处以行政拘留五日、三日。', '涉案人员为甘某、谷某、房某。')).toBeNull();
    expect(
      respectivePhrases('分别处以行政拘留五日、罚款一千元。', '涉案人员为甘某、谷某、房某。'),
    ).toBeNull();
    expect(respectivePhrases('分别处以行政拘留五日、罚款一千元。', '涉案人员为甘某。')).toBeNull();
  });
});

describe('respectiveMeasures: counted or named units, an item each (blind65 class)', () => {
  it('reads a counted object and its items, where they start and where the list ends', () => {
    const t = '市局对上述三家公司分别给予警告、罚款6万元、警告并处罚款2万元的行政处罚，并责令其限期改正。';
    const r = respectiveMeasures(t);
    expect(r?.names).toBeUndefined();
    expect(r?.items).toEqual(['警告', '罚款6万元', '警告并处罚款2万元']);
    expect(t.slice(r!.from, r!.from + 2)).toBe('警告');
    expect(t.slice(r!.start, r!.end)).toBe(
      '对上述三家公司分别给予警告、罚款6万元、警告并处罚款2万元的行政处罚',
    );
  });

  it('reads the units the sentence names (甲公司、乙公司和丙公司)', () => {
    const r = respectiveMeasures(
      '对甲城某网络有限公司、乙县某科技有限公司和丙区某商贸有限公司分别给予警告、罚款1万元、罚款3万元。',
    );
    expect(r?.names).toEqual(['甲城某网络有限公司', '乙县某科技有限公司', '丙区某商贸有限公司']);
    expect(r?.items).toEqual(['警告', '罚款1万元', '罚款3万元']);
  });

  it('gives nothing when the items do not pair up with the units', () => {
    expect(respectiveMeasures('对甲城某网络有限公司、乙县某科技有限公司分别给予警告。')).toBeNull();
    expect(respectiveMeasures('对上述三家企业分别给予警告、罚款1万元。')).toBeNull();
    expect(respectiveMeasures('两家涉事企业分别被处以警告和罚款。')).toBeNull();
  });
});

describe('respectiveTargets: a unit and its officer before 分别', () => {
  const at = (t: string) => t.indexOf('分别');
  it('gives the officer by role the responsible person, the unit the party, in order', () => {
    const t = '对该公司及其直接负责的主管人员分别处以罚款五万元和一万元。';
    expect(respectiveTargets(t, at(t), 2)).toEqual(['party', 'responsible_person']);
    const u = '，对法定代表人和该公司分别处以罚款一万元、五万元。';
    expect(respectiveTargets(u, at(u), 2)).toEqual(['responsible_person', 'party']);
  });

  it('gives nothing when the count of objects is not the count asked', () => {
    const t = '对该公司及其直接负责的主管人员分别处以罚款五万元。';
    expect(respectiveTargets(t, at(t), 3)).toBeNull();
  });
});

describe('respectiveTargets and unitOfOfficerList: an officer by title (issue 13 class)', () => {
  it('reads the officer by title and masked name as the responsible person', () => {
    const t = '对该校和该校分管网络安全的副校长杜某分别处以罚款三万元、八千元。';
    expect(respectiveTargets(t, t.indexOf('分别'), 2)).toEqual(['party', 'responsible_person']);
  });

  it('gives the unit of a unit-and-officer list in either order, else nothing', () => {
    const units = [
      '该校和该校分管网络安全的副校长杜某',
      '该校副校长杜某及该校',
      '该公司、该公司技术总监褚某某',
      // People by name, two officers, a longer list.
      '吕某、贝某',
      '该校校长杜某和副校长贝某',
      '甲公司、乙公司和丙公司经理杜某',
    ].map(unitOfOfficerList);
    expect(units).toEqual(['该校', '该校', '该公司', null, null, null]);
  });
});

describe('namesInList: a party read as a list for one measure list under 分别 (blind71 class)', () => {
  it('reads a party that is a list: quoted names side by side, or masked names joined by 、', () => {
    expect(namesInList('“蓝鲸网吧”“星河网咖”')).toEqual(['“蓝鲸网吧”', '“星河网咖”']);
    expect(namesInList('“蓝鲸网吧”、“星河网咖”')).toEqual(['“蓝鲸网吧”', '“星河网咖”']);
    expect(namesInList('甲县某网吧、乙县某网咖')).toEqual(['甲县某网吧', '乙县某网咖']);
    expect(namesInList('“蓝鲸网吧”')).toBeNull();
    expect(namesInList('张某、李某')).toBeNull();
  });
});
