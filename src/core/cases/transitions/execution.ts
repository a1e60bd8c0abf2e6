/**
 * procedure.md §4 T25–T30, T36: service, fine payment with deferral, 加处罚款, demand and court enforcement, closure
 * and archive. Each party has its own stage from the decision on (程序规定 第一百六十一条第二款).
 */
import { surcharge } from '../fines.js';
import { chinaDate } from '../periods.js';
import { deadlineAt } from '../proceeding-deadlines.js';
import {
  BRANCH_DONE,
  branchStage,
  summaryStage,
  updateBranch,
  updateParty,
  type Branch,
  type Party,
  type Proceeding,
} from '../proceeding.js';
import type { PartyStage } from '../stages.js';
import { amount, day, oneOf, partyOf, text } from './payload.js';
import { ok, refuse, type Transition } from './types.js';

const UNPAID: readonly PartyStage[] = [
  'FINE_DUE',
  'FINE_DEFERRED',
  'FINE_OVERDUE',
  'DEMANDED',
  'COURT_ENFORCEMENT',
];

const fineOf = (s: Proceeding, party: string) =>
  (s.decision?.sanctions ?? [])
    .filter((x) => x.party === party && x.kind === 'fine')
    .reduce((a, x) => a + (x.amount_yuan ?? 0), 0);

/** The branches the party's decision opens on service: each runs on its own (程序规定 第一百六十一条第二款). */
function branchesAfterService(s: Proceeding, party: Party): Partial<Record<Branch, PartyStage>> {
  const own = (s.decision?.sanctions ?? []).filter((x) => x.party === party.id);
  const has = (...kinds: string[]) => own.some((x) => kinds.includes(x.kind));
  return {
    ...(has('fine') ? { fine: 'FINE_DUE' as const } : {}),
    ...(has('detention') ? { detention: 'DETENTION_PENDING' as const } : {}),
    ...(has('suspension', 'revocation', 'confiscation') ? { other: 'OTHER_EXECUTION' as const } : {}),
  };
}

/** What the party owes on `at`: the fine, and the surcharge once the payment period has lapsed. */
function owed(s: Proceeding, party: Party, at: string, ctx: Parameters<Transition['run']>[2]) {
  const fine = fineOf(s, party.id);
  const payment = deadlineAt(s, 'fine_payment', party.id, at, ctx.calendar);
  const extra =
    payment?.due_date &&
    !(['FINE_DUE', 'FINE_DEFERRED'] as const).some((x) => x === branchStage(party, 'fine'))
      ? surcharge(fine, payment.due_date, chinaDate(at)).yuan
      : 0;
  return { fine, surcharge: extra, total: fine + extra };
}

