/**
 * Every case record in the bulletin fixtures, checked. The real published bulletins (fixtures/bulletins/dev) hold no
 * decision the check calls unlawful. The bulletins written by us and by blind testers are invented: a few of their
 * decisions break the statute, and each is listed here with the statute sentence it breaks — any other record judged
 * unlawful fails this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import { checkCase } from './check-case.js';
import { RuleIndex } from './rule-index.js';
import { ALL_RULES } from './rules/index.js';

const ROOT = resolve(import.meta.dirname, '../../../fixtures/bulletins');
const rules = new RuleIndex(ALL_RULES);

function records(dir: string): [string, CaseRecord][] {
  return readdirSync(resolve(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const data: unknown = JSON.parse(readFileSync(resolve(ROOT, dir, f), 'utf8'));
      return Array.isArray(data)
        ? (data as CaseRecord[]).map((r): [string, CaseRecord] => [`${dir}/${f}`, r])
        : [];
    });
}

/** Invented decisions that break the statute: file, title, the finding code, and the sentence broken. */
const INVENTED_UNLAWFUL: [string, string, string, string][] = [
  [
    'blind2/blind2-02-qinglang-list.json',
    '“某某论坛”未及时处置涉赌引流信息案',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第六十八条第一款 「拒不改正或者情节严重的，处十万元以上五十万元以下罚款」',
  ],
  [
    'blind2/blind2-06-wechat-emoji.json',
    '往单位内网传病毒,罚!',
    'ALTERNATIVES_COMBINED',
    '计算机信息系统安全保护条例 第二十三条 「处以警告或者对个人处以5000元以下的罚款」',
  ],
  [
    'blind3/blind3-06-mixed-criminal.json',
    '某网吧未落实实名登记制度案',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第六十一条 「处五万元以上五十万元以下罚款」',
  ],
  [
    'blind3/blind3-08-2026-amended-law.json',
    '某软件公司未履行网络安全保护义务案',
    'SANCTIONS_SPLIT_ACROSS_TIERS',
    '网络安全法(2025) 第六十一条第一款: no tier carries all the sanctions recorded',
  ],
  [
    'blind4/blind4-01-wechat.json',
    '某网吧未落实上网人员实名登记案',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第六十一条 「处五万元以上五十万元以下罚款」',
  ],
  [
    'blind4/blind4-05-penalty-first.json',
    '萧山某酒店无线上网未落实实名认证案',
    'SANCTION_NOT_PROVIDED',
    '网络安全法(2016) 第六十一条 sets no 警告',
  ],
  [
    'blind9/blind9-04-paichusuo-wangba.json',
    '石桥镇星际网咖未核对上网人员身份证件案',
    'NOT_COMPETENT',
    '行政处罚法 第二十三条: a 派出所 (我所) decides a 互联网上网服务营业场所管理条例 第三十三条 warning; only 治安管理处罚法 第一百零九条 lets a 派出所 decide (警告、一千元以下的罚款)',
  ],
  [
    'blind9/blind9-04-paichusuo-wangba.json',
    '石桥镇极速网吧未按规定保存登记内容案',
    'NOT_COMPETENT',
    '行政处罚法 第二十三条: a 派出所 (我所) decides a 互联网上网服务营业场所管理条例 第三十三条 warning',
  ],
  [
    'blind6/blind6-02-wangxin-quarterly-table.json',
    '滨江某文化传媒有限公司所属公众号未及时处置违法信息案',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第六十八条第一款 「拒不改正或者情节严重的，处十万元以上五十万元以下罚款」 (a 5万 fine)',
  ],
  [
    'blind6/blind6-02-wangxin-quarterly-table.json',
    '枫林市南湖区某教育咨询中心学员信息数据泄露案',
    'FINE_BELOW_MIN',
    '数据安全法 第四十五条第一款 「可以并处五万元以上五十万元以下罚款」 (a 2万 fine; 5000 on the person, below 一万元)',
  ],
  [
    'own/own-05-paragraphs.json',
    '某科技有限公司未取得许可转载时政新闻案',
    'AUTHORITY_NOT_EMPOWERED',
    '互联网信息服务管理办法 第十九条 「由省、自治区、直辖市电信管理机构责令限期改正」 (its 责令停止相关服务 is an order to correct since issue 13’s second pass)',
  ],
  [
    'own/own-10-mixed-punct.json',
    '违规开展互联网新闻信息服务',
    'AUTHORITY_NOT_EMPOWERED',
    '互联网信息服务管理办法 第十九条 「由省、自治区、直辖市电信管理机构责令限期改正」',
  ],
  [
    'own/own-13-titles.json',
    '网店经营者非法出售游戏账号被罚',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第六十一条 「处五万元以上五十万元以下罚款」',
  ],
  [
    'own/own-29-anli-space.json',
    '网民某男虚构警情案',
    'DETENTION_ABOVE_MAX',
    '治安管理处罚法(2012) 第二十五条 「处五日以上十日以下拘留」',
  ],
  [
    'own/own-41-bullets.json',
    '某职业技术学院招生系统信息泄露案',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第五十九条第一款 「处一万元以上十万元以下罚款」',
  ],
  [
    'own/own-42-nested-markers.json',
    '某直播平台未履行主体责任案',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第六十八条第一款 「处十万元以上五十万元以下罚款」',
  ],
  [
    'own/own-44-unnumbered-brackets.json',
    '某公司未履行网络安全保护义务被处罚',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第五十九条第一款 「处一万元以上十万元以下罚款」',
  ],
  [
    'own/own-47-wangxin-warnings.json',
    '某涉事企业未履行数据安全保护义务',
    'FINE_BELOW_MIN',
    '数据安全法 第四十五条第一款 「可以并处五万元以上五十万元以下罚款」',
  ],
  [
    'own/own-51-news-summary-lead.json',
    '某网络科技公司未审核用户发布信息案',
    'FINE_BELOW_MIN',
    '网络安全法(2016) 第六十八条第一款 「处十万元以上五十万元以下罚款」',
  ],
];

