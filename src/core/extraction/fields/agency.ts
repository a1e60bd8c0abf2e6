/**
 * The enforcing unit, as written: the unit that is the subject of the sentence imposing the sanction
 * (北京市公安局昌平分局依据…给予…; 县公安局依法给予陈某行政处罚), widened to an earlier, fuller mention of the same
 * unit (兴庆网安部门 → 银川市兴庆区网安部门).
 */
import { placePrefix } from './place-prefix.js';

const UNIT_WORDS = [
  '公安局网络安全保卫支队',
  '网络安全保卫支队',
  '网络安全保卫大队',
  '网络安全保卫总队',
  '网络安全保卫处',
  '网络安全保卫部门',
  '网络安全和信息化委员会办公室',
  '互联网信息办公室',
  '网信办公室',
  '通信管理局',
  '市场监督管理局',
  '市场监管局',
  '网警支队',
  '网警大队',
  '网安支队',
  '网安大队',
  '网安总队',
  '网安分局',
  '网安部门',
  '网安局',
  '网安中队',
  // (《网安法》: the law's short name, no unit.)
  '网安(?!法)',
  '公安分局',
  '公安局',
  '公安厅',
  '公安部',
  '公安处',
  '分局',
  '派出所',
  '公安机关',
  '警方',
  '网警',
  '网信办',
  '网信部门',
  '网信局',
  '网信委',
  '网信',
  '通管局',
  '文化市场综合执法大队',
  '文化市场综合执法支队',
  '综合执法大队',
  '综合执法支队',
  '执法大队',
  '执法支队',
  '执法总队',
  '文化和旅游局',
  '文旅局',
  '市场监管部门',
  '文化广电和?旅游局',
  '文化广电旅游体育局',
  '文广旅体局',
  '文广旅局',
  '文体旅局',
  '通信管理部门',
  // A sector regulator deciding as its data-security authority (数据安全法 第六条: 卫生健康…主管部门).
  '卫生健康委员会',
  '卫健委',
];
// (青网信罚〔2023〕7号, 公网行罚决字: a unit's abbreviation inside a document number is no unit named.)
const UNIT = new RegExp(
  `(${UNIT_WORDS.join('|')})(?!全|络|站|友|上|页|吧|购|店|课|信息|息|罚?〔|[罚决]字)`,
  'g',
);

/** Units that sit under a named one: 北京市公安局 + 昌平分局, 吉安市公安局 + 网安支队. */
const SUB_UNIT =
  /^(分局|公安分局|派出所|网安支队|网安大队|网安中队|网安部门|网安分局|网安|网警支队|网警大队|网络安全保卫.*)$/;

export interface AgencyMention {
  name: string;
  start: number;
  end: number;
}

/** A referral's verb (移送, 移交, 转交, with 给/至/到) read back into a unit's place words. */
const REFERRAL_VERB = /(?:移送|移交|转交)(?:给|至|到)?/;

/** Every unit named in `text`, adjacent names merged (北京市公安局 + 昌平分局 → 北京市公安局昌平分局). */
export function findAgencies(text: string): AgencyMention[] {
  const out: AgencyMention[] = [];
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(text); m !== null; m = UNIT.exec(text)) {
    const last = out[out.length - 1];
    if (m[1] === '网信' && !/^网信(系统)?/.test(text.slice(m.index, m.index + 4))) continue;
    const gap = last ? text.slice(last.end, m.index) : '';
    if (last && SUB_UNIT.test(m[1]!) && gap.length <= 4 && placePrefix(text, m.index, gap.length) === gap) {
      last.name += text.slice(last.end, m.index + m[0].length);
      last.end = m.index + m[0].length;
      continue;
    }
    // The place words never reach back into the previous unit's name.
    let prefix = placePrefix(text, m.index, Math.min(12, m.index - (last?.end ?? 0)));
    // 将线索移送公安机关 / 移交某县公安局: the referral's verb and what it moves are no place words.
    const referral = prefix.length > 2 ? REFERRAL_VERB.exec(prefix) : null;
    if (referral) prefix = prefix.slice(referral.index + referral[0].length);
    out.push({ name: prefix + m[0], start: m.index - prefix.length, end: m.index + m[0].length });
  }
  return out;
}

