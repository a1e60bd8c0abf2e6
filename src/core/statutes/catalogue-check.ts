/**
 * Checks a catalogue version entry against what its text says about itself: the header lines (通过, 发布,
 * 修正, 修订, 自…起施行) and the commencement article (本法自…起施行 / 自发布之日起施行).
 * Pure; the loader's tests run it over every text in data/law.
 */
import type { LawEntry, VersionEntry } from './catalogue.js';
import { headerDates, statedEffectiveDate, type ParsedStatute } from './parse-statute.js';

const cnDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/** Problems found (empty when the entry agrees with its text). */
export function catalogueDateProblems(law: LawEntry, entry: VersionEntry, text: ParsedStatute): string[] {
  const problems: string[] = [];
  const where = `${law.name}(${entry.id})`;
  if (entry.effective < entry.adopted)
    problems.push(`${where}：施行日期 ${entry.effective} 早于通过日期 ${entry.adopted}`);

  const dates = headerDates(text);
  const amended =
    text.header.some((h) => /修正|修订|修改/.test(h)) || (dates.length > 0 && !dates.includes(entry.adopted));
  if (dates.length > 0 && !dates.includes(entry.adopted) && !entry.basis.includes(cnDate(entry.adopted))) {
    problems.push(
      `${where}：通过/修改日期 ${entry.adopted} 既不见于文本题注（${dates.join('、')}），也不见于依据说明`,
    );
  }

  const stated = statedEffectiveDate(text);
  if (stated && text.header.includes(stated.basis)) {
    // An amended text's header: 自2026年1月1日起施行 — the version's own date.
    if (stated.date !== entry.effective)
      problems.push(`${where}：题注“${stated.basis}”，目录为 ${entry.effective}`);
  } else if (stated) {
    // The commencement article keeps the original date after amendments.
    if (!amended && stated.date !== entry.effective) {
      problems.push(`${where}：“${stated.basis}”，目录为 ${entry.effective}`);
    }
    if (amended && entry.effective < stated.date) {
      problems.push(`${where}：修改后的版本施行日期 ${entry.effective} 早于原施行日期 ${stated.date}`);
    }
  } else if (!amended && text.articles.some((a) => /自(?:发布|公布)之日起施行/.test(a.text))) {
    // 自发布之日起施行: in force on the day the header says it was issued.
    if (!dates.includes(entry.effective)) {
      problems.push(
        `${where}：自发布之日起施行，但施行日期 ${entry.effective} 不是题注中的发布日期（${dates.join('、')}）`,
      );
    }
  }
  return problems;
}
