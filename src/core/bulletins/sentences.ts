/**
 * The sentences of a typical-case bulletin (典型案例通报) a unit may reword: each a template with {placeholders},
 * filled by `sentence` (../documents/format.ts: a placeholder without a value is an error naming it). The defaults
 * follow the seed bulletin (fixtures/bulletins/dev/ningxia-2021.txt): 「…网安部门在工作中发现，…。…网安部门根据《…》
 * 第…条之规定，给予…罚款1500元的行政处罚。」
 */
export const BULLETIN_SENTENCES = {
  /** The title when none is given. */
  title: '{unit}{period}网络安全行政执法典型案例通报',
  /** The introduction: period, unit, number of cases. */
  intro:
    '为进一步督促网络运营者落实网络安全保护义务，{period}，{unit}依法查处了一批网络安全违法案件。现将其中{count}起典型案例通报如下。',
  /** A section heading: 案例一：某公司未履行网络安全等级保护义务案. */
  heading: '案例{ordinal}：{name}',
  /** The facts: who found what, when. {date} is 「2021年1月，」 or empty. */
  facts: '{date}{agency}在工作中发现，{party}{facts}。',
  /** The decision: the citations and the sanctions. */
  decision: '{agency}{basis}给予{party}{sanctions}的行政处罚。',
  /** {basis} with the provisions cited; a case citing none is decided 依法. */
  basis: '根据{citations}之规定，',
  /** The persons of a unit punished with it ({clauses} joined by ，). */
  responsible: '同时{clauses}。',
  /** One of them: 对该单位直接负责的主管人员给予罚款人民币5000元的行政处罚. */
  responsibleClause: '对该单位{person}给予{sanctions}的行政处罚',
  /** The 警示意义 paragraph: the statute's words of the obligations the applied rules enforce, then the reminder. */
  lesson:
    '警示意义：{obligations}各网络运营者和广大网民要对照上述规定落实安全保护义务、规范网络行为，违反规定的，公安机关将依法查处。',
} as const;

export type BulletinSentenceKey = keyof typeof BULLETIN_SENTENCES;
