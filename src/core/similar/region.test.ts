import { describe, expect, it } from 'vitest';
import { regionLevel } from './comparables.js';
import { loadGazetteer } from '../../law-data/places.js';
import { splitRegion } from './region.js';

const places = loadGazetteer();

describe('splitRegion: 省 / 市 / 区县 from a region string', () => {
  it.each([
    ['宁夏回族自治区吴忠市利通区', { province: '宁夏回族自治区', city: '吴忠市', county: '利通区' }],
    ['江西省吉安市', { province: '江西省', city: '吉安市', county: null }],
    ['江苏省苏州市相城区', { province: '江苏省', city: '苏州市', county: '相城区' }],
    ['银川市兴庆区', { province: null, city: '银川市', county: '兴庆区' }],
    ['吴忠市', { province: null, city: '吴忠市', county: null }],
    ['利通区', { province: null, city: null, county: '利通区' }],
    ['衡阳县', { province: null, city: null, county: '衡阳县' }],
    ['海西州', { province: null, city: '海西州', county: null }],
    ['北京市昌平区', { province: '北京市', city: '北京市', county: '昌平区' }],
    [
      '青海省海西蒙古族藏族自治州格尔木市',
      { province: '青海省', city: '海西蒙古族藏族自治州', county: '格尔木市' },
    ],
    ['内蒙古自治区锡林郭勒盟正蓝旗', { province: '内蒙古自治区', city: '锡林郭勒盟', county: '正蓝旗' }],
    ['湖南省 衡阳市 衡阳县', { province: '湖南省', city: '衡阳市', county: '衡阳县' }],
  ])('%s', (text, region) => {
    expect(splitRegion(text)).toEqual(region);
  });

  it('names nothing it cannot read: a bare place name keeps no level', () => {
    expect(splitRegion('大连')).toEqual({ province: null, city: null, county: null });
    expect(splitRegion('')).toBeNull();
    expect(splitRegion(null)).toBeNull();
  });

  it('feeds regionLevel: same 省 and 市, other 区县 → city; a missing 省 → none', () => {
    const a = splitRegion('宁夏回族自治区银川市兴庆区');
    expect(regionLevel(a, splitRegion('宁夏回族自治区银川市金凤区'))).toBe('city');
    expect(regionLevel(a, splitRegion('宁夏回族自治区吴忠市利通区'))).toBe('province');
    expect(regionLevel(a, splitRegion('宁夏回族自治区银川市兴庆区'))).toBe('county');
    expect(regionLevel(splitRegion('银川市兴庆区'), splitRegion('银川市兴庆区'))).toBe('none');
  });
});

// data/places/prefectures.json (民政部 行政区划统计表, 2023): a 地级 division belongs to one province.
describe('splitRegion with the gazetteer: a region from the 市 down gets its 省', () => {
  it.each([
    ['银川市兴庆区', { province: '宁夏回族自治区', city: '银川市', county: '兴庆区' }],
    ['苏州市相城区', { province: '江苏省', city: '苏州市', county: '相城区' }],
    ['锡林郭勒盟正蓝旗', { province: '内蒙古自治区', city: '锡林郭勒盟', county: '正蓝旗' }],
    [
      '海西蒙古族藏族自治州格尔木市',
      { province: '青海省', city: '海西蒙古族藏族自治州', county: '格尔木市' },
    ],
    ['海南藏族自治州共和县', { province: '青海省', city: '海南藏族自治州', county: '共和县' }],
    ['三亚市', { province: '海南省', city: '三亚市', county: null }],
    ['喀什地区', { province: '新疆维吾尔自治区', city: '喀什地区', county: null }],
    ['桂林市', { province: '广西壮族自治区', city: '桂林市', county: null }],
    ['吉林市船营区', { province: '吉林省', city: '吉林市', county: '船营区' }],
    ['吉林省吉林市', { province: '吉林省', city: '吉林市', county: null }],
    ['重庆市万州区', { province: '重庆市', city: '重庆市', county: '万州区' }],
    ['北京市昌平区', { province: '北京市', city: '北京市', county: '昌平区' }],
    ['宁夏银川市金凤区', { province: '宁夏回族自治区', city: '银川市', county: '金凤区' }],
    ['河南开封市禹王台区', { province: '河南省', city: '开封市', county: '禹王台区' }],
    ['江西省吉安市', { province: '江西省', city: '吉安市', county: null }],
  ])('%s', (text, region) => {
    expect(splitRegion(text, places)).toEqual(region);
  });

  it('leaves a county alone, or a place not in the list, without 省', () => {
    expect(splitRegion('兴庆区', places)).toEqual({ province: null, city: null, county: '兴庆区' });
    expect(splitRegion('海西州', places)).toEqual({ province: null, city: '海西州', county: null });
  });

  it('makes 「银川市兴庆区」 near 「宁夏回族自治区银川市金凤区」 (same 省 and 市)', () => {
    expect(
      regionLevel(splitRegion('银川市兴庆区', places), splitRegion('宁夏回族自治区银川市金凤区', places)),
    ).toBe('city');
  });
});
