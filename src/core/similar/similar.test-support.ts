/**
 * Test pools: a builder for hand-made cases, and the real bulletin fixtures (fixtures/bulletins/dev) checked and
 * turned into comparable cases, their regions split by a table of the places they name and their fact tokens
 * taken as character bigrams (a stand-in for the jieba tokens of the store).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseRecord } from '../shared/case-record.js';
import { checkCase } from '../penalties/check-case.js';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import type { Region, SimilarCase } from './model.js';

export const rules = new RuleIndex(ALL_RULES);

export function similarCase(over: Partial<SimilarCase> & { id: string }): SimilarCase {
  return {
    title: over.id,
    applied: [{ rule: 'CSL2016.59.1', tier: 'aggravated' }],
    party_kind: 'organization',
    region: null,
    date: null,
    tokens: [],
    sanctions: [],
    ...over,
  };
}

export const fine = (yuan: number) =>
  ({ kind: 'fine', amount_yuan: yuan, days: null, target: 'party' }) as const;
export const warning = { kind: 'warning', amount_yuan: null, days: null, target: 'party' } as const;
export const confiscation = { kind: 'confiscation', amount_yuan: null, days: null, target: 'party' } as const;

const NX = '宁夏回族自治区';
/** The places the dev fixtures name, by level. */
const PLACES: Readonly<Record<string, Region>> = {
  昌平: { province: '北京市', city: '北京市', county: '昌平区' },
  朝阳: { province: '北京市', city: '北京市', county: '朝阳区' },
  大连: { province: '辽宁省', city: '大连市' },
  厦门: { province: '福建省', city: '厦门市' },
  衡阳市: { province: '湖南省', city: '衡阳市' },
  衡阳县: { province: '湖南省', city: '衡阳市', county: '衡阳县' },
  江苏苏州相城: { province: '江苏省', city: '苏州市', county: '相城区' },
  江西省吉安市: { province: '江西省', city: '吉安市' },
  禹王台: { province: '河南省', city: '开封市', county: '禹王台区' },
  海西州: { province: '青海省', city: '海西蒙古族藏族自治州' },
  金凤区: { province: NX, city: '银川市', county: '金凤区' },
  银川市兴庆区: { province: NX, city: '银川市', county: '兴庆区' },
  石嘴山市: { province: NX, city: '石嘴山市' },
  惠农区: { province: NX, city: '石嘴山市', county: '惠农区' },
  平罗县: { province: NX, city: '石嘴山市', county: '平罗县' },
  吴忠市: { province: NX, city: '吴忠市' },
  利通区: { province: NX, city: '吴忠市', county: '利通区' },
  中宁县: { province: NX, city: '中卫市', county: '中宁县' },
  西吉县: { province: NX, city: '固原市', county: '西吉县' },
};

export function bigrams(text: string): string[] {
  const chars = [...text.replace(/[\s，。、；：“”（）《》]/gu, '')];
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

const ROOT = resolve(import.meta.dirname, '../../../fixtures/bulletins/dev');

/**
 * The dev bulletins the expectations of the similar-case tests were written against (issue 13 added eighteen more,
 * whose cases would join the comparables of these).
 */
const POOL_FILES = new Set([
  'beijing-2023.json',
  'dalian-2019.json',
  'fujian-xiamen.json',
  'hengyang-2024.json',
  'jiangsu-pipl-2022.json',
  'jiangxi-jian.json',
  'kaifeng-2021.json',
  'ningxia-2021.json',
  'qinghai-wangxin.json',
]);

/** Every record of those dev fixtures, checked (decision date 2026-12-04), as a comparable case with id file#position. */
export function fixturePool(): SimilarCase[] {
  return readdirSync(ROOT)
    .filter((f) => POOL_FILES.has(f))
    .sort()
    .flatMap((f) =>
      (JSON.parse(readFileSync(resolve(ROOT, f), 'utf8')) as CaseRecord[]).map((r, i): SimilarCase => {
        const check = checkCase(r, { rules, today: '2026-12-04' });
        return {
          id: `${f.replace(/\.json$/u, '')}#${i + 1}`,
          title: r.title,
          applied: check.applied,
          party_kind: r.party.kind,
          region: r.region === null ? null : (PLACES[r.region] ?? null),
          date: r.decision_date ?? r.date,
          tokens: bigrams(r.facts),
          sanctions: r.sanctions,
          established_facts: r.established_facts ?? [],
          absent_facts: r.absent_facts ?? [],
        };
      }),
    );
}

export const byTitle = (pool: readonly SimilarCase[], title: string): SimilarCase => {
  const c = pool.find((x) => x.title === title);
  if (!c) throw new Error(`no fixture case ${title}`);
  return c;
};
