/**
 * Who a timer variant applies to. From 2026-01-01 治安管理处罚法 (2025) governs the procedure of 治安 cases and, by its
 * 第一百四十一条第一款 「其他法律中规定由公安机关给予行政拘留处罚的，其处罚程序适用本法规定。」, of detention under other
 * laws; before that, and for every other police case, 程序规定 governs.
 */
import type { TimerDef } from '../timer-model.js';

type Applies = TimerDef['applies'];

export const ZAF2025_FROM = '2026-01-01';

/** Police cases that 程序规定 governs: all but 治安 / detention cases from 2026-01-01. */
export const GAGD_POLICE: Applies[] = [
  { agency: ['police'], caseKinds: ['OTHER_ADMIN'] },
  { agency: ['police'], caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'], until: '2025-12-31' },
];

/** Cases that 治安管理处罚法 (2025) governs. */
export const ZAF2025_CASES: Applies = {
  agency: ['police'],
  caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'],
  from: ZAF2025_FROM,
};

/** One entry per scope, sharing everything else. */
export const forEach = (scopes: Applies[], def: Omit<TimerDef, 'applies'>): TimerDef[] =>
  scopes.map((applies) => ({ ...def, applies }));
