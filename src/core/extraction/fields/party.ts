/**
 * The party sanctioned: its name as published (masked forms such as 闫某, 某公司, 侯某某 stay masked) and its kind.
 * The name is read from the sentence that imposes the sanction (对赵某予以…, 给予该传媒工作室警告…); a reference
 * (该公司, 其) is resolved to the fuller mention earlier in the case or in its title (苏州某科技有限公司).
 */
import type { PartyKind } from '../../shared/case-record.js';
import { placePrefix } from './place-prefix.js';
import { declaredResponsible } from './responsible.js';
import { allMatches } from '../../shared/regex.js';
import { unitOfOfficerList } from '../respective.js';

const PERSON_END =
  /((账号|帐号)(运营者|运营人|管理者|主体)|^[\u4e00-\u9fff]{1,2}某{1,2}|[^\u4e00-\u9fff]某|网民|居民|男子|女子|个人|主播|博主|老板|店主|摊主|经营者|员工|职工|人员|管理人|管理员|负责人|用户|学生|司机|网友|村民|嫌疑人|当事人|站长|群主|版主|主播|账号|帐号|某人|某男|某女)$/;
const ORG_WORD =
  /(公司|企业|单位|机构|主体|网站|平台|医院|诊所|学校|学院|大学|幼儿园|中学|小学|校|运营者|宾馆|网吧|中心|局|厅|委|办|所|室|店|行|社|会|集团|银行|酒店|宾馆|旅馆|网吧|网咖|网苑|工作室|营业厅|超市|商场|运营商|场所|部|站|馆|院|厂|合作社|小程序|APP|App|应用|系统|商行|门店|代办点|公众号|企业号|政府|村委|街道|项目部|物业)/;

/** A person named by role, under the unit that employs them: 某公司员工白某某, 该公司的运维人员, 网吧网管. */
const BY_ROLE =
  /(员工|职工|工作人员|店员|客服|网管|运维人员|技术人员)([\u4e00-\u9fff]某{1,2}[\u4e00-\u9fff]?)?$/;

/** A website or a public account by its name: 千篇网, “某某在线”网, 微信公众号“某某”. */
const SITE_OR_ACCOUNT = /[^民友]网$|(公众号|网站|平台)“[^”]+”$/;
/** An account by its quoted name is its holder's: 抖音账号“某某” (individual, as 账号运营者). */
const ACCOUNT = /(账号|帐号)“[^”]+”$/;

export function partyKind(name: string): PartyKind {
  if (PERSON_END.test(name) || BY_ROLE.test(name) || ACCOUNT.test(name)) return 'individual';
  if (ORG_WORD.test(name) || SITE_OR_ACCOUNT.test(name)) return 'organization';
  if (/^[\u4e00-\u9fff]{1,2}某/.test(name)) return 'individual';
  return 'individual';
}

/** What 对…开展 goes on to when it tells an inspection or a training (专项检查, 安全排查, 教育培训), not a measure. */
const INSPECTION = /^[^，。；]{0,8}?(?:检查|排查|巡查|核查|整治|执法|教育|培训|宣传|演练)/;

const SANCTION_WORDS =
  '罚款|警告|行政|拘留|责令|没收|吊销|处以|处罚|予以|给予|作出|进行|依法|分别|并处|开展|的违法行为|的行为|约谈|关停|封禁|通报';
// (A numeral after 第 is an ordinal inside a name — 第三实验小学, 第一中学 — never an amount.)
const AMOUNT_START = '(?<!第)[0-9一二三四五六七八九十壹贰叁肆伍陆柒捌玖]';
/** Each pattern with a word it cannot match without: a sentence lacking the word is not scanned by it. */
const OBJECT_PATTERNS: readonly (readonly [cue: string, re: RegExp])[] = [
  // 针对千篇网传播…，作出…: the one a work report's clause is about.
  ['针对', /针对([^，。；：]{2,24}?)(?=网站|所属|传播|违规|仿冒|未|存在|提供|发布|从事|的)/g],
  [
    '对',
    new RegExp(
      `(?<![针核比校查面应相绝反])对(?!${SANCTION_WORDS})([^，。；：]{1,60}?)(?:${SANCTION_WORDS})`,
      'g',
    ),
  ],
  // 某局对未留存日志的某科技公司，依据…第五十九条处罚款八万元: the object described before the comma of its basis
  // (a round-up's one-sentence case; the name follows the description's last 的, its particulars （男，26岁，…） after it).
  [
    '，依据',
    /对(?<![针核比校查面应相绝反]对)((?:[^，。；：的]{0,40}的){1,3}[^，。；：的（(]{1,16})(?:[（(][^）)]{1,30}[）)])?，依据[^。；]{1,80}?(?:处|给予|予以|没收)/g,
  ],
  // 没收何某违法所得4800元并处罚款1万元: the one whose gains are confiscated.
  ['没收', /没收([\u4e00-\u9fff]{1,3}某{1,2})(?=违法所得|非法所得|非法获利)/g],
  [
    '给予',
    new RegExp(`给予(?!${SANCTION_WORDS})([^，。；：]{1,30}?)(?:${SANCTION_WORDS}|${AMOUNT_START})`, 'g'),
  ],
  // 约谈该账号运营者，责令其限期整改: 其 is the one summoned.
  ['约谈', /约谈([^，。；：]{1,20}?)[，,；并]+(?:同时)?(?:责令|要求)其/g],
  // 责令张某改正违法行为 / 责令某公司限期整改: the one ordered to put things right (责令“某某”小程序暂停服务 names the thing
  // the party runs, not the party).
  [
    '责令',
    /责令(?!改正|整改|限期|停止|停业|关闭|删除|暂停|其|该|此|上述|立即|及时|依法|马上|尽快)([^，。；：]{1,20}?)(?:立即|限期|于|在)?(?:改正|整改|停止|删除|暂停)/g,
  ],
  ['被', /([^，。；：]{1,30}?)被(?:依法)?(?:处以|处|罚款|行政拘留|警告|给予|予以|责令|没收|吊销|关停)/g],
  // …房地产营销公司——西陵某房地产营销策划有限公司，也被某分局依据…责令改正: the name before 也被, across its comma.
  [
    '被',
    /(?:——|[，。；：]|^)([^，。；：《》—]{2,30}?)[，,](?:也|亦|同样|还|又|均|都)被(?!勒索|攻击|篡改|入侵|植入|盗|窃|泄露|黑客|利用|诈骗|骗|发现|查获|举报|投诉|曝光)[^。]{1,80}?(?:处以|处|罚款|行政拘留|给予|予以|责令|没收|吊销|关停)/g,
  ],
  // 26岁的周某因多次侵入某网站，被某分局依据…处以行政拘留五日: the subject before the 因-clause, across its comma
  // (某公司运营的“某某”App因…，被…: the thing a unit runs is left to the patterns that find its runner); 田某因…，已被…
  // too. Looked for only where 「因」 is written.
  [
    '因',
    /(?:^|[，。；：])(?![^，。；：《》]*?(?:运营|经营|开办|主办)的)([^，。；：《》]{2,40}?)因[^。；]{2,80}?[，,](?:已经|已|也|均)?被(?!勒索|攻击|篡改|入侵|植入|盗|窃|泄露|黑客|利用|诈骗|骗|发现|查获|举报|投诉|曝光)[^。]{1,80}?(?:处以|处|罚款|行政拘留|给予|予以|责令|没收|吊销|关停)/g,
  ],
  // 杨某已被某分局依据…处以行政拘留七日; 该校随即被某分局依据…责令改正 (the adverb of time is no part of the name)
  // (导致信息系统被勒索病毒攻击 / 运单信息被非法获取: what was harmed, not who was punished; 鉴于该公司系首次被发现: how it came to light;
  // 该男子在同年4月被警方查获: who caught him, in a clause of its own.)
  [
    '被',
    /([^，。；：《》]{1,20}?)(?:已经|已|均|先后|随即|随后|当即|旋即|遂)?(被)(?!勒索|攻击|篡改|入侵|植入|盗|窃|泄露|非法|黑客|利用|诈骗|骗|发现|查获|举报|投诉|曝光)[^。]{1,80}?(?:处以|处|罚款|行政拘留|给予|予以|责令|没收|吊销|关停)/g,
  ],
  // 朵某受到了相应的法律制裁
  ['受到', /([^，。；：《》]{1,12}?)(?:已经|已|均)?受到(?:了)?[^，。；]{0,8}?(?:制裁|处罚|处理)/g],
  // 责令该店经营者某某镇某某店（个体工商户）改正: the runner named in apposition after the reference (the bracketed form
  // is cleaned off, the reference dropped below).
  [
    '责令',
    /责令((?:该|此|上述)[\u4e00-\u9fff]{1,6}?(?:经营者|运营者|运营主体|主办者|开办者)[^，。；：]{2,30}?)(?:立即|限期)?(?:改正|整改)/g,
  ],
  // 责令该公司改正 (no other object in the sentence): the unit the reference stands for.
  [
    '责令',
    /责令((?:该|此|上述)(?:公司|企业|单位|酒店|宾馆|网吧|机构|院|校))(?:立即|限期|于|在)?(?:改正|整改|停止|删除|暂停)/g,
  ],
  // 转发该视频的网民管某（男，51岁），被某派出所依据…处以罚款: the subject with its particulars in brackets, across
  // the comma after them (the description before its last 的 is dropped by cleanObject).
  [
    '），被',
    /(?:^|[，。；：])([^，。；：《》]{2,40}?[（(][^（）()]{1,30}[）)])[，,](?:也|亦|还|又)?被(?!勒索|攻击|篡改|入侵|植入|盗|窃|泄露|黑客|利用|诈骗|骗|发现|查获|举报|投诉|曝光)[^。]{1,80}?(?:处以|处|罚款|行政拘留|给予|予以|责令|没收|吊销|关停)/g,
  ],
];

