/**
 * The place named for the case, as written: the place words of the enforcing unit (银川市兴庆区网安部门 → 银川市
 * 兴庆区), else of the party (厦门某教育培训机构 → 厦门), else the first 省/市/区/县 named in the case.
 */
import { findAgencies, type AgencyMention } from './agency.js';

const PLACE_END = /(省|自治区|市|州|盟|地区|区|县|旗)$/;
const GENERIC = /^(省|市|区|县|州|公安|网安|警方|该|辖区|全国|全省|全市|全区|本市|本省)$/;

function placeOf(name: string): string | null {
  const m =
    /^([\u4e00-\u9fff]{2,14}?)(公安|网安|网信|互联网信息|通信管理|市场监|网络安全|分局|派出所|警方|网警|某)/.exec(
      name,
    );
  if (!m) return null;
  // 汶桥区委网信办 / 市委网信办: the party committee's 委 is no part of the place.
  const p = m[1]!.endsWith('委') ? m[1]!.slice(0, -1) : m[1]!;
  return GENERIC.test(p) ? null : p;
}

export function extractRegion(
  text: string,
  agency: string | null,
  partyName: string | null,
  units: readonly AgencyMention[] = findAgencies(text),
): string | null {
  for (const m of units) {
    const p = placeOf(m.name);
    if (p && PLACE_END.test(p)) return p;
  }
  const fromAgency = agency ? placeOf(agency) : null;
  if (fromAgency) return fromAgency;
  const fromParty = partyName ? placeOf(partyName) : null;
  if (fromParty) return fromParty;
  const m = /([\u4e00-\u9fff]{2,6}(?:省|自治区|市|州|县))(?![\u4e00-\u9fff]{0,2}(人民|场|民|委|政府))/.exec(
    text,
  );
  return m ? m[1]! : null;
}
