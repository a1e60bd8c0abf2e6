import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../law-data/checker.js';
import { lawData } from '../../../law-data/load.js';
import { caseRecordOf } from '../../cases/guards/legality.js';
import type { Proceeding } from '../../cases/proceeding.js';
import {
  applied,
  checkApplying,
  COMPANY,
  DETENTION,
  INDIVIDUAL,
  ON_THE_SPOT,
  ORGAN,
  PERSON_FIELDS,
  request,
} from '../cases.test-support.js';
import type { DocumentRequest } from '../model.js';
import { expectAll, missingOf, textOf } from './golden.test-support.js';
import { buildDocument } from './index.js';
import { PENALTY_DECISION } from './penalty-decision.js';

/** The golden text (templates/__golden__), compared with documentText. */
const GOLDEN = readFileSync(new URL('./__golden__/penalty_decision.txt', import.meta.url), 'utf8');

const CSL2016_59_1 = checkApplying(applied('CSL2016.59.1', '网络安全法', '2016-11-07', 59, 1));
const company = (over: Partial<DocumentRequest> = {}) =>
  request('penalty_decision', COMPANY, {
    number: '某公（网安）行罚决字〔2025〕123号',
    check: CSL2016_59_1,
    ...over,
  });

/** 行政处罚法 第五十九条第一款 (一)–(六) and the seal (第二款), as they read in the company's decision. */
const ITEMS_59 = [
  '某某科技有限公司',
  '地址：某市某某区某某路88号',
  '现查明：某某科技有限公司是门户网站',
  '以上事实有营业执照复印件',
  '违反了《中华人民共和国网络安全法》第二十一条第（二）项的规定',
  '根据《中华人民共和国网络安全法》第五十九条第一款之规定',
  '给予警告，并处罚款人民币10000元',
  '执行方式和期限：',
  '自收到本决定书之日起十五日内，到某银行某某支行',
  '六十日内向某市人民政府或者某市某某区人民政府申请行政复议',
  '六个月内依法向某市某某区人民法院提起行政诉讼',
  '某市公安局某某分局（印）',
  '2025年7月1日',
];

describe('行政处罚决定书 for a company (行政处罚法 第五十九条; 程序规定 第一百七十五条)', () => {
  it('carries every item of 第五十九条, the 法定代表人 of 第一百七十五条第（一）项 and the surcharge standard of its second paragraph', () => {
    expectAll(textOf(buildDocument(company())), [
      ...ITEMS_59,
      '法定代表人：王某某',
      '每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数',
    ]);
  });

  it('matches its golden text (documents.md Example A-2)', () => {
    expect(textOf(buildDocument(company()))).toBe(GOLDEN);
  });

  it('names each empty mandatory item instead of leaving a blank', () => {
    const unit = COMPANY.parties[0]!;
    const cases: [Partial<DocumentRequest>, string][] = [
      [
        { proceeding: { ...COMPANY, parties: [{ ...unit, address: undefined }, COMPANY.parties[1]!] } },
        'party.address',
      ],
      [
        {
          proceeding: {
            ...COMPANY,
            parties: [{ ...unit, legal_representative: undefined }, COMPANY.parties[1]!],
          },
        },
        'party.legal_representative',
      ],
      [{ proceeding: { ...COMPANY, facts: '' } }, 'proceeding.facts'],
      [{ proceeding: { ...COMPANY, evidence: [] } }, 'fields.evidence'],
      [{ check: null }, 'check.applied'],
      [{ organ: { ...ORGAN, bank: '' } }, 'organ.bank'],
      [{ organ: { ...ORGAN, review_bodies: [] } }, 'organ.review_bodies'],
      [{ organ: { ...ORGAN, court: '' } }, 'organ.court'],
      [{ organ: { ...ORGAN, name: '' } }, 'organ.name'],
    ];
    for (const [over, field] of cases) {
      const missing = missingOf(buildDocument(company(over)));
      expect(
        missing.map((m) => m.field),
        field,
      ).toEqual([field]);
      expect(missing[0]!.basis).toMatch(/第五十九条|第一百七十五条/);
    }
  });

  it('the responsible person’s own decision names him with the unit (程序规定 第一百六十一条第二款)', () => {
    const fields = { 'party.sex': '男', 'party.household': '某省某市某区某某村', 'party.record': '无' };
    const t = textOf(buildDocument(company({ party: 'mgr', fields, number: null })));
    expectAll(t, [
      '违法行为人：王某某，男，1980年5月1日出生，居民身份证号码：110XXXXXXXXXXXXXXX',
      '工作单位：某某科技有限公司',
      '现决定对某某科技有限公司直接负责的主管人员王某某处罚款人民币5000元',
      '被处罚人自收到本决定书之日起十五日内',
      '某公（网安）行罚决字〔\u3000\u3000〕\u3000号',
    ]);
  });

  it('is issuable once decided, for a party the decision sanctions, and not in the summary procedure', () => {
    expect(PENALTY_DECISION.issuable(COMPANY, undefined)).toBeNull();
    expect(PENALTY_DECISION.issuable(COMPANY, 'mgr')).toBeNull();
    expect(PENALTY_DECISION.issuable({ ...COMPANY, stage: 'APPROVAL' }, undefined)?.reason).toMatch(
      /尚未作出决定/,
    );
    expect(PENALTY_DECISION.issuable(COMPANY, 'x')?.reason).toMatch(/没有该当事人/);
    const noPenalty = { ...COMPANY, decision: undefined };
    expect(PENALTY_DECISION.issuable(noPenalty, undefined)?.reason).toMatch(/不予行政处罚/);
    expect(PENALTY_DECISION.issuable(ON_THE_SPOT, undefined)?.reason).toMatch(/当场/);
  });
});