const RESPONSIBLE = /主管人员|责任人员|负责人|法定代表人|责任人/;

/** 被警方查获， — a passive clause of the catching (after optional 已经/已/均/先后). */
const CAUGHT = /^(?:已经|已|均|先后)?被[^，。；]{1,6}?(?:查获|抓获|发现|抓|查处)[，。；]/;
const DEFIANT = /^(?:拒不|逾期不|逾期未|逾期仍未|仍未|仍不)(?:改正|整改)的/;
/** The characters DEFIANT opens on (拒不, 逾期, 仍未), looked at before the pattern runs. */
const JU = '拒'.charCodeAt(0);
const YU = '逾'.charCodeAt(0);
const RENG = '仍'.charCodeAt(0);

/** 该中心（某某服务有限公司）: a reference to a place or service, the company in brackets after it. */
const REFERENCE_RUN_BY =
  /^(?:该|此|上述|涉事)[\u4e00-\u9fff]{1,10}（([\u4e00-\u9fff]{2,24}(?:有限责任公司|有限公司|公司))）$/;

/** A unit's full name (a kind of unit after at least four characters of its own). */
const FULL_UNIT_NAME = /^[\u4e00-\u9fff]{4,}(?:公司|中心|站|院|所|店|吧|学校|厂|馆)$/;

/**
 * 未制定…的某服务站: the text after `from` ends in 的 and a name — a masked one or a unit's full name; not 的行为
 * (the conduct itself), nor a kind alone (一家未履行…的物流公司: a reference to the unit named elsewhere).
 */
function namedAfterDescription(s: string, from: number): boolean {
  const de = s.lastIndexOf('的');
  if (de <= from || de === s.length - 1) return false;
  const name = s.slice(de + 1);
  return name.includes('某') || FULL_UNIT_NAME.test(name);
}

/** Cleans a candidate object phrase: 该案涉及的13家大连互联网企业未落实…的行为 → 13家大连互联网企业. */
function cleanObject(raw: string): string {
  let s = raw.trim();
  // 对拒不改正的某公司处罚款: the defiance describes the object, it is no part of its name (looked for after 拒/逾/仍).
  const c = s.charCodeAt(0);
  if ((c === JU || c === YU || c === RENG) && DEFIANT.test(s)) s = s.replace(DEFIANT, '');
  // 对某药房依据同一条款给予警告: the basis told after the object is no part of its name. Not when the failure
  // describes a unit named after it (对检查中发现未制定…的某服务站): the name after the last 的 is the object.
  const cut = /(存在的?|未|不|没有|擅自|涉嫌|利用|因|依据|依照)/.exec(s);
  if (cut && cut.index > 0 && !namedAfterDescription(s, cut.index)) s = s.slice(0, cut.index);
  // 对何某某处行政拘留 / 对该公司处5万元罚款 / 对赵某另行作出…: the verb and its adverbs are not the name.
  const verb =
    /(?<![事理务])处(?=[0-9０-９一二三四五六七八九十两壹贰叁肆伍陆柒捌玖]|以|行政|警告|罚|拘留|没收)/.exec(s);
  if (verb && verb.index > 0) s = s.slice(0, verb.index);
  // …处 at the end, the object cut before 行政拘留 (办事处, 管理处 are names: only after a name's end).
  s = s.replace(/(?<=某|[司人店吧者校站台厂院户主其])处$/, '');
  // 对其下达《责令改正通知书》: the document handed over is no part of the one it is handed to.
  if (s.includes('《')) s = s.replace(/(?:下达|发出|送达|制发|签发)《.*$/, '');
  // 对赵某另行作出… / 对其仅给予警告: adverbs before the verb.
  s = s.replace(
    /(另行|一并|同时|再次|分别|均|也|亦|仅|只|此前|之前|曾经|曾|已经|已|先后|多次|近日|日前|近期|今日|昨日|昨天|今天|当天|当日)+$/,
    '',
  );
  s = s.replace(/的?(违法|违规)?行为$/, '').replace(/的(账号|帐号|网站|直播间|公众号)$/, '');
  // 该护理中心（某某护理服务有限公司）: a reference with the company that runs it in brackets: the company.
  if (s.endsWith('）') && REFERENCE_RUN_BY.test(s)) return REFERENCE_RUN_BY.exec(s)![1]!;
  // 直接负责的主管人员（分管信息工作的副院长）: a note in brackets after the one named (a role), not the name.
  s = s.replace(/[（(][^（）()]{1,30}[）)]$/, '');
  const de = s.lastIndexOf('的');
  if (de >= 0 && de < s.length - 1) s = s.slice(de + 1);
  s = s.replace(/^(该案涉及|涉事|涉案|上述|相关|犯罪嫌疑人|违法行为人|当事人)/, '');
  // 运营者某某科技有限公司: the role before a name in apposition is not the name.
  // “某某网”运营主体…公司 / “某某”小程序运营者…公司在…栏目推送…: the thing run and the act told after the name are not it.
  if (!s.includes('某')) {
    // “某某热线”网站主办单位甲市某某传媒有限公司 (named in full): the thing run and the runner's role are no part of it.
    const runner = s.startsWith('“') ? s.replace(RUNNER_BEFORE_NAME, '') : s;
    if (runner !== s && UNIT_NAME_END.test(runner)) s = runner;
  } else {
    if (s.startsWith('“'))
      s = s.replace(
        /^“[^”]{1,20}”[\u4e00-\u9fff]{0,4}?(?=运营者|经营者|运营方|主办者|开办者|运营主体|运营单位)/,
        '',
      );
    s = s.replace(/^(?:运营者|经营者|运营方|主办者|开办者|运营主体|运营单位)(?=.{1,12}某)/, '');
    if (s.length > 12 && !s.endsWith('公司') && s.includes('有限'))
      s = s.replace(
        /^([^，。；“”]{2,30}?某[^，。；“”]{0,20}?有限(?:责任)?公司)(?:在|未|于|通过|利用|发布|推送)[^，。；]{2,40}$/,
        '$1',
      );
  }
  return s.replace(/^(依法|予以|对)/, '').trim();
}

