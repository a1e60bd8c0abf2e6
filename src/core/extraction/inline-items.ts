/**
 * Numbered cases written inside one paragraph — "（1）某公司……给予警告。（2）某网吧……罚款2000元。" or
 * "一是……；二是……" — are put on lines of their own, so that each reads as one case. Only a run of markers
 * numbered 1, 2, 3… in order, each followed by a sanction, is split: an ordinary "（一）项" citation is not.
 */
import { tryParseChineseInteger } from '../shared/numerals.js';
import { allMatches } from '../shared/regex.js';

const CUE = /罚款|警告|拘留|没收|吊销|责令|处罚|关停|关闭|暂停|停业/;

/** Each marker style with a cheap test for its first item (a run must start at 1). */
const FIRST: readonly RegExp[] = [/[（(][1一][）)]/, /(^|[。；;：:！？\s])1[.．、](?!\d)/, /一是/, /①/];

const MARKERS: readonly RegExp[] = [
  /(?<=^|[。；;：:！？\s])[（(]([一二三四五六七八九十\d]{1,3})[）)](?!项)/g,
  /(?<=^|[。；;：:！？\s])(\d{1,2})[.．、](?!\d)/g,
  /(?<=^|[。；;，：！？\s])([一二三四五六七八九十])是/g,
  /([①②③④⑤⑥⑦⑧⑨⑩])/g,
];

/**
 * The lead of one decision's measures (决定如下： / 作出如下处罚： / 作出以下处理：): the numbered items after it are
 * that decision's measures, not cases.
 */
export const DECISION_ANNOUNCED =
  /(?:决定(?:如下)?|[如以]下(?:行政)?(?:处罚|处理)(?:决定)?|(?:处罚|处理)如下)[：:]$/;
/** The colon DECISION_ANNOUNCED ends on, full-width or ASCII, looked at before the pattern runs. */
const COLON = '：'.charCodeAt(0);
const ASCII_COLON = ':'.charCodeAt(0);

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

function ordinal(raw: string): number | undefined {
  const c = CIRCLED.indexOf(raw);
  return c >= 0 ? c + 1 : tryParseChineseInteger(raw);
}

/**
 * A work report's run-on paragraph, one case per clause: 针对甲网…，作出罚款…；针对乙社…，作出警告…；针对丙校…，责令整改。
 * Each 针对 clause that imposes something is a case of its own.
 */
function splitAddressed(line: string): string[] | null {
  if (!line.startsWith('针对') || !/[；;]针对/.test(line)) return null;
  const pieces = line.split(/[；;](?=针对)/).map((p) => p.trim());
  if (!pieces.every((p) => CUE.test(p))) return null;
  return pieces.map((p) => (/[。！？]$/.test(p) ? p : `${p}。`));
}

function splitLine(line: string): string[] {
  if (line.length < 40 || !CUE.test(line)) return [line];
  const addressed = splitAddressed(line);
  if (addressed) return addressed;
  for (const [k, re] of MARKERS.entries()) {
    if (!FIRST[k]!.test(line)) continue;
    const starts: number[] = [];
    let expect = 1;
    for (const m of allMatches(re, line)) {
      if (ordinal(m[1]!) !== expect) continue;
      starts.push(m.index);
      expect++;
    }
    if (starts.length < 2) continue;
    const pieces = starts.map((s, i) => line.slice(s, starts[i + 1] ?? line.length).trim());
    // A closing item with no measure (…四是对3家网吧约谈) may end a run of cases; earlier items must each impose.
    let cued = pieces.length;
    while (cued > 0 && !CUE.test(pieces[cued - 1]!)) cued--;
    if (cued < 2 || !pieces.slice(0, cued).every((p) => CUE.test(p))) continue;
    const head = line.slice(0, starts[0]).trim();
    // …作出如下处理：1.没收…；2.罚款…。: one decision's measures, told in its sentence.
    const colon = head.charCodeAt(head.length - 1);
    if ((colon === COLON || colon === ASCII_COLON) && DECISION_ANNOUNCED.test(head)) return [line];
    // 一是…: the marker is a word of the sentence; keep the pieces as sentences of their own.
    return [...(head ? [head] : []), ...pieces];
  }
  return [line];
}

export function splitInlineItems(text: string): string {
  if (!FIRST.some((re) => re.test(text)) && !/[；;]针对/.test(text)) return text;
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((l) => splitLine(l))
    .join('\n');
}
