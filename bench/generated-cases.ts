/**
 * Realistic generated cases for the API benches (bench/api.ts at 100,000, bench/scale.ts at 1,000,000): eight
 * conducts under four laws, twelve regions, individuals and organisations, fines, dates 2017–2025 (15 % without).
 */
import type { CaseRecord, SanctionKind } from '../src/core/shared/case-record.js';
import { SYSTEM } from '../src/db/repositories/audit.js';
import { importBulletin } from '../src/db/repositories/bulletins.js';
import type { Store } from '../src/db/store.js';
import { appliedRules } from '../src/law-data/applied.js';
import { prepareStore } from '../src/server/bootstrap.js';
import { createLogger } from '../src/server/logger.js';
import { realChecker } from '../src/server/wiring.js';
import { rng } from './harness.js';

const REGIONS = [
  '银川市兴庆区',
  '金凤区',
  '西吉县',
  '大连市',
  '厦门市思明区',
  '衡阳市',
  '苏州市相城区',
  '吉安市',
  '开封市禹王台区',
  '海西州',
  '北京市朝阳区',
  '昌平区',
];
const THEMES: {
  title: string;
  facts: string;
  law: string;
  article: number;
  paragraph: number | null;
  sanctions: SanctionKind[];
}[] = [
  {
    title: '非法获取公民个人信息案',
    facts: '通过购买手机号注册新用户，非法获取公民个人信息并出售牟利',
    law: '网络安全法',
    article: 64,
    paragraph: 2,
    sanctions: ['fine', 'confiscation'],
  },
  {
    title: '未落实网络安全等级保护制度案',
    facts: '未落实网络安全等级保护制度，门户网站被攻击并发布违法信息',
    law: '网络安全法',
    article: 59,
    paragraph: 1,
    sanctions: ['warning', 'fine'],
  },
  {
    title: '未履行网络安全保护义务案',
    facts: '未采取防范计算机病毒和网络攻击的技术措施，未留存网络日志',
    law: '网络安全法',
    article: 59,
    paragraph: 1,
    sanctions: ['warning'],
  },
  {
    title: '不履行国际联网备案职责案',
    facts: '未按规定办理国际联网备案手续',
    law: '计算机信息网络国际联网安全保护管理办法',
    article: 23,
    paragraph: null,
    sanctions: ['warning'],
  },
  {
    title: '利用信息网络发布违法信息案',
    facts: '在微信朋友圈发布收购驾驶证分的违法信息',
    law: '网络安全法',
    article: 46,
    paragraph: null,
    sanctions: ['detention'],
  },
  {
    title: '数据泄露未采取补救措施案',
    facts: '数据库弱口令导致大量数据泄露，未及时采取补救措施',
    law: '数据安全法',
    article: 45,
    paragraph: 1,
    sanctions: ['rectification', 'fine'],
  },
  {
    title: '违法处理个人信息案',
    facts: '应用程序超范围收集用户个人信息，未取得个人同意',
    law: '个人信息保护法',
    article: 66,
    paragraph: 1,
    sanctions: ['warning', 'rectification'],
  },
  {
    title: '网络产品存在安全漏洞未补救案',
    facts: '网络产品、服务存在安全缺陷、漏洞等风险，未立即采取补救措施',
    law: '网络安全法',
    article: 60,
    paragraph: null,
    sanctions: ['rectification', 'warning'],
  },
];
const NAMES = [
  '某科技有限公司',
  '某网络公司',
  '某医院',
  '某学校',
  '某律师事务所',
  '某购物中心',
  '某传媒工作室',
];
const PEOPLE = ['闫某', '李某', '王某某', '张某', '赵某', '某微信网民'];

export function generateCase(i: number, r: () => number): CaseRecord {
  const t = THEMES[Math.floor(r() * THEMES.length)]!;
  const region = REGIONS[Math.floor(r() * REGIONS.length)]!;
  const individual = t.sanctions.includes('detention') || r() < 0.25;
  const year = 2017 + Math.floor(r() * 9);
  const month = 1 + Math.floor(r() * 12);
  const fine = Math.round((500 + r() * 200_000) / 100) * 100;
  return {
    title: `${region}${individual ? '' : '某单位'}${t.title}（${i}）`,
    date: r() < 0.85 ? `${year}-${String(month).padStart(2, '0')}` : null,
    region,
    agency: `${region}网安部门`,
    party: individual
      ? { kind: 'individual', name: PEOPLE[Math.floor(r() * PEOPLE.length)]! }
      : { kind: 'organization', name: NAMES[Math.floor(r() * NAMES.length)]! },
    facts: `${t.facts}，经查属实（编号${i}）`,
    provisions: [{ law: t.law, article: t.article, paragraph: t.paragraph, item: null }],
    sanctions: t.sanctions.map((kind) => ({
      kind,
      amount_yuan: kind === 'fine' ? fine : null,
      days: kind === 'detention' ? 1 + Math.floor(r() * 10) : null,
      target: 'party' as const,
    })),
  };
}

/**
 * Imports `n` generated cases as the application does (importBulletin: bulletins of `batch` cases, 80 % of them
 * published, with search text and applied rules); returns the seconds it took.
 */
export async function ingestGenerated(
  store: Store,
  n: number,
  opts: { batch?: number; seed?: number; progress?: (done: number) => void } = {},
): Promise<number> {
  const batch = opts.batch ?? 2_000;
  const appliedOf = appliedRules(realChecker());
  // What `wangan serve` does first (statutes; with no case yet, only the rule set's fingerprint and that the
  // statistics are counted).
  await prepareStore(store, createLogger('silent'), appliedOf);
  const r = rng(opts.seed ?? 20211);
  const started = performance.now();
  for (let done = 0; done < n; done += batch) {
    const cases = Array.from({ length: Math.min(batch, n - done) }, (_, k) => generateCase(done + k, r));
    await importBulletin(
      store.db,
      store.search,
      appliedOf,
      {
        bulletin: { text: `生成的公告 ${done / batch}`, format: 'text', encoding: 'utf-8' },
        cases,
        status: r() < 0.8 ? 'published' : 'internal',
      },
      SYSTEM,
    );
    opts.progress?.(done + cases.length);
  }
  return (performance.now() - started) / 1000;
}

const q = encodeURIComponent;

/** Filtered Chinese text searches over the generated cases (path and query under /api). */
export const SEARCHES = [
  `/cases?q=${q('个人信息')}&region=${q('银川')}&sort=date&order=desc`,
  `/cases?q=${q('等级保护')}&sanction=fine&fine_min=10000&sort=fine`,
  `/cases?q=${q('数据泄露')}&date_from=2020-01-01&date_to=2023-12-31&party_kind=organization`,
  `/cases?q=${q('驾驶证')}&law=csl&article=46&page=2`,
  `/cases?q=${q('备案')}&agency=${q('大连')}&sort=title&order=asc`,
];

/** The statistics page's group-bys. */
export const STATS = ['month', 'region', 'law', 'article', 'sanction', 'party_kind'].map(
  (g) => `/stats?group_by=${g}`,
);

/** The fine distribution, whole and of a text search. */
export const FINES = ['/stats/fines', `/stats/fines?q=${q('个人信息')}`];
