import { describe, expect, it } from 'vitest';
import { COMPANY, request } from '../cases.test-support.js';
import { formInput, Items } from './form.js';

describe('the mandatory items of a form (说明 第5项: a field is filled, or struck when it does not apply)', () => {
  it('a required input left empty is missing, named fields.<name> with its label and basis; an optional one is 「／」', () => {
    const items = new Items(request('case_receipt', COMPANY, { fields: { note: ' ' } }));
    expect(items.input(formInput('reporter', '报案人', true, '程序规定 第六十一条'))).toBe('');
    expect(items.input(formInput('note', '备注', false))).toBe('／');
    expect(items.inputIf(false, formInput('reporter_phone', '联系方式'))).toBe('／');
    expect(items.missing).toEqual([
      { field: 'fields.reporter', label: '报案人', basis: '程序规定 第六十一条' },
    ]);
  });

  it('an item missing twice (two sentences need it) is named once', () => {
    const items = new Items(request('notice_letter', COMPANY));
    items.need('', 'organ.hearing_office', 'a', 'x');
    items.take({ text: '', missing: [{ field: 'organ.hearing_office', label: 'b', basis: 'y' }] });
    expect(items.missing.map((m) => m.field)).toEqual(['organ.hearing_office']);
  });

  it('the heading carries the 文号 line (or its blank pattern) only for a kind with a 文书代字', () => {
    const types = (kind: Parameters<typeof request>[0]) =>
      new Items(request(kind, COMPANY)).heading('x').map((b) => b.type);
    expect(types('case_receipt')).toEqual(['organ', 'title']);
    expect(types('notice_record')).toEqual(['organ', 'title']);
    expect(types('hearing_notice')).toEqual(['organ', 'title', 'number']);
  });
});
