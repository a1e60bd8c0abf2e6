import { describe, expect, it } from 'vitest';
import { lawData } from '../../../law-data/load.js';
import { applied, checkApplying, COMPANY, DETENTION, ON_THE_SPOT, request } from '../cases.test-support.js';
import { citationBlock, provisionLabel } from './citation-block.js';

const CSL_MAP = lawData().articleMap('网络安全法').rows();
const CSL2016_59_1 = applied('CSL2016.59.1', '网络安全法', '2016-11-07', 59, 1);

describe('the citation block (行政处罚法 第五十九条第一款第（三）项 「行政处罚的种类和依据」)', () => {
  it('the norm violated, then the penalty norm, by full title', () => {
    const c = citationBlock(request('penalty_decision', COMPANY, { check: checkApplying(CSL2016_59_1) }));
    expect(c).toMatchObject({
      violated: '违反了《中华人民共和国网络安全法》第二十一条第（二）项的规定',
      basis: '根据《中华人民共和国网络安全法》第五十九条第一款之规定',
      version: null,
      missing: [],
    });
  });

  it('items of one article share it (第二十一条第（二）项、第（三）项); several articles of one law share the title', () => {
    expect(
      provisionLabel({ article: 21, paragraph: null, item: 3 }, { article: 21, paragraph: null, item: 2 }),
    ).toBe('第（三）项');
    const c = citationBlock(
      request('on_the_spot_decision', ON_THE_SPOT, {
        check: checkApplying(
          applied('INTLNET.23', '计算机信息网络国际联网安全保护管理办法', '2011-01-08', 23, null),
        ),
        date: '2025-04-15',
      }),
    );
    expect(c.violated).toBe('违反了《计算机信息网络国际联网安全保护管理办法》第十一条、第十二条的规定');
    expect(c.basis).toBe('根据《计算机信息网络国际联网安全保护管理办法》第二十三条之规定');
  });

  it('several laws: the obligation of one, the penalty of another (治安管理处罚法 2025 第五十六条第二款)', () => {
    const c = citationBlock(
      request('penalty_decision', DETENTION, {
        date: '2026-03-03',
        check: checkApplying(applied('PSAL2025.56.2', '治安管理处罚法', '2025-06-27', 56, 2)),
      }),
    );
    expect(c.violated).toBe('违反了《中华人民共和国网络安全法》第四十六条的规定');
    expect(c.basis).toBe('根据《中华人民共和国治安管理处罚法》第五十六条第二款之规定');
    expect(c.version).toBeNull();
  });

  it('a referral cited with the rule it reaches is part of the 依据 (网络安全法 2025 第七十一条第二款 「由公安机关依照有关法律、行政法规的规定处罚」)', () => {
    const referred = {
      ...DETENTION,
      decision: {
        ...DETENTION.decision!,
        provisions: [
          { law: '网络安全法', article: 46, paragraph: null, item: null },
          { law: '网络安全法', article: 71, paragraph: 2, item: null },
          { law: '治安管理处罚法', article: 56, paragraph: 2, item: null },
        ],
      },
    };
    const c = citationBlock(
      request('penalty_decision', referred, {
        date: '2026-03-03',
        check: checkApplying(applied('PSAL2025.56.2', '治安管理处罚法', '2025-06-27', 56, 2)),
      }),
    );
    expect(c.violated).toBe('违反了《中华人民共和国网络安全法》第四十六条的规定');
    expect(c.basis).toBe(
      '根据《中华人民共和国网络安全法》第七十一条第二款、《中华人民共和国治安管理处罚法》第五十六条第二款之规定',
    );
  });

  it('行政处罚法 第三十七条 「适用违法行为发生时的…规定」: a 2026 decision on 2025 conduct names the 2016 text and says why', () => {
    const late = { ...COMPANY, decision: { ...COMPANY.decision!, conduct_date: '2025-12-01' } };
    const c = citationBlock(
      request('penalty_decision', late, { date: '2026-02-01', check: checkApplying(CSL2016_59_1) }),
    );
    expect(c.violated).toBe(
      '违反了《中华人民共和国网络安全法》（2016年11月7日通过）第二十一条第（二）项的规定',
    );
    expect(c.basis).toBe('根据《中华人民共和国网络安全法》（2016年11月7日通过）第五十九条第一款之规定');
    expect(c.version).toBe(
      '依照《中华人民共和国行政处罚法》第三十七条，适用违法行为发生时的《中华人民共和国网络安全法》（2016年11月7日通过）。',
    );
  });

  it('a decision citing the 2025 numbering (第二十三条、第六十一条) is written in the numbering of the 2016 text applied', () => {
    const cited2025 = {
      ...COMPANY,
      decision: {
        ...COMPANY.decision!,
        conduct_date: '2025-12-01',
        provisions: [
          { law: '网络安全法', article: 23, paragraph: null, item: 2 },
          { law: '网络安全法', article: 61, paragraph: 1, item: null },
        ],
      },
    };
    const req = request('penalty_decision', cited2025, {
      date: '2026-02-01',
      check: checkApplying(CSL2016_59_1),
    });
    expect(() => citationBlock(req)).toThrow(/条文对照/);
    const c = citationBlock({ ...req, article_maps: CSL_MAP });
    expect(c.violated).toBe(
      '违反了《中华人民共和国网络安全法》（2016年11月7日通过）第二十一条第（二）项的规定',
    );
    expect(c.basis).toBe('根据《中华人民共和国网络安全法》（2016年11月7日通过）第五十九条第一款之规定');
  });

  it('「但是…新的规定处罚较轻…适用新的规定」: the new text applied to old conduct is named and said', () => {
    const newer = {
      ...COMPANY,
      decision: {
        ...COMPANY.decision!,
        conduct_date: '2025-12-01',
        provisions: [
          { law: '网络安全法', article: 23, paragraph: null, item: 2 },
          { law: '网络安全法', article: 61, paragraph: 1, item: null },
        ],
      },
    };
    const c = citationBlock(
      request('penalty_decision', newer, {
        date: '2026-02-01',
        check: checkApplying(applied('CSL2025.61.1', '网络安全法', '2025-10-28', 61, 1)),
      }),
    );
    expect(c.basis).toBe('根据《中华人民共和国网络安全法》（2025年10月28日修改）第六十一条第一款之规定');
    expect(c.version).toBe(
      '违法行为发生后《中华人民共和国网络安全法》已被修改，新的规定处罚较轻，依照《中华人民共和国行政处罚法》第三十七条，适用《中华人民共和国网络安全法》（2025年10月28日修改）。',
    );
  });

  it('no rule applied: the 依据 is missing', () => {
    const c = citationBlock(request('penalty_decision', COMPANY));
    expect(c.missing.map((m) => m.field)).toEqual(['check.applied']);
  });
});