describe('行政处罚决定书 for an individual (程序规定 第一百七十五条第一款第（一）项, 第二款)', () => {
  const req = request('penalty_decision', INDIVIDUAL, {
    date: '2025-03-12',
    fields: PERSON_FIELDS,
    check: checkApplying(applied('CSL2016.64.2', '网络安全法', '2016-11-07', 64, 2)),
  });

  it('「姓名、性别、出生日期、身份证件种类及号码、户籍所在地、现住址、工作单位、违法经历」, confiscation and its annexed list', () => {
    expectAll(textOf(buildDocument(req)), [
      '违法行为人：闫某某，男，1995年3月8日出生',
      '居民身份证号码：640XXXXXXXXXXXXXXX',
      '户籍所在地：某省某市某区某某村',
      '现住址：某市某某区某某小区3号楼2单元501室',
      '工作单位：无',
      '违法经历：无',
      '违反了《中华人民共和国网络安全法》第四十四条的规定',
      '根据《中华人民共和国网络安全法》第六十四条第二款之规定',
      '没收违法所得人民币300元，并处罚款人民币1500元',
      '缴纳罚款及没收的违法所得',
      '加处罚款的数额不超过罚款本数',
      '附：没收违法所得、非法财物清单1份',
      '某市公安局某某分局（印）',
      '2025年3月12日',
    ]);
  });

  it('an item the Party does not hold and the fields do not give is missing', () => {
    const { 'party.household': _h, ...rest } = PERSON_FIELDS;
    expect(missingOf(buildDocument({ ...req, fields: rest })).map((m) => m.field)).toEqual([
      'party.household',
    ]);
  });
});

