/**
 * Test support: the replays of the ten Ningxia cases of 2021 (fixtures/bulletins/dev/ningxia-2021.json, hand-labelled
 * published records) from lead to CLOSED — what the bulletin does not state is chosen here, as an officer would
 * establish it, and said per case (see ningxia.replay.test.ts). Shared by the issue 8 acceptance and the documents'
 * acceptance (the 行政处罚决定书 of each case).
 */
import type { CaseRecord, Sanction } from '../../shared/case-record.js';
import type { Fact } from '../../penalties/model.js';
import type { HolidayCalendar } from '../calendar.js';
import { openProceeding } from '../open.js';
import type { AgencyLevel, FigureField, Proceeding } from '../proceeding.js';
import type { CaseKind } from '../timer-model.js';
import type { TransitionContext } from './types.js';
import { walker, type Walker } from './walk.test-support.js';

export interface Replay {
  /** The day the lead was received (受案). */
  received: string;
  /** Why this day, where the bulletin gives none or only a month. */
  dated: string;
  level: AgencyLevel;
  caseKind: CaseKind;
  established_facts?: Fact[];
  figures?: Partial<Record<FigureField, number>>;
  /** The party that asks for a hearing, when one has the right and uses it. */
  hearing?: 'p';
}

/** By position in the fixture (案例一 … 案例十). */
export const REPLAYS: Replay[] = [
  {
    received: '2021-01-11',
    dated: '“2021年1月份…发现”',
    level: 'county',
    caseKind: 'OTHER_ADMIN',
    // 网络安全法 (2016) 第六十四条第二款 「没收违法所得，并处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款」: a fine of
    // 1500 元 and no confiscation is the decision of an officer who found no illegal gains in an amount (获利 is the
    // scheme's aim as the bulletin tells it); with gains the 应当 confiscation would be missing.
    figures: { illegal_gains_yuan: 0 },
  },
  {
    received: '2021-05-10',
    dated: 'no date in the bulletin: a day in 2021 chosen',
    level: 'county',
    caseKind: 'OTHER_ADMIN',
    // 「没收违法所得，并处违法所得一倍以上十倍以下罚款」: confiscation and 3000 元 fit gains of 300–3000 元; 1000 元 chosen.
    figures: { illegal_gains_yuan: 1000 },
  },
  {
    received: '2021-06-07',
    dated: 'no date in the bulletin: a day in 2021 chosen',
    level: 'county',
    caseKind: 'OTHER_ADMIN',
  },
  {
    received: '2021-04-12',
    dated: '“2021年4月”',
    level: 'county',
    // 网络安全法 (2016) 第六十七条第一款 「…处五日以下拘留」: detention under a law other than 治安管理处罚法.
    caseKind: 'DETENTION_OTHER_LAW',
  },
  { received: '2021-03-29', dated: '“2021年3月底”', level: 'county', caseKind: 'OTHER_ADMIN' },
  {
    received: '2021-01-11',
    dated: '“2021年1月”',
    level: 'county',
    caseKind: 'OTHER_ADMIN',
    // 网络安全法 (2016) 第五十九条第一款 「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」: 「门户网站被攻击并发布违法信息」
    established_facts: ['harm_caused'],
    // 程序规定 第一百二十三条第二款: a unit fined 一万元 may ask for a hearing; the unit does.
    hearing: 'p',
  },
  { received: '2021-09-06', dated: '“2021年9月”', level: 'county', caseKind: 'OTHER_ADMIN' },
  { received: '2021-01-18', dated: '“2021年1月”', level: 'county', caseKind: 'OTHER_ADMIN' },
  {
    received: '2021-08-02',
    dated: 'no date in the bulletin: a day in 2021 chosen',
    level: 'county',
    caseKind: 'OTHER_ADMIN',
  },
  {
    received: '2021-10-11',
    dated: 'no date in the bulletin: a day in 2021 chosen',
    level: 'city',
    caseKind: 'OTHER_ADMIN',
  },
];

/** Day `n` after `from`, at `time` in China. */
const on = (from: string, n: number, time = '10:00') => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return `${d.toISOString().slice(0, 10)}T${time}:00+08:00`;
};

export const partyOf = (s: Sanction) => (s.target === 'party' ? 'p' : 'rp');