const check = (r: CaseRecord) => checkCase(r, { rules, today: '2026-12-04' });

/**
 * Real published decisions the check calls unlawful as the bulletin tells them, with the sentence they break. A
 * news item may name the unit that caught the offender for the one that decided: the record holds what was published.
 */
const DEV_UNLAWFUL: [file: string, title: string, sentence: string][] = [
  [
    'jilin-changchun-2018.json',
    '吴某楠编造“长春亚细亚牌子砸人3死2伤”谣言案',
    '公安机关办理行政案件程序规定 第一百七十三条：行政拘留处罚由县级以上公安机关…决定（the news names 建设广场派出所）',
  ],
];

describe('the real published bulletins hold no unlawful decision but the listed ones', () => {
  it.each(records('dev').map(([f, r]) => [f, r.title, r] as const))('%s «%s»', (file, title, record) => {
    const r = check(record);
    const listed = DEV_UNLAWFUL.some(([f, t]) => file.endsWith(f) && t === title);
    if (listed) expect(r.verdict).toBe('unlawful');
    else expect(r.verdict, JSON.stringify(r.findings)).not.toBe('unlawful');
  });
});

describe('invented bulletins: only the listed decisions are unlawful, each for the sentence it breaks', () => {
  const invented = readdirSync(ROOT)
    .filter((d) => d !== 'dev')
    .flatMap((d) => records(d));
  it.each(invented.map(([f, r]) => [f, r.title, r] as const))('%s «%s»', (file, title, record) => {
    const r = check(record);
    const listed = INVENTED_UNLAWFUL.find(([f, t]) => f === file && t === title);
    if (!listed) expect(r.verdict, JSON.stringify(r.findings)).not.toBe('unlawful');
    else {
      expect(r.verdict).toBe('unlawful');
      expect(r.findings.map((x) => x.code)).toContain(listed[2]);
    }
  });
  it('every listed decision exists', () => {
    for (const [f, t] of INVENTED_UNLAWFUL)
      expect(
        invented.some(([file, r]) => file === f && r.title === t),
        `${f} «${t}»`,
      ).toBe(true);
  });
});
