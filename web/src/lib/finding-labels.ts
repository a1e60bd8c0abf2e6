/**
 * Chinese names for the check's finding codes (src/core/penalties), shown beside each finding instead of the
 * code itself. A code without a name here shows as 其他问题, never as the raw code.
 */
export const FINDING_LABELS: Readonly<Record<string, string>> = {
  ACCESSORY_WITHOUT_MAIN: '附加处罚缺少主罚',
  AGENCY_NOT_STATED: '未载明作出决定的机关',
  ALTERNATIVES_COMBINED: '择一处罚被并用',
  AUTHORITY_LEVEL: '机关层级不符',
  AUTHORITY_NOT_EMPOWERED: '机关无此处罚权',
  AUTHORITY_UNKNOWN: '无法确定作出决定的机关',
  CONDUCT_BEFORE_LAW: '行为发生在法律施行前',
  CONDUCT_DATE_MISSING: '未载明违法行为日期',
  CONFISCATION_WITHOUT_GAINS: '没收违法所得但未载明违法所得',
  DECISION_BEFORE_CONDUCT: '决定日期早于违法行为',
  DETENTION_ABOVE_MAX: '拘留超过上限',
  DETENTION_AUTHORITY: '拘留决定机关不符',
  DETENTION_BELOW_MIN: '拘留低于下限',
  DETENTION_NEEDS_LAW: '拘留须由法律设定',
  DETENTION_OF_ORGANIZATION: '对单位处以拘留',
  FACTS_CONTRADICT: '事实相互矛盾',
  FACT_ABSENT: '缺少适用条件的事实',
  FINE_ABOVE_MAX: '罚款超过上限',
  FINE_BELOW_MIN: '罚款低于下限',
  FINE_NOT_ALLOWED: '该情形不设罚款',
  INVALID_DATE: '日期无效',
  INVALID_INPUT: '输入无效',
  LAW_NOT_IN_FORCE: '所引法律版本未施行',
  LAW_RULES_NOT_ENCODED: '该法罚则尚未收录',
  LENIENCY_UNCLEAR: '从轻、减轻情节不明',
  NOT_COMPETENT: '无管辖权',
  NO_APPLICABLE_RULE: '无可适用的罚则',
  NO_ARTICLE_CITED: '未引用条文',
  NO_PENALTY_AT_CONDUCT: '行为时无处罚规定',
  NO_PENALTY_RULE: '所引条文无罚则',
  ONE_FINE_PER_ACT: '同一违法行为重复罚款',
  PARTY_NOT_LIABLE: '当事人不属处罚对象',
  PENALTY_ARTICLE_INFERRED: '罚则条文系推定',
  REFERRAL_RULE: '转致条款',
  REQUIRED_SANCTION_MISSING: '缺少应并处的处罚',
  RESPONSIBLE_PERSON_WITHOUT_UNIT: '处罚责任人员而未处罚单位',
  SANCTIONS_SPLIT_ACROSS_TIERS: '处罚分属不同情形',
  SANCTION_KIND_UNKNOWN: '处罚种类不明',
  SANCTION_NOT_PROVIDED: '法定罚则无此处罚',
  UNKNOWN_LAW: '未收录的法律',
  UNKNOWN_PROVISION: '未知条文',
  UNLAWFUL_UNDER_APPLICABLE_LAW: '依应适用的法律违法',
  VERSION_BY_FIT: '按处罚内容推定适用版本',
  VERSION_SPAN_AMBIGUOUS: '适用版本不能确定',
};

export function findingLabel(code: string): string {
  return FINDING_LABELS[code] ?? '其他问题';
}
