/**
 * Page-level passes over a bulletin's records: a case told twice (a lead, then its own paragraph) merged into one.
 */
import type { CaseRecord } from '../shared/case-record.js';
import { sanctionKey } from './fields/sanctions.js';
import { UNNAMED_PARTY, type Doubt } from './doubts.js';
import { allMatches } from '../shared/regex.js';

/** The case's identity as a retelling repeats it: the party named, the articles cited, every sanction. */
const retellingKey = (r: CaseRecord): string =>
  [
    r.party.name,
    r.provisions
      .map((p) => `${p.law}${p.article}.${p.paragraph}.${p.item}`)
      .sort()
      .join(','),
    r.sanctions.map(sanctionKey).sort().join(','),
  ].join('|');

/** Of two dates that agree, the more precise (2025 and 2025-03: 2025-03); the first when they disagree. */
const finer = (a: string | null, b: string | null): string | null =>
  a === null ? b : b !== null && b.length > a.length && b.startsWith(a) ? b : a;

/**
 * A case told twice on one page — a summary table's row and the commentary's section below — is one case: the later
 * telling (same party named, same articles, same sanctions with an amount or term) is dropped, its finer dates kept.
 */
export function mergeRetold(records: CaseRecord[], doubts: Doubt[][]): void {
  // A cheap look first: most pages name each party once, and a telling can only repeat one named again (the key
  // holds the name), so only those are keyed.
  const named = new Map<string, boolean>();
  let again = false;
  for (const r of records) {
    const name = r.party.name;
    if (name === UNNAMED_PARTY || name.length < 4) continue;
    const seen = named.has(name);
    named.set(name, seen);
    again ||= seen;
  }
  if (!again) return;
  const keys = records.map((r) =>
    named.get(r.party.name) === true && measuredOf(r).length > 0 ? retellingKey(r) : null,
  );
  for (let j = records.length - 1; j > 0; j--) {
    const i = keys[j] === null ? -1 : keys.indexOf(keys[j]!);
    if (i < 0 || i === j) continue;
    const [first, later] = [records[i]!, records[j]!];
    first.date = finer(first.date, later.date);
    first.decision_date = finer(first.decision_date ?? null, later.decision_date ?? null);
    records.splice(j, 1);
    doubts.splice(j, 1);
    keys.splice(j, 1);
  }
}

/**
 * 【处罚】某App未经评估向境外传输… / 【编造谣言，男子被拘7日】: a round-up item's tag, or the brackets around a whole
 * headline, are no part of the case's title.
 */
export function untagged(title: string): string {
  if (!title.startsWith('【')) return title;
  const close = title.indexOf('】');
  const rest =
    close === title.length - 1 ? title.slice(1, -1) : close > 1 && close <= 5 ? title.slice(close + 1) : '';
  return rest.trim() === '' ? title : rest.trim();
}

/**
 * A record of a feature's lead that previews a case told below: a party described, not named (一家科技企业), no law,
 * no date, and each measured sanction (被罚30万元) that of a later record.
 */
export function previews(record: CaseRecord, later: readonly CaseRecord[]): boolean {
  if (record.provisions.length > 0 || record.date !== null || record.party.name.includes('某')) return false;
  return toldIn(record, later) || kindsTold(record, later);
}

/** 辖区一家网络科技企业 / 一名网民: a party described as one of its kind, as a lead sums up the case below. */
const COUNTED_ONE = /一(?:家|名|个|所|位)/;

/**
 * A lead that names no amount or term (对辖区一家企业作出警告并处罚款的行政处罚), its party one of a kind (一家 / 一名): it
 * previews a later record that imposes every kind of sanction it names, on the same target.
 */
function kindsTold(record: CaseRecord, later: readonly CaseRecord[]): boolean {
  const kinds = record.sanctions;
  if (!COUNTED_ONE.test(record.party.name)) return false;
  if (kinds.length === 0 || kinds.some((s) => s.amount_yuan !== null || s.days !== null)) return false;
  return later.some((r) =>
    kinds.every((s) => r.sanctions.some((x) => x.kind === s.kind && x.target === s.target)),
  );
}

