/**
 * The issuing organ (文书设置) of the test and bench agency 某县公安局: what its documents print and number with.
 */
import type { IssuingOrgan } from '../../core/documents/model.js';

export const COUNTY_ORGAN: IssuingOrgan = {
  agency: '某县公安局',
  name: '某县公安局',
  code: '某',
  department: '网安',
  review_bodies: ['某县人民政府'],
  superior_organ: '某市公安局',
  court: '某县人民法院',
  bank: '某银行某支行',
  hearing_office: '某县公安局法制大队',
  date_style: 'arabic',
  sentences: {},
  codes: {},
  credit_code: null,
};
