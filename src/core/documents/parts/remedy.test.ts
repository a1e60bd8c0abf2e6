import { describe, expect, it } from 'vitest';
import { ORGAN } from '../cases.test-support.js';
import { REMEDY_FORMS, remedyForm, remedySentence } from './remedy.js';

describe('the remedy sentence (行政处罚法 第五十九条第一款第（五）项 「申请行政复议、提起行政诉讼的途径和期限」)', () => {
  it('from 2024-01-01 (行政复议法 2023 第二十四条): the 人民政府, sixty days; 行政诉讼 six months', () => {
    expect(remedySentence(ORGAN, 'ordinary', '2025-07-01')).toEqual({
      text: '如不服本决定，可以在收到本决定书之日起六十日内向某市人民政府或者某市某某区人民政府申请行政复议，或者在六个月内依法向某市某某区人民法院提起行政诉讼。',
      missing: [],
    });
  });

  it('before 2024 (行政复议法 2017 第十二条第一款): the 上一级公安机关 or the 人民政府', () => {
    expect(remedySentence(ORGAN, 'ordinary', '2023-12-31').text).toBe(
      '如不服本决定，可以在收到本决定书之日起六十日内向某市公安局或者某市人民政府或者某市某某区人民政府申请行政复议，或者在六个月内依法向某市某某区人民法院提起行政诉讼。',
    );
    expect(remedyForm('on_the_spot', '2021-05-01').id).toBe('remedy.2015');
  });

  it('a 当场 decision since 2024 (行政复议法 2023 第二十三条第一款第（一）项、第三十二条): review first, through this organ', () => {
    const t = remedySentence(ORGAN, 'on_the_spot', '2025-04-15').text;
    expect(t).toContain('应当自收到本决定书之日起六十日内先向某市人民政府或者某市某某区人民政府申请行政复议');
    expect(t).toContain('可以通过本机关提交行政复议申请');
  });

  it('an organ setting the form names and lacks is missing; a unit may reword the form', () => {
    const r = remedySentence({ ...ORGAN, court: '', review_bodies: [] }, 'ordinary', '2025-07-01');
    expect(r.missing.map((m) => m.field)).toEqual(['organ.review_bodies', 'organ.court']);
    expect(remedySentence({ ...ORGAN, superior_organ: '' }, 'ordinary', '2025-07-01').missing).toEqual([]);
    const own = { ...ORGAN, sentences: { 'remedy.2024': '不服的，向{review_bodies}复议或向{court}起诉。' } };
    expect(remedySentence(own, 'ordinary', '2025-07-01').text).toBe(
      '不服的，向某市人民政府或者某市某某区人民政府复议或向某市某某区人民法院起诉。',
    );
  });

  it('the forms cover every day since 2015-05-01 once per procedure, and none before', () => {
    for (const day of ['2015-05-01', '2019-06-30', '2023-12-31', '2024-01-01', '2030-01-01']) {
      for (const p of ['ordinary', 'on_the_spot'] as const) {
        expect(
          REMEDY_FORMS.filter(
            (f) => f.procedures.includes(p) && f.from <= day && (!f.until || day <= f.until),
          ),
        ).toHaveLength(1);
      }
    }
    expect(() => remedyForm('ordinary', '2014-12-31')).toThrow(/救济/);
  });
});
