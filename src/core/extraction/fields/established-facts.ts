/**
 * The facts a penalty tier turns on (拒不改正, 导致危害网络安全等后果, 情节严重 …) that the case's own text states
 * as having happened: `established_facts` of the record. What the text says did not happen (未造成…), could
 * happen (可能导致…), what a statute says (拒不改正或者导致…的，处…) and what a lesson warns (警方提醒…) establish
 * nothing. A fact the text does not state stays unknown: extraction never records a fact as absent.
 */
import { FACTS, type Fact } from '../../shared/case-record.js';
import { splitSentences, stripQuotedStatute } from '../sentences.js';
import { allMatches } from '../../shared/regex.js';

/** The words that state each fact (tested in order; a span taken by one fact is not read again). */
const FACT_WORDS: readonly { fact: Fact; words: RegExp }[] = [
  // 逾期未改正 / 限期内未整改 / 经责令限期改正仍未改正: a time limit set and passed.
  {
    fact: 'not_rectified_in_time',
    words:
      /逾期(?:仍)?(?:未|不|没有)(?:改正|整改)|期限?内(?:仍)?(?:未|没有)(?:改正|整改)|到期(?:仍)?(?:未|没有)(?:改正|整改)|责令[^，。；]{0,4}?限期(?:改正|整改)[^。；]{0,12}?(?:仍|依然|仍然)(?:未|不|没有)(?:改正|整改)/g,
  },
  // 拒不改正 / 拒不整改 / 经责令改正仍未改正 (an order with no time limit, not obeyed).
  {
    fact: 'refused_rectification',
    words:
      /拒不(?:改正|整改|履行[^，。；]{0,8}?整改)|责令[^，。；限]{0,6}?(?:改正|整改)[^。；限]{0,12}?(?:仍|依然|仍然)(?:未|不|拒不|没有)(?:改正|整改)/g,
  },
  {
    fact: 'especially_serious_consequences',
    words: /(?:造成|导致|致使)[^，。；]{0,16}?特别严重(?:危害网络安全)?(?:的)?后果/g,
  },
  { fact: 'especially_serious_impact', words: /(?:造成|导致|致使)[^，。；]{0,8}?特别严重(?:的)?影响/g },
  {
    fact: 'serious_consequences',
    words: /(?:造成|导致|致使)[^，。；特]{0,16}?严重危害网络安全(?:的)?后果/g,
  },
  // 导致网站被篡改 / 造成公民个人信息泄露 / 导致危害网络安全等后果.
  {
    fact: 'harm_caused',
    words:
      /(?:导致|造成|致使)[^。；！？\n]{0,30}?(?:被[^，。；]{0,10}?(?:攻击|篡改|入侵|植入|挂马|控制|劫持|勒索|加密)|泄露|泄漏|外泄|危害网络安全(?:等)?后果)/g,
  },
  { fact: 'serious_circumstances', words: /情节严重/g },
  { fact: 'relatively_serious_circumstances', words: /情节较重/g },
  { fact: 'minor_circumstances', words: /情节较轻/g },
];

/**
 * Right before the words: they are denied, questioned or only feared (未造成, 尚未导致, 未达到情节严重, 是否拒不改正,
 * 可能导致, 对拒不改正的…).
 */
const DENIED_OR_FEARED =
  /(?:未|没有|没|无|不|并非|不属于|不构成|尚不|是否|有无|可能|可|(?<![交贸])易|将|会|足以|或将|一旦|若|如|如果|以免|避免|防止|谨防|对)(?:因此|由此|因而|曾|会|能|再|达到|达|构成|属于)?$/;
/** Anywhere earlier in the clause: a condition or a warning, not a fact (如果…导致…, 告知其逾期不改正…). */
const CONDITION = /一旦|如果|假如|倘若|万一|若是|如若|告知|否则/;
/** Right after the words: a risk, not a harm (导致数据泄露的风险); a measure, not a finding (视情节严重程度). */
const NOT_A_FACT_AFTER = /^[^，。；]{0,6}?(?:风险|隐患|危险|可能)|^(?:程度|与否)/;
/** The words make a statute's condition (拒不改正或者导致危害网络安全等后果的，处… / 逾期不改正的将…). */
const STATUTE_CONDITION = /的$|^的(?!情形|行为|事实|情况|后果)/;
/** What makes a 的 clause a finding rather than a statute's condition (属于情节严重的情形 / 系拒不改正的). */
const FINDING_HEAD = /(?:属于?|系|构成|认定为?|视为|是)$/;
/** A sentence that restates a statute (《网络安全法》第五十九条规定，…), not one that applies it (依据…之规定). */
const STATUTE_SENTENCE = /条[^。！？\n，]{0,8}?(?<![之的])(?:规定|明确)[：:，,“"]|本法|本条例/;
/** A sentence that opens a lesson inside a case paragraph (警方提醒 / 在此提示广大…): it and the rest of its paragraph. */
const LESSON_HEAD = /提醒|提示|警示|呼吁|以案说法|切勿|务必|广大|敬告/;

const CLAUSE_END = /[，。；！？\n]/;

function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(sentence[a - 1]!)) a--;
  let b = end;
  while (b < sentence.length && !CLAUSE_END.test(sentence[b]!)) b++;
  return { before: sentence.slice(a, start), after: sentence.slice(end, b) };
}

function states(sentence: string, m: RegExpMatchArray): boolean {
  const start = m.index!;
  const end = start + m[0].length;
  const { before, after } = clauseAround(sentence, start, end);
  if (DENIED_OR_FEARED.test(before) || CONDITION.test(before) || NOT_A_FACT_AFTER.test(after)) return false;
  if (STATUTE_CONDITION.test(after) && !FINDING_HEAD.test(before)) return false;
  return true;
}

/** A statute's condition quoted inside a citation (第五十九条第一款“拒不改正或者导致…后果的”规定). */
const QUOTED_CONDITION = /[“"「][^”"」\n]{2,80}?的[”"」]/g;

/** The sentences of the case's own facts and decision: not a lesson's, not a restated statute's. */
function ownSentences(text: string): string[] {
  const out: string[] = [];
  const plain = stripQuotedStatute(text).replace(QUOTED_CONDITION, (m) => ' '.repeat(m.length));
  for (const paragraph of plain.split('\n')) {
    for (const { text: s } of splitSentences(paragraph)) {
      if (LESSON_HEAD.test(s)) break;
      if (!STATUTE_SENTENCE.test(s)) out.push(s);
    }
  }
  return out;
}

/** A word every pattern of FACT_WORDS contains: a text or sentence without one states no fact. */
const FACT_CUE = /改正|整改|导致|造成|致使|情节/;

/** The facts the case text states, in the order of FACTS. */
export function extractEstablishedFacts(text: string): Fact[] {
  if (!FACT_CUE.test(text)) return [];
  const found = new Set<Fact>();
  for (const sentence of ownSentences(text)) {
    if (!FACT_CUE.test(sentence)) continue;
    const taken: [number, number][] = [];
    for (const { fact, words } of FACT_WORDS) {
      for (const m of allMatches(words, sentence)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        if (!states(sentence, m)) continue;
        taken.push([start, end]);
        found.add(fact);
      }
    }
  }
  return FACTS.filter((f) => found.has(f));
}
