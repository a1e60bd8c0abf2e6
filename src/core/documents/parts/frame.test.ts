import { describe, expect, it } from 'vitest';
import { COMPANY, ORGAN, request } from '../cases.test-support.js';
import { heading, signature } from './frame.js';

describe('the frame (说明 第4项; 行政处罚法 第五十九条第一款第（六）项 「作出行政处罚决定的行政机关名称和作出决定的日期」)', () => {
  it('organ, title, and the 文号 once taken', () => {
    const h = heading(request('penalty_decision', COMPANY, { number: '某公（网安）行罚决字〔2025〕123号' }));
    expect(h.blocks).toEqual([
      { type: 'organ', text: '某市公安局某某分局' },
      { type: 'title', text: '行政处罚决定书' },
      { type: 'number', text: '某公（网安）行罚决字〔2025〕123号' },
    ]);
  });

  it('while drafting, the blank pattern of the 文号; a unit’s own 文书代字', () => {
    expect(heading(request('penalty_decision', COMPANY)).blocks[2]).toEqual({
      type: 'number',
      text: '某公（网安）行罚决字〔　　〕　号',
    });
    const own = { ...ORGAN, department: '', codes: { penalty_decision: '罚决字' } };
    expect(heading(request('penalty_decision', COMPANY, { organ: own })).blocks[2]).toMatchObject({
      text: '某公罚决字〔　　〕　号',
    });
  });

  it('the organ’s name is mandatory; the signature carries it and the date', () => {
    expect(
      heading(request('penalty_decision', COMPANY, { organ: { ...ORGAN, name: '' } })).missing[0]?.field,
    ).toBe('organ.name');
    expect(signature(request('penalty_decision', COMPANY))).toEqual({
      type: 'signature',
      organ: '某市公安局某某分局',
      date: '2025年7月1日',
    });
  });
});