/** 该公司 …; 你公司 / 你单位: a quoted 决定书 addresses the party the story named. */
const ANAPHOR = /^(该|此|上述|其|这家|这个|这名|你(?=公司|单位|企业|机构))/;
const LEFT_DOUBLE_QUOTE = 0x201c;

/**
 * 对“亿捷通讯”没收… where the story wrote 个体工商户“亿捷通讯”（的经营者潘某某）: the sole trader under its 字号, an
 * organization named as written without the quotes (blind10's convention: the 字号, not its 经营者); else null.
 */
function quotedTrader(name: string, context: readonly string[]): string | null {
  if (!/^“[^“”]{2,20}”$/.test(name)) return null;
  return context.some((t) => t.includes(`个体工商户${name}`) || t.includes(`${name}（个体工商户`))
    ? name.slice(1, -1)
    : null;
}

/** “某某”APP / “某某”小程序: a thing a unit runs, named in quotes. */
const RUN_THING = /^“[^”]{1,20}”(?:APP|App|app|应用|小程序|网站|公众号|账号|帐号|平台|论坛|客户端)$/;
/** 比如 / 例如 / 譬如 opening a place prefix: the cue of an example. */
const EXAMPLE_CUE = /^(?:比如|例如|譬如)/;

/**
 * The place words before a masked name (six characters at most), without an example's cue (比如泇州某电子商务有限公司 →
 * 泇州): cut here, once per name — as a stop word of placePrefix it would be looked for at every character of every
 * unit and name.
 */
const namePrefix = (text: string, end: number): string => placePrefix(text, end, 6).replace(EXAMPLE_CUE, '');
/** 涉事App / 该网站 / 涉案小程序 — the thing the party runs, by reference alone (no name of its own). */
const THING_REFERRED =
  /^(?:涉事|涉案|该|此|上述)(?:APP|App|app|应用|小程序|网站|公众号|账号|帐号|论坛|客户端)$/;
/** 责令该公司… — an order to the unit the story named. */
const UNIT_ORDERED = /责令(?:该|此|上述)(?:公司|企业|单位|机构)/;
/** A sentence that opens with a person by masked name (付某为他人…, 王某某在…): its 其 is that person. */
const OPENING_PERSON =
  /^[\s\u3000]*([\u4e00-\u9fff]某{1,2})(?![\u4e00-\u9fff]{0,4}(?:公司|单位|机构|网吧|网咖|学校|医院|中心|区|市|县|镇))/;
/** 鉴于何某系受人误导…，对其…: the person a mitigating clause names (the 其 that follows is that person). */
const WEIGHED_PERSON =
  /(?:鉴于|考虑到)([\u4e00-\u9fff]某{1,2})(?=系|是|为|在|已|到案|主动|能够|如实|年满|初次|首次)[^。；]{0,60}?对其/;
/** 对涉事企业罚款, 对运营企业处以…: the class noun alone refers to the unit the story named. */
const BARE_UNIT = /^(?:运营|涉事|涉案)?(企业|公司|单位|主体)$/;

/** The fuller mention of `head` (公司 in 该公司) in the text: 苏州某科技有限公司, 宁夏某软件开发公司. */
/** 贵州某某科技有限公司 …该公司: the full-name pattern of each head (公司, 工作室), compiled once. */
const FULL_NAME = new Map<string, RegExp>();
/** 鹭岛区第二人民医院 …该医院: the place-named pattern of each head, compiled once. */
const PLACED_NAME = new Map<string, RegExp>();
/** How far back a full name is looked for (a case's story). */
const STORY = 1000;

/** What a clause's subject follows: a clause break, or a verb of discovery (…发现，某学校…; 经查某公司…). */
const SUBJECT_BEFORE = /(^|[，,。；;：:\n]|发现|经查|查明)$/;

/** （经营单位为某网络会所） / 登记经营主体为某网络会所: the unit that runs what the story named. */
const OPERATOR_NAMED =
  /(?:经营单位|运营主体|运营单位|登记经营主体|经营主体|开办单位|主办单位)(?:为|是)([\u4e00-\u9fff]{2,12}某[\u4e00-\u9fff]{1,16}?(?:有限责任公司|有限公司|公司|会所|经营部|服务部|工作室|中心|网吧|网咖|宾馆|酒店))/;

/** （鹭岛某某供应链科技有限公司） right after a shorter mention: its fuller name. */
const FULLER_IN_BRACKETS = /^[（(]([\u4e00-\u9fff]{4,30}?)[）)]/;

/** The mention pattern of each head (某…公司 for 该公司), compiled once. */
const MENTION = new Map<string, RegExp>();

/** 该校 is a 中学 or a 学校, 该院 a 医院: the heads an abbreviated reference stands for. */
const HEAD_FORMS: Readonly<Record<string, readonly string[]>> = {
  校: ['中学', '小学', '大学', '学院', '幼儿园', '校'],
  院: ['医院', '卫生院', '学院', '院'],
};

/** The fuller mention of a reference's head, trying what an abbreviated head stands for (该校 → 某中学). */
function antecedentOf(head: string, texts: readonly string[], penalty: string): string | undefined {
  return (
    (HEAD_FORMS[head] ?? [head]).reduce<string | undefined>(
      (found, h) => found ?? antecedent(h, texts, penalty),
      undefined,
    ) ?? antecedentInLead(head, penalty)
  );
}

/**
 * 某职业培训学校官网被植入暗链，经查该校未…，对该校处以罚款: the unit named in the sanction's own sentence, before its
 * first 该 (looked at only when the text before the sentence names none).
 */
