import { describe, expect, it } from 'vitest';
import type { IssuedDocument } from '../../api/documents.js';
import type { ProceedingParty } from '../../api/proceedings.js';
import {
  documentRef,
  documentRows,
  inputErrors,
  filledInputs,
  inputFor,
  issueBody,
  missingFieldLine,
  missingFieldsOf,
  shortHash,
  whereToFill,
} from './documents.js';
import { refusalInWords } from './labels.js';

const parties: ProceedingParty[] = [
  { id: 'p1', kind: 'organization', name: '某科技有限公司' },
  { id: 'p2', kind: 'individual', name: '李某', responsible_for: 'p1' },
];

const doc = (over: Partial<IssuedDocument>): IssuedDocument => ({
  id: 1,
  kind: 'penalty_decision',
  label: '行政处罚决定书',
  number: '某公（网安）行罚决字〔2026〕1号',
  party: 'p1',
  date: '2026-11-02',
  issued_at: '2026-11-02T02:00:00Z',
  issued_by: 'officer1',
  sha256: 'a'.repeat(64),
  replaces: null,
  reason: null,
  replaced_by: null,
  ...over,
});

describe('the documents card', () => {
  it('shows a short SHA-256', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('01234567');
  });

  it('names a document by its 文号, or by its title when it carries none (笔录, 回执)', () => {
    expect(documentRef(doc({}))).toBe('行政处罚决定书（某公（网安）行罚决字〔2026〕1号）');
    expect(documentRef(doc({ label: '行政处罚告知笔录', number: null }))).toBe('行政处罚告知笔录');
  });

  it('lists the newest first and links a correction both ways (a correction is a new document naming the one it replaces)', () => {
    const first = doc({ id: 1, replaced_by: 2 });
    const second = doc({
      id: 2,
      number: '某公（网安）行罚决字〔2026〕2号',
      issued_at: '2026-11-03T02:00:00Z',
      replaces: 1,
    });
    const notice = doc({
      id: 3,
      kind: 'notice_record',
      label: '行政处罚告知笔录',
      number: null,
      party: 'p2',
      issued_at: '2026-11-01T02:00:00Z',
    });
    const rows = documentRows([first, notice, second], parties);
    expect(rows.map((r) => r.id)).toEqual([2, 1, 3]);
    expect(rows[0]!.corrects?.id).toBe(1);
    expect(rows[1]!.correctedBy?.id).toBe(2);
    expect(rows[2]!.partyName).toBe('李某');
    expect(documentRows([doc({ party: null })], parties)[0]!.partyName).toBeNull();
  });
});

describe('制作文书: the form → the request', () => {
  const inputs = [
    { name: 'place', label: '告知地点', required: true },
    { name: 'notifier', label: '告知人', required: false },
  ];

  it('sends the trimmed inputs of the chosen kind and leaves blanks for the server to name', () => {
    expect(
      issueBody(
        {
          kind: 'notice_record',
          party: 'p1',
          fields: { place: ' 某县公安局网安大队 ', notifier: '', stale: 'x' },
        },
        inputs,
      ),
    ).toEqual({ kind: 'notice_record', party: 'p1', fields: { place: '某县公安局网安大队' } });
    expect(issueBody({ kind: 'case_registration' }, [])).toEqual({ kind: 'case_registration' });
  });

  it('reissues a correction of the same kind and party, naming the one it replaces and why', () => {
    const body = issueBody({ kind: 'notice_record', party: 'p2', reason: ' 文号有误 ' }, [], doc({ id: 9 }));
    expect(body).toEqual({ kind: 'penalty_decision', party: 'p1', replaces: 9, reason: '文号有误' });
  });

  it('keeps only the inputs of the kind, trimmed, blanks left out', () => {
    expect(filledInputs({ place: ' 某地 ', notifier: ' ', other: 'x' }, inputs)).toEqual({ place: '某地' });
    expect(filledInputs(undefined, inputs)).toEqual({});
  });

  it('refuses a form without a kind', () => {
    expect(() => issueBody({}, [])).toThrow('未选择文书种类');
  });
});

describe('409 MISSING_FIELDS in words', () => {
  // 行政处罚法 第五十九条第一款：「行政处罚决定书应当载明下列事项：（一）当事人的姓名或者名称、地址；……」
  const error = {
    status: 409,
    code: 'MISSING_FIELDS',
    message: '文书的必填项为空：现住址、人民法院、告知地点',
    details: {
      fields: [
        { field: 'party.address', label: '现住址', basis: '行政处罚法 第五十九条第一款第（一）项' },
        { field: 'organ.court', label: '人民法院', basis: '行政处罚法 第五十九条第一款第（五）项' },
        { field: 'fields.place', label: '告知地点', basis: '式样十三' },
        { nonsense: true },
      ],
    },
  };

  it('lists each missing field with its label, its legal basis and who fills it in', () => {
    const missing = missingFieldsOf(error);
    expect(missing.map((f) => f.label)).toEqual(['现住址', '人民法院', '告知地点']);
    expect(missingFieldLine(missing[0]!)).toBe(
      '现住址 — 依据：行政处罚法 第五十九条第一款第（一）项（在当事人信息中补充）',
    );
    expect(missingFieldLine(missing[1]!)).toContain('由管理员在“文书设置”中填写');
    expect(missingFieldLine({ field: 'proceeding.facts', label: '违法事实', basis: '' })).toBe(
      '违法事实（在案件信息中补充）',
    );
  });

  it('sends the officer to the form when one of its inputs supplies the field (a party’s address the proceeding lacks)', () => {
    const inputs = [{ name: 'place' }, { name: 'party.address' }];
    expect(inputFor('fields.place', inputs)).toBe('place');
    expect(inputFor('party.address', inputs)).toBe('party.address');
    expect(inputFor('organ.court', inputs)).toBeNull();
    expect(whereToFill('party.address', inputs)).toBe('在本表单中填写');
    expect(whereToFill('party.address')).toBe('在当事人信息中补充');
    expect(whereToFill('fields.place')).toBe('在文书的填写项中填写');
    expect(inputErrors(error, inputs)).toEqual({ place: '请填写告知地点', 'party.address': '请填写现住址' });
    expect(inputErrors(error, [{ name: 'place' }])).toEqual({ place: '请填写告知地点' });
  });

  it('marks the input a 400 names on the form too (a value outside the form’s list)', () => {
    const e = {
      code: 'INVALID_INPUT',
      message: '案件来源须为：110指令、工作中发现、报案',
      details: { field: 'fields.source', value: '路过' },
    };
    expect(inputErrors(e, [{ name: 'source' }])).toEqual({
      source: '案件来源须为：110指令、工作中发现、报案',
    });
    expect(inputErrors({ code: 'INVALID_INPUT', message: 'x', details: { field: 'party' } }, [])).toEqual({});
  });

  it('reads nothing from other errors, and titles the refusal in Chinese', () => {
    expect(missingFieldsOf({ code: 'UNLAWFUL_PENALTY', details: { fields: [] } })).toEqual([]);
    expect(missingFieldsOf({ code: 'MISSING_FIELDS', details: {} })).toEqual([]);
    expect(refusalInWords(error).title).toBe('文书的必填项尚未填写');
    expect(refusalInWords({ status: 409, code: 'NOT_ISSUABLE', message: 'not issuable' }).title).toBe(
      '当前不能制作该文书',
    );
  });
});
