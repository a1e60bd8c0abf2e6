import { describe, expect, it } from 'vitest';
import type { IssuingOrgan } from '../../../../src/core/documents/model.js';
import {
  creditCodeProblem,
  departmentProblem,
  duplicateSentenceKeys,
  emptyOrgan,
  formToOrgan,
  kindCodeProblem,
  NUMBERED_KINDS,
  organCodeProblem,
  organToForm,
  sampleDate,
  sampleNumber,
  sentenceProblem,
} from './organ-form.js';

const organ: IssuingOrgan = {
  agency: '远安县公安局',
  name: '远安县公安局',
  code: '远',
  department: '网安',
  review_bodies: ['远安县人民政府'],
  superior_organ: '宜昌市公安局',
  court: '远安县人民法院',
  bank: '中国农业银行远安县支行（远安县鸣凤镇某路1号）',
  hearing_office: '远安县公安局法制大队（电话：0717-0000000）',
  date_style: 'arabic',
  sentences: { remedy: '如不服本决定，可以在收到本决定书之日起六十日内向{review}申请行政复议' },
  codes: { penalty_decision: '行罚决字' },
  credit_code: null,
};

describe('文书设置: the form and back', () => {
  it('round-trips an organ through the form', () => {
    expect(formToOrgan(organToForm(organ))).toEqual(organ);
  });

  it('trims, and leaves out empty sentence rows, empty 复议机关 and empty 文书代字 (the defaults apply)', () => {
    const v = organToForm(organ);
    v.name = ' 远安县公安局 ';
    v.review_bodies = ['远安县人民政府', ' '];
    v.sentences = [...v.sentences, { key: 'payment', text: ' ' }, { key: '', text: '无键' }];
    v.codes = { ...v.codes, notice_letter: '  ' };
    const o = formToOrgan(v);
    expect(o.name).toBe('远安县公安局');
    expect(o.review_bodies).toEqual(['远安县人民政府']);
    expect(o.sentences).toEqual(organ.sentences);
    expect(o.codes).toEqual({ penalty_decision: '行罚决字' });
  });

  it('keeps the 统一社会信用代码 upper-cased, and none when left empty', () => {
    const v = organToForm(organ);
    v.credit_code = ' 11420525mb1234567x ';
    expect(formToOrgan(v).credit_code).toBe('11420525MB1234567X');
    v.credit_code = ' ';
    expect(formToOrgan(v).credit_code).toBeNull();
  });

  it('checks the 统一社会信用代码 (GB 32100-2015: 18 characters, no I, O, S, V, Z)', () => {
    expect(creditCodeProblem('11420525MB1234567X')).toBeNull();
    expect(creditCodeProblem('')).toBeNull();
    expect(creditCodeProblem('11420525MB1234567')).toMatch(/18位/);
    expect(creditCodeProblem('11420525MB1234567O')).toMatch(/18位/);
  });

  it('starts a new agency blank, with dates in Arabic numerals (说明; GB/T 9704 7.3.5.4)', () => {
    const o = emptyOrgan('某县公安局');
    expect(o.agency).toBe('某县公安局');
    expect(o.name).toBe('');
    expect(o.date_style).toBe('arabic');
  });
});

describe('文书设置: the parts of the 文号 ({机关代字}公（{部门简称}）{文书代字}〔{年}〕{序号}号)', () => {
  it('checks the 机关代字, the 部门简称 and a unit 文书代字', () => {
    expect(organCodeProblem('远')).toBeNull();
    expect(organCodeProblem('')).toBe('请填写机关代字');
    expect(organCodeProblem('Y')).toContain('只能是汉字');
    expect(departmentProblem('')).toBeNull();
    expect(departmentProblem('网安')).toBeNull();
    expect(departmentProblem('网安1')).toContain('只能是汉字');
    expect(kindCodeProblem('行罚决字')).toBeNull();
    expect(kindCodeProblem('行罚决')).toContain('以“字”结尾');
    expect(kindCodeProblem('')).toBeNull();
  });

  it('shows the 文号 as it will print, as on 远公（茅）行罚决字〔2025〕461号', () => {
    expect(sampleNumber({ code: '远', department: '网安', codes: {} }, 2026)).toBe(
      '远公（网安）行罚决字〔2026〕1号',
    );
    expect(sampleNumber({ code: '远', department: '', codes: { penalty_decision: '罚决字' } }, 2026)).toBe(
      '远公罚决字〔2026〕1号',
    );
    expect(sampleNumber({ code: 'Y', department: '', codes: {} }, 2026)).toBeNull();
  });

  it('lists the numbered kinds with their default 文书代字, the 笔录 and 回执 left out', () => {
    const kinds = NUMBERED_KINDS.map((k) => k.kind);
    expect(kinds).toContain('penalty_decision');
    expect(kinds).not.toContain('notice_record');
    expect(NUMBERED_KINDS.every((k) => k.code.endsWith('字'))).toBe(true);
  });
});

describe('文书设置: dates and sentences', () => {
  it('prints the date in either style', () => {
    expect(sampleDate('arabic', '2026-01-05')).toBe('2026年1月5日');
    expect(sampleDate('chinese', '2026-01-05')).toBe('二〇二六年一月五日');
  });

  it('catches a mistyped placeholder and a key used twice', () => {
    expect(sentenceProblem('向{review}申请行政复议')).toBeNull();
    expect(sentenceProblem('向{review申请行政复议')).toContain('{名称}');
    expect(duplicateSentenceKeys([{ key: 'remedy' }, { key: 'payment' }, { key: ' remedy' }, {}])).toEqual([
      'remedy',
    ]);
  });
});
