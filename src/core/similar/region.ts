/**
 * A case's region string (as the bulletin or the officer wrote it) split into 省 / 市 / 区县 for the ranking of
 * comparables. What the string says is taken; given a gazetteer (data/places, read by src/law-data/places.ts), a
 * region written from the 地级 down gets its 省 (「银川市兴庆区」 → 宁夏回族自治区), and a 省 written short before one
 * of its own 地级 names is read whole (「宁夏银川市」). Without one, 「银川市兴庆区」 has no 省, so it is near
 * 「银川市金凤区」 only once a 省 is known on both sides — `regionLevel` compares from the 省 down. The four 直辖市
 * are their own 省 and 市. Counties are not in the gazetteer: 「兴庆区」 alone stays without 市 and 省.
 */
import type { Region } from './model.js';

/** A province-level division as data/places lists it: its name, its short name and its 地级 divisions. */
export interface ProvinceEntry {
  name: string;
  short: string;
  prefectures: string[];
}

/** The 地级 divisions by name → their province; the provinces by short name. */
export interface Gazetteer {
  provinceOf: ReadonlyMap<string, string>;
  provinces: readonly ProvinceEntry[];
}

export function buildGazetteer(provinces: readonly ProvinceEntry[]): Gazetteer {
  const provinceOf = new Map<string, string>();
  for (const p of provinces) for (const c of p.prefectures) provinceOf.set(c, p.name);
  return { provinceOf, provinces };
}

/** 「宁夏银川市…」: a short province name followed by one of its own 地级 names. */
function shortProvince(text: string, g: Gazetteer): ProvinceEntry | undefined {
  return g.provinces.find(
    (p) =>
      text.startsWith(p.short) &&
      !text.startsWith(p.name) &&
      p.prefectures.some((c) => text.startsWith(c, p.short.length)),
  );
}

const MUNICIPALITIES = ['北京市', '上海市', '天津市', '重庆市'];
/** 省、自治区、特别行政区 (a 直辖市 is handled apart). */
const PROVINCE = /^(.+?(?:省|自治区|特别行政区))/u;
/** 地级: 市、自治州、州、地区、盟 (a 州 followed by 市 is part of the name: 苏州市). */
const CITY = /^(.+?(?:自治州|地区|盟|市|州))(?!市)/u;
/** 县级: 区、县、自治县、旗、自治旗、县级市. */
const COUNTY = /^(.+?(?:自治县|自治旗|区|县|旗|市))$/u;

/** null for an empty or missing string; a level neither the string nor the gazetteer names stays null. */
export function splitRegion(text: string | null | undefined, gazetteer?: Gazetteer): Region | null {
  let rest = (text ?? '').replace(/\s+/gu, '');
  if (rest === '') return null;
  const short = gazetteer && shortProvince(rest, gazetteer);
  if (short) rest = short.name + rest.slice(short.short.length);
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
    // A 地级 unit followed by more text; a lone 「…市」 at the end is read as a 市 too (吴忠市), not a 县级市; 「…地区」 is 地级.
    const c = CITY.exec(rest);
    if (c && (c[1]!.endsWith('地区') || !/(?:区|县|旗)$/u.test(c[1]!))) {
      city = c[1]!;
      rest = rest.slice(city.length);
    }
  }
  const k = COUNTY.exec(rest);
  const county = k ? k[1]! : null;
  if (province === null && city !== null) province = gazetteer?.provinceOf.get(city) ?? null;
  return { province, city, county };
}