function antecedentInLead(head: string, penalty: string): string | undefined {
  const lead = penalty.indexOf('该');
  if (lead <= 0) return undefined;
  const text = [penalty.slice(0, lead)];
  return (HEAD_FORMS[head] ?? [head]).reduce<string | undefined>(
    (found, h) => found ?? antecedent(h, text, ''),
    undefined,
  );
}

function antecedent(head: string, texts: readonly string[], penalty: string): string | undefined {
  if (head === '') return undefined;
  const esc = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let re = MENTION.get(esc);
  if (!re) {
    re = new RegExp(
      // 在 is a verb between them (一名男子在公司…), except in 在线 (某在线教育科技有限公司).
      `(某|一家|一名|一个|一(?=[\\u4e00-\\u9fff])(?![些起直定般切同旦样系线])|“[^”]{1,12}”)((?:在线|[^某该的内在，。；：、\\s]){0,12}?)${esc}`,
      'g',
    );
    MENTION.set(esc, re);
  }
  for (const t of texts) {
    const at = penalty === '' ? -1 : t.indexOf(penalty);
    const before = at > 0 ? t.slice(0, at) : t;
    // The first mention, or a later one that opens a clause as its subject (a story may name the unit twice, the
    // second time as the case has it); a unit named as an object (提供给某装修公司) is not the one referred to.
    let m: RegExpExecArray | null = null;
    for (let x = re.exec(before); x !== null; x = re.exec(before)) {
      const from = x.index - (m === null ? 0 : namePrefix(before, x.index).length);
      // 一家网络公司 in a headline, then 某网络科技有限公司 in the story: the masked name is the party's.
      const named = m !== null && m[1]!.startsWith('一') && x[1] === '某';
      const opens = m === null || named || SUBJECT_BEFORE.test(before.slice(Math.max(0, from - 2), from));
      if (m === null) re.lastIndex = Math.max(re.lastIndex, before.length - STORY);
      if (opens) m = x;
    }
    re.lastIndex = 0;
    if (m) {
      const marker = m[1]!;
      const prefix = namePrefix(before, m.index);
      const core = marker.startsWith('一') ? `某${m[2]}${head}` : `${marker}${m[2]}${head}`;
      // 某科技有限公司（鹭岛某某供应链科技有限公司）: the name in brackets after the mention is the fuller one.
      const fuller = FULLER_IN_BRACKETS.exec(before.slice(m.index + m[0].length));
      if (fuller && fuller[1]!.endsWith(head)) return fuller[1]!;
      // 该网吧（经营单位为某网络会所） / 登记经营主体为某网络会所: the unit that runs it is the party.
      const runner = OPERATOR_NAMED.exec(before.slice(m.index));
      if (runner) return runner[1]!;
      // 某大酒店有限公司…该酒店: the mention runs on to its company form.
      const end = m.index + m[0].length;
      const near = before.slice(end, end + 10);
      const tail = near.includes('公司') ? FULL_NAME_TAIL.exec(near) : null;
      return prefix + core + (tail && !/[某与和及向给的为被将对在]/.test(tail[0]) ? tail[0] : '');
    }
    // 某平台账号“甲乙”…对该账号: the account (or site) by its quoted name.
    if (before.includes(`${head}“`)) {
      const quoted = new RegExp(`(?:^|[\\n。；，：、])([\\u4e00-\\u9fff]{0,8}?${esc}“[^”]{1,20}”)`, 'g');
      const accounts = allMatches(quoted, before);
      if (accounts.length > 0) return accounts[accounts.length - 1]![1];
    }
    // 贵州某某网络科技有限公司所属网站…对该公司: a name given in full, at the start of a sentence or item (or in
    // apposition after the role it plays: …，运营主体某某信息技术有限公司在…).
    let full = FULL_NAME.get(esc);
    if (!full) {
      full = new RegExp(
        `(?:^|[\\n。；！？\\d.、]|(?:反映|发现|查明|经查)[，,]?|运营主体|运营者|经营者|开办者|主办者)([\\u4e00-\\u9fff]{2,20}?${esc})(?=所属|的|[，,在于因为未]|存在|违反|开发|运营|使用|利用|通过|擅自|违规|作为)`,
        'g',
      );
      FULL_NAME.set(esc, full);
    }
    // The story of the case, not the whole bulletin: the name is given shortly before the reference.
    const named = allMatches(full, before.slice(-STORY)).filter((f) => !/该|其|此|某|对|经|被/.test(f[1]!));
    // 发现，辖区数据处理者某某物流科技有限公司的…: the role it plays is no part of the name.
    if (named.length > 0) return named[named.length - 1]![1]!.replace(ROLE_BEFORE_NAME, '');
    // 2022年7月3日，鹭岛区第二人民医院预约挂号网站…该医院: a unit named by its place, opening a clause.
    let placed = PLACED_NAME.get(esc);
    if (!placed) {
      placed = new RegExp(
        `(?:^|[\\n，。；：])([\\u4e00-\\u9fff]{1,8}(?:省|市|区|县|镇|乡|州)[\\u4e00-\\u9fff]{0,10}?${esc})(?![\\u4e00-\\u9fff]{0,2}(?:局|委|办|所|院长))`,
        'g',
      );
      PLACED_NAME.set(esc, placed);
    }
    const byPlace = allMatches(placed, before.slice(-STORY)).filter(
      (f) => !/该|其|此|某|对|经|被/.test(f[1]!),
    );
    if (byPlace.length > 0) return byPlace[byPlace.length - 1]![1];
    // （一）沧澜市第三人民医院。该院…: an item headed by the unit's name alone.
    const headed = (
      before.includes(`${head}。`) || before.includes(`${head}：`)
        ? allMatches(ITEM_HEAD_NAME, before.slice(-STORY))
        : []
    ).filter((f) => f[1]!.endsWith(head) && !/[该其此]/.test(f[1]!));
    if (headed.length > 0) return headed[headed.length - 1]![1];
  }
  return undefined;
}

/**
 * A unit named in full, unmasked, as a clause's subject (…发现，枫港区星驰网吧（个体工商户，经营者陈某）接纳…): a bracketed
 * note after the name is no part of it. 辖区网吧 after 对/在, 该网吧 and masked names (firstEntity's) are not taken.
 */
