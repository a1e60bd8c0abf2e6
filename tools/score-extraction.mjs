#!/usr/bin/env node
// Copied unchanged (apart from this header) from /work/shared/tools/score-extraction.mjs, the reference scorer the
// project is accepted against; keep it identical so that our figures match the ones CI computes.
/* global process, console */
// Scores extracted case records against hand-labelled ones (see ../schema/case-record.schema.json).
// Usage: node score-extraction.mjs GOLD.json PRED.json [GOLD2.json PRED2.json ...]
// Prints per-file and overall figures as JSON, then a last line `score=<0..1>`.
// Cases are aligned by title/facts/party similarity, then by order; provisions and sanctions are scored as sets (micro F1).
// Fields per aligned case: date and party.kind exactly; agency and party.name loosely (one contains the other once
// spaces, brackets and 部门 are removed). The score is the mean of cases F1, provisions F1, sanctions F1 and field accuracy.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error("usage: score-extraction.mjs GOLD.json PRED.json [GOLD2.json PRED2.json ...]");
  process.exit(2);
}

const load = (p) => {
  const v = JSON.parse(readFileSync(p, "utf8"));
  if (!Array.isArray(v)) throw new Error(`${p}: expected a JSON array of case records`);
  return v;
};

const bigrams = (s) => {
  const t = String(s ?? "").replace(/[\s\p{P}]/gu, "");
  const out = new Set();
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2));
  if (t.length === 1) out.add(t);
  return out;
};
const similarity = (a, b) => {
  const x = bigrams(a), y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let inter = 0;
  for (const g of x) if (y.has(g)) inter++;
  return (2 * inter) / (x.size + y.size);
};

const provKey = (p) => [p.law, p.article, p.paragraph ?? null, p.item ?? null].join("|");
const sancKey = (s) => [s.kind, s.amount_yuan ?? null, s.days ?? null, s.target ?? "party"].join("|");
const norm = (s) => String(s ?? "").replace(/部门|[\s()（）]/g, "");
const looseEq = (a, b) => {
  if (a == null || b == null) return a == b;
  const x = norm(a), y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

// A bulletin without case headings leaves the title to the extractor, so cases are matched on
// title, facts and party name together; what is still unmatched is then paired in order.
const caseSimilarity = (g, p) =>
  Math.max(similarity(g.title, p.title), similarity(g.facts, p.facts), 0.5 * similarity(`${g.title}${g.facts}`, `${p.title}${p.facts}`) + 0.5 * similarity(g.party?.name, p.party?.name));

function align(gold, pred) {
  const candidates = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => candidates.push([caseSimilarity(g, p), gi, pi])));
  candidates.sort((a, b) => b[0] - a[0]);
  const usedG = new Set(), usedP = new Set(), pairs = [];
  for (const [sim, gi, pi] of candidates) {
    if (sim < 0.3 || usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi); usedP.add(pi); pairs.push([gi, pi]);
  }
  const restG = gold.map((_, i) => i).filter((i) => !usedG.has(i));
  const restP = pred.map((_, i) => i).filter((i) => !usedP.has(i));
  while (restG.length && restP.length) pairs.push([restG.shift(), restP.shift()]);
  return { pairs, spurious: restP };
}

function setCounts(goldItems, predItems, key) {
  const g = new Map(), p = new Map();
  for (const x of goldItems) g.set(key(x), (g.get(key(x)) ?? 0) + 1);
  for (const x of predItems) p.set(key(x), (p.get(key(x)) ?? 0) + 1);
  let tp = 0;
  for (const [k, n] of g) tp += Math.min(n, p.get(k) ?? 0);
  return { tp, fp: predItems.length - tp, fn: goldItems.length - tp };
}

const f1 = ({ tp, fp, fn }) => (tp === 0 ? (fp === 0 && fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));
const add = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zero = () => ({ tp: 0, fp: 0, fn: 0 });

const total = { cases: zero(), provisions: zero(), sanctions: zero(), fields: { right: 0, of: 0 } };
const perFile = [];
const misses = [];

for (let i = 0; i < args.length; i += 2) {
  const goldPath = args[i], predPath = args[i + 1];
  const gold = load(goldPath);
  let pred;
  try { pred = load(predPath); } catch (e) { pred = []; misses.push(`${predPath}: ${e.message}`); }
  const { pairs, spurious } = align(gold, pred);
  const file = { cases: { tp: pairs.length, fp: spurious.length, fn: gold.length - pairs.length }, provisions: zero(), sanctions: zero(), fields: { right: 0, of: 0 } };
  const matchedGold = new Set(pairs.map(([g]) => g));
  for (const [gi, pi] of pairs) {
    const g = gold[gi], p = pred[pi];
    const pc = setCounts(g.provisions ?? [], p.provisions ?? [], provKey);
    const sc = setCounts(g.sanctions ?? [], p.sanctions ?? [], sancKey);
    file.provisions = add(file.provisions, pc);
    file.sanctions = add(file.sanctions, sc);
    const checks = [
      ["date", g.date ?? null, p.date ?? null, (a, b) => a === b],
      ["party.kind", g.party?.kind, p.party?.kind, (a, b) => a === b],
      ["agency", g.agency, p.agency, looseEq],
      ["party.name", g.party?.name, p.party?.name, looseEq],
    ];
    for (const [name, a, b, eq] of checks) {
      file.fields.of++;
      if (eq(a, b)) file.fields.right++;
      else misses.push(`${goldPath} «${g.title}» ${name}: want ${JSON.stringify(a)} got ${JSON.stringify(b)}`);
    }
    if (pc.fp || pc.fn) misses.push(`${goldPath} «${g.title}» provisions: want ${JSON.stringify((g.provisions ?? []).map(provKey))} got ${JSON.stringify((p.provisions ?? []).map(provKey))}`);
    if (sc.fp || sc.fn) misses.push(`${goldPath} «${g.title}» sanctions: want ${JSON.stringify((g.sanctions ?? []).map(sancKey))} got ${JSON.stringify((p.sanctions ?? []).map(sancKey))}`);
  }
  gold.forEach((g, gi) => {
    if (matchedGold.has(gi)) return;
    file.provisions.fn += (g.provisions ?? []).length;
    file.sanctions.fn += (g.sanctions ?? []).length;
    file.fields.of += 4;
    misses.push(`${goldPath} «${g.title}»: no extracted case matches this title`);
  });
  for (const pi of spurious) {
    file.provisions.fp += (pred[pi].provisions ?? []).length;
    file.sanctions.fp += (pred[pi].sanctions ?? []).length;
    misses.push(`${predPath}: extracted case «${pred[pi].title}» matches no labelled case`);
  }
  total.cases = add(total.cases, file.cases);
  total.provisions = add(total.provisions, file.provisions);
  total.sanctions = add(total.sanctions, file.sanctions);
  total.fields.right += file.fields.right;
  total.fields.of += file.fields.of;
  perFile.push({ gold: goldPath, cases_f1: f1(file.cases), provisions_f1: f1(file.provisions), sanctions_f1: f1(file.sanctions), fields_acc: file.fields.of ? file.fields.right / file.fields.of : 1 });
}

const summary = {
  cases_f1: f1(total.cases),
  provisions_f1: f1(total.provisions),
  sanctions_f1: f1(total.sanctions),
  fields_acc: total.fields.of ? total.fields.right / total.fields.of : 1,
};
const score = (summary.cases_f1 + summary.provisions_f1 + summary.sanctions_f1 + summary.fields_acc) / 4;
console.log(JSON.stringify({ files: perFile, summary, misses }, null, 2));
console.log(`score=${score.toFixed(4)}`);
