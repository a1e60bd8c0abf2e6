/**
 * Issue 9 acceptance: the ten Ningxia cases of 2021 (fixtures/bulletins/dev/ningxia-2021.json) replayed through the
 * workflow (ningxia.test-support.ts) each yield a 行政处罚决定书 per party sanctioned, whose citation block and
 * sanctions are those of the published record. The CheckResult is the real legality check of the decision, as the
 * decide action runs it. What the bulletin does not state about the parties (birth dates, addresses …) is filled in
 * with placeholders: the documents' own tests check those items.
 *
 * The citation names each published provision (in the order 违反 … 根据 …) and adds nothing the record does not cite,
 * except the penalty article the check applied when the record cites only the obligation (案例四: 第四十六条 → 根据
 * 第六十七条第一款) or an article without its paragraph (案例九: 第五十九条 → 第五十九条第一款): the decision must state its 依据
 * (行政处罚法 第五十九条第一款第（三）项).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { createChecker } from '../../../law-data/checker.js';
import { caseRecordOf } from '../../cases/guards/legality.js';
import { chinaDate } from '../../cases/periods.js';
import { partyOf, REPLAYS, replay } from '../../cases/transitions/ningxia.test-support.js';
import type { CaseRecord, Sanction } from '../../shared/case-record.js';
import { formatChineseInteger } from '../../shared/numerals.js';
import { findLaw } from '../../statutes/catalogue.js';
import { ORGAN, request } from '../cases.test-support.js';
import { citationBlock, provisionLabel } from '../parts/citation-block.js';
import { textOf } from './golden.test-support.js';
import { buildDocument } from './index.js';
import { PENALTY_DECISION } from './penalty-decision.js';

const PUBLISHED: CaseRecord[] = JSON.parse(
  readFileSync(new URL('../../../../fixtures/bulletins/dev/ningxia-2021.json', import.meta.url), 'utf8'),
) as CaseRecord[];

const calendar = loadCalendar();
const check = createChecker({ now: () => new Date('2021-12-31T04:00:00Z') });

/** The party items the bulletin does not give. */
const FIELDS = {
  'party.sex': '男',
  'party.birth_date': '1990-01-01',
  'party.id_type': '居民身份证',
  'party.id_number': '640XXXXXXXXXXXXXXX',
  'party.household': '宁夏回族自治区某市某区',
  'party.address': '宁夏回族自治区某市某区某路1号',
  'party.employer': '无',
  'party.record': '无',
  'party.legal_representative': '某某',
  'detention.place': '某市拘留所',
  'sanction.confiscation': '没收违法所得',
};

/** How the decision writes a published sanction. */
function written(s: Sanction): string {
  switch (s.kind) {
    case 'warning':
      return '给予警告';
    case 'fine':
      return `罚款人民币${s.amount_yuan}元`;
    case 'confiscation':
      return '没收违法所得';
    case 'detention':
      return `行政拘留${formatChineseInteger(s.days!)}日`;
    case 'rectification':
      return '责令改正';
    default:
      throw new Error(`no wording expected for ${s.kind}`);
  }
}

describe('the ten Ningxia cases of 2021 each yield a 行政处罚决定书 matching the published record (issue 9 acceptance)', () => {
  it('has ten published cases, one replay each', () => {
    expect(PUBLISHED).toHaveLength(10);
    expect(REPLAYS).toHaveLength(10);
  });

  PUBLISHED.forEach((record, i) => {
    it(`案例${i + 1} ${record.title}`, () => {
      const state = replay(record, REPLAYS[i]!, { calendar, check }).state;
      const day = chinaDate(state.history.findLast((e) => e.type === 'decide')!.at);
      const result = check(caseRecordOf(state, state.decision!, day));
      const sanctioned = [...new Set(record.sanctions.map(partyOf))];
      for (const party of sanctioned) {
        expect(PENALTY_DECISION.issuable(state, party)).toBeNull();
        const req = request('penalty_decision', state, { party, date: day, check: result, fields: FIELDS });
        const text = textOf(buildDocument(req));

        // Citation: every published provision, as the violated norm or the 依据, by full title.
        const cited = citationBlock(req);
        for (const p of record.provisions) {
          const title = findLaw(p.law)!.title;
          const hit = cited.provisions.find(
            (c) =>
              c.title === title &&
              c.article === p.article &&
              c.item === p.item &&
              (p.paragraph === null || c.paragraph === p.paragraph),
          );
          expect(hit, `${p.law} ${provisionLabel(p)}`).toBeDefined();
          expect(text).toContain(`《${title}》`);
        }
        for (const c of cited.provisions.filter((x) => x.role === 'violated')) {
          expect(
            record.provisions.some((p) => p.article === c.article && findLaw(p.law)!.title === c.title),
          ).toBe(true);
        }
        expect(text).toContain(
          `${cited.violated ? `${cited.violated}。` : '综上所述，'}${cited.basis}，现决定`,
        );

        // Sanctions: each one the record gives this party, in the decision sentence.
        const decided = text.split('\n').find((l) => l.includes('现决定'))!;
        for (const s of record.sanctions.filter((x) => partyOf(x) === party)) {
          expect(decided, s.kind).toContain(written(s));
        }
        if (party === 'rp') expect(decided).toContain('直接负责的主管人员');
        // The remedy sentence of 2021: the 上一级公安机关 or the 人民政府 (行政复议法 2017 第十二条第一款).
        expect(text).toContain(`向${ORGAN.superior_organ}或者`);
      }
    });
  });
});
