import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { listedEntries } from './listed-entries.js';

const NOTICE = [
  '某省通信管理局关于部分网站责令整改的公告',
  '一、未履行备案手续的网站',
  '经核查，下列网站未履行备案手续，违反了《非经营性互联网信息服务备案管理办法》第五条的规定。依据该办法第十八条，我局责令下列网站主办者于2031年12月31日前依法履行备案手续：',
  '1．网站名称：“甲网”，域名：jia.example，主办者：某甲文化有限公司；',
  '2．网站名称：“乙工作室”，域名：yi.example，主办者：钱某（个人）；',
  '3．网站名称：“丙之家”，域名：bing.example，主办者：某丙服务有限公司。',
  '二、未标明备案编号的网站',
  '“丁商城”网站（主办者：某丁电子商务有限公司）未在主页标明备案编号，违反了《互联网信息服务管理办法》第十二条的规定。依据《互联网信息服务管理办法》第二十二条，我局责令该公司改正，并处罚款五千元。',
].join('\n');

describe('one order over a numbered list of parties', () => {
  it('finds each entry and its party by label (主办者：…；（个人） is a person)', () => {
    const text = NOTICE.split('\n').slice(2, 6).join('\n');
    const end = text.indexOf('\n');
    expect(listedEntries(text, 0, end).map((e) => [e.name, e.kind])).toEqual([
      ['某甲文化有限公司', 'organization'],
      ['钱某', 'individual'],
      ['某丙服务有限公司', 'organization'],
    ]);
    expect(listedEntries('我局责令某公司改正：', 0, 10)).toEqual([]);
  });

  it('gives one record per listed party, each ordered to correct (责令…依法履行备案手续) under the law told before', () => {
    const records = extractCases(NOTICE);
    expect(records.map((r) => r.party.name)).toEqual([
      '某甲文化有限公司',
      '钱某',
      '某丙服务有限公司',
      '某丁电子商务有限公司',
    ]);
    for (const r of records.slice(0, 3)) {
      expect(r.sanctions.map((s) => s.kind)).toEqual(['rectification']);
      expect(r.provisions.map((p) => p.article)).toEqual([5, 18]);
      // The deadline (于2031年12月31日前) is no date of the case.
      expect(r.date).not.toBe('2031-12-31');
      expect(r.agency).toBe('某省通信管理局');
    }
  });
});
