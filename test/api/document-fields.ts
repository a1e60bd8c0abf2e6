/** Test support: the party data a decision document needs beyond a case's Party record (API tests and the soak). */

/** What the case's Party records do not hold and the decision needs (程序规定 第一百七十五条第一款第（一）项). */
export const DOCUMENT_FIELDS = {
  co: { 'party.address': '某县某路1号', 'party.legal_representative': '张某' },
  mgr: {
    'party.sex': '男',
    'party.birth_date': '1980-05-01',
    'party.id_type': '居民身份证',
    'party.id_number': '640000198005010000',
    'party.household': '某县',
    'party.address': '某县某路2号',
    'party.employer': '某科技有限公司',
    'party.record': '无',
  },
};
