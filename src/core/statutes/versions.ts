/**
 * Which version of a law is in force on a day, from the catalogue's dated entries alone (no texts needed):
 * each version runs from its effective date to the day before the next one's.
 */
import { dateSpan, type IsoDate, type PartialDate } from '../shared/dates.js';
import type { LawEntry, VersionEntry } from './catalogue.js';

export function versionInForce(law: LawEntry, day: IsoDate): VersionEntry | undefined {
  let found: VersionEntry | undefined;
  for (const v of law.versions) if (v.effective <= day) found = v;
  return found;
}

const spans = new WeakMap<LawEntry, Map<string, VersionEntry[]>>();

/** The version(s) in force over a partial date (2021-01 → every day of January 2021), oldest first. */
export function versionsOverSpan(law: LawEntry, date: PartialDate): VersionEntry[] {
  let byDate = spans.get(law);
  if (!byDate) spans.set(law, (byDate = new Map()));
  let out = byDate.get(date);
  if (!out) {
    out = computeSpan(law, date);
    if (byDate.size > 20_000) byDate.clear();
    byDate.set(date, out);
  }
  return out;
}

function computeSpan(law: LawEntry, date: PartialDate): VersionEntry[] {
  const { first, last } = dateSpan(date);
  const out: VersionEntry[] = [];
  const start = versionInForce(law, first);
  if (start) out.push(start);
  for (const v of law.versions) if (v.effective > first && v.effective <= last) out.push(v);
  return out;
}

/** The day a version stops being in force (the next version's effective date), or null while current. */
export function supersededOn(law: LawEntry, versionId: string): IsoDate | null {
  const i = law.versions.findIndex((v) => v.id === versionId);
  return i >= 0 && i + 1 < law.versions.length ? law.versions[i + 1]!.effective : null;
}
