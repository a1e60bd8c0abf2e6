/**
 * Round trip (issue 10 §2): the extractor, run on the plain text of a composed bulletin, recovers every case record
 * it was made from — provisions, sanctions, dates, party kind (and the deciding unit) — scored by
 * tools/score-extraction.mjs, the reference scorer, over 240 bulletins of 1–12 cases generated (seeded) from the
 * real dev records (fixtures/bulletins/dev/*.json) with varied dates, parties, units and sanctions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lawData } from '../../law-data/load.js';
import { extractFromBytes } from '../extraction/extract.js';
import type { CaseRecord, Sanction } from '../shared/case-record.js';
import { composeBulletin } from './compose.js';
import { seededRandom } from '../shared/seeded-random.js';
import { FIRST_NINE as FIRST_NINE_NAMES } from '../extraction/dev-sets.test-support.js';

const root = resolve(import.meta.dirname, '../../..');
const DEV = join(root, 'fixtures/bulletins/dev');
const SCORER = join(root, 'tools/score-extraction.mjs');
const out = mkdtempSync(join(tmpdir(), 'wangan-bulletins-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const FIRST_NINE = new Set(FIRST_NINE_NAMES.map((n) => `${n}.json`));

/** The dev records a decided case can be: a sanction on the party, none of kind `other` (free words, no kind to read). */
const POOL: CaseRecord[] = readdirSync(DEV)
  // The first nine dev bulletins: issue 13's second batch holds news items whose records a decision would not
  // tell (same titles for several people, decisions of unstated kind).
  .filter((f) => FIRST_NINE.has(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(DEV, f), 'utf8')) as CaseRecord[])
  .filter(
    (r) =>
      r.sanctions.some((s) => s.target === 'party') &&
      !r.sanctions.some((s) => s.kind === 'other') &&
      // 行政拘留 without its days (a news item that does not say) cannot be told in a decision's words.
      r.sanctions.every((s) => s.kind !== 'detention' || s.days !== null),
  );

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const COMPANIES = [
  '某科技有限公司',
  '某网络科技有限公司',
  '某信息技术有限公司',
  '某医院',
  '某学校',
  '某物业公司',
];
const UNITS = ['宁夏回族自治区公安厅网安总队', '某市公安局网安支队', '某省公安厅网络安全保卫总队'];

function variant(base: CaseRecord, rnd: () => number): CaseRecord {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const year = 2018 + Math.floor(rnd() * 8);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = pick([
    base.date,
    null,
    `${year}`,
    `${year}-${pad(month)}`,
    `${year}-${pad(month)}-${pad(day)}`,
  ]);
  const name =
    rnd() < 0.5
      ? base.party.name
      : base.party.kind === 'individual'
        ? `${pick([...SURNAMES])}某${rnd() < 0.3 ? '某' : ''}`
        : pick(COMPANIES);
  const rename = (s: string) => s.split(base.party.name).join(name);
  const sanctions: Sanction[] = base.sanctions.map((s) => {
    if (s.kind === 'fine' && rnd() < 0.6) return { ...s, amount_yuan: 500 * (1 + Math.floor(rnd() * 200)) };
    if (s.kind === 'detention' && rnd() < 0.6) return { ...s, days: 1 + Math.floor(rnd() * 15) };
    if (s.kind === 'confiscation' && rnd() < 0.5)
      return { ...s, amount_yuan: 100 * (1 + Math.floor(rnd() * 100)) };
    return s;
  });
  const party = (kind: Sanction['kind']) => sanctions.some((s) => s.kind === kind && s.target === 'party');
  if (!party('warning') && !party('detention') && rnd() < 0.3)
    sanctions.unshift({ kind: 'warning', amount_yuan: null, days: null, target: 'party' });
  if (!party('rectification') && base.party.kind === 'organization' && rnd() < 0.3)
    sanctions.push({ kind: 'rectification', amount_yuan: null, days: null, target: 'party' });
  // The composer's own words for measures a record gives no words for (责令暂停相关业务, 吊销相关业务许可证).
  const measure = pick(['suspension', 'revocation', null, null, null, null] as const);
  if (measure && base.party.kind === 'organization' && !party(measure))
    sanctions.push({ kind: measure, amount_yuan: null, days: null, target: 'party' });
  return {
    ...base,
    title: rename(base.title),
    facts: rename(base.facts),
    date,
    party: { ...base.party, name },
    agency: rnd() < 0.2 ? null : base.agency,
    sanctions,
  };
}

/**
 * Bulletin n: 1–12 distinct cases drawn from the pool (each varied), a unit and a period. Distinct, as a bulletin
 * tells a case once (two copies of one story would also leave the scorer's alignment to chance).
 */
function generate(n: number): { records: CaseRecord[]; unit: string; period: string } {
  const rnd = seededRandom(n + 1);
  const count = 1 + Math.floor(rnd() * 12);
  const left = [...POOL];
  const records = Array.from({ length: count }, () =>
    variant(left.splice(Math.floor(rnd() * left.length), 1)[0]!, rnd),
  );
  return { records, unit: UNITS[n % UNITS.length]!, period: `${2019 + (n % 6)}年` };
}

interface Scored {
  score: number;
  summary: Record<string, number>;
  misses: string[];
}

function score(pairs: [gold: CaseRecord[], pred: CaseRecord[]][]): Scored {
  const args = pairs.flatMap(([gold, pred], i) => {
    const g = join(out, `${i}.gold.json`);
    const p = join(out, `${i}.pred.json`);
    writeFileSync(g, JSON.stringify(gold));
    writeFileSync(p, JSON.stringify(pred));
    return [g, p];
  });
  const stdout = execFileSync(process.execPath, [SCORER, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const body = JSON.parse(stdout.slice(0, stdout.lastIndexOf('score='))) as Omit<Scored, 'score'>;
  return { score: Number(stdout.trimEnd().split('\n').pop()!.slice('score='.length)), ...body };
}

describe('composed bulletins read back by the extractor', () => {
  it('240 generated bulletins of 1–12 cases: every case, provision, sanction, date, party kind and unit recovered (score 1.0)', async () => {
    const statutes = lawData().base;
    const pairs: [CaseRecord[], CaseRecord[]][] = [];
    let cases = 0;
    for (let n = 0; n < 240; n++) {
      const { records, unit, period } = generate(n);
      cases += records.length;
      const draft = composeBulletin(records, { unit, period }, { statutes });
      const { records: read } = await extractFromBytes(new TextEncoder().encode(draft.text), {
        filename: `bulletin-${n}.txt`,
      });
      // A case without a deciding unit of its own is told as decided by the publishing unit; one without a date, as
      // in the one year the introduction names (issue 13: years from context).
      const year = /^(\d{4})年$/.exec(period)?.[1] ?? null;
      pairs.push([records.map((r) => ({ ...r, agency: r.agency ?? unit, date: r.date ?? year })), read]);
    }
    const result = score(pairs);
    expect(cases).toBeGreaterThan(240 * 3);
    // The reference scorer compares party names since issue 13. Two dev records name a party the composed story
    // does not lead with (13家大连互联网企业 under a 某信息技术公司 title; 昌平某…委托的另一软件公司 in a 一案双查):
    // open, see NOTES.md (extraction); every other miss fails.
    const open = /«(某信息技术公司非法从事支付结算业务案|数据泄漏)» party\.name:/;
    expect(result.misses.filter((m) => !open.test(m))).toEqual([]);
    expect(result.summary).toMatchObject({ cases_f1: 1, provisions_f1: 1, sanctions_f1: 1 });
    expect(result.summary.fields_acc).toBeGreaterThan(0.99);
  });
});