export const EXECUTION: Transition[] = [
  {
    // 行政处罚法 第六十一条 「行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，行政机关应当在七日内…送达当事人。」
    action: 'serve',
    from: ['DECIDED', 'SUMMARY', 'SERVED'],
    partyFrom: ['DECIDED'],
    rows: ['T25', 'T26'],
    run: (s, input) => {
      const party = partyOf(s, input);
      text(input, 'method');
      const branches = branchesAfterService(s, party);
      const next = updateParty(s, party.id, { branches, stage: summaryStage(branches) ?? 'SERVED' });
      return ok({ ...next, stage: next.parties.some((p) => p.stage === 'DECIDED') ? s.stage : 'SERVED' });
    },
  },
  {
    // 行政处罚法 第六十七条第三款 (payment); 第七十二条第一款第（一）项 (with the surcharge once overdue)
    action: 'record_payment',
    from: ['DECIDED', 'SERVED'],
    partyFrom: UNPAID,
    branch: 'fine',
    rows: ['T26', 'T28'],
    run: (s, input, ctx, at) => {
      const party = partyOf(s, input);
      const paid = party.paid_yuan + amount(input, 'amount_yuan');
      const due = owed(s, party, at, ctx);
      const settled = paid >= due.total;
      return ok(
        settled
          ? updateBranch(updateParty(s, party.id, { paid_yuan: paid }), party.id, 'fine', 'FINE_PAID')
          : updateParty(s, party.id, { paid_yuan: paid }),
        {
          owed_yuan: due.total,
          surcharge_yuan: due.surcharge,
          ...(settled ? {} : { partial: true }),
        },
      );
    },
  },
  {
    // 行政处罚法 第六十六条第二款 「当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和行政机关批准，可以暂缓或者分期缴纳。」
    action: 'defer_payment',
    from: ['DECIDED', 'SERVED'],
    partyFrom: ['FINE_DUE'],
    branch: 'fine',
    rows: ['T27'],
    run: (s, input) => {
      const party = partyOf(s, input);
      day(input, 'until');
      text(input, 'approved_by');
      return ok(updateBranch(s, party.id, 'fine', 'FINE_DEFERRED'));
    },
  },
  {
    // 行政处罚法 第七十二条第一款第（一）项 「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款」
    action: 'mark_fine_overdue',
    from: ['DECIDED', 'SERVED'],
    partyFrom: ['FINE_DUE', 'FINE_DEFERRED'],
    branch: 'fine',
    rows: ['T28'],
    run: (s, input, ctx, at) => {
      const party = partyOf(s, input);
      const payment = deadlineAt(s, 'fine_payment', party.id, at, ctx.calendar);
      if (!payment || payment.status !== 'overdue') {
        return refuse('PAYMENT_PERIOD_RUNNING', '缴纳罚款的期限尚未届满', {
          party: party.id,
          due_at: payment?.due_at ?? null,
        });
      }
      // The last day of payment goes into the event: the 催告书 counts the surcharge from the day after it.
      return ok(updateBranch(s, party.id, 'fine', 'FINE_OVERDUE'), { payment_due: payment.due_date });
    },
  },
  {
    // 程序规定 第二百条 「催告以书面形式作出，并直接送达被处理人。」
    action: 'serve_demand',
    from: ['DECIDED', 'SERVED'],
    partyFrom: ['FINE_OVERDUE'],
    branch: 'fine',
    rows: ['T29'],
    run: (s, input) => ok(updateBranch(s, partyOf(s, input).id, 'fine', 'DEMANDED')),
  },
  {
    // 程序规定 第二百零七条 (十日后), 第二百一十九条 (加处罚款超过三十日), 第二百零六条 (三个月内)
    action: 'apply_court_enforcement',
    from: ['DECIDED', 'SERVED'],
    partyFrom: ['DEMANDED'],
    branch: 'fine',
    rows: ['T30'],
    run: (s, input, ctx, at) => {
      const party = partyOf(s, input);
      if (s.agency.kind === 'police') {
        const wait = (timer: string) => deadlineAt(s, timer, party.id, at, ctx.calendar);
        const demand = wait('court_after_demand');
        if (demand?.status !== 'met')
          return refuse('DEMAND_PERIOD_RUNNING', '催告书送达十日后方可申请', {
            not_before: demand?.due_at ?? null,
          });
        const thirty = wait('surcharge_over_30_days');
        if (thirty?.status !== 'met') {
          return refuse('SURCHARGE_UNDER_30_DAYS', '加处罚款超过三十日方可申请（程序规定 第二百一十九条）', {
            not_before: thirty?.due_at ?? null,
          });
        }
        const window = wait('court_filing_window');
        if (!window || Date.parse(at) < Date.parse(window.started_at) || window.status === 'lapsed') {
          return refuse('COURT_WINDOW_CLOSED', '申请人民法院强制执行须在复议、诉讼期限届满后三个月内', {
            opens: window?.started_at ?? null,
            closes: window?.due_at ?? null,
          });
        }
      }
      return ok(updateBranch(s, party.id, 'fine', 'COURT_ENFORCEMENT'));
    },
  },
  {
    // 程序规定 第二百五十八条 (一)–(五)
    action: 'close',
    from: ['SERVED', 'CRIMINAL'],
    rows: ['T36'],
    run: (s, input) => {
      const ground = oneOf(input, 'ground', ['executed', 'no_penalty', 'criminal', 'impossible']);
      const open = s.parties.filter(
        (p) =>
          !p.stage ||
          !BRANCH_DONE.includes(p.stage) ||
          Object.values(p.branches ?? {}).some((b) => !BRANCH_DONE.includes(b)),
      );
      if (s.stage === 'SERVED' && ground !== 'impossible' && open.length > 0) {
        return refuse('PARTIES_NOT_CLOSED', '尚有当事人的处罚未执行完毕', {
          parties: open.map((p) => ({ id: p.id, stage: p.stage ?? null, branches: p.branches ?? {} })),
        });
      }
      if (ground === 'impossible') text(input, 'reason');
      return ok({ ...s, stage: 'CLOSED' });
    },
  },
  {
    // 程序规定 第二百六十条 (one case, one file, archived after closure or termination)
    action: 'archive',
    from: ['CLOSED', 'TERMINATED'],
    rows: ['T36'],
    run: (s) => ok({ ...s, stage: 'ARCHIVED' }),
  },
];
