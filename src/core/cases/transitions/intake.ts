/**
 * procedure.md §4 T1–T5: a lead is registered, transferred or refused; a case is filed; the on-the-spot procedure.
 */
import { chinaDate } from '../periods.js';
import { limitationRefusal } from '../guards/limitation.js';
import { onTheSpotRefusal } from '../guards/on-the-spot.js';
import { proposalOf } from './proposal-input.js';
import { list, text } from './payload.js';
import { DEFAULT_SETTINGS, ok, refuse, type Transition } from './types.js';
import { officerCountRefusal, type OneOfficerCircumstances } from '../guards/officer-count.js';

export const INTAKE: Transition[] = [
  {
    // 程序规定 第六十一条第（一）项 「对属于本单位管辖范围内的案件，应当立即调查处理，制作受案登记表和受案回执」
    action: 'register',
    from: ['LEAD'],
    rows: ['T1'],
    run: (s) => ok({ ...s, stage: 'INTAKE' }),
  },
  {
    // 程序规定 第六十一条第（二）项 「…应当在二十四小时内移送有管辖权的单位处理，并告知报案人…」
    action: 'transfer',
    from: ['LEAD'],
    rows: ['T2'],
    run: (s, input) => {
      text(input, 'to_unit');
      return ok({ ...s, stage: 'TRANSFERRED_OUT' });
    },
  },
  {
    // 程序规定 第六十一条第（三）项 「对不属于公安机关职责范围的事项…应当立即口头告知…」
    action: 'refuse',
    from: ['LEAD'],
    rows: ['T3'],
    run: (s, input) => {
      text(input, 'reason');
      return ok({ ...s, stage: 'NOT_ACCEPTED' });
    },
  },
  {
    // 行政处罚法 第五十一条; 程序规定 第三十七条; 治安管理处罚法 第一百条 (2012) / 第一百一十九条 (2025)
    action: 'on_the_spot',
    from: ['LEAD', 'INTAKE'],
    rows: ['T4'],
    run: (s, input, ctx, at) => {
      const proposal = proposalOf(s, input);
      const officers = list(input, 'officers');
      if (officers.length === 0 || officers.some((o) => typeof o !== 'string' || o === '')) {
        return refuse('INVALID_PAYLOAD', '字段 officers 应列明当场作出决定的执法人员', {
          field: 'officers',
          value: officers,
        });
      }
      const refusal =
        onTheSpotRefusal(s, proposal.sanctions, chinaDate(at), input['excluded_matter'] === true) ??
        limitationRefusal(s.case_kind, proposal.conduct_date, chinaDate(s.received_at)) ??
        officerCountRefusal(
          s,
          'on_the_spot_decision',
          officers as string[],
          input as OneOfficerCircumstances,
          chinaDate(at),
          ctx.settings ?? DEFAULT_SETTINGS,
        );
      if (refusal) return { ok: false, refusal };
      return ok({
        ...s,
        stage: 'SUMMARY',
        procedure: 'summary',
        officers: [...new Set(officers as string[])],
        decision: { ...proposal, verdict: 'undetermined' },
        parties: s.parties.map((p) => ({ ...p, stage: 'DECIDED' })),
      });
    },
  },
  {
    // 行政处罚法 第五十四条第二款 「符合立案标准的，行政机关应当及时立案。」; 第三十六条 (追究时效)
    action: 'file',
    from: ['INTAKE'],
    rows: ['T5'],
    run: (s) => {
      if (s.violation) {
        const act = s.violation.continuing ? s.violation.end : s.violation.start;
        const refusal = limitationRefusal(
          s.case_kind,
          act,
          chinaDate(s.received_at),
          s.violation.endangers_life_or_finance === true,
        );
        if (refusal) return { ok: false, refusal };
      }
      return ok({ ...s, stage: 'FILED' });
    },
  },
];
