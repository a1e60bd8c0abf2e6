import { describe, expect, it } from 'vitest';
import { caseRecordSchema } from './case-record.js';
import { importCommitBodySchema } from './imports.js';

const record = {
  title: '某公司未落实网络安全等级保护制度案',
  date: '2021-03',
  region: '宁夏回族自治区银川市',
  agency: '银川市公安局',
  party: { kind: 'organization', name: '某公司' },
  facts: '该公司未落实网络安全等级保护制度，\n网站被篡改。',
  provisions: [{ law: '网络安全法', article: 21, paragraph: null, item: null }],
  sanctions: [{ kind: 'warning', amount_yuan: null, days: null, target: 'party' }],
};

const fieldsOf = (r: unknown) => {
  const res = caseRecordSchema.safeParse(r);
  return res.success ? [] : res.error.issues.map((i) => i.path.join('.'));
};

describe('case record text fields', () => {
  it('accepts an ordinary record, line breaks in the facts included', () => {
    expect(fieldsOf(record)).toEqual([]);
  });

  it('refuses a 100,000-character title, naming the field', () => {
    expect(fieldsOf({ ...record, title: '案'.repeat(100_000) })).toEqual(['title']);
  });

  it.each([
    ['right-to-left override', '某公司\u202E案例'],
    ['zero-width space', '某\u200B公司'],
    ['left-to-right isolate', '\u2066某公司\u2069'],
    ['byte-order mark', '\uFEFF某公司'],
    ['a C0 control', '某公司\u0007'],
  ])('refuses a %s in the title and in the party name', (_, text) => {
    expect(fieldsOf({ ...record, title: text })).toEqual(['title']);
    expect(fieldsOf({ ...record, party: { ...record.party, name: text } })).toEqual(['party.name']);
  });

  it('refuses a line break inside a one-line field, and a title that is only spaces', () => {
    expect(fieldsOf({ ...record, agency: '银川市\n公安局' })).toEqual(['agency']);
    expect(fieldsOf({ ...record, title: '   ' })).toEqual(['title']);
  });
});

describe('bulletin source address', () => {
  const body = (source_url: string) => ({
    bulletin: { text: '通报', format: 'text', source_url },
    cases: [record],
  });
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/a'])(
    'refuses %s',
    (url) => {
      const res = importCommitBodySchema.safeParse(body(url));
      expect(res.success).toBe(false);
      expect(res.error!.issues.map((i) => i.path.join('.'))).toEqual(['bulletin.source_url']);
    },
  );
  it('accepts http and https', () => {
    expect(importCommitBodySchema.safeParse(body('https://www.nxgaj.gov.cn/a.html')).success).toBe(true);
    expect(importCommitBodySchema.safeParse(body('http://example.org/b')).success).toBe(true);
  });
});
