import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../../src/core/cases/events.js';
import { ACTION_FIELDS, actionBody, fieldsOf, instantOf, proposalPayload } from './action-forms.js';

describe('action forms', () => {
  it('has a form for every action', () => {
    for (const a of ACTIONS) expect(Array.isArray(ACTION_FIELDS[a]), a).toBe(true);
    expect(fieldsOf('no_such_action')).toEqual([]);
  });

  it('asks for two officers when the investigation starts (行政处罚法 第四十二条 「执法人员不得少于两人」)', () => {
    const [officers] = fieldsOf('start_investigation');
    expect(officers).toMatchObject({ name: 'officers', kind: 'people', min: 2, required: true });
    expect(actionBody('start_investigation', { officers: ['3', '4'] })).toEqual({
      action: 'start_investigation',
      officers: ['3', '4'],
    });
  });

  it('sends the proposal of propose_penalty at the top level (行政处罚法 第四十四条 告知拟作出的行政处罚内容及事实、理由、依据)', () => {
    const body = actionBody('propose_penalty', {
      at: '2026-12-04T10:30',
      guardian_notified: false,
      proposal: {
        provisions: [
          { law: '《中华人民共和国网络安全法》', article: 61, paragraph: 1, item: undefined },
          { law: ' ' },
        ],
        sanctions: [
          { party: 'p1', kind: 'fine', amount_yuan: 20000 },
          { party: 'p1', kind: 'warning' },
          { kind: 'fine', amount_yuan: 5 },
        ],
        fact_status: {
          refused_rectification: 'established',
          serious_circumstances: 'absent',
          harm_caused: 'unknown',
        },
        conduct_date: '2026-10-15',
      },
    });
    expect(body).toEqual({
      action: 'propose_penalty',
      at: '2026-12-04T10:30:00+08:00',
      provisions: [{ law: '中华人民共和国网络安全法', article: 61, paragraph: 1, item: null }],
      sanctions: [
        { party: 'p1', kind: 'fine', amount_yuan: 20000, days: null },
        { party: 'p1', kind: 'warning', amount_yuan: null, days: null },
      ],
      established_facts: ['refused_rectification'],
      absent_facts: ['serious_circumstances'],
      conduct_date: '2026-10-15',
    });
  });

  it('leaves out empty fields so that the core applies its defaults', () => {
    expect(actionBody('close', { ground: 'executed', reason: '  ' })).toEqual({
      action: 'close',
      ground: 'executed',
    });
    expect(actionBody('record_payment', { party: 'p1', amount_yuan: 20000 })).toEqual({
      action: 'record_payment',
      party: 'p1',
      amount_yuan: 20000,
    });
  });

  it('sends the uploaded evidence files by id (行政处罚法 第五十四条第一款 「必须全面、客观、公正地调查，收集有关证据」)', () => {
    expect(actionBody('add_evidence', { kind: '电子数据', description: '截图', file_ids: [3, 4] })).toEqual({
      action: 'add_evidence',
      kind: '电子数据',
      description: '截图',
      file_ids: [3, 4],
    });
    expect(actionBody('add_evidence', { kind: '书证', description: '笔录', file_ids: [] })).toEqual({
      action: 'add_evidence',
      kind: '书证',
      description: '笔录',
    });
  });

  it('reads a datetime-local value as China time', () => {
    expect(instantOf('2026-12-04T08:00')).toBe('2026-12-04T08:00:00+08:00');
    expect(instantOf('2026-12-04T08:00:00Z')).toBe('2026-12-04T08:00:00Z');
    expect(
      actionBody('accept_hearing', { party: 'p1', hearing_at: '2026-12-20T09:00', presider: '王某' }),
    ).toEqual({
      action: 'accept_hearing',
      party: 'p1',
      hearing_at: '2026-12-20T09:00:00+08:00',
      presider: '王某',
    });
  });

  it('keeps a proposal without facts marked as no facts', () => {
    expect(proposalPayload({})).toEqual({
      provisions: [],
      sanctions: [],
      established_facts: [],
      absent_facts: [],
      conduct_date: '',
    });
  });
});