const SUBJECT_UNIT =
  /(?:^|[\n，,。；：]|发现|查明|经查)(?!涉事|涉案|相关|上述|当事)((?:(?![该其此这对在向从把被的某])[\u4e00-\u9fff]){2,16}?(?:有限责任公司|有限公司|公司|网吧|网咖|会所|酒店|宾馆|医院|学校|工作室|诊所|商行|经营部|服务部))(?=[（(]|未|接纳|违反|存在|提供|擅自|利用|通过|所属|的|在|于|因)(?![\u4e00-\u9fff]{0,2}(?:局|委|办))/g;

/** …检查中发现另一家机构——某某检验有限公司的系统未…，对其给予警告: the unit the decision's own sentence found. */
const FOUND_UNIT =
  /发现(?:[^，。；—]{0,12}——)?([\u4e00-\u9fff]{0,12}某[\u4e00-\u9fff]{1,16}?(?:有限责任公司|有限公司|公司|网吧|网咖|会所|酒店|宾馆|医院|学校|工作室|诊所|中心))(?=的|未|存在|[（(])/;

/** 同日，该局还查实资江县另一家网咖于凌晨仍在营业…，对其给予警告: the other unit, named as the page names it. */
const FOUND_ANOTHER =
  /(?:查实|查明|查获|发现)([\u4e00-\u9fff]{0,8}?另一(?:家|所|个)[\u4e00-\u9fff]{0,8}?(?:有限公司|公司|网吧|网咖|会所|酒店|宾馆|医院|学校|工作室|诊所|中心|店))(?=于|在|未|存在|的|仍|违反|接纳|[^\u4e00-\u9fff])/;

/** The unit FOUND_UNIT (or FOUND_ANOTHER) names before `at` (the 对其) in the penalty sentence, or undefined. */
function foundInSentence(penalty: string, at: number): string | undefined {
  const before = penalty.slice(0, at);
  const found = before.includes('发现') ? FOUND_UNIT.exec(before)?.[1] : undefined;
  return found ?? (before.includes('另一') ? FOUND_ANOTHER.exec(before)?.[1] : undefined);
}

/** 经查，郪州某健身管理有限公司自…: the masked unit an inquiry's finding opens with (its place words before 某). */
const INQUIRED_UNIT =
  /(?:经查|查明|经调查|调查发现|核查发现)[，,]?((?:(?![该其此这对在向从把被的某，。；])[\u4e00-\u9fff]){0,8}某[\u4e00-\u9fff]{1,16}?(?:有限责任公司|有限公司|公司|网吧|网咖|会所|酒店|宾馆|医院|学校|工作室|诊所|商行|经营部|服务部|门店|店))(?![\u4e00-\u9fff]{0,2}(?:有限|公司))/;

/** The unit the case's inquiry (经查…) names first, or undefined. */
function inquiredUnit(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    if (!t.includes('查')) continue;
    const m = INQUIRED_UNIT.exec(t);
    if (m) return m[1];
  }
  return undefined;
}

/** The last unit a case's story names in full as a subject, before the penalty sentence (for 其), or undefined. */
function subjectUnit(texts: readonly string[], penalty: string): string | undefined {
  for (const t of texts) {
    const at = penalty === '' ? -1 : t.indexOf(penalty);
    const before = (at > 0 ? t.slice(0, at) : t).slice(-STORY);
    const found = allMatches(SUBJECT_UNIT, before);
    if (found.length > 0) return found[found.length - 1]![1];
  }
  return undefined;
}

/**
 * 某区某母婴用品店（个体工商户…） / 某区“速度网咖”（个体工商户，经营者：刘某）: a sole trader's 字号 (masked, or quoted
 * as written) with the bracket that says it is one.
 */
const SOLE_TRADER =
  /([\u4e00-\u9fff]{0,12}某[\u4e00-\u9fff]{1,12}?(?:店|网吧|网咖|商行|经营部|服务部|工作室|超市|宾馆|旅馆|诊所|门市部)|“[^“”]{2,20}”)[（(]个体工商户/;

/** The sole trader the case names under its 字号 (without its quotes), if any. */
function soleTrader(context: readonly string[]): string | undefined {
  for (const t of context) {
    if (t.includes('个体工商户')) {
      const m = SOLE_TRADER.exec(t);
      if (m) return m[1]!.startsWith('“') ? m[1]!.slice(1, -1) : m[1]!;
    }
  }
  return undefined;
}

/** An item (（一）, 1．, 一、, or its marker already taken off) whose head is a name alone, closed by 。 or ：. */
const ITEM_HEAD_NAME =
  /(?:^|\n)[\s\u3000]*(?:（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?[\s\u3000]*([\u4e00-\u9fff（）]{2,30}?)[。：:](?=\S)/g;

/** What ends a unit's name (石桥镇极速网吧, 某科技有限公司, 城关第二小学). */
const UNIT_NAME_END =
  /(?:公司|工作室|集团|中心|学校|中学|小学|大学|学院|幼儿园|医院|卫生院|网吧|网咖|会所|酒店|宾馆|诊所|商行|门店|经营部|服务部)$/;

/** The unit that heads the case's first item alone (（二）石桥镇极速网吧。1月22日检查发现…), if any. */
function itemHeadUnit(caseText: string): string | null {
  ITEM_HEAD_NAME.lastIndex = 0;
  const m = ITEM_HEAD_NAME.exec(caseText);
  ITEM_HEAD_NAME.lastIndex = 0;
  if (m === null || m.index !== 0) return null;
  const name = m[1]!;
  return UNIT_NAME_END.test(name) && !/[该其此]/.test(name) && !AGENCY_END.test(name.slice(-3)) ? name : null;
}

/** A unit named with its masked name (桐溪县某农业科技有限公司, 某网络工作室), for a reference of another head. */
const MASKED_UNIT =
  /某[\u4e00-\u9fff]{0,12}?(?:有限责任公司|有限公司|公司|工作室|集团|中心|学校|医院|网吧|网咖|会所|酒店|宾馆|诊所|商行|门店|经营部|服务部)/g;
/** Heads that refer to whatever unit runs the thing (该企业, 其运营主体, 该运营单位). */
const UNIT_REFERENCE = /(企业|单位|主体|运营者|经营者|开发者|机构)$/;

/**
 * 该企业 / 其运营主体 when the story named the unit with another head (经查，其运营主体为某出行科技有限公司…该企业):
 * the last unit named by its masked name before the decision, within the case's story.
 */
function lastNamedUnit(texts: readonly string[], penalty: string): string | undefined {
  for (const t of texts) {
    const at = penalty === '' ? -1 : t.indexOf(penalty);
    const before = (at > 0 ? t.slice(0, at) : t).slice(-STORY);
    let last: RegExpExecArray | undefined;
    MASKED_UNIT.lastIndex = 0;
    for (let m = MASKED_UNIT.exec(before); m !== null; m = MASKED_UNIT.exec(before)) last = m;
    if (last) return namePrefix(before, last.index) + last[0];
  }
  return undefined;
}

/** What a unit's name does not hold (a clause's break, a reference, a particle). */
const NOT_IN_NAME = /[，。；：、“”（）\s该其的被对]/;

/**
 * 该物业公司 for 某物业服务有限公司: the first company the story names by its masked name with the trade (物业) in it,
 * before the decision.
 */
function companyOfTrade(trade: string, texts: readonly string[], penalty: string): string | undefined {
  if (trade.length < 2) return undefined;
  for (const t of texts) {
    const at = penalty === '' ? -1 : t.indexOf(penalty);
    const before = (at > 0 ? t.slice(0, at) : t).slice(-STORY);
    // Each mention of the trade: a 某 a few characters before it, 公司 a few after, nothing between that ends a name.
    for (let k = before.indexOf(trade); k >= 0; k = before.indexOf(trade, k + trade.length)) {
      const mask = before.lastIndexOf('某', k);
      const end = mask < 0 || k - mask > 12 ? -1 : before.indexOf('公司', k + trade.length);
      if (end < 0 || end - k > 16) continue;
      const name = before.slice(mask, end + 2);
      if (!NOT_IN_NAME.test(name)) return namePrefix(before, mask) + name;
    }
  }
  return undefined;
}

/** 该账号管理人, 该网站运营主体: the one who runs a thing the story named (账号“某某”, 某培训网站). */
const RUNNER_OF =
  /^(?:该|其|此|上述)(账号|帐号|公众号|网站|平台|App|APP|小程序)(运营主体|运营者|运营单位|运营人|管理人|管理者|主办者|主办单位)$/;
/** 账号“某某” / “某某”账号 (quotes of either kind): the thing's quoted name. */
const QUOTED_THING = /(账号|帐号|公众号)\s*[“"]([^”"]{1,20})[”"]|[“"]([^”"]{1,20})[”"](账号|帐号|公众号)/g;

/** The name after a role's label (主办者：宁州某公司）). */
const RUNNER_NAME = /^\s*([^，,；;。\n（()）]{2,40})/;

/** The runner of the thing by the thing's name: “某某”账号管理人, 某职业培训网站运营主体; undefined if it was not named. */
function runnerOf(reference: RegExpExecArray, texts: readonly string[], penalty: string): string | undefined {
  const [, thing, role] = reference;
  // （域名：…，主办者：某公司） — the story gave the runner by its label.
  for (const t of texts) {
    const at = penalty === '' ? -1 : t.indexOf(penalty);
    const before = (at > 0 ? t.slice(0, at) : t).slice(-STORY);
    const label = before.lastIndexOf(`${role}：`);
    if (label < 0) continue;
    const name = RUNNER_NAME.exec(before.slice(label + role!.length + 1));
    if (name) return name[1]!;
  }
  if (/账号|帐号|公众号/.test(thing!)) {
    for (const t of texts) {
      const at = penalty === '' ? -1 : t.indexOf(penalty);
      const before = (at > 0 ? t.slice(0, at) : t).slice(-STORY);
      const quoted = allMatches(QUOTED_THING, before).filter((q) => (q[1] ?? q[4]) === thing);
      const last = quoted[quoted.length - 1];
      if (last) return `“${last[2] ?? last[3]}”${thing}${role}`;
    }
    return undefined;
  }
  const named = antecedent(thing!, texts, penalty);
  return named && /某/.test(named) ? named + role! : undefined;
}

const ROLE_WORDS = ['人员的', '员工的', '职工的', '网管的', '店员的', '客服的'];
/** 该运维人员的行为违反了: a person by role (of a unit the story named) as the one who broke the law. */
const ROLE_VIOLATOR =
  /(?:该|此|这名)((?:运维|技术|工作|管理)人员|员工|职工|网管|店员|客服)的(?:上述)?(?:违法)?行为(?:已)?(?:违反|触犯|构成)/g;

/**
 * The person by role whose conduct the story calls unlawful, with the unit they work for as the story first named
 * them (该公司的运维人员 → 某数据服务有限公司的运维人员), or undefined.
 */
function roleViolator(texts: readonly string[], penalty: string): string | undefined {
  for (const t of texts) {
    const at = penalty === '' ? -1 : t.indexOf(penalty);
    const before = (at > 0 ? t.slice(0, at) : t).slice(-STORY);
    if (!ROLE_WORDS.some((w) => before.includes(w))) continue;
    let role: string | undefined;
    for (const m of allMatches(ROLE_VIOLATOR, before)) role = m[1];
    if (role === undefined) continue;
    // The first mention of the role (经查，该公司的运维人员利用…): its unit, resolved if it is a reference.
    const first = before.indexOf(`的${role}`);
    if (first < 0) return role;
    const owner = before.slice(clauseStartOf(before, first), first).replace(/^(经查|经调查|据查|查明)/, '');
    const unit = ANAPHOR.test(owner) ? antecedent(owner.replace(ANAPHOR, ''), texts, penalty) : owner;
    return unit && unit.length <= 24 ? `${unit}的${role}` : role;
  }
  return undefined;
}

const clauseStartOf = (text: string, i: number): number =>
  Math.max(...['，', '。', '；', '：', '\n'].map((c) => text.lastIndexOf(c, i - 1))) + 1;

/** 当事人：… / 企业名称：… (a table's column of the firms punished, read as one sentence per row). */
const PARTY_LABEL =
  /(当事人|行政相对人|被处罚人|被处罚单位|违法行为人|处罚对象|企业名称)(?:名称|姓名)?[：:]\s*([^，。；\n（(]{2,40})/;
/** 现决定对被处罚单位作出… — a decision document calls its party by the label of its head block (被处罚单位：某公司). */
const LABEL_AS_OBJECT = /对(被处罚单位|被处罚人)(?=作出|给予|予以|处以|处)/;

export interface PartyGuess {
  name: string;
  kind: PartyKind;
  /** Read as the object of the imposing sentence (not a fallback to the first party-like mention). */
  explicit: boolean;
}

/** A masked or named party anywhere in the text (昌平某生物技术有限公司, 闫某), for cases with no object. */
const AGENCY_END = /(局|分局|派出所|网信办|办公室|支队|大队|中队|总队|公安|网安|网警|部门)$/;

const EMPLOYEE = /^(员工|职工|工作人员|店员|客服|网管|运维人员)[\u4e00-\u9fff]某/;

/** A unit's name runs without 的 (某运营的一款记账APP is what 某 operates, not a unit). */
const MASKED_ORG = new RegExp(`某[\\u4e00-\\u7683\\u7685-\\u9fff（）A-Za-z]{0,12}?${ORG_WORD.source}`, 'g');

const CASE_NAME_LINE = /^(案件名称|案由|案件标题)[：:]/;
const namesTheCase = (t: string, at: number): boolean => {
  const line = t.lastIndexOf('\n', at) + 1;
  return CASE_NAME_LINE.test(t.slice(line, line + 6));
};

/** The company form that ends a unit's name (某连锁超市有限公司, 某物业 + 服务有限公司, 某网络科技股份有限公司). */
const FULL_NAME_TAIL = /^[\u4e00-\u9fff]{0,6}?(?:股份)?有限(?:责任)?公司|^(?:分)?公司/;

/**
 * A person named as a unit's responsible person (主管人员陈某, 法定代表人王某, a card's 法定代表人：王某): the text before
 * the name and its first character (主管人员营业部经理马某: the officer's post may come between).
 */
const RESPONSIBLE_BEFORE =
  /(?:主管人员|责任人员|负责人|法定代表人|责任人)[：:]?(?:[^，。；：、]{0,6}?(?:经理|主任|总监|主管|站长|店长))?[\u4e00-\u9fff]?$/;

/** A medium's staff before a name (记者, 通讯员, 主持人): the name is a byline's, not a party's. */
const MEDIA_STAFF_BEFORE = /(?:记者|通讯员|主持人|编辑|剪辑|摄像)$/;

/** 某县某科技有限公司未… / 某某文化传媒有限公司违反…: a masked unit as the sentence's subject, at its start. */
const OPENING_UNIT =
  /^[\u4e00-\u9fff]{0,6}某[^\s，。；：、“”（）该其此对被由的局]{1,16}?(?:有限责任公司|有限公司|公司|学校|医院|中心|工作室|网吧|网咖|酒店|宾馆)(?=未|违反|不|拒不|存在|因)/;

/** The masked unit a sentence opens on as its subject (某… near its start), if any. */
function openingParty(sentence: string): string | undefined {
  const mask = sentence.indexOf('某');
  if (mask < 0 || mask > 6) return undefined;
  return OPENING_UNIT.exec(sentence)?.[0];
}

function firstEntity(texts: readonly string[]): string | undefined {
  const person =
    /[^\s，。；：、“”（）从在对向由被将把给与和及的了是为于有某一该此其内区市县省]某{1,2}(?![区市县省镇村地]|单位|部门|小区|[\u4e00-\u9fff]{0,2}(公司|单位|机构))/g;
  for (const t of texts) {
    // The earliest party-like mention that is not an enforcing unit (某市公安局某分局).
    // 张某运营小程序: what a person runs (运营, 开发…) is not a unit's name (某软件开发有限公司, 某房地产开发公司 are).
    // 某公司员工白某某: the unit only says whose employee the person is.
    const orgs = allMatches(MASKED_ORG, t).filter(
      (o) =>
        // (某通讯器材经营部 is a unit's name: 经营部 is its kind.)
        !/^某[^某]*?(运营|经营|开发|开设|创办|使用)(?!(?:股份)?有限|公司|集团|部)/.test(o[0]) &&
        // 白某某为推销其公司: a clause, not a name.
        !/[其为在对将把被向从]/.test(o[0]) &&
        !EMPLOYEE.test(t.slice(o.index + o[0].length, o.index + o[0].length + 8)),
    );
    // 平某 inside 昌平某生物技术有限公司 is not a person.
    // 对直接负责的主管人员陈某罚款: the unit's responsible person is punished beside it, not the case's party.
    const people = allMatches(person, t).filter(
      (p) =>
        !orgs.some((o) => p.index < o.index + o[0].length && o.index < p.index + p[0].length) &&
        !RESPONSIBLE_BEFORE.test(t.slice(Math.max(0, p.index - 15), p.index + 1)) &&
        // 记者颜某采访报道 / 通讯员史某: who reported the story is no party of it.
        !MEDIA_STAFF_BEFORE.test(t.slice(Math.max(0, p.index - 3), p.index)),
    );
    // 案件名称：某小额贷款公司泄露客户信息案 names the case as a title does; the facts name the party in full.
    const candidates = [...orgs, ...people]
      // (The unit words are at most three characters: the test reads the end of the mention only.)
      .filter((m) => !AGENCY_END.test(m[0].slice(-3)) && !namesTheCase(t, m.index))
      .sort((a, b) => a.index - b.index);
    const m = candidates[0];
    if (m) {
      const at = m.index + m[0].indexOf('某');
      const prefix = m[0].startsWith('某') ? namePrefix(t, at) : m[0].slice(0, m[0].indexOf('某'));
      // 某连锁超市 + 有限公司: the unit's full name runs on past the shorter unit word.
      const end = m.index + m[0].length;
      const rest = FULL_NAME_TAIL.exec(t.slice(end, end + 8));
      return prefix + t.slice(at, end) + (rest ? rest[0] : '');
    }
  }
  return undefined;
}

/**
 * @param penalty the sentence(s) that impose the sanctions
 * @param context the case's text and title, searched for the fuller form of 该X
 */
/** The end of a name before its 「（以下简称…）」: the words after the last clause break or linking word. */
const NAME_BEFORE = /([^，。；：、\s的是系为与和及“”]{2,40})$/;

/** 辖区数据处理者 / 网络运营者: the role a unit plays, set before its full name. */
const ROLE_BEFORE_NAME =
  /^(?:辖区|属地|当地|本地)?(?:数据处理者|个人信息处理者|网络运营者|运营者|经营者|开办者|主办者|运营主体|运营单位|经营单位)(?=[\u4e00-\u9fff]{4})/;

/** 该平台运营者 / “某某”App开发者: a thing and its runner's role, set before the runner's name. */
const RUNNER_BEFORE_NAME =
  /^(?:(?:该|此|其|上述)[\u4e00-\u9fff]{0,6}?|“[^”]{1,20}”[\u4e00-\u9fff]{0,4}?)(?:运营者|经营者|运营方|运营主体|运营单位|主办者|主办单位|开办者|开发者)(?=[\u4e00-\u9fff]{4})/;

/** The full name a text declares for a short name (岚山某某信息技术有限公司（以下简称“运维公司”）), if any. */
function declaredFullName(short: string, context: readonly string[]): string | undefined {
  for (const t of context) {
    if (!t.includes('简称')) continue;
    for (const quoted of [`简称“${short}”`, `简称"${short}"`, `简称${short}）`, `简称${short})`]) {
      const at = t.indexOf(quoted);
      if (at < 0) continue;
      const open = Math.max(t.lastIndexOf('（', at), t.lastIndexOf('(', at));
      const m = open > 0 ? NAME_BEFORE.exec(t.slice(Math.max(0, open - 40), open)) : null;
      // 该平台运营者某某健康科技有限公司（以下简称康途公司）: the thing run and its runner's role are no part of the name.
      if (m) return m[1]!.replace(RUNNER_BEFORE_NAME, '');
    }
  }
  return undefined;
}

/** 2025年12月 / 3月份 — a date as a passive clause's subject (2025年12月已被责令改正), never a party. */
const MONTH_ONLY = /^(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}日)?份?$/;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** 该公司信息技术部经理 — an officer of the unit named before, by title only. */
const UNIT_OFFICER =
  /^该(?:公司|企业|单位|集团|平台)[\u4e00-\u9fff]{0,10}(?:副?总经理|经理|总监|主任|董事长|副?总裁)$/;

export function extractParty(penalty: string, context: readonly string[]): PartyGuess | null {
  // A table row read as one sentence (当事人：某公司，…，处罚内容：警告): its 当事人 cell is the party.
  const cell = PARTY_LABEL.exec(penalty);
  if (cell) return { name: cell[2]!.trim(), kind: partyKind(cell[2]!.trim()), explicit: true };
  // (Its 被处 is no passive: the label, looked up in the head block, names the party.)
  const label = penalty.includes('对被处罚') ? LABEL_AS_OBJECT.exec(penalty) : null;
  if (label) {
    const head = context.map((t) => PARTY_LABEL.exec(t)).find((f) => f?.[1] === label[1]);
    if (head) return { name: head[2]!.trim(), kind: partyKind(head[2]!.trim()), explicit: true };
  }
  for (const [cue, re] of OBJECT_PATTERNS) {
    if (!penalty.includes(cue)) continue;
    for (const m of allMatches(re, penalty)) {
      // 该男子在同年4月被警方查获，…没收其…: the 被 tells who caught him (read only after a match that names 被).
      if (m[2] === '被' && CAUGHT.test(penalty.slice(m.index + m[1]!.length))) continue;
      // 杨某对其编造谣言的行为供认不讳: what one confesses to is no object of a sanction.
      if (/^[^，。；]*?(供认|承认|不讳|交代)/.test(penalty.slice(m.index))) continue;
      // 责令该公司改正…，并责令“某某”小程序暂停服务: the unit ordered first is the party, the thing it runs is not.
      if (cue === '责令' && m[1]!.startsWith('“') && UNIT_ORDERED.test(penalty.slice(0, m.index))) continue;
      // 当事人：某科技有限公司 … ● 责令“某某”APP暂停提供服务15日: the thing the labelled party runs, not the party.
      if (
        cue === '责令' &&
        m[1]!.startsWith('“') &&
        RUN_THING.test(m[1]!) &&
        context.some((t) => PARTY_LABEL.test(t))
      )
        continue;
      // 该公司被某网信办…责令改正、给予警告，涉事App被责令暂停提供服务15日: the thing the unit runs, suspended beside
      // it, is not the party.
      if (cue === '被' && THING_REFERRED.test(m[1]!.trim())) continue;
      // 对县内物流企业开展专项检查: what an inspection covers is no object of a sanction.
      if (m[0].endsWith('开展') && INSPECTION.test(penalty.slice(m.index + m[0].length))) continue;
      // 对当事人作出…: the party named in the decision's 当事人：… line.
      if (/^当事人$/.test(m[1]!.trim())) {
        const named = context.map((t) => /当事人[：:]\s*([^\n，。；（(]{2,40})/.exec(t)).find(Boolean);
        if (named) return { name: named[1]!.trim(), kind: partyKind(named[1]!.trim()), explicit: true };
        // 接投诉，反映某健身门店…。经查，某健身管理有限公司…。…责令当事人改正: the unit the inquiry named, not the
        // complaint's wording.
        const inquired = inquiredUnit(context);
        if (inquired) return { name: inquired, kind: 'organization', explicit: true };
      }
      // 对该校和该校分管…的副校长施某分别处以…: the unit is the party, its officer by title fined beside it is not (an
      // officer by role, 对该公司及其主管人员分别…, makes the object no party: looked for below).
      const unit = m[0].endsWith('分别') && !RESPONSIBLE.test(m[1]!) ? unitOfOfficerList(m[1]!) : null;
      const raw = cleanObject(unit ?? m[1]!);
      // 付某为他人…提供帮助，某分局依据…，对其处行政拘留三日: 其 is the person the sentence opens with.
      if (raw === '其') {
        const subject = OPENING_PERSON.exec(penalty);
        if (subject) return { name: subject[1]!, kind: 'individual', explicit: true };
        // 鉴于何某系初犯、…，对其给予警告: 其 is the person the sentence's mitigating clause names.
        const weighed =
          penalty.includes('鉴于') || penalty.includes('考虑到') ? WEIGHED_PERSON.exec(penalty) : null;
        if (weighed) return { name: weighed[1]!, kind: 'individual', explicit: true };
        // …发现，枫港区某某网咖有限公司接纳…。…对其给予警告: the unit the story named in full as its subject (the one
        // its own sentence found first).
        const unit = foundInSentence(penalty, m.index) ?? subjectUnit(context, penalty);
        if (unit) return { name: unit, kind: 'organization', explicit: true };
      }
      if (raw === '' || RESPONSIBLE.test(raw) || /^(其|此|该)$/.test(raw)) continue;
      // 2025年12月已被责令改正: when the order came, not who received it.
      if (isDigit(raw.charCodeAt(0)) && MONTH_ONLY.test(raw)) continue;
      // 该公司信息技术部经理也被罚款: the unit's officer by title, fined beside it, is not the party.
      if (raw.length > 4 && raw.startsWith('该') && UNIT_OFFICER.test(raw)) continue;
      // 孙某作为直接负责的主管人员…。…对孙某罚款五千元: the unit's responsible person, fined beside it, is not the party.
      if (raw.length <= 3 && raw.endsWith('某') && context.some((t) => declaredResponsible(t).includes(raw)))
        continue;
      if (/^(此|此次|本次|这|有关|相关)/.test(raw) || (raw.length < 2 && raw !== '其')) continue;
      // 该网站运营主体广西某文化传媒有限公司: the name in apposition, not the reference before it.
      const apposed =
        /^(?:该|此|上述)[\u4e00-\u9fff]{1,8}?(?:主体|运营者|经营者|单位|机构)(.{0,8}某.+)$/.exec(raw);
      let name = apposed ? apposed[1]! : raw;
      const runner = apposed ? null : RUNNER_OF.exec(raw);
      const byThing = runner ? runnerOf(runner, context, penalty) : undefined;
      if (byThing) name = byThing;
      else if (!apposed && BARE_UNIT.test(raw)) {
        // The story's unit before the title's wording (案例二：某涉事企业…).
        name = lastNamedUnit(context.slice(0, 1), penalty) ?? antecedentOf(raw, context, penalty) ?? raw;
      } else if (!apposed && ANAPHOR.test(raw)) {
        const head = raw.replace(ANAPHOR, '');
        name =
          antecedentOf(head, context, penalty) ??
          // 该物流公司 for 某供应链物流有限公司: the story's name has the company form between.
          (head.length > 2 && head.endsWith('公司')
            ? (antecedentOf(`${head.slice(0, -2)}有限公司`, context, penalty) ??
              companyOfTrade(head.slice(0, -2), context, penalty))
            : undefined) ??
          (UNIT_REFERENCE.test(head) ? lastNamedUnit(context, penalty) : undefined) ??
          raw;
      }
      if (name.length > 40) continue;
      // 某某信息技术有限公司（以下简称“运维公司”）…对运维公司作出…: the name the short name stands for.
      if (name.length <= 12) name = declaredFullName(name, context) ?? name;
      if (name.charCodeAt(0) === LEFT_DOUBLE_QUOTE) {
        const trader = quotedTrader(name, context);
        if (trader !== null) return { name: trader, kind: 'organization', explicit: true };
      }
      return { name, kind: partyKind(name), explicit: true };
    }
  }
  // 当事人：某公司 / 行政相对人：陈某 — a labelled field names the party.
  for (const t of context) {
    const f = PARTY_LABEL.exec(t);
    if (f) return { name: f[2]!.trim(), kind: partyKind(f[2]!.trim()), explicit: true };
  }
  // （二）石桥镇极速网吧。…对其给予警告: an item headed by a unit's name alone names its party.
  const headed = context.length > 0 ? itemHeadUnit(context[0]!) : null;
  if (headed !== null) return { name: headed, kind: 'organization', explicit: false };
  // 该运维人员的行为违反了…，对其作出…: the person named by role whose conduct the story found unlawful.
  const violator = roleViolator(context, penalty);
  if (violator) return { name: violator, kind: 'individual', explicit: false };
  // 某母婴用品店（个体工商户）…责令当事人改正: the shop under its 字号 is the party, not its 经营者 (blind10's convention).
  const trader = soleTrader(context);
  if (trader) return { name: trader, kind: 'organization', explicit: false };
  // 某公司未采取…，处以警告并罚款一万元: a decision with no object whose sentence opens on the one who acted.
  const opener = openingParty(penalty);
  if (opener !== undefined) return { name: opener, kind: partyKind(opener), explicit: true };
  // 对其… / no object (给予警告并处罚款): the first masked or named party of the case.
  const any = firstEntity(context);
  return any ? { name: any, kind: partyKind(any), explicit: false } : null;
}