/** A fine's amount or a detention's days, with its target: what a retelling repeats. */
const measuredOf = (r: CaseRecord): string[] =>
  r.sanctions.filter((s) => s.amount_yuan !== null || s.days !== null).map(sanctionKey);

/** Every measured sanction of `record` (there is one at least) is imposed in one of `others`: it retells them. */
function toldIn(record: CaseRecord, others: readonly CaseRecord[]): boolean {
  const told = measuredOf(record);
  return told.length > 0 && told.every((k) => others.some((r) => measuredOf(r).includes(k)));
}

/**
 * A news lead that gives the outcome first (…对涉事公司没收违法所得、罚款15万元，对公司负责人处以行政拘留) and a body
 * that tells the same decision in full after another party's story: the first record cites nothing, and a later
 * record of a party of the same kind, citing its articles, imposes every amount and term the lead names. The lead is
 * that case told twice, not a case of its own.
 */
export function leadRetold(records: readonly CaseRecord[]): boolean {
  const lead = records[0]!;
  if (lead.provisions.length > 0) return false;
  return records.some(
    (r, i) => i > 0 && r.provisions.length > 0 && r.party.kind === lead.party.kind && toldIn(lead, [r]),
  );
}

/** 作出上述处罚 / 给予上述行政处罚: the words of a measure that is the decision told above. */
const PENALTY_TOLD_ABOVE = /上述(?:行政)?处罚/;

/** A case whose only measure is the decision told above (…依据该法第六十九条第一款作出上述处罚). */
export const refersAbove = (r: CaseRecord): boolean =>
  r.sanctions.length > 0 &&
  r.sanctions.every((s) => s.kind === 'other' && s.note !== undefined && PENALTY_TOLD_ABOVE.test(s.note));

/** “邛州热线”, “某某论坛”: the quoted names a text gives. */
const QUOTED = /“([^“”]{2,20})”/g;

/**
 * 11月3日，某网信办对甲网站主办单位…作出…；同日，对乙论坛运营主体…作出… — then, under headings of their own, each case's
 * story and law ending …作出上述处罚: the decisions told first, their facts after. Each later telling is merged into the
 * decision it refers back to — the one whose words (`decided`, beside each record) give a quoted name the telling
 * gives too, else the next one in order when as many are left on both sides: the decision's party, sanctions, unit
 * and day; the story's date, facts and provisions.
 */
export function decisionsToldFirst(
  records: CaseRecord[],
  doubts: Doubt[][],
  decided: readonly string[],
): void {
  const tellings = records.flatMap((r, i) => (refersAbove(r) ? [i] : []));
  const open = (i: number): boolean => !refersAbove(records[i]!) && records[i]!.provisions.length === 0;
  const leads = records.flatMap((_, i) => (i < tellings[0]! && open(i) ? [i] : []));
  if (leads.length === 0) return;
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  for (const t of tellings) {
    const names = allMatches(QUOTED, `${records[t]!.title}${records[t]!.facts}`).map((m) => m[0]);
    const by = leads.filter((l) => !used.has(l) && names.some((n) => decided[l]!.includes(n)));
    if (by.length === 1) {
      pairs.set(t, by[0]!);
      used.add(by[0]!);
    }
  }
  const restT = tellings.filter((t) => !pairs.has(t));
  const restL = leads.filter((l) => !used.has(l));
  if (restT.length === restL.length) restT.forEach((t, k) => pairs.set(t, restL[k]!));
  for (const t of [...pairs.keys()].sort((a, b) => b - a)) {
    const [lead, telling] = [records[pairs.get(t)!]!, records[t]!];
    lead.provisions = telling.provisions;
    lead.date = telling.date ?? lead.date;
    lead.facts = telling.facts;
    lead.region ??= telling.region;
    if (telling.established_facts) lead.established_facts = telling.established_facts;
    records.splice(t, 1);
    doubts.splice(t, 1);
  }
}