function lead(record: CaseRecord, r: Replay): Proceeding {
  const responsible = record.sanctions.some((s) => s.target === 'responsible_person');
  return openProceeding(
    {
      title: record.title,
      agency: { name: record.agency!, kind: 'police', level: r.level },
      case_kind: r.caseKind,
      parties: [
        { id: 'p', kind: record.party.kind, name: record.party.name },
        ...(responsible
          ? [{ id: 'rp', kind: 'individual' as const, name: '王某', responsible_for: 'p' }]
          : []),
      ],
      facts: record.facts,
      received_at: on(r.received, 0, '09:00'),
    },
    'desk',
  );
}

/** The published decision as the officers propose it, with what they established. */
function proposal(record: CaseRecord, r: Replay) {
  return {
    provisions: record.provisions,
    sanctions: record.sanctions.map((s) => ({
      party: partyOf(s),
      kind: s.kind,
      amount_yuan: s.amount_yuan,
      days: s.days,
    })),
    established_facts: r.established_facts ?? [],
    absent_facts: [],
    ...r.figures,
    conduct_date: on(r.received, -3).slice(0, 10),
  };
}

/** Notice to decision: a hearing where one is asked for, else the windows lapse or nobody has one. */
function toDecision(w: Walker, r: Replay): { w: Walker; day: number } {
  const d = r.received;
  if (r.hearing) {
    const others = w.state.parties.filter((p) => p.id !== r.hearing && p.hearing === 'eligible');
    let v = w.act({ action: 'request_hearing', party: r.hearing, at: on(d, 9) });
    for (const p of others) v = v.act({ action: 'waive_hearing', party: p.id, at: on(d, 9, '11:00') });
    v = v
      .act({
        action: 'accept_hearing',
        party: r.hearing,
        hearing_at: on(d, 24, '09:00'),
        presider: 'legal-x',
        at: on(d, 10),
      })
      .act({ action: 'open_hearing', at: on(d, 24, '09:00') }, 'legal-x')
      .act(
        { action: 'close_hearing', outcome: 'held', record_signed: true, at: on(d, 24, '12:00') },
        'legal-x',
      );
    return { w: v, day: 25 };
  }
  const v = w
    .act({ action: 'record_statement', party: 'p', statement: '无异议', at: on(d, 9) })
    .act({ action: 'proceed_to_review', at: on(d, 20) });
  return { w: v, day: 21 };
}

export function replay(
  record: CaseRecord,
  r: Replay,
  ctx: { calendar: HolidayCalendar; check: TransitionContext['check'] },
): Walker {
  const d = r.received;
  const noticed = walker(ctx.calendar, { state: lead(record, r), check: ctx.check })
    .act({ action: 'register', at: on(d, 0) })
    .act({ action: 'file', at: on(d, 1) })
    .act({ action: 'start_investigation', at: on(d, 1, '11:00'), officers: ['officer-a', 'officer-b'] })
    .act({ action: 'add_evidence', at: on(d, 2), kind: '电子数据', description: record.facts })
    .act({ action: 'conclude', at: on(d, 7) })
    .act({ action: 'propose_penalty', at: on(d, 8), ...proposal(record, r) });
  const { w, day } = toDecision(noticed, r);
  let v = w
    .act({ action: 'pass_review', at: on(d, day) }, 'reviewer-r')
    .act({ action: 'decide', at: on(d, day + 1) }, 'leader-l');
  for (const p of v.state.parties) {
    v = v.act({ action: 'serve', party: p.id, method: '直接送达', at: on(d, day + 1, '15:00') });
  }
  for (const p of v.state.parties) {
    if (p.stage === 'FINE_DUE') {
      const fine = record.sanctions
        .filter((s) => partyOf(s) === p.id && s.kind === 'fine')
        .reduce((a, s) => a + (s.amount_yuan ?? 0), 0);
      v = v.act({ action: 'record_payment', party: p.id, amount_yuan: fine, at: on(d, day + 5) });
    }
    if (p.stage === 'DETENTION_PENDING') {
      const days = record.sanctions.find((s) => s.kind === 'detention')!.days!;
      v = v
        .act({ action: 'execute_detention', party: p.id, at: on(d, day + 1, '16:00') })
        .act({ action: 'finish_detention', party: p.id, at: on(d, day + 1 + days, '16:00') });
    }
  }
  return v.act({ action: 'close', ground: 'executed', at: on(d, day + 10) });
}
