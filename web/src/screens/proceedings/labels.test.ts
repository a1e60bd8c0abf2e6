import { describe, expect, it } from 'vitest';
import { ACTIONS, RECORDED_EVENTS } from '../../../../src/core/cases/events.js';
import { PARTY_STAGES, STAGES } from '../../../../src/core/cases/stages.js';
import {
  ACTION_LABELS,
  eventLabel,
  GUARD_LABELS,
  mainLineIndex,
  MAIN_LINE,
  refusalInWords,
  stageLabel,
  STAGE_LABELS,
} from './labels.js';

const chinese = (s: string) => /^[\u4e00-\u9fff，、]+$/.test(s);

describe('case-handling labels', () => {
  it('names every stage of procedure.md §3, case and party, in Chinese', () => {
    for (const s of [...STAGES, ...PARTY_STAGES]) expect(chinese(STAGE_LABELS[s]), s).toBe(true);
    expect(stageLabel('INVESTIGATING')).toBe('调查中');
    expect(stageLabel('FINE_DUE')).toBe('待缴罚款');
    expect(stageLabel(null)).toBe('—');
  });

  it('names every action and recorded event, distinct from one another', () => {
    const names = [...ACTIONS, ...RECORDED_EVENTS].map(eventLabel);
    for (const [i, n] of names.entries()) expect(chinese(n), [...ACTIONS, ...RECORDED_EVENTS][i]).toBe(true);
    expect(new Set(ACTIONS.map((a) => ACTION_LABELS[a])).size).toBe(ACTIONS.length);
    expect(eventLabel('propose_penalty')).toBe('拟处罚并告知');
    expect(eventLabel('rectification_ordered')).toBe('责令改正');
    expect(eventLabel('unknown_thing')).toBe('unknown_thing');
  });

  it('places the side stages on the main line (a hearing is part of the notice step)', () => {
    expect(mainLineIndex('HEARING')).toBe(MAIN_LINE.indexOf('NOTICE'));
    expect(mainLineIndex('COLLECTIVE')).toBe(MAIN_LINE.indexOf('REVIEW'));
    expect(mainLineIndex('ARCHIVED')).toBe(MAIN_LINE.length - 1);
  });

  it('says a guard refusal in plain Chinese, keeping the server message and the code', () => {
    // 行政处罚法 第六十四条第（一）项 「当事人要求听证的，应当在行政机关告知后五日内提出」
    const r = refusalInWords({
      status: 409,
      code: 'HEARING_WINDOW_OPEN',
      message: '当事人要求听证的期限未届满，也未放弃听证',
    });
    expect(r).toEqual({
      title: GUARD_LABELS.HEARING_WINDOW_OPEN,
      detail: '当事人要求听证的期限未届满，也未放弃听证',
      code: 'HEARING_WINDOW_OPEN',
    });
  });

  it('leads a payload message by the label of the field it names (its identifier is the request’s)', () => {
    const r = refusalInWords({
      status: 400,
      code: 'INVALID_PAYLOAD',
      message: '字段 sanctions.0.amount_yuan 应为罚款金额',
      details: { field: 'sanctions.0.amount_yuan' },
    });
    expect(r.detail).toBe('请检查“处罚”：字段 sanctions.0.amount_yuan 应为罚款金额');
  });

  it('replaces an English payload message by the field it names', () => {
    const r = refusalInWords({
      status: 400,
      code: 'INVALID_PAYLOAD',
      message: 'sanctions.0.amount_yuan: expected the amount of the fine',
      details: { field: 'sanctions.0.amount_yuan' },
    });
    expect(r.title).toBe('填写的内容不完整或有误');
    expect(r.detail).toBe('请检查“处罚”');
  });

  it('falls back on the status for a refusal that is not a guard (403: the role)', () => {
    expect(refusalInWords({ status: 403, code: 'FORBIDDEN', message: 'forbidden' }).title).toBe(
      '您的角色不能办理此步骤',
    );
  });
});
