/**
 * Sanctions imposed in a case: kind, amount in yuan, days, target (the party or 直接负责的主管人员/其他直接责任人员).
 *
 * The kinds are those of 行政处罚法 第九条 as the schema names them: 警告 (warning), 罚款 (fine), 没收违法所得/
 * 没收非法财物 (confiscation), 行政拘留 (detention, 治安管理处罚法 第十条), 责令暂停相关业务/停业整顿 (suspension),
 * 吊销 (revocation); 责令改正/责令限期整改 (rectification — 行政处罚法 第二十八条: not a penalty but an order that
 * goes with one); any other measure (关停账号, 通报批评…) and a penalty whose kind the text does not state
 * (依法给予行政处罚) are `other`.
 *
 * Criminal measures in the same text (判处有期徒刑, 罚金, 刑事拘留) and hypothetical ones (可处, 面临处罚) are
 * not sanctions of the case.
 *
 * 行政处罚法（2021）第九条 行政处罚的种类：（一）警告、通报批评；（二）罚款、没收违法所得、没收非法财物；
 * （三）暂扣许可证件、降低资质等级、吊销许可证件；（四）限制开展生产经营活动、责令停产停业、责令关闭、限制从业；
 * （五）行政拘留；（六）法律、行政法规规定的其他行政处罚。
 * 第二十八条第一款 行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。
 * Mapping: 警告 → warning (通报批评, 予以通报 → other); 罚款 → fine; 没收… → confiscation; 暂扣 → other; 吊销 (and 注销/取消
 * 备案) → revocation; 责令停产停业/停业整顿/暂停相关业务 → suspension
 * (责令停止联网/相关服务 with no period → rectification: the unlawful activity ordered to end); 责令关闭/限制从业/关停账号 → other;
 * 行政拘留 → detention; 责令（限期）改正/整改 → rectification.
 */
import type { Sanction, SanctionKind, SanctionTarget } from '../../shared/case-record.js';
import { tryParseChineseInteger } from '../../shared/numerals.js';
import { findMoney, type MoneyMatch } from '../money.js';
import { clauseEnd, clauseStart, splitSentences, stripQuotedStatute } from '../sentences.js';
import { allMatches } from '../../shared/regex.js';
import { declaredResponsible } from './responsible.js';
import { respectiveMeasures, respectiveTargets } from '../respective.js';

/** A sentence about a criminal prosecution: nothing in it is an administrative sanction. */
/** 责令(其)停止/删除 + unlawful content or conduct (违规直播行为, 相关虚假视频); 停止联网/服务: see the suspensions. */
const ORDER_TO_STOP =
  /责令(?:其|当事人|该[\u4e00-\u9fff]{1,4})?(?:立即)?(?:停止|删除|清除)(?!联网|服务|业务|运营)[^，；。]{0,6}?(?:违法|违规|虚假|不实|谣言|有害|侵权)[^，；。]{0,8}/g;
const EARLIER_ORDER = /经[^，；。]{0,12}责令[^，；。]{0,20}?(?:改正|整改)后/;
/** 责令某公司限期改正 / 限期整改: an order to put things right. */
const ORDER = /责令[^，；。]{0,20}?(改正|整改)|(?<!约谈)限期(改正|整改)/g;
/** 追缴其违法所得600元 / 追缴违法所得人民币一千二百元: gains recovered, with their amount. */
const RECOVERED_GAINS =
  /追缴(?:其|该[\u4e00-\u9fff]{1,3})?(?:违法所得|非法所得|非法获利)[^，；。]{0,4}?[\d.〇零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟]+万?元/g;
/** 直至整改完成 / 直到改正 / 待整改到位后: the end of a suspension, the words before 整改 or 改正 in ORDER's match. */
const UNTIL = /(?:直至|直到|待)$/;
/** ORDER with the party's form in brackets before the verb (…某宾馆（个体工商户）改正), looked for only where ） is. */
const ORDER_BRACKETED =
  /责令[^，；。]{0,20}?(?:[（(][^）)，；。]{1,10}[）)])?(改正|整改)|(?<!约谈)限期(改正|整改)/g;
/**
 * What follows an order the party then ignored (…，该院逾期仍未改正 / …，但其拒不整改 / …，但该公司未按要求整改 / …，本轮
 * 检查发现其仍未开展定级备案).
 */
const DEFIED_LATER =
  /^[^。]{0,30}?(?:(?:(?:逾期|到期|期满)[^。，；]{0,4}?(?:未|没有|拒不)[^。，；]{0,4}?|拒不|仍未|仍然未|始终未|未按(?:要求|期限|规定|时)(?:完成)?)(?:改正|整改|改)|(?:仍未|仍然未|依然未|始终未|仍没有)(?:开展|落实|履行|完成|采取|制定|建立|进行))/;
/**
 * A sentence telling that the party ignored an order given before (同年四月复查时，该公司仍未整改 / 仍未落实… / 仍未采取任何
 * 处置措施 / 但复查发现，截至月底，该网站仍允许… / 复查时…问题依旧存在 / 整改流于形式).
 */
const DEFIED =
  /(?:逾期|到期|期满|复查|仍|始终|迟迟|拒不)[^。，；]{0,6}?(?:(?:未|没有|拒不)?(?:改正|整改|改)|(?:未|没有|拒不)(?:落实|履行|完成|采取|处置))|(?:均|都|全部)(?:未|没有)(?:改正|整改)|(?:复查|回访|再次检查)[^。]{0,30}(?:仍|依旧|依然)|流于形式|(?:未|没有)整改到位/;
const ORDER_TO_COMPLY = /责令[^，；。]{0,24}?(?:履行|办理|补办|完善)[^，；。]{0,8}?(?:手续|义务)/;
const CRIMINAL_SENTENCE = /判处|有期徒刑|罚金|缓刑|人民法院|法院判决|以.{0,12}罪/;
/**
 * Statute text restated without quotes (违反本法第四十四条规定…的，由公安机关没收违法所得 / 根据网络安全法第六十四条，侵害个人
 * 信息的，可以处…), quoted as what an article says (第五十九条第一款规定的是“责令改正，给予警告”), or a threat in its form
 * (情节严重的，由文化行政部门吊销…), also a notice's warning to its readers (逾期未改正的，将依据该办法第二十一条…处…以下罚款)
 * and a story's paraphrase of a cap (情节严重的，最高可罚200万元，并可责令暂停相关业务): not a decision.
 */
