import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Proceeding } from '../../cases/proceeding.js';
import { COMPANY, INDIVIDUAL, PERSON_FIELDS, request } from '../cases.test-support.js';
import { expectAll, missingOf, textOf } from './golden.test-support.js';
import { buildDocument } from './index.js';
import { NO_PENALTY_DECISION } from './no-penalty-decision.js';

/** The golden text (templates/__golden__), compared with documentText. */
const GOLDEN = readFileSync(new URL('./__golden__/no_penalty_decision.txt', import.meta.url), 'utf8');

/** The company's case decided without a penalty (a 不予处罚 decide: no decision recorded). */
const NOT_PENALISED: Proceeding = {
  ...COMPANY,
  parties: [COMPANY.parties[0]!],
  decision: undefined,
  proposal: { ...COMPANY.proposal!, sanctions: [] },
};
const req = (fields: Record<string, string>) =>
  request('no_penalty_decision', NOT_PENALISED, { number: '某公（网安）不罚决字〔2025〕7号', fields });

describe('不予行政处罚决定书 (程序规定 第一百七十二条第一款第（二）（三）项)', () => {
  it('行政处罚法 第三十三条第一款 「初次违法且危害后果轻微并及时改正的，可以不予行政处罚」: the finding, its basis, the decision', () => {
    expectAll(textOf(buildDocument(req({ 'no_penalty.ground': 'first' }))), [
      '违法行为人：某某科技有限公司',
      '地址：某市某某区某某路88号',
      '现查明：',
      '以上事实有',
      '其行为违反了《中华人民共和国网络安全法》第二十一条第（二）项、第五十九条第一款的规定，但系初次违法且危害后果轻微并及时改正。',
      '根据《中华人民共和国行政处罚法》第三十三条第一款之规定，现决定对某某科技有限公司不予行政处罚。',
      '申请行政复议',
      '某市公安局某某分局（印）',
    ]);
  });

  it('matches its golden text', () => {
    expect(textOf(buildDocument(req({ 'no_penalty.ground': 'first' })))).toBe(GOLDEN);
  });

  it('「违法事实不能成立的」: the party is 当事人, no violation is named', () => {
    const t = textOf(buildDocument(req({ 'no_penalty.ground': 'not_established' })));
    expectAll(t, [
      '当事人：某某科技有限公司',
      '经查：',
      '《公安机关办理行政案件程序规定》第一百七十二条第一款第（三）项',
    ]);
    expect(t).not.toContain('违反了');
  });

  it('the ground is mandatory; 第三十条 「责令监护人加以管教」 needs the guardian', () => {
    expect(missingOf(buildDocument(req({}))).map((m) => m.field)).toEqual(['fields.no_penalty.ground']);
    const minor: Proceeding = { ...INDIVIDUAL, decision: undefined };
    const r = request('no_penalty_decision', minor, {
      fields: { ...PERSON_FIELDS, 'no_penalty.ground': 'under_14' },
    });
    expect(missingOf(buildDocument(r)).map((m) => m.field)).toEqual(['fields.guardian']);
    const t = textOf(buildDocument({ ...r, fields: { ...r.fields, guardian: '闫某' } }));
    expect(t).toContain('现决定对闫某某不予行政处罚，并责令其监护人闫某加以管教。');
  });

  it('is issuable once decided, for a party the decision does not sanction', () => {
    expect(NO_PENALTY_DECISION.issuable(NOT_PENALISED, undefined)).toBeNull();
    expect(NO_PENALTY_DECISION.issuable(COMPANY, 'co')?.reason).toMatch(/给予了处罚/);
    expect(
      NO_PENALTY_DECISION.issuable({ ...NOT_PENALISED, stage: 'NO_PENALTY_PROPOSED' }, undefined)?.reason,
    ).toMatch(/尚未作出决定/);
  });
});
