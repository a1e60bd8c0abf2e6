import { describe, expect, it } from 'vitest';
import type { AgencyKind, CaseKind, TimerDef } from '../timer-model.js';
import { TIMERS } from './index.js';

describe('timer catalogue (procedure.md §5) as data', () => {
  it('no two variants of a timer apply to the same proceeding on the same day', () => {
    const kinds: CaseKind[] = ['ZHIAN', 'DETENTION_OTHER_LAW', 'OTHER_ADMIN'];
    const agencies: AgencyKind[] = ['police', 'other'];
    const days = ['2025-06-01', '2025-12-31', '2026-01-01', '2026-06-01'];
    const fits = (t: TimerDef, kind: CaseKind, agency: AgencyKind, day: string) =>
      (!t.applies.agency || t.applies.agency.includes(agency)) &&
      (!t.applies.caseKinds || t.applies.caseKinds.includes(kind)) &&
      (!t.applies.from || day >= t.applies.from) &&
      (!t.applies.until || day <= t.applies.until);
    const clashes: string[] = [];
    for (const id of new Set(TIMERS.map((t) => t.id)))
      for (const kind of kinds)
        for (const agency of agencies)
          for (const day of days) {
            const n = TIMERS.filter((t) => t.id === id && fits(t, kind, agency, day)).length;
            if (n > 1) clashes.push(`${id} ${kind} ${agency} ${day}: ${n}`);
          }
    expect(clashes).toEqual([]);
  });

  it('a variant of a timer keeps its name, kind and events (only scope, length and basis differ)', () => {
    for (const id of new Set(TIMERS.map((t) => t.id))) {
      const variants = TIMERS.filter((t) => t.id === id);
      expect(new Set(variants.map((v) => v.kind)).size, id).toBe(1);
    }
  });
});
