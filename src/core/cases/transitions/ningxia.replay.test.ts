/**
 * Issue 8 acceptance: the ten Ningxia cases of 2021 (fixtures/bulletins/dev/ningxia-2021.json, hand-labelled
 * published records) handled from lead to CLOSED with the real legality check, under the law in force at their
 * dates; the case record each decision produces equals the published one in provisions and sanctions.
 *
 * What the bulletin does not state is chosen here, as an officer would establish it, and said per case:
 * - Dates. The bulletin gives a month for six cases; each is received early in that month. Four have no date
 *   (案例二、三、九、十); they are given days in 2021 before the bulletin's last dated case was published (late 2021).
 * - Agencies. Each 网安部门 is the 网络安全保卫 unit of a 县级 (区、县) public security organ, 石嘴山 of a 设区的市 one.
 * - Facts a tier turns on and the figures a bound turns on are established in propose_penalty (never by weakening a
 *   guard): 导致危害网络安全等后果 where the bulletin says the portal was attacked; the illegal gains of the
 *   网络安全法 第六十四条第二款 cases (the bulletin states none; see each case).
 * - The procedural texts in data/law are 行政处罚法 2021 (in force 2021-07-15) and 程序规定 2020; the cases of January to
 *   June 2021 were handled under 行政处罚法 2017, whose text is not in data/law: their procedure is replayed under the
 *   2021 text (NOTES.md “Procedure”). The 2021 working-day calendar is not loaded: the deadlines are provisional.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { createChecker } from '../../../law-data/checker.js';
import type { CaseRecord } from '../../shared/case-record.js';
import { caseRecordOf } from '../guards/legality.js';
import { chinaDate } from '../periods.js';
import { REPLAYS, replay } from './ningxia.test-support.js';

const PUBLISHED: CaseRecord[] = JSON.parse(
  readFileSync(new URL('../../../../fixtures/bulletins/dev/ningxia-2021.json', import.meta.url), 'utf8'),
) as CaseRecord[];

const calendar = loadCalendar();
const check = createChecker({ now: () => new Date('2021-12-31T04:00:00Z') });

describe('the ten Ningxia cases of 2021 replayed from lead to CLOSED (issue 8 acceptance)', () => {
  it('has ten published cases, one replay each', () => {
    expect(PUBLISHED).toHaveLength(10);
    expect(REPLAYS).toHaveLength(10);
  });

  PUBLISHED.forEach((record, i) => {
    const r = REPLAYS[i]!;
    it(`案例${i + 1} ${record.title} (received ${r.received}: ${r.dated})`, () => {
      const w = replay(record, r, { calendar, check });
      expect(w.state.stage).toBe('CLOSED');
      expect(w.state.decision?.verdict).toBe('lawful');
      const decidedAt = w.state.history.findLast((e) => e.type === 'decide')!.at;
      const produced = caseRecordOf(w.state, w.state.decision!, chinaDate(decidedAt));
      expect(produced.provisions).toEqual(record.provisions);
      expect(produced.sanctions).toEqual(record.sanctions);
      expect(produced.party).toEqual(record.party);
    });
  });
});