const ACTS =
  /^(依据|根据|依照|按照|依法|对|给予|决定|作出|予以|处以|责令|联系|联合|在|于|经|认定|当场|遂|即|随即|立即|已|向|，)/;

const UNIT_END = new RegExp(`(${UNIT_WORDS.join('|')})$`);

const strip = (s: string): string => s.replace(/部门|[省市区县州]/g, '');

/** A labelled field naming the deciding unit (处罚机关：无锡市公安局滨湖分局): it outranks units named in the facts. */
const AGENCY_LABEL =
  /(?:^|[\n，。；])(处罚机关|执法机关|作出处罚的机关|处罚单位|执法单位|决定机关|作出决定的机关|作出处罚决定的机关)[：:]\s*([^\n，。；、\s]{2,40})\s*(?=[\n，。；]|$)/;

/** 到公安机关办理…手续 / 向网信部门备案: the unit a party files with (the character before it is 到/向/赴). */
const FILED_WITH = /^(?:办理|申请|备案|报备|登记|履行)/;
const filedAt = (text: string, m: AgencyMention): boolean => {
  const c = text.charAt(m.start - 1);
  return (c === '到' || c === '赴' || c === '向') && FILED_WITH.test(text.slice(m.end, m.end + 2));
};

/** 移送公安机关 / 移交网信部门 / 转交属地派出所: the unit right after a referral's verb. */
const REFERRAL = /(?:移送|移交|转交)(?:给|至|到)?$/;
const referredTo = (text: string, m: AgencyMention): boolean =>
  REFERRAL.test(text.slice(Math.max(0, m.start - 4), m.start));

/**
 * The agency that imposed the sanction at offset `at` of `text` (a case's text), or null. A 处罚机关：… line, when
 * the case has one, names it.
 */
export function extractAgency(
  text: string,
  at: number | null,
  mentions: readonly AgencyMention[] = findAgencies(text),
): string | null {
  const labelled = AGENCY_LABEL.exec(text);
  if (labelled) return labelled[2]!;
  // 公安机关将依法从严处理: a unit that will act (a warning to readers) decided nothing told.
  if (mentions.some((m) => text.charAt(m.end) === '将'))
    mentions = mentions.filter((m) => text.charAt(m.end) !== '将');
  // 已由公安机关另案侦办: a unit handling another matter decided nothing told here.
  if (mentions.some((m) => text.startsWith('另案', m.end)))
    mentions = mentions.filter((m) => !text.startsWith('另案', m.end));
  // …处以罚款六千元。…对1家代理商，已将线索移送公安机关依法处理: a unit a clue is referred to after the decision
  // decided nothing told here (one referred to before it may well be the decider: 移送公安机关后，对其行政拘留).
  const referredLater = (m: AgencyMention): boolean => at !== null && m.start > at && referredTo(text, m);
  if (mentions.some(referredLater)) mentions = mentions.filter((m) => !referredLater(m));
  // 逾期未到公安机关办理联网备案手续: where the party was to file, not who decided.
  if (mentions.some((m) => filedAt(text, m))) mentions = mentions.filter((m) => !filedAt(text, m));
  if (mentions.length === 0) return null;
  const before = at === null ? [] : mentions.filter((m) => m.start < at);
  // Prefer a unit in the same sentence as the sanction.
  const sentenceStart =
    at === null ? 0 : Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const inSentence = before.filter((m) => m.start >= sentenceStart);
  // The subject of the imposing clause: a unit followed by 依据/对/给予…, not one named in passing (未到公安机关办理备案).
  const acting = inSentence.filter(
    (m) =>
      ACTS.test(text.slice(m.end, m.end + 4)) &&
      !/(会同|联合|协同|配合|协助)$/.test(text.slice(Math.max(0, m.start - 2), m.start)),
  );
  // A unit that only helps (会同属地派出所) is not the one that decided.
  const leading = inSentence.filter(
    (m) => !/(会同|联合|协同|配合|协助)$/.test(text.slice(Math.max(0, m.start - 2), m.start)),
  );
  const chosen =
    acting[acting.length - 1] ?? leading[leading.length - 1] ?? before[before.length - 1] ?? mentions[0]!;
  // The same unit named more fully (兴庆网安部门 → 银川市兴庆区网安部门), not a unit under it (城关分局 → 城关分局网安大队).
  const ending = UNIT_END.exec(chosen.name)?.[0];
  const fuller = mentions.find(
    (m) =>
      m !== chosen &&
      m.start < chosen.start &&
      m.name.length > chosen.name.length &&
      strip(m.name).includes(strip(chosen.name)) &&
      (ending === undefined || m.name.endsWith(ending)),
  );
  return (fuller ?? chosen).name;
}