describe('行政处罚决定书 for detention under 治安管理处罚法 2025 (conduct and decision in 2026)', () => {
  // The real legality check: 网络安全法 (2025) 第四十六条 with 治安管理处罚法 (2025) 第五十六条第二款, 情节较轻.
  const check = createChecker({ now: () => new Date('2026-03-03T04:00:00Z') })(
    caseRecordOf(DETENTION, DETENTION.decision!, '2026-03-03'),
  );
  const req = request('penalty_decision', DETENTION, {
    date: '2026-03-03',
    fields: { ...PERSON_FIELDS, 'detention.place': '某市拘留所', 'detention.start': '2026-03-03' },
    check,
  });

  it('the check applied 治安管理处罚法 (2025) 第五十六条第二款', () => {
    expect(check.applied.map((a) => a.rule)).toEqual(['PSAL2025.56.2']);
  });

  it('matches its golden text (documents.md Example B-2)', () => {
    const golden = readFileSync(
      new URL('./__golden__/penalty_decision.detention.txt', import.meta.url),
      'utf8',
    );
    expect(textOf(buildDocument({ ...req, number: '某公（网安）行罚决字〔2026〕21号' }))).toBe(golden);
  });

  it('第一百一十五条 「被处罚人的姓名、性别、年龄、身份证件的名称和号码、住址；违法事实和证据；处罚的种类和依据；处罚的执行方式和期限…」', () => {
    const t = textOf(buildDocument(req));
    expectAll(t, [
      '闫某某，男，30岁，1995年3月8日出生，居民身份证号码：640XXXXXXXXXXXXXXX',
      '现住址：某市某某区某某小区3号楼2单元501室',
      '现查明：2026年1月至2月',
      '以上事实有',
      '根据《中华人民共和国治安管理处罚法》第五十六条第二款之规定，现决定对闫某某行政拘留五日',
      '执行方式和期限：送某市拘留所执行，拘留期限自2026年3月3日至2026年3月7日',
      '申请行政复议',
      '提起行政诉讼',
      '某市公安局某某分局（印）',
      '2026年3月3日',
    ]);
    expect(t).not.toContain('加处罚款');
  });

  it('程序规定 第一百七十六条: the family notification noted on the decision; a victim’s copy (治安管理处罚法 2025 第一百一十六条)', () => {
    const notice = '已于2026年3月3日16时30分以电话方式通知其父闫某处罚情况和执行场所';
    const t = textOf(
      buildDocument({
        ...req,
        proceeding: { ...DETENTION, flags: { has_victim: true } },
        fields: { ...req.fields, 'detention.family_notice': notice },
      }),
    );
    expectAll(t, [`家属通知情况：${notice}。`, '一式四份，被处罚人、被侵害人和执行单位各一份，一份附卷。']);
  });

  it('without the 拘留所 or the birth date (年龄) it is not issued', () => {
    const { 'detention.place': _p, ...fields } = req.fields;
    expect(missingOf(buildDocument({ ...req, fields })).map((m) => m.field)).toEqual([
      'fields.detention.place',
    ]);
    const unborn = { ...DETENTION, parties: [{ ...DETENTION.parties[0]!, birth_date: undefined }] };
    expect(missingOf(buildDocument({ ...req, proceeding: unborn })).map((m) => m.field)).toEqual([
      'party.birth_date',
    ]);
  });
});

describe('a 2026 decision on 2025 conduct under 网络安全法 (行政处罚法 第三十七条 「适用违法行为发生时的…规定」)', () => {
  it('cites the 2016 text with its date, in its numbering, and says why — with the real legality check', () => {
    const decision = {
      ...COMPANY.decision!,
      conduct_date: '2025-12-01',
      provisions: [
        { law: '网络安全法', article: 23, paragraph: null, item: 2 },
        { law: '网络安全法', article: 61, paragraph: 1, item: null },
      ],
    };
    const proceeding: Proceeding = { ...COMPANY, decision };
    const check = createChecker({ now: () => new Date('2026-02-01T04:00:00Z') })(
      caseRecordOf(proceeding, decision, '2026-02-01'),
    );
    expect(check.applied.map((a) => a.rule)).toEqual(['CSL2016.59.1']);
    const t = textOf(
      buildDocument(
        request('penalty_decision', proceeding, {
          date: '2026-02-01',
          check,
          article_maps: lawData().articleMap('网络安全法').rows(),
        }),
      ),
    );
    expectAll(t, [
      '某某科技有限公司的行为违反了《中华人民共和国网络安全法》（2016年11月7日通过）第二十一条第（二）项的规定。',
      '依照《中华人民共和国行政处罚法》第三十七条，适用违法行为发生时的《中华人民共和国网络安全法》（2016年11月7日通过）。',
      '根据《中华人民共和国网络安全法》（2016年11月7日通过）第五十九条第一款之规定，现决定对某某科技有限公司给予警告，并处罚款人民币10000元。',
    ]);
  });
});
