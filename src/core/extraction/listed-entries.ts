/**
 * One decision over a numbered list (我局责令下列网站主办者于…前依法履行备案手续：/1．网站名称：…，主办者：某公司；/
 * 2．…，主办者：周某（个人）；): each entry's party is a party of its own, ordered alike.
 */
import type { PartyKind } from '../shared/case-record.js';
import { partyKind } from './fields/party.js';

/** A sentence that ends by announcing a list (责令下列…： / 对以下单位…：). */
const ANNOUNCES_LIST = /(?:下列|以下|如下)[^。；\n]{0,40}[：:]\s*$/;
/** An entry of a numbered list: 1．/（一）/ ①. */
const ENTRY = /^[\s\u3000]*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳])/;
/** The entry's party, by its label. */
const ENTRY_PARTY =
  /(?:主办者|主办单位|开办者|运营者|运营主体|运营单位|经营者|当事人|单位名称)[：:]\s*([^，,；;。\n（(]{2,40})(（个人）|\(个人\))?/;

export interface ListedEntry {
  start: number;
  end: number;
  name: string;
  kind: PartyKind;
}

/** The entries listed on the lines after the sentence that ends at `end` (empty when it announces no list). */
export function listedEntries(text: string, sentenceStart: number, end: number): ListedEntry[] {
  if (!ANNOUNCES_LIST.test(text.slice(sentenceStart, end))) return [];
  const out: ListedEntry[] = [];
  let at = text.indexOf('\n', end - 1) + 1;
  while (at > 0 && at < text.length) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd);
    const party = ENTRY.test(line) ? ENTRY_PARTY.exec(line) : null;
    if (!party) break;
    const name = party[1]!.trim();
    out.push({ start: at, end: lineEnd, name, kind: party[2] ? 'individual' : partyKind(name) });
    at = lineEnd + 1;
  }
  return out;
}