/** The seal's place after a signature (某县公安局（印）, （盖章）): no part of the unit's name. */
const SEAL = /\s*[（(](?:印|盖章|公章|章|签章)[）)]$/;

/** A closing bracket, full-width or ASCII: a seal (（印）) or a short form (（网信办）) ends on one. */
const CLOSE = '）'.charCodeAt(0);
const ASCII_CLOSE = ')'.charCodeAt(0);

/**
 * The unit a line names and nothing else (某省互联网信息办公室 / 某市公安局某分局): the header or signature of a notice,
 * a decision or a letter; null for any other line.
 */
export function signatureUnit(written: string): string | null {
  const last = written.charCodeAt(written.length - 1);
  const line = last === CLOSE || last === ASCII_CLOSE ? written.replace(SEAL, '') : written;
  const units = findAgencies(line);
  return units.length === 1 && units[0]!.start === 0 && units[0]!.end === line.length ? units[0]!.name : null;
}

/** A CJK ideograph (no numeral word is checked here: an ordinal's bracket holds one to three characters). */
const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * The short forms a page declares in brackets right after a name (某省某市互联网信息办公室（网信办）): short form → the
 * words before the bracket (up to 30 ideographs). Read once per page, by its brackets only.
 */
export function declaredShortForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let at = text.indexOf('（'); at >= 0; at = text.indexOf('（', at + 1)) {
    let close = -1;
    for (let j = at + 1; j <= at + 6 && j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === CLOSE) {
        close = j;
        break;
      }
      if (!isIdeograph(c)) break;
    }
    if (close < at + 3) continue;
    let from = at;
    while (from > 0 && at - from < 30 && isIdeograph(text.charCodeAt(from - 1))) from--;
    const short = text.slice(at + 1, close);
    if (at - from >= short.length + 2 && !/^[一二三四五六七八九十]+$/.test(short))
      out.set(short, text.slice(from, at));
  }
  return out;
}

/**
 * A unit named by the short form the page declared in brackets (某省某市互联网信息办公室（网信办）…某市网信办依据…):
 * the short form stands for the declared words, so 某市网信办 is 某市互联网信息办公室 (the place as the sentence
 * gives it, the words as the declaration spells them). Any other name is returned as it is.
 */
export function declaredAgency(name: string, declared: ReadonlyMap<string, string>): string {
  if (name.length > 12) return name;
  for (let k = Math.min(5, name.length); k >= 2; k--) {
    const short = name.slice(-k);
    const full = declared.get(short);
    if (full === undefined) continue;
    const place = name.slice(0, -k);
    if (full.endsWith(short)) return name;
    const from = place === '' ? -1 : full.lastIndexOf(place);
    if (place !== '' && from < 0) return name;
    const words = place === '' ? full : full.slice(from + place.length);
    return words.length > short.length ? place + words : name;
  }
  return name;
}
