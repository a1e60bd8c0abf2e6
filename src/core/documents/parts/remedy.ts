/**
 * The remedy sentence (行政处罚法 第五十九条第一款第（五）项 「申请行政复议、提起行政诉讼的途径和期限」; 程序规定 第一百七十五条第一款
 * 第（六）项) as dated data, one form per period and kind of decision — the sentence is chosen by the decision day, never
 * by code on years (documents.md §5.2, Appendix B):
 * - to 2023-12-31 (行政复议法 1999/2017 第九条第一款 sixty days; 第十二条第一款 「由申请人选择，可以向该部门的本级人民政府申请行政复议，
 *   也可以向上一级主管部门申请行政复议」; 行政诉讼法 第四十六条第一款 six months): the 上一级公安机关 or the 人民政府;
 * - from 2024-01-01 (行政复议法 2023 第二十条第一款 sixty days, 第二十四条 the 人民政府 the organ answers to): the 人民政府 only;
 * - a 当场 decision from 2024-01-01: 复议前置 (2023 第二十三条第一款第（一）项 「对当场作出的行政处罚决定不服」, and its second
 *   paragraph: the organ must say so when deciding), the application may go through the deciding organ (第三十二条).
 * The 行政复议法 texts are not in data/law: the article numbers are from documents.md §5.2 (S18, S19), not checked
 * against a text here (NOTES.md “Documents”). Every form is a sentence a unit may reword (its key is the form's id).
 */
import type { IsoDate } from '../../shared/dates.js';
import { DomainError } from '../../shared/errors.js';
import { sentence } from '../format.js';
import type { IssuingOrgan } from '../model.js';
import { allMissing, required, type Filled } from './filled.js';

export type RemedyProcedure = 'ordinary' | 'on_the_spot';

export interface RemedyForm {
  /** The sentence key (IssuingOrgan.sentences) and the form's id. */
  id: string;
  procedures: readonly RemedyProcedure[];
  /** First decision day the form is used on. */
  from: IsoDate;
  /** Last decision day (inclusive); absent while current. */
  until?: IsoDate;
  /** The default wording; {review_bodies}, {superior_organ}, {court} filled from the IssuingOrgan. */
  text: string;
  /** The IssuingOrgan settings the wording names. */
  needs: readonly ('review_bodies' | 'superior_organ' | 'court')[];
  basis: string;
}

const BEFORE_2024 = '行政复议法（2017）第九条第一款、第十二条第一款；行政诉讼法（2017）第四十六条第一款';

export const REMEDY_FORMS: readonly RemedyForm[] = [
  {
    id: 'remedy.2015',
    procedures: ['ordinary', 'on_the_spot'],
    from: '2015-05-01',
    until: '2023-12-31',
    text: '如不服本决定，可以在收到本决定书之日起六十日内向{superior_organ}或者{review_bodies}申请行政复议，或者在六个月内依法向{court}提起行政诉讼。',
    needs: ['superior_organ', 'review_bodies', 'court'],
    basis: BEFORE_2024,
  },
  {
    id: 'remedy.2024',
    procedures: ['ordinary'],
    from: '2024-01-01',
    text: '如不服本决定，可以在收到本决定书之日起六十日内向{review_bodies}申请行政复议，或者在六个月内依法向{court}提起行政诉讼。',
    needs: ['review_bodies', 'court'],
    basis: '行政复议法（2023）第二十条第一款、第二十四条；行政诉讼法 第四十六条第一款',
  },
  {
    id: 'remedy.2024.on_the_spot',
    procedures: ['on_the_spot'],
    from: '2024-01-01',
    text: '如不服本决定，应当自收到本决定书之日起六十日内先向{review_bodies}申请行政复议（可以通过本机关提交行政复议申请）；对行政复议决定不服的，可以依法向{court}提起行政诉讼。',
    needs: ['review_bodies', 'court'],
    basis: '行政复议法（2023）第二十条第一款、第二十三条、第三十二条；行政诉讼法 第四十六条第一款',
  },
];

/** The form for a decision of `procedure` made on `day`. */
export function remedyForm(procedure: RemedyProcedure, day: IsoDate): RemedyForm {
  const form = REMEDY_FORMS.find(
    (f) => f.procedures.includes(procedure) && f.from <= day && (f.until === undefined || day <= f.until),
  );
  if (!form) {
    throw new DomainError('INVALID_INPUT', `没有${day}适用的救济途径告知语句`, { procedure, day });
  }
  return form;
}

const LABELS = {
  review_bodies: '行政复议机关（人民政府）',
  superior_organ: '上一级公安机关',
  court: '人民法院',
} as const;

/** The remedy sentence for a decision of `procedure` on `day`; an organ setting the form names and lacks is missing. */
export function remedySentence(
  organ: Pick<IssuingOrgan, 'review_bodies' | 'superior_organ' | 'court' | 'sentences'>,
  procedure: RemedyProcedure,
  day: IsoDate,
): Filled {
  const form = remedyForm(procedure, day);
  const values = {
    review_bodies: organ.review_bodies.filter((b) => b.trim() !== '').join('或者'),
    superior_organ: organ.superior_organ,
    court: organ.court,
  };
  const filled = form.needs.map((k) =>
    required(values[k], `organ.${k}`, LABELS[k], `行政处罚法 第五十九条第一款第（五）项；${form.basis}`),
  );
  const vars = Object.fromEntries(form.needs.map((k, i) => [k, filled[i]!.value]));
  return { text: sentence(organ, form.id, form.text, vars), missing: allMissing(...filled) };
}
