/**
 * A case's region string (as the bulletin or the officer wrote it) split into 省 / 市 / 区县 for the ranking of
 * comparables. Only what the string itself says is taken: 「银川市兴庆区」 gives 市 and 区县 but no 省 (no gazetteer
 * is consulted), so it is near 「银川市金凤区」 only once a 省 is known on both sides — `regionLevel` compares from the
 * 省 down. The four 直辖市 are their own 省 and 市.
 */
import type { Region } from './model.js';

const MUNICIPALITIES = ['北京市', '上海市', '天津市', '重庆市'];
/** 省、自治区、特别行政区 (a 直辖市 is handled apart). */
const PROVINCE = /^(.+?(?:省|自治区|特别行政区))/u;
/** 地级: 市、自治州、州、地区、盟 (a 州 followed by 市 is part of the name: 苏州市). */
const CITY = /^(.+?(?:自治州|地区|盟|市|州))(?!市)/u;
/** 县级: 区、县、自治县、旗、自治旗、县级市. */
const COUNTY = /^(.+?(?:自治县|自治旗|区|县|旗|市))$/u;

/** null for an empty or missing string; a level the string does not name stays null. */
export function splitRegion(text: string | null | undefined): Region | null {
  let rest = (text ?? '').replace(/\s+/gu, '');
  if (rest === '') return null;
  let province: string | null = null;
  let city: string | null = null;
  const municipality = MUNICIPALITIES.find((m) => rest.startsWith(m));
  if (municipality) {
    province = city = municipality;
    rest = rest.slice(municipality.length);
  } else {
    const p = PROVINCE.exec(rest);
    if (p) {
      province = p[1]!;
      rest = rest.slice(province.length);
    }
    // A 地级 unit followed by more text; a lone 「…市」 at the end is read as a 市 too (吴忠市), not a 县级市.
    const c = CITY.exec(rest);
    if (c && !/(?:区|县|旗)$/u.test(c[1]!)) {
      city = c[1]!;
      rest = rest.slice(city.length);
    }
  }
  const k = COUNTY.exec(rest);
  const county = k ? k[1]! : null;
  return { province, city, county };
}