const STATUTE_SENTENCE =
  /本法|本条例|本办法|本规定|尚不构成犯罪的|的，将(?:依据|依照|根据|按照)|(的|者)，由[^，。]{0,12}(责令|给予|没收|处|吊销)|条[^，。]{0,8}规定[，：:“"][^。]*?的，(处|可以|并处)|(?:根据|按照|依照)[^，。]{0,24}(?:第[^，。]{1,8}条|》规定)[，：:][^。]*?的，(?:对[^，。]{1,6})?(处|可以|并处)/;
/** 情节严重的，最高可罚200万元 — looked for only where 的，最 is written. */
const CAP_PARAPHRASE = /的，(?:最高|最多)可(?:以)?(?:处|罚|并处|责令|吊销)/;
const paraphrasesCap = (raw: string): boolean => raw.includes('的，最') && CAP_PARAPHRASE.test(raw);
/** 第五十九条第一款规定的是“…”: what an article says (looked for only where 规定的 is written). */
const ARTICLE_SAYS = /条[^，。；]{0,8}规定的(?:是|内容是)[“"]/;
const quotesArticle = (raw: string): boolean => raw.includes('规定的') && ARTICLE_SAYS.test(raw);
/**
 * A proposed penalty (行政处罚法 第四十四条: the notice before the decision) — 送达《行政处罚告知书》，拟依据…，对该公司
 * 处罚款8万元: nothing in the sentence is imposed; the decision, if told, comes in its own sentence.
 */
const PROPOSED = /拟(?:依据|根据|依照|按照|对|作出|给予|处以|处)|告知书[^。]{0,12}(?:拟|建议)/;
/**
 * A decision's evidence (以上事实有现场检查笔录、《责令限期改正通知书》及送达回执等证据证实): the documents it lists prove
 * the story; an order named among them is the story's, not imposed here. Looked at only where 证据 is written.
 */
const EVIDENCE =
  /^(?:(?:以上|上述|前述)(?:违法)?(?:事实|行为)|(?:该|其)?(?:违法)?事实)[，,]?(?:有|由|已有)[^。]*?证据/;
/** A clause about criminal procedure or a sanction that was not (yet) imposed (依法不予行政处罚 imposes none). */
const SKIP_CLAUSE =
  /(?:不予|免予)[^，。；]{0,4}处罚|拟(?:作出|给予|处以|对)|刑事拘留|逮捕|取保候审|立案侦查|移送.{0,6}(检察|起诉|司法)|追究.{0,4}刑事|面临|可处|可被处|可以处|可以并处|可并处|可以给予|可给予|可能|最高|最多|上限|将被|或将|一旦|如果|若|(?<!对)拒不改正的|以上|以下|标准|裁量|推断|推测|应当是|应该是|将依法|将承担|将坚决|将严|严惩|承担相应/;

const RESPONSIBLE =
  /直接负责的主管人员|直接主管人员|主管人员|其他直接责任人员|直接责任人员|其他责任人员|相关责任人员|相关责任人|主要负责人|法定代表人|负责人/g;
/** 对公司 / 对该酒店 / 对其 / 对负责… — a sentence that may name an officer of the unit (a cheap first look for OFFICER). */
const UNIT_OBJECT =
  /对(?:(?:该|其)?(?:公司|企业|单位|集团|平台)|(?:该|其)(?:酒店|宾馆|医院|学校|网吧|网咖)|其|负责|负有|分管|主管)/;
/**
 * 对公司分管网站运营的副总经理白某 / 对负责该功能上线的产品总监尹某 / 对负有直接责任的信息科科长某某 / 对分管信息化工作的
 * 副院长周某 / 对该公司总经理处以罚款 / 对该酒店经理、对其总经理…: the unit's officer by title and masked name (or by
 * what the officer was in charge of), or by title alone right before the measure, as a target of its own.
 */
const OFFICER =
  /对(?:(?:该|其)?(?:公司|企业|单位|集团|平台)|(?:该|其)(?:酒店|宾馆|医院|学校|网吧|网咖)|其|负责|负有|分管|主管)[^，。；]{0,16}?((?:副?总经理|经理|总监|主任|董事长|副?总裁|副?(?:院长|校长|馆长|站长)|[科部处股]长)(?:[\u4e00-\u9fff]{1,2}?某|(?=处|罚款|给予|予以|作出)))/g;
/** 该公司信息技术部经理也被罚款 — an officer of the unit by title, the subject of a passive clause that fines them. */
const PASSIVE_OFFICER =
  /(?:该|其|涉事)(?:公司|企业|单位|集团|平台)[^，。；被]{0,10}?(?:副?总经理|经理|总监|主任|董事长|副?总裁)(?:[\u4e00-\u9fff]{1,2}?某)?也?被(?:处以?|依法)?(?:罚款|处罚)/g;
const UNIT_WORD = /(?:该|其|涉事)(?:公司|企业|单位|集团|平台)/;
/** 目前，该App已 / 截至目前，涉事网站已: a report of where the thing stands, right before a measure. */
const STANDS_NOW = /(?:目前|当前|截至目前|现)，[^，；。被]{0,16}已$/;
/** A cheap first look for RESPONSIBLE (every one of its words has one of these). */
const RESPONSIBLE_CUE = /人员|负责人|代表人|责任人/;
const PARTY_SWITCH =
  /(对|给予|责令)(该|其|此|上述)|对[^，。；]{0,20}?(公司|单位|机构|网站|平台|企业|某某?)(?![^，。；]{0,6}(主管人员|责任人员|负责人))/g;

interface Found {
  at: number;
  sanction: Sanction;
  /** How many targets "分别" spreads it over. */
  times: number;
}

const COUNT_WORD = /([两二三四五六七八九十\d]+)(名|人|家|个|位)/;

/** Number of targets listed before 分别 in the clause (直接主管人员和其他责任人员 → 2). */
function spreadCount(clause: string): number {
  if (!clause.includes('分别')) return 1;
  const m = /对?([^，；。]*?)分别/.exec(clause);
  if (!m) return 1;
  const list = m[1]!;
  const counted = COUNT_WORD.exec(list);
  if (counted) {
    const n = tryParseChineseInteger(counted[1]!);
    if (n !== undefined && n > 1 && n <= 50) return n;
  }
  const parts = list.split(/[和及与、]|以及/).filter((p) => p.trim() !== '');
  return Math.max(1, parts.length);
}

const GAINS_BEFORE =
  /(违法所得|非法所得|获利|牟利|收益|金额|营业额|销售额|流水|赃款|损失|价值|费用|价格|售价|收取|支付|收入|资金|投资|注册资本|工资|报酬|充值|转账|涉案)[^，；。]{0,6}$/;

function fineAt(sentence: string, m: MoneyMatch, prevEnd: number): boolean {
  if (m.bound) return false;
  const cs = Math.max(clauseStart(sentence, m.start), prevEnd);
  const ce = clauseEnd(sentence, m.end);
  const pre = sentence.slice(cs, m.start);
  const post = sentence.slice(m.end, ce);
  if (/罚款[^，；。]{0,2}$/.test(pre)) return true;
  // 罚款金额：1.5万元 (a table's labelled column; the colon may have opened a clause); 并处违法所得三倍罚款，即人民币
  // 陆万元整 (the amount of the fine just named).
  const before = sentence.slice(Math.max(0, m.start - 24), m.start);
  if (/罚款(?:金额|数额)[：:]\s*$/.test(before) || /罚款[，,](?:即|计|共计|合计)(?:人民币)?\s*$/.test(before))
    return true;
  if (GAINS_BEFORE.test(pre) || /没收[^，；。]{0,8}$/.test(pre)) return false;
  // 两份文书上的罚款数额相差5万元: a difference between amounts, no fine.
  if (/(?:相差|差额|差了|少了|多了|降低了?|减少了?|减轻了?)[^，；。]{0,2}$/.test(pre)) return false;
  // 罚没款合计73600元: the sum of the confiscation and the fine named before it, no fine of its own.
  if (pre.includes('罚没') && /罚没[^，；。]{0,4}(?:合计|共计|总计)$/.test(pre)) return false;
  if (/罚款|罚没/.test(pre.slice(-14)) || /^[^，；。]{0,4}罚款/.test(post)) return true;
  if (/^的?(行政|治安)?处罚/.test(post)) return true;
  return /(处以?|并处|罚)$/.test(pre);
}

function sanction(
  kind: SanctionKind,
  target: SanctionTarget,
  note: string,
  amount: number | null = null,
  days: number | null = null,
): Sanction {
  return { kind, amount_yuan: amount, days, target, note };
}

/** Target in force at each position of a sentence: switches at 主管人员… and at 对该公司/给予该…. */
const ALWAYS_PARTY = (): SanctionTarget => 'party';

function targetAt(sentence: string): (pos: number) => SanctionTarget {
  const events: { at: number; target: SanctionTarget }[] = [];
  if (RESPONSIBLE_CUE.test(sentence))
    for (const m of allMatches(RESPONSIBLE, sentence)) {
      // 约谈其相关负责人: a person named in a clause that imposes nothing is not a target.
      const clause = sentence.slice(clauseStart(sentence, m.index), clauseEnd(sentence, m.index));
      if (/处|罚|警告|给予|予以|分别|拘留|没收/.test(clause))
        events.push({ at: m.index, target: 'responsible_person' });
      else if (sentence.startsWith('，被', m.index + m[0].length) && /作为[^，。；]*$/.test(clause))
        // 刘某作为直接负责的主管人员，被处以罚款: the role named in its own clause, the penalty in the passive one after.
        events.push({ at: m.index + m[0].length + 1, target: 'responsible_person' });
    }
  // 同时对公司分管网站运营的副总经理白某处以罚款: an officer of the unit punished, named by title.
  if (UNIT_OBJECT.test(sentence))
    for (const m of allMatches(OFFICER, sentence))
      events.push({ at: m.index + m[0].length - m[1]!.length, target: 'responsible_person' });
  // 该公司信息技术部经理也被罚款: the unit's officer by title, fined in a passive clause of their own.
  if (sentence.includes('被') && UNIT_WORD.test(sentence))
    for (const m of allMatches(PASSIVE_OFFICER, sentence))
      events.push({ at: m.index, target: 'responsible_person' });
  // No person named as a target: every sanction is the party's, whatever switches back to it.
  if (events.length === 0) return ALWAYS_PARTY;
  for (const m of allMatches(PARTY_SWITCH, sentence)) events.push({ at: m.index, target: 'party' });
  events.sort((a, b) => a.at - b.at);
  return (pos) => {
    let t: SanctionTarget = 'party';
    let at = -1;
    for (const e of events) {
      if (e.at >= pos) break;
      t = e.target;
      at = e.at;
    }
    // A person named as the target governs its own clause only: 对…主管人员…罚款5000元，并责令整改 orders the party.
    if (t === 'responsible_person' && clauseStart(sentence, pos) !== clauseStart(sentence, at))
      return 'party';
    return t;
  };
}

/**
 * A failure to act told in the facts (未及时注销备案, 没有依法取消…, 拒不停止…, 离职后账号也不注销); a state told of a
 * thing (未被注销的账号) likewise; what may not be done (这类情形是不能罚款的) imposes nothing either.
 */
const NEGATED =
  /(?:未|没有|尚未|并未|从未|拒不|不再|不)(?:被|及时|按规定|按照规定|依法|主动|自行|办理|履行|予以|进行|能|可以|得){0,2}$/;

/**
 * A penalty the party received before, told as its history (该网吧去年曾因…被我所警告, 此前已因同类问题被处罚款, 被某局
 * 下发过《责令限期整改通知书》, 就曾以《责令限期改正通知书》要求…, 曾于2025年11月因…被给予警告): a past decision that makes this one a repeat, not a sanction of this decision.
 */
const PRIOR =
  /(?:^|[^未])曾(?:经)?(?:[于在][^，。；因被]{1,12})?(?:因|被|受到|遭|以《)|此前(?:已|曾)?(?:因|被)|以前(?:曾)?因/;
/** …下发过《 right before the measure (looked for only when the lead ends in 过 or 过《). */
const GIVEN_BEFORE = /(?:下发|发出|送达|开具|作出|出具)过《?$/;
/** 此前检查中下发的《责令限期改正通知书》: an order's document issued at an earlier step (looked for only before 的《). */
const ISSUED_EARLIER =
  /(?:此前|之前|先前|早前|早在|前期|上次)[^，。；]{0,12}(?:下发|发出|送达|开具|出具|作出)的《$/;
const givenBefore = (lead: string): boolean =>
  lead.endsWith('《')
    ? lead.endsWith('过《')
      ? GIVEN_BEFORE.test(lead)
      : lead.endsWith('的《') && ISSUED_EARLIER.test(lead)
    : lead.endsWith('过') && GIVEN_BEFORE.test(lead);

/** A clause that says a measure was not taken (未对郑某处以罚款, 并未给予警告, 未处罚款). */
const NOT_IMPOSED = /^\s*(?:但|且|并)?(?:未|没有|并未|不再)(?:对|给予|予以|作出|处以|并?处)/;

/**
 * A measure a sector's own authority takes (由县教育局对该校予以通报批评): its supervision, not the enforcing unit's
 * penalty — 行政处罚法 第十七条: “行政处罚由具有行政处罚权的行政机关在法定职权范围内实施。” The record is the penalty of
 * the unit that enforces the law cited (NOTES.md, blind11 choices).
 */
const BY_SECTOR_AUTHORITY =
  /由[^，。；]{0,10}(?:教育|卫生健康|卫健|行业主管|上级主管|主管)(?:局|部门|委员会|委|厅)/;
/**
 * 市教育局对该校予以通报批评: the sector authority as the clause's own subject (no other unit before it); 协会已对…会员单位在
 * 行业内予以通报 / 商会对其取消评选资格: an association's own measure on its members (it holds no power to punish: 行政处罚法
 * 第十七条), as a sector authority's is. One pattern for both: skipClauseAt runs for every measure found, and a second
 * test there cost 1.6 % of the extractor's instructions (NOTES.md, "Speed after the blind31–38 passes").
 */
const SECTOR_AUTHORITY_SUBJECT =
  /^(?:[^，。；局厅委办部]{0,6}?(?:教育|卫生健康|卫健|行业主管|上级主管|主管)(?:局|部门|委员会|委|厅)|[^，。；局厅委办部]{0,10}?(?:协会|学会|商会|联合会|行业组织)(?:已经|已|随即|随后|还|也)?)(?:对|给予|予以)/;

const FINE_BOUND = /罚款的?(?:起点|下限)/;

function skipClauseAt(sentence: string, pos: number): boolean {
  const clause = sentence.slice(clauseStart(sentence, pos), clauseEnd(sentence, pos));
  if (clause.includes('由') && BY_SECTOR_AUTHORITY.test(clause)) return true;
  if (SECTOR_AUTHORITY_SUBJECT.test(clause)) return true;
  const s = SKIP_CLAUSE.exec(clause);
  // 对单位的罚款起点为五万元: where the law's range starts, no fine (one regex test: two substring looks cost more).
  if (!s) return FINE_BOUND.test(clause);
  // 以上/以下 only disqualify amounts (handled by the money bound flag), not a whole clause of 给予警告.
  return !/^(以上|以下)$/.test(s[0]);
}

/**
 * 连续查处4起网络谣言案件：1月5日，陈某…被依法行政拘留八日；… — a count that leads, after its colon, into the cases
 * themselves: the count imposes nothing, the cases told after it do. The lead is blanked (same length, so that
 * offsets hold); null when no colon follows the count in its clause or the rest is a statistic too.
 */
function afterCountLead(raw: string): string | null {
  const m = STATISTIC.exec(raw)!;
  const colon = raw.indexOf('：', m.index + m[0].length);
  if (colon < 0 || /[，。；]/.test(raw.slice(m.index + m[0].length, colon))) return null;
  const rest = raw.slice(colon + 1);
  return STATISTIC.test(rest) ? null : '　'.repeat(colon + 1) + rest;
}

/**
 * A rule told for a class of parties, not a decision: 不履行…义务的，可处一万元以上五万元以下罚款 (a range), 对不履行…的，
 * 依照第五十九条予以处罚, 以约谈、责令整改代替处罚 (what some units do instead of punishing). Such a sentence names no
 * party (某) and refers back to none (对其 / 对该…).
 */
const RULE_RANGE = /的，(?:可以?|并)?处[^，。；]{1,16}以上[^，。；]{1,16}以下/;
const RULE_FOR_CLASS = /对[^，。；]{2,24}的，[^，。；]{0,16}予以处罚/;
const INSTEAD_OF = /以[^，。；]{1,16}代替(?:行政)?处罚/;
/** 原第五十九条对…只能责令改正、给予警告，…的才处一万元以上十万元以下罚款: an article as the subject of what it allows. */
const ARTICLE_RULE = /第[^，。；]{1,8}条[^，。；]{0,8}?(?:对|规定)[^。]*?[元日]以上[^，。；]{1,16}以下/;
function statesRule(raw: string): boolean {
  if (raw.includes('某') || raw.includes('对其') || raw.includes('对该')) return false;
  return (
    (raw.includes('以上') && (RULE_RANGE.test(raw) || ARTICLE_RULE.test(raw))) ||
    (raw.includes('予以处罚') && RULE_FOR_CLASS.test(raw)) ||
    (raw.includes('代替') && INSTEAD_OF.test(raw)) ||
    (raw.includes('由') && raw.includes('决定') && DECIDED_BY.test(raw)) ||
    (raw.includes('违者') && VIOLATORS_FACE.test(raw))
  );
}

/** …均规定网络运营者应当…，违者将由公安机关责令改正、给予警告: what any violator faces, no one's penalty. */
const VIOLATORS_FACE = /违者[^，。；]{0,4}(?:由|被|处|依法|给予|予以|受到|责令)/;

/**
 * 下一步，我局将…，对拒不整改的企业，依法采取下架、停止接入等处置措施: what the unit will do from now on, no decision told
 * (looked for only in a sentence that opens on 下, 今 or 接).
 */
const PLAN = /^(?:下一步|下阶段|下一阶段|今后|接下来)[，,]?[^。]*?将/;
const PLAN_OPENS = ['下', '今', '接'].map((c) => c.charCodeAt(0));
/**
 * 2025年，全省公安机关将继续以…为依据…，对拒不整改的，依法从严从重处罚 / 明年，我局将进一步…: a year's plans, told with 将
 * and a word of going on (将 alone may be the object's marker: 将其行政拘留); looked for only where a year opens it.
 */
const YEAR_PLAN =
  /^(?:\d{4}年|明年|来年|新的一年)[，,][^。]*?将(?:继续|进一步|持续|坚持|不断|全面|着力|聚焦)/;
const YEAR_PLAN_OPENS = ['2', '明', '来', '新'].map((c) => c.charCodeAt(0));

/** 警告和五百元以下罚款可由派出所决定: which organ may decide which penalty (行政处罚法 第十七条), no decision told. */
const DECIDED_BY = /(?:可|可以|须|必须|应|应当|只能|一律)由[^，。；]{1,12}?(?:作出|负责)?决定/;

/** Sanctions of one sentence, in text order. */
/**
 * A statistic (警告541人次, 行政拘留115人), a batch (依法关闭…等一批网站) or a summary of several cases (两家涉事企业分别
 * 被处以警告和罚款): a count of sanctions, not a case. An article number (治安管理处罚法》第29条) counts nothing.
 */
const STATISTIC =
  /(警告|拘留|罚款|处罚|关停|整顿|整改|检查|下架|约谈|查处|办理|关闭|注销|删除)[^，。；、]{0,6}?(?<![第\d])\d+(人|家|起|个|款|次|条|余|名|件)|等?一批|一系列|各类违法违规(账号|网站)|[两二三四五六七八九十\d]+(家|名|个|起|人)[^，。；]{0,10}?(分别|均|都)(被|受到|予以|给予)/;

/** What one sentence imposes: its sanctions, else a penalty of unstated kind (GENERIC) at `generic.at`. */
export interface Reading {
  found: readonly Found[];
  generic: { at: number; note: string } | null;
  /** 分别给予A、B、C over a count of parties: each party's measures, in the order named (respectiveList). */
  each?: Respective;
}

/**
 * Each party's measures, in the order the sentence or the story named the parties; `counted` when the sentence without them
 * is only a count (三家企业分别给予…: a statistic), so that it imposes nothing when the story names no parties.
 */
export interface Respective {
  lists: readonly (readonly Sanction[])[];
  counted: boolean;
  /** The parties, when the sentence names them itself (甲公司、乙公司分别给予…). */
  names?: readonly string[];
}

/**
 * The readings of the sentences one page has asked about: its segmentation asks whether a paragraph imposes
 * anything, then its records are built from the same sentences. The reading of a sentence is pure, so the extractor
 * makes one of these per page and passes it down (no figure profits from another page's sentences).
 */
export type SentenceReadings = Map<string, Reading>;

const NOTHING: Reading = { found: [], generic: null };

/** The reading of a sentence, kept in `readings` for the next ask (never mutated: callers copy what they hand out). */
function readingOf(raw: string, readings: SentenceReadings | undefined): Reading {
  // Most sentences name no measure at all: that test is cheaper than keeping them.
  if (!SANCTION_CUE.test(raw)) return NOTHING;
  if (readings === undefined) return readImposing(raw);
  let reading = readings.get(raw);
  if (!reading) {
    reading = readImposing(raw);
    readings.set(raw, reading);
  }
  return reading;
}

/** 这是我县适用《个人信息保护法》作出的首例行政处罚: what the case was (the first of its kind), not a penalty imposed. */
const FIRST_OF_KIND = /(?:首|第一)(?:例|起|宗|件|个|张)/;
const firstOfItsKind = (generic: string): boolean =>
  (generic.includes('首') || generic.includes('第一')) && FIRST_OF_KIND.test(generic);

/** 对一起…的案件作出行政处罚: a lead announcing the case told below (its object a case, not a party), no penalty. */
const A_CASE_OBJECT = /^对一(?:起|宗|件)[^，。；]*案件?$/;
const onACase = (raw: string, at: number): boolean =>
  raw.includes('对一') && A_CASE_OBJECT.test(raw.slice(clauseStart(raw, at), at));

/** 的 right after a GENERIC match (受到处罚的会员单位): the words describe a party, they do not tell a penalty. */
const OF = '的'.charCodeAt(0);

/**
 * 对…负责人进行约谈，责令其限期整改 / 约谈…，责令限期整改: the summons' demand, no decision (an order alone, right
 * after the 约谈).
 */
const INTERVIEW_ORDER = /约谈[^，。；]{0,30}[，,](?:并|同时)?责令(?:其|限期)|被约谈并责令/;

/** 在全县卫生健康系统内 / 在行业内 — the sector where a notice is circulated (before 予以通报 in its clause). */
const WITHIN_SECTOR = /在[^，；。]{0,14}(?:系统|行业)内[^，；。]{0,2}$/;
const interviewOrder = (raw: string, found: readonly Found[]): boolean =>
  found.every((f) => f.sanction.kind === 'rectification') && INTERVIEW_ORDER.test(raw);

/** 行政处罚情况公开如下 / 行政处罚信息: what follows a penalty's word when it names a report on penalties. */
const REPORT_ON = /^(?:情况|信息|结果)/;
/** 对问题突出的3家企业依法 — a counted object right before a penalty of unstated kind. */
/** ，具体情况见下表 / ，详见附表 / ，情况如下: the cases are told below, the sentence only counts them. */
const SEE_BELOW = /^[，,](?:具体|详|见下|如下|情况如下)/;
const COUNTED_OBJECT = /对[^，。；]{0,12}?[两二三四五六七八九十\d]+(?:家|名|个|起|户)[^，。；]{0,8}$/;

/** The reading of a sentence that names a measure (SANCTION_CUE, tested by the caller). */
function readImposing(raw: string): Reading {
  // A criminal, statute or statistic sentence imposes nothing, not even a penalty of unstated kind; nor does a
  // question (任某受到了处罚，那么物业公司有没有责任呢？).
  if (raw.endsWith('？')) return NOTHING;
  if (CRIMINAL_SENTENCE.test(raw) || STATUTE_SENTENCE.test(raw) || quotesArticle(raw) || paraphrasesCap(raw))
    return NOTHING;
  if ((raw.includes('拟') || raw.includes('告知书')) && PROPOSED.test(raw)) return NOTHING;
  if (raw.includes('证据') && EVIDENCE.test(raw)) return NOTHING;
  if (statesRule(raw)) return NOTHING;
  if (PLAN_OPENS.includes(raw.charCodeAt(0)) && PLAN.test(raw)) return NOTHING;
  if (YEAR_PLAN_OPENS.includes(raw.charCodeAt(0)) && YEAR_PLAN.test(raw)) return NOTHING;
  // 对上述三家企业分别给予警告并处罚款5万元、警告并处罚款8万元、警告: a measure list per party, not a count of cases.
  const each = raw.includes('分别') ? respectiveList(raw) : null;
  if (each !== null) return each;
  if (STATISTIC.test(raw)) {
    const cases = afterCountLead(raw);
    return cases === null || !SANCTION_CUE.test(cases) ? NOTHING : readImposing(cases);
  }
  const found = readSentence(raw);
  if (found.length > 0)
    return raw.includes('约谈') && interviewOrder(raw, found) ? NOTHING : { found, generic: null };
  const g = GENERIC.exec(stripQuotedStatute(raw));
  // 东城分局没有重新作出处罚: a penalty not imposed.
  // 对上述受到处罚的会员单位予以通报: a description of parties (受到处罚的…), not a penalty told here.
  const denied =
    g !== null &&
    (/(?:没有|未|不再|并未|尚未)(?:重新|再|另行|依法)?$/.test(
      raw.slice(clauseStart(raw, g.index), g.index),
    ) ||
      raw.charCodeAt(g.index + g[0].length) === OF ||
      // 现将我局…作出的行政处罚情况公开如下: a report on the penalties, not one imposed.
      REPORT_ON.test(raw.slice(g.index + g[0].length)) ||
      // 对问题突出的3家企业依法作出行政处罚，具体情况见下表: a count of parties punished, each told elsewhere.
      (SEE_BELOW.test(raw.slice(g.index + g[0].length)) &&
        COUNTED_OBJECT.test(raw.slice(clauseStart(raw, g.index), g.index))) ||
      // 网吧经营单位和网管本人均受到行政处罚: several parties, none named, all punished: a lead, each told later.
      (raw.includes('均') && SEVERAL_UNNAMED_ALIKE.test(raw.slice(clauseStart(raw, g.index), g.index))));
  if (
    g &&
    !denied &&
    !firstOfItsKind(g[0]) &&
    !onACase(raw, g.index) &&
    !weighed(raw, g) &&
    !skipClauseAt(raw, g.index + g[0].length - 1)
  )
    return { found, generic: { at: g.index, note: g[0] } };
  return NOTHING;
}

/** The kind word an item opens with, carried to the items that give only their value (罚款5万元、8万元). */
const ITEM_KIND = /^(?:处以|并处|处)?(罚款|行政拘留|拘留)/;

/**
 * The reading of a sentence that gives each counted or named party its own measures (respectiveMeasures): every item's sanctions
 * and those the sentence imposes on all of them besides (…，并责令其限期改正), each party's list in `each`; else null.
 */
function respectiveList(raw: string): Reading | null {
  const m = respectiveMeasures(raw);
  if (m === null) return null;
  const { items, from, names } = m;
  const kind = ITEM_KIND.exec(items[0]!)?.[1] ?? '';
  const found: Found[] = [];
  const lists: Found[][] = [];
  let at = from;
  for (const item of items) {
    let own = readSentence(`给予${item}`);
    if (own.length === 0 && kind !== '') own = readSentence(`给予${kind}${item}`);
    if (own.length === 0) return null;
    const offset = at - 2;
    lists.push(own.map((f) => ({ ...f, at: Math.max(at, offset + f.at) })));
    at += item.length + 1;
  }
  // What the sentence imposes outside the object and its list goes on every party.
  const shared = readSentence(raw.slice(0, m.start) + '　'.repeat(m.end - m.start) + raw.slice(m.end));
  const each = lists.map((list) => [...list, ...shared].map((f) => ({ ...f.sanction })));
  // Read as before the parties are found (split-parts.ts): a count's sentence as every item once, another as it reads.
  const counted = STATISTIC.test(raw);
  const respective: Respective = names ? { lists: each, counted, names } : { lists: each, counted };
  if (!counted) return { found: readSentence(raw), generic: null, each: respective };
  for (const list of lists) found.push(...list);
  found.push(...shared);
  found.sort((a, b) => a.at - b.at);
  return { found, generic: null, each: respective };
}

/** 甲单位和乙本人均 / 经营者与从业人员均已: parties joined, none named (某), before a penalty told of them all. */
const SEVERAL_UNNAMED_ALIKE = /^[^，。；某]{1,16}(?:和|与|及|以及)[^，。；某]{1,12}均(?:已经|已|被|依法)*$/;

/** 各应用商店要…，对…采取下架措施: the ；-clause holding `at` opens on 各… and what it 要/应当 do. */
function dutyOfAll(sentence: string, at: number): boolean {
  const from = Math.max(sentence.lastIndexOf('；', at), sentence.lastIndexOf('。', at)) + 1;
  return /^\s*各[^，；。]{1,12}?(?:要|应当|应|须|需)/.test(sentence.slice(from, at));
}

/**
 * 可依法从轻处罚 / 可酌情从重处罚 / 应当减轻处罚: how a penalty may be weighed (a court's or the law's reasoning), not a
 * penalty imposed. Looked at only when the generic words end in 处罚 right after 从轻/从重/减轻.
 */
const WEIGHED = /(?:可|可以|应当|应|酌情)(?:依法|予以|酌情)?(?:从轻|从重|减轻)(?:或者(?:从轻|减轻))?处罚$/;
function weighed(raw: string, g: RegExpExecArray): boolean {
  const end = g.index + g[0].length;
  const before = raw.slice(Math.max(0, end - 4), end - 2);
  return (
    (before === '从轻' || before === '从重' || before === '减轻') &&
    WEIGHED.test(raw.slice(clauseStart(raw, g.index), end))
  );
}

/**
 * The sanctions one sentence names, collected as it is read (readSentence). A sanction whose clause is hypothetical,
 * criminal or not imposed is left out.
 */
class SentenceFinds {
  readonly found: Found[] = [];
  /** Read at the first sanction kept (most sentences the cue lets through keep none). */
  #target: ((pos: number) => SanctionTarget) | null = null;

  constructor(readonly sentence: string) {}

  add(at: number, s: Omit<Sanction, 'target'>): void {
    const sentence = this.sentence;
    if (skipClauseAt(sentence, at)) return;
    const cs = clauseStart(sentence, at);
    // 未及时办理注销手续: what the party failed to do is a fact, not a measure imposed; 未对郑某处以罚款: none imposed;
    // 曾因…被警告: a penalty of the party's past.
    const lead = sentence.slice(cs, at);
    if (NEGATED.test(lead) || NOT_IMPOSED.test(lead) || PRIOR.test(lead) || givenBefore(lead)) return;
    const clause = sentence.slice(cs, clauseEnd(sentence, at));
    this.#target ??= targetAt(sentence);
    this.found.push({ at, sanction: { ...s, target: this.#target(at) }, times: spreadCount(clause) });
  }
}

/** Sanctions of one sentence, in text order (readImposing has set criminal, statute and statistic sentences aside). */
function readSentence(raw: string): Found[] {
  // 王某（女，45岁）: a comma inside brackets does not end a clause.
  const stripped = stripQuotedStatute(raw);
  const sentence = stripped.includes('（')
    ? stripped.replace(/（[^（）]{0,30}）/g, (m) => m.replace(/[，；：]/g, '、'))
    : stripped;
  const finds = new SentenceFinds(sentence);

  // Fines with an amount.
  const fineSpans: [number, number][] = [];
  let prevEnd = 0;
  let prevFine = false;
  for (const m of findMoney(sentence)) {
    // 罚款五万元和一万元: an amount joined to a fine by 和/及/、 is a fine too.
    const joined: boolean =
      prevFine && /^(和|及|、|与|以及)$/.test(sentence.slice(prevEnd, m.start)) && !m.bound;
    prevFine = joined || fineAt(sentence, m, prevEnd);
    if (prevFine) {
      finds.add(m.start, sanction('fine', 'party', m.text, m.yuan));
      fineSpans.push([m.start, m.end]);
    }
    prevEnd = m.end;
  }
  // 罚款 with no amount near it (并处罚款).
  if (sentence.includes('罚款')) {
    for (const m of allMatches(/罚款/g, sentence)) {
      const at = m.index;
      if (/(缴纳|缴清|交纳|缴|了|的)$/.test(sentence.slice(Math.max(0, at - 2), at))) continue;
      // “罚款不是目的” / 罚款只是手段: a remark about fines, none imposed.
      if (/^罚款(决定|金额|数额|已|单|不是|并非|只是)/.test(sentence.slice(at, at + 4))) continue;
      const cs = clauseStart(sentence, at);
      const ce = clauseEnd(sentence, at);
      if (fineSpans.some(([s, e]) => s >= cs - 1 && e <= ce + 1)) continue;
      finds.add(at, sanction('fine', 'party', '罚款'));
    }
  }
  if (sentence.includes('警告')) {
    // 民警告知其… is 民警 告知, not a 警告.
    // 警告处分 is a disciplinary warning (政务处分法 第七条, an employer's rules), not the penalty of 第九条.
    // 警告阶段 / “警告阶段”罚单: the stage of the procedure the law names, not a warning given.
    for (const m of allMatches(
      /警告(?!信息|标识|标志|提示|函|书|语|知|诉|诫|处分|[”"]?(?:阶段|环节))/g,
      sentence,
    )) {
      finds.add(m.index, sanction('warning', 'party', '警告'));
    }
  }
  // 处以五日拘留: the days before the word.
  if (sentence.includes('拘留')) {
    for (const m of allMatches(
      /(?<![\d一二三四五六七八九十两])([\d一二三四五六七八九十两]{1,3})(日|天)(行政)?拘留/g,
      sentence,
    )) {
      if (/刑事$/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
      finds.add(m.index, sanction('detention', 'party', m[0], null, tryParseChineseInteger(m[1]!) ?? null));
    }
  }
  if (sentence.includes('拘留')) {
    for (const m of allMatches(
      /(?<!(日|天))(行政)?拘留\s*([\d一二三四五六七八九十两]{1,3})?\s*(日|天)?/g,
      sentence,
    )) {
      if (/刑事$/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
      const days = m[3] && m[4] ? (tryParseChineseInteger(m[3]) ?? null) : null;
      if (!m[2] && days === null) continue;
      finds.add(m.index, sanction('detention', 'party', m[0], null, days));
    }
  }
  if (sentence.includes('没收')) {
    for (const m of allMatches(
      /没收(违法所得|非法所得|违法财物|非法财物|涉案[^，；。]{0,6}|作案工具|全部|[^，；。]{0,8}?(设备|工具|物品|财物|器材|卡))?/g,
      sentence,
    )) {
      // 没收违法所得金额：0.68万元 (a table's labelled column): the amount after the label.
      const after = m.index + m[0].length;
      const labelled = /^金额[：:]/.test(sentence.slice(after, after + 3));
      const span = sentence.slice(
        m.index,
        Math.min(m.index + 24, clauseEnd(sentence, labelled ? after + 3 : m.index)),
      );
      const money = findMoney(span)[0];
      // 没收违法所得并处罚款一万元: the amount belongs to the fine that comes between.
      const amount =
        money && !money.bound && money.start <= 12 && !/罚|并处/.test(span.slice(m[0].length, money.start))
          ? money.yuan
          : null;
      finds.add(m.index, sanction('confiscation', 'party', m[0], amount));
    }
  }
  // 并追缴其违法所得600元 in a 治安 decision (治安管理处罚法 第十一条: 违法所得…应当追缴): a confiscation of the gains.
  if (sentence.includes('追缴')) {
    for (const m of allMatches(RECOVERED_GAINS, sentence)) {
      const money = findMoney(sentence.slice(m.index, m.index + m[0].length))[0];
      finds.add(m.index, sanction('confiscation', 'party', m[0], money && !money.bound ? money.yuan : null));
    }
  }
  // 责令该店经营者某某镇某某店（个体工商户）改正: the party's form in brackets before the order's verb.
  if (/改正|整改/.test(sentence)) {
    for (const m of allMatches(sentence.includes('）') ? ORDER_BRACKETED : ORDER, sentence)) {
      if (m[0].startsWith('限期') && !/责令/.test(sentence.slice(0, m.index))) continue;
      if (m[0].startsWith('限期') && /责令[^，；。]{0,12}$/.test(sentence.slice(0, m.index))) continue;
      // 经我局7月责令限期改正后，逾期仍未… / 经责令改正后拒不改正: an earlier order the story tells, not this decision's.
      const around = sentence.slice(Math.max(0, m.index - 14), m.index + m[0].length + 3);
      if (around.includes('经') && EARLIER_ORDER.test(around)) continue;
      // 责令该院限期改正，该院逾期仍未改正: the story's earlier order, which the party then ignored.
      if (DEFIED_LATER.test(sentence.slice(m.index + m[0].length))) continue;
      // 责令其暂停新用户注册功能直至整改完成: the suspension lasts until the correction, no order of its own.
      if ((m[0].includes('直') || m[0].includes('待')) && UNTIL.test(m[0].slice(0, -2))) continue;
      finds.add(m.index, sanction('rectification', 'party', m[0]));
    }
  }
  // 责令其停止违规直播行为, 责令删除相关虚假视频: an order to end the unlawful act or take down its content is the
  // order to correct of 行政处罚法 第二十八条第一款 (“应当责令当事人改正或者限期改正违法行为”), not a penalty.
  if (/责令/.test(sentence)) {
    for (const m of allMatches(ORDER_TO_STOP, sentence))
      finds.add(m.index, sanction('rectification', 'party', m[0]));
    // 责令下列网站主办者于…前依法履行备案手续: an order to do what the law requires is the same order to correct.
    if (!/改正|整改/.test(sentence)) {
      const m = ORDER_TO_COMPLY.exec(sentence);
      if (m) finds.add(m.index, sanction('rectification', 'party', m[0]));
    }
  }
  // 停止网站用户注册10天, 停用公众号菜单功能14天, 禁止更新30天: a function stopped for a time is a suspension.
  if (/停止|停用|禁止/.test(sentence)) {
    for (const m of allMatches(
      /(停止|停用|禁止)[^，；。、]{0,10}?(注册|更新|发布|直播|功能|服务)[^，；。、]{0,2}?([\d一二三四五六七八九十两]{1,3})(日|天)/g,
      sentence,
    )) {
      finds.add(m.index, sanction('suspension', 'party', m[0], null, tryParseChineseInteger(m[3]!) ?? null));
    }
  }
  if (/暂停|停业|停产|停机|停止/.test(sentence)) {
    for (const m of allMatches(
      /暂停(相关)?业务|停业整顿|停产停业|责令停业|暂停(?:“[^”]{1,20}”)?[^，；。]{0,8}?(服务|功能|更新|运营|下载|注册|发布|直播|上线|联网)|停机整顿|(责令|决定|给予|予以|处以)[^，；。]{0,6}?停止(相关|提供)?[^，；。]{0,4}?(服务|业务|运营|联网)/g,
      sentence,
    )) {
      const d = /^[^，；。]{0,6}?([\d一二三四五六七八九十两]{1,3})(日|天|个月)/.exec(
        sentence.slice(m.index + m[0].length),
      );
      // 责令停止联网 / 责令停止相关服务 with no period: the unlawful activity itself (a channel opened or a service
      // run without permission) is ordered to end — the order to correct of 第二十八条第一款, not a suspension.
      // 给予停止联网的处罚, 停止联网六个月 stay suspensions.
      if (!d && /^责令/.test(m[0]) && /(联网|服务)$/.test(m[0])) {
        finds.add(m.index, sanction('rectification', 'party', m[0]));
        continue;
      }
      const days = d && d[2] !== '个月' ? (tryParseChineseInteger(d[1]!) ?? null) : null;
      finds.add(m.index, sanction('suspension', 'party', m[0], null, days));
    }
  }
  // 吊销许可证; 注销/取消 ICP 备案 or a licence ends the permission as 吊销 does.
  if (/吊销|注销|取消/.test(sentence)) {
    for (const m of allMatches(
      /吊销[^，；。]{0,12}?(许可证|执照|证书|资格|备案)?|(注销|取消)[^，；。]{0,8}?(备案|许可|资质)/g,
      sentence,
    )) {
      finds.add(m.index, sanction('revocation', 'party', m[0]));
    }
  }
  if (/关停|封禁|封停|关闭|注销|下架|禁言|通报批评|予以通报|限制从业|暂扣/.test(sentence)) {
    // 通报批评 and 对该公司予以通报 (行政处罚法 第九条第（一）项) are penalties; 通报如下 is not.
    for (const m of allMatches(
      /(关停|封禁|封停|关闭|注销|下架|禁言)+(?!窗口)(?:[^，；。]{0,8}?(账号|帐号|网站|应用|APP|App|小程序|直播间|群组|公众号))?|(?:予以)?通报批评|予以通报(?![如下给至到表])|限制从业|责令关闭|暂扣[^，；。]{0,12}?(许可证|执照|证件|证书)/g,
      sentence,
    )) {
      if (/^注销/.test(m[0]) && /^[^，；。]{0,8}?(备案|许可|资质)/.test(sentence.slice(m.index + 2)))
        continue;
      // 各应用商店要…，对未按期整改的App及时采取下架措施: a duty set for every one of a kind, not a measure imposed.
      if (sentence.includes('各') && dutyOfAll(sentence, m.index)) continue;
      // 关闭 alone (关闭窗口, 关闭端口) is not a sanction unless the clause is about an account or a site.
      if (/^关闭/.test(m[0]) && !m[2] && !/责令关闭/.test(m[0])) {
        const clause = sentence.slice(clauseStart(sentence, m.index), clauseEnd(sentence, m.index));
        if (!/账号|帐号|网站|公众号|应用|APP|App|群组|直播间/.test(clause)) continue;
      }
      // 用户注销账号后…: the user's own act, not a measure. 网站被迫关停两天: the harm the attack did, not a measure.
      if (/(用户|自行|主动|申请|被迫)[^，；。]{0,3}$/.test(sentence.slice(Math.max(0, m.index - 5), m.index)))
        continue;
      // 且该校在民警指出后当日关停网站: the party (该校, 其) closing its own site, not a measure imposed on it.
      const doer = sentence.slice(clauseStart(sentence, m.index), m.index);
      // 业主发现，自己的门禁卡莫名其妙被注销: the harm someone found, not a measure imposed.
      if (
        doer.includes('被') &&
        /被[\u4e00-\u9fff]{0,4}$/.test(doer) &&
        sentence.lastIndexOf('发现', m.index) >= 0 &&
        !/责令|予以|依法/.test(doer)
      )
        continue;
      if (
        /^[且并又]?(?:该|其)[^，；。]{0,16}$/.test(doer) &&
        !/责令|要求|予以|给予|对|被|依法|决定/.test(doer)
      )
        continue;
      // 并在全县卫生健康系统内予以通报 / 在行业内通报: a notice circulated inside a sector or system, no penalty.
      if (m[0].endsWith('通报') && WITHIN_SECTOR.test(doer)) continue;
      // 目前，该App已下架整改: where the thing stands now (the party's own step after the decision), not a measure.
      if (doer.endsWith('已') && STANDS_NOW.test(sentence.slice(Math.max(0, m.index - 24), m.index)))
        continue;
      // 学校高度重视，第一时间关停网站 / 我校于当日关停门户网站: the writer closing its own site (its statement's 我校,
      // or the bare 学校/公司 it calls itself), a clause or two before — its own step, not a measure imposed on it.
      if (SELF_DOER.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
      // 民警通知该校关停网站: the party closes its site on the unit's notice (an instruction, no penalty imposed).
      if (/(?:通知|告知|提醒|督促|指导)[^，；。]{0,12}$/.test(doer) && !/责令|决定|处以|给予|予以/.test(doer))
        continue;
      // 平台已对该账号作禁言30日处理: the platform's own measure on its user, not a decision of the enforcing unit.
      if (
        /^[且并]?(?:该|涉事|相关)?(?:平台|运营方|网站方)/.test(doer) &&
        !/责令|要求|被|依法|决定|会同|予以|给予/.test(doer)
      )
        continue;
      // 平台已下线违规直播间…，封禁违规主播账号…: a clause with no subject of its own goes on with the platform's steps.
      if (
        doer === '' &&
        PLATFORM_DID.test(sentence) &&
        !/责令|要求|被|依法|决定|会同|予以|给予/.test(sentence.slice(0, m.index))
      )
        continue;
      if (/^[^，；。]{0,2}(后|时|前)/.test(sentence.slice(m.index + m[0].length))) continue;
      // 未提供账号注销功能: a feature the facts find missing, not a measure.
      if (/^(功能|渠道|方式|按钮|入口|流程|机制|选项)/.test(sentence.slice(m.index + m[0].length))) continue;
      // 禁言15日 / 封禁30天: the measure's duration.
      const d = /^[^，；。]{0,3}?([\d一二三四五六七八九十两]{1,3})(日|天)/.exec(
        sentence.slice(m.index + m[0].length),
      );
      finds.add(
        m.index,
        sanction('other', 'party', m[0], null, d ? (tryParseChineseInteger(d[1]!) ?? null) : null),
      );
    }
  }
  // 对涉案账号和违规信息进行全面清理, 对该账号予以处置: a measure taken on the account (关停 in other words).
  if (/清理|处置/.test(sentence)) {
    for (const m of allMatches(ACCOUNT_MEASURE, sentence))
      finds.add(m.index, sanction('other', 'party', m[0]));
  }
  unstatedBesides(finds);
  const found = finds.found.sort((a, b) => a.at - b.at);
  return pairRespectively(sentence, withLabelledAmounts(sentence, found));
}

/**
 * …决定给予警告并处罚款，罚款金额：1.5万元 / 没收违法所得，没收违法所得金额：0.68万元 (a table row's amount columns) /
 * 并处违法所得三倍罚款，即人民币陆万元整: the labelled amount is the amount of the sanction named before it, not a second one.
 */
function withLabelledAmounts(sentence: string, found: Found[]): Found[] {
  if (!sentence.includes('金额') && !sentence.includes('计') && !sentence.includes('即')) return found;
  const out = [...found];
  for (const f of found) {
    if (f.sanction.amount_yuan === null) continue;
    const labelled =
      /(?:金额[：:]|[，,](?:即|计|共计|合计)(?:人民币)?)\s*$/.test(
        sentence.slice(Math.max(0, f.at - 8), f.at),
      ) || /^没收[^，；。：]{0,8}金额[：:]/.test(sentence.slice(f.at, f.at + 16));
    if (!labelled) continue;
    const same = (g: Found): boolean =>
      g.at < f.at && g.sanction.kind === f.sanction.kind && g.sanction.target === f.sanction.target;
    // 并处罚款贰仟元，罚款金额：0.2万元: the amount stated twice.
    if (out.some((g) => same(g) && g.sanction.amount_yuan === f.sanction.amount_yuan)) {
      out.splice(out.indexOf(f), 1);
      continue;
    }
    const vague = out.findLastIndex((g) => same(g) && g.sanction.amount_yuan === null);
    if (vague >= 0) out.splice(vague, 1);
  }
  return out;
}

/** The writer (我校, 本公司) or its bare 学校/公司 opening the clauses right before a measure, deciding nothing. */
const SELF_DOER =
  /(?:^|[，,])(?:(?:我|本)(?:校|院|公司|单位)|学校|医院|公司)(?:[^，,；;。责令要求予给对被依决通告提督指]{0,10}[，,]){0,2}[^，,；;。责令要求予给对被依决通告提督指]{0,10}$/;

const ACCOUNT_MEASURE =
  /对[^，,；;。]{0,12}?(?:账号|帐号|群组|公众号)[^，,；;。]{0,10}?(?:进行|予以|作)[^，,；;。]{0,4}?(?:清理|处置)/g;
/**
 * The measures that leave a penalty of unstated kind its own sanction when they follow it with 并: no penalty of
 * 第九条 (the order to correct), none it names (关闭群组, 清理账号), or the confiscation that goes with a penalty
 * (网络安全法 第六十三条: 没收违法所得，处…拘留，可以并处…罚款 — 予以行政处罚，并没收其违法所得 is the penalty and the
 * confiscation beside it).
 */
const NOT_A_NAMED_PENALTY: ReadonlySet<SanctionKind> = new Set(['rectification', 'other', 'confiscation']);

/**
 * 依法给予王某行政处罚，并关闭该群组 / 给予其行政处罚，并责令改正 / 予以行政处罚，并没收其违法所得: a penalty of unstated
 * kind, then a further measure that names no other penalty — the penalty is one sanction (`other`) besides the measure. 作出行政处罚，给予警告 names it (no
 * `other`); 给予行政处罚：… lists it.
 */
function unstatedBesides(finds: SentenceFinds): void {
  const { sentence, found } = finds;
  if (found.length === 0 || !found.every((f) => NOT_A_NAMED_PENALTY.has(f.sanction.kind))) return;
  const g = GENERIC.exec(sentence);
  if (!g) return;
  const end = clauseEnd(sentence, g.index + g[0].length - 1);
  const first = Math.min(...found.map((f) => f.at));
  const last = Math.max(...found.map((f) => f.at));
  // 依法给予行政处罚，并关闭该群组 (the penalty first) / 关闭该账号，并依据…，依法对叶某予以行政处罚 (the penalty after)
  // / 会同公安机关关闭该账号，公安机关对叶某予以行政处罚 (the penalty after, by the other body of a joint action).
  const before = first >= end && /^[，；]\s*(?:并|同时|并且|另)/.test(sentence.slice(end));
  const after =
    g.index > clauseEnd(sentence, last) &&
    /[，；]\s*(?:并|同时|并且|另|[\u4e00-\u9fff]{0,8}?(?:公安机关|公安局|分局|网信办|网信部门))[^。]*$/.test(
      sentence.slice(last, g.index),
    );
  if (!before && !after) return;
  finds.add(g.index, sanction('other', 'party', g[0]));
}

/**
 * 对该公司及其直接负责的主管人员分别处以罚款五万元和一万元 / 对该校和该校分管…的副校长施某分别处以罚款二万元、五千元: as
 * many amounts as targets (respectiveTargets) — each target gets its amount, in order, instead of every target getting
 * every amount, and the officer's amount is the responsible person's.
 */
function pairRespectively(sentence: string, found: Found[]): Found[] {
  if (!sentence.includes('分别')) return found;
  let fines = found.filter((f) => f.sanction.kind === 'fine' && f.times > 1);
  if (fines.length < 2) {
    // Each amount read once (罚款二万元、五千元): paired only when an officer is among the targets.
    const at = sentence.indexOf('分别');
    fines = found.filter((f) => f.sanction.kind === 'fine' && f.at > at && f.sanction.target === 'party');
    if (fines.length < 2) return found;
  }
  const at = sentence.lastIndexOf('分别', fines[0]!.at);
  if (at < 0) return found;
  const targets = respectiveTargets(sentence, at, fines.length);
  if (targets === null || (fines[0]!.times === 1 && !targets.includes('responsible_person'))) return found;
  fines.forEach((f, i) => {
    f.times = 1;
    f.sanction.target = targets[i]!;
  });
  return found;
}

/** Words that suggest a sentence imposes something; a cheap test before the full reading. */
export const SANCTION_CUE =
  /罚款|警告|拘留|没收|吊销|责令|处罚|关停|封禁|封停|关闭|注销|下架|禁言|暂扣|停业|暂停|停止|通报批评|予以通报|取消|罚|制裁|法律责任/;

/**
 * A decision of unstated kind: 依法给予行政处罚, 被依法行政处罚, 受到了相应的法律制裁, 依法追究其法律责任 (a criminal
 * 刑事责任 is not one).
 */
const GENERIC =
  /(给予|予以|作出|处以|进行|依法)[^，。；]{0,30}?(行政处罚|治安处罚|治安管理处罚|处罚)(?!决定|款)|受到[了]?[^，。；]{0,6}?(法律制裁|行政处罚|处罚)|追究(?![^，。；]{0,8}刑事)[^，。；]{0,8}?法律责任/;

export interface SanctionSentence {
  /** Offset of the sentence in the text. */
  start: number;
  end: number;
  /** Offset of its first sanction in the text. */
  at: number;
  sanctions: Sanction[];
  /** Only a penalty of unstated kind (依法给予行政处罚). */
  generic: boolean;
  /** A review or a court changed the decision (将罚款五万元变更为罚款二万元): these sanctions replace the earlier ones. */
  changes?: true;
  /** 对上述三家企业分别给予A、B、C: each counted party's sanctions, in order (split-parts.ts gives each its record). */
  each?: Respective;
}

/**
 * …变更为罚款二万元 / 变更为警告 / 将罚款变更为三千元: the changed decision is told after it (the original before it is
 * no longer imposed).
 */
const CHANGED_TO =
  /(?:罚款|拘留)(?:数额|金额|天数|期限)?变更为|变更为(?:对[^，。；]{1,12})?(?:罚款|警告|行政拘留|拘留|处以|处|给予)/;

/** 平台已下线… / 该平台随即…: a sentence that tells what the platform itself has done. */
const PLATFORM_DID = /^[且并]?(?:该|涉事|相关)?(?:平台|运营方|网站方)(?:已经|已|随即|立即|第一时间)/;

/** Who speaks for the party's side (该平台运营方相关负责人表示：“…), not for an enforcing unit. */
const PARTY_SPEAKER = /平台|运营方|运营者|网站方|公司|企业|主播/;
const ENFORCER_SPEAKER = /公安|网安|网警|网信|分局|派出所|支队|大队|执法|监管|管理局|民警|警官/;

/**
 * 平台运营方相关负责人表示：“…并对违规主播账号作出永久封禁处理。” — a measure told inside the quoted words of the
 * party's side is its own act, not the deciding unit's.
 */
function inPartySpeech(text: string, at: number): boolean {
  const open = text.lastIndexOf('：“', at);
  if (open < 0 || text.lastIndexOf('”', at) > open) return false;
  const speaker = text.slice(text.lastIndexOf('。', open) + 1, open);
  return PARTY_SPEAKER.test(speaker) && !ENFORCER_SPEAKER.test(speaker);
}

/** The sentences of `text` that impose something, each with its sanctions. */
/**
 * 经院长办公会研究决定：给予李某记过处分…；对信息科通报批评 — the party's own organisation deciding on its staff (a
 * meeting of its own): internal discipline, no administrative penalty (行政处罚法 第十七条: a penalty is imposed by an
 * administrative organ within its powers).
 */
const INTERNAL_DECISION =
  /(?:办公会|党委会|党委|党组|院务会|校务会|董事会|职代会)(?:议)?(?:集体)?研究(?:[，,]决定|决定[：:，,])/;

/**
 * 公司依据《员工奖惩管理办法》给予吴某警告处分…；对部门负责人予以通报批评 — the organisation itself (公司, 我校, 本院:
 * its statement's own name for itself) deciding a 处分 on its staff: internal discipline as well.
 */
const OWN_DISCIPLINE =
  /^(?:[^，。；]{0,12}[，,])?(?:(?:我|本)(?:司|公司|校|院|单位)|公司|学校|学院|医院|单位)(?:[^，。；]{0,6}?(?:依据|根据|按照|依照)《[^》]{1,30}》[，,]?)?[^，。；]{0,12}?(?:给予|予以|决定|对)/;

/** Whether a text may tell such a decision (what internalDecision looks for first). */
export const mayTellInternal = (text: string): boolean => text.includes('研究') || text.includes('处分');

/** Whether a sentence tells such an internal decision (研究(，)决定 or 处分 looked for first). */
export const internalDecision = (sentence: string): boolean =>
  (sentence.includes('研究') && INTERNAL_DECISION.test(sentence)) ||
  (sentence.includes('处分') && OWN_DISCIPLINE.test(sentence));

/** Whether the clause of `at` is 对 one of the `names` the story declared the unit's responsible person (对孙某罚款). */
function namesOfficer(sentence: string, at: number, names: readonly string[]): boolean {
  let from = clauseStart(sentence, at);
  // 对黎某某处行政拘留五日，并处罚款五万元: 并处 goes on with the clause before it, on the same person.
  if (from > 1 && sentence.startsWith('并处', from) && sentence.charCodeAt(from - 1) === COMMA)
    from = clauseStart(sentence, from - 1);
  const clause = sentence.slice(from, at);
  return names.some((n) => clause.includes(`对${n}`));
}
const COMMA = '，'.charCodeAt(0);

export function sanctionSentences(text: string, readings?: SentenceReadings): SanctionSentence[] {
  const out: SanctionSentence[] = [];
  const sentences = splitSentences(text);
  const speech = text.includes('：“');
  const internal = mayTellInternal(text);
  // Asked only once a sanction on the party is found (most texts that reach here declare no responsible person).
  let responsible: readonly string[] | null = null;
  for (const [i, s] of sentences.entries()) {
    if (speech && inPartySpeech(text, s.start)) continue;
    if (internal && internalDecision(s.text)) continue;
    const read = readingOf(s.text, readings);
    const { generic } = read;
    if (ordersOnly(read.found) && (ignoredOrder(sentences[i + 1]?.text, readings) || onTheSpot(s.text)))
      continue;
    const changed = s.text.includes('变更为') ? CHANGED_TO.exec(s.text) : null;
    const found = changed ? read.found.filter((f) => f.at > changed.index) : read.found;
    const sanctions: Sanction[] = [];
    for (const f of found) {
      const officer =
        f.sanction.target === 'party' &&
        (responsible ??= declaredResponsible(text)).length > 0 &&
        namesOfficer(s.text, f.at, responsible);
      for (let i = 0; i < f.times; i++)
        sanctions.push(officer ? { ...f.sanction, target: 'responsible_person' } : { ...f.sanction });
    }
    if (sanctions.length > 0) {
      const imposing: SanctionSentence = {
        start: s.start,
        end: s.start + s.text.length,
        at: s.start + found[0]!.at,
        sanctions,
        generic: false,
      };
      if (changed) imposing.changes = true;
      if (read.each) imposing.each = read.each;
      out.push(imposing);
      continue;
    }
    if (generic) {
      out.push({
        start: s.start,
        end: s.start + s.text.length,
        at: s.start + generic.at,
        sanctions: [sanction('other', 'party', generic.note)],
        generic: true,
      });
    }
  }
  return out;
}

/** Whether some sentence of `text` imposes something: sanctionSentences(text).length > 0, stopping at the first. */
export function imposesAnything(text: string, readings?: SentenceReadings): boolean {
  const sentences = splitSentences(text);
  const internal = mayTellInternal(text);
  for (const [i, s] of sentences.entries()) {
    if (internal && internalDecision(s.text)) continue;
    const { found, generic } = readingOf(s.text, readings);
    if (generic) return true;
    if (found.length === 0) continue;
    if (!ordersOnly(found) || !(ignoredOrder(sentences[i + 1]?.text, readings) || onTheSpot(s.text)))
      return true;
  }
  return false;
}

/** Whether a sentence's only measures are orders to correct (at least one). */
const ordersOnly = (found: readonly Found[]): boolean =>
  found.length > 0 && found.every((f) => f.sanction.kind === 'rectification');

/**
 * 民警当场下达《责令限期改正通知书》。同年四月复查时，该公司仍未整改。: a sentence whose only measure is an order to
 * correct (ordersOnly, asked first), followed by one telling that the party ignored it — the story's order, not the
 * decision.
 */
function ignoredOrder(next: string | undefined, readings: SentenceReadings | undefined): boolean {
  return next !== undefined && DEFIED.test(next) && readingOf(next, readings).found.length === 0;
}

/** 民警已当场责令整改 / 当场责令其改正: an order given during the inspection, on the spot. */
const ON_THE_SPOT = /当场(?:下达[^，；。]{0,16}?|予以|进行)?(?:责令|督促|指导)/;

/**
 * 另有7家网吧存在…等问题，民警已当场责令整改: a sentence whose only measure (ordersOnly, asked first) is an order given on
 * the spot during the inspection — the inspection's work, not a decision of the unit (no record, no sanction of the
 * case it follows).
 */
const onTheSpot = (sentence: string): boolean => sentence.includes('当场') && ON_THE_SPOT.test(sentence);

/**
 * Every sanction of a case's text. A penalty of unstated kind counts once, and only when no sentence names
 * what was imposed (责令改正 alone is not a penalty, so 责令改正 + 依法给予行政处罚 keeps the `other`).
 */
export function extractSanctions(text: string): Sanction[] {
  return combineSanctions(sanctionSentences(text));
}

/** A sanction's identity when the same one is told twice (kind, amount, days and target). */
export function sanctionKey(s: Sanction): string {
  return `${s.kind}|${s.amount_yuan}|${s.days}|${s.target}`;
}

/** An amountless fine, confiscation or detention after an earlier sentence imposed one with its measure. */
function retold(s: Sanction, specific: readonly Sanction[], own: readonly Sanction[]): boolean {
  if (s.amount_yuan !== null || s.days !== null) return false;
  if (s.kind !== 'fine' && s.kind !== 'confiscation' && s.kind !== 'detention') return false;
  return specific.some(
    (x) =>
      x.kind === s.kind &&
      x.target === s.target &&
      (x.amount_yuan !== null || x.days !== null) &&
      !own.includes(x),
  );
}

export function combineSanctions(sentences: readonly SanctionSentence[]): Sanction[] {
  // A later sentence that repeats a sanction already imposed (a news lead, then the decision) adds nothing.
  const specific: Sanction[] = [];
  /** How many of each sanction the sentences before the current one imposed (kept as they are read). */
  const before = new Map<string, number>();
  for (const sentence of sentences.filter((x) => !x.generic)) {
    const here = new Map<string, number>();
    /** The keys this sentence adds to and removes from `specific`, counted in `before` after it (a vague one replaced). */
    const added: string[] = [];
    const removed: string[] = [];
    for (const s of sentence.sanctions) {
      const k = sanctionKey(s);
      // 复议机关…将罚款五万元变更为罚款二万元: the changed sanction takes the place of the one of its kind.
      const replaced = sentence.changes
        ? specific.findIndex((x) => x.kind === s.kind && x.target === s.target)
        : -1;
      if (replaced >= 0) {
        removed.push(sanctionKey(specific[replaced]!));
        specific[replaced] = s;
        added.push(k);
        continue;
      }
      // →被责令改正，…责令该民宿改正: one order to correct per target, however often a sentence names it.
      if (s.kind === 'rectification' && here.has(k)) continue;
      here.set(k, (here.get(k) ?? 0) + 1);
      if ((here.get(k) ?? 0) <= (before.get(k) ?? 0)) continue;
      // 对吴某处以罚款五百元。…还要罚款。: a later mention of a measured sanction, without its measure, retells it.
      if (retold(s, specific, sentence.sanctions)) continue;
      // 被警告、没收违法所得并罚款 in a lead, then 没收违法所得3600元 in the decision: the amount completes it; so do
      // the days (钟某被依法行政拘留 in a lead, then 给予钟某行政拘留四日).
      const vague =
        s.amount_yuan === null && s.days === null
          ? -1
          : specific.findIndex(
              (x) =>
                x.kind === s.kind &&
                x.target === s.target &&
                x.amount_yuan === null &&
                (x.days === s.days || x.days === null),
            );
      if (vague >= 0 && !sentence.sanctions.includes(specific[vague]!)) {
        removed.push(sanctionKey(specific[vague]!));
        specific[vague] = s;
      } else specific.push(s);
      added.push(k);
    }
    for (const k of added) before.set(k, (before.get(k) ?? 0) + 1);
    for (const k of removed) before.set(k, (before.get(k) ?? 0) - 1);
  }
  const penalties = specific.filter((s) => s.kind !== 'rectification');
  if (penalties.length > 0) return specific;
  const generic = sentences.find((s) => s.generic);
  return generic ? [...specific, ...generic.sanctions] : specific;
}

/** 违法所得 stated in the text, in yuan. */
export function extractIllegalGains(text: string): number | null {
  const m = /(违法所得|非法所得|非法获利|违法收入|获利|牟利)[^，；。]{0,8}?/.exec(text);
  if (!m) return null;
  for (const money of findMoney(text.slice(m.index, m.index + 30))) {
    if (!money.bound && money.start <= m[0].length + 8) return money.yuan;
  }
  return null;
}

/** 违法所得1.2万元 / 违法所得共计3600元: the gains stated right after their word, in figures. */
const GAINS_STATED = /违法所得(?:共计|合计|共|约|达)?(\d+(?:\.\d+)?)(万)?元/g;

/**
 * 违法所得1.2万元，…没收违法所得: the one confiscation of gains the decision states no amount for takes the amount the
 * story (`own`) gave the gains, when the decision confiscates 违法所得 as such and the story states one amount only.
 */
export function confiscatedGains(sanctions: Sanction[], own: string, penalty: string): Sanction[] {
  if (!penalty.includes('没收违法所得')) return sanctions;
  const vague = sanctions.filter((s) => s.kind === 'confiscation' && s.amount_yuan === null);
  const stated = vague.length === 1 ? allMatches(GAINS_STATED, own) : [];
  if (stated.length !== 1) return sanctions;
  const yuan = Math.round(Number(stated[0]![1]) * (stated[0]![2] ? 10000 : 1));
  return sanctions.map((s) => (s === vague[0] ? { ...s, amount_yuan: yuan } : s));
}
