/**
 * The rule data checked against the statute files and against itself: verbatim texts in the right article and paragraph,
 * ids, references between rules, tiers, bounds, and the published cases named as precedents.
 * Reads data/law and fixtures/bulletins with node:fs through a deliberately simple parser (independent of src/law-data).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAWS } from '../../statutes/catalogue.js';
import type { MoneyBound, PenaltyRule, SanctionRule, Tier } from '../model.js';
import { ALL_RULES, CSL2016_RULES, CSL2025_RULES, ruleById, rulesOf } from './index.js';

const LAW_DIR = fileURLToPath(new URL('../../../../data/law/', import.meta.url));
const FIXTURE_DIR = fileURLToPath(new URL('../../../../fixtures/bulletins/dev/', import.meta.url));

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一百四十四 → 144; 十二 → 12; 二十 → 20. */
function chineseNumber(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${s}`);
  }
  return total + digit;
}

interface ParsedParagraph {
  /** The paragraph line, with its item lines joined by newlines (the first paragraph starts with 第N条). */
  text: string;
  items: number;
}

type ParsedLaw = Map<number, ParsedParagraph[]>;

const cache = new Map<string, ParsedLaw>();

function parseLawFile(file: string): ParsedLaw {
  const hit = cache.get(file);
  if (hit) return hit;
  const articles: ParsedLaw = new Map();
  let current: ParsedParagraph[] | null = null;
  for (const raw of readFileSync(LAW_DIR + file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('<!--')) continue;
    const head = /^第([零一二三四五六七八九十百]+)条[\s\u3000]/.exec(line);
    if (head) {
      current = [{ text: line, items: 0 }];
      articles.set(chineseNumber(head[1]!), current);
      continue;
    }
    if (current === null) continue;
    if (/^[（(][一二三四五六七八九十]+[）)]/.test(line)) {
      const last = current[current.length - 1]!;
      last.text += '\n' + line;
      last.items += 1;
    } else current.push({ text: line, items: 0 });
  }
  cache.set(file, articles);
  return articles;
}

/** Whitespace removed (line breaks, spaces, full-width spaces). */
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

function versionFile(rule: PenaltyRule): string {
  const law = LAWS.find((l) => l.name === rule.law);
  const version = law?.versions.find((v) => v.id === rule.version);
  if (!version) throw new Error(`${rule.id}: no catalogue version ${rule.law} ${rule.version}`);
  return version.file;
}

function paragraphOf(rule: PenaltyRule): ParsedParagraph | undefined {
  const article = parseLawFile(versionFile(rule)).get(rule.article);
  if (!article) return undefined;
  if (rule.paragraph === null) return article.length === 1 ? article[0] : undefined;
  return article[rule.paragraph - 1];
}

const LAW_CODE: Readonly<Record<string, string>> = {
  网络安全法: 'CSL',
  计算机信息网络国际联网安全保护管理办法: 'INTLNET',
  治安管理处罚法: 'PSAL',
  个人信息保护法: 'PIPL',
  数据安全法: 'DSL',
  关键信息基础设施安全保护条例: 'CIIR',
  网络数据安全管理条例: 'NDSR',
  计算机信息系统安全保护条例: 'CISR',
  互联网上网服务营业场所管理条例: 'NETCAFE',
  互联网信息服务管理办法: 'ICP',
  反电信网络诈骗法: 'ACTF',
};

/** Laws with more than one version carry the version's year in the id (CSL2016, PSAL2025). */
function expectedId(rule: PenaltyRule): string {
  const code = LAW_CODE[rule.law]!;
  const versions = LAWS.find((l) => l.name === rule.law)!.versions;
  const year = versions.length > 1 ? rule.version.slice(0, 4) : '';
  const base = `${code}${year}.${rule.article}${rule.paragraph === null ? '' : `.${rule.paragraph}`}`;
  // A paragraph split by items (项) into several rules: the items follow (CSL2025.71.1.3 — 第七十一条第一款第（三）项).
  const split = ALL_RULES.filter(
    (r) =>
      r.law === rule.law &&
      r.version === rule.version &&
      r.article === rule.article &&
      r.paragraph === rule.paragraph,
  );
  return split.length > 1 && rule.items ? `${base}.${rule.items.join('-')}` : base;
}

const allSanctions = (rule: PenaltyRule): SanctionRule[] => rule.tiers.flatMap((t) => t.sanctions);

/** The rule that first holds this tier object: a paragraph that says 依照前款规定处罚 shares its tiers with the one it cites. */
function tierSource(tier: Tier): PenaltyRule {
  return ALL_RULES.find((r) => r.tiers.includes(tier))!;
}

describe('rule texts are the statute texts', () => {
  it.each(ALL_RULES.map((r) => [r.id, r] as const))(
    '%s: text is its article and paragraph in data/law',
    (_id, rule) => {
      const paragraph = paragraphOf(rule);
      expect(
        paragraph,
        `${rule.id}: article ${rule.article} paragraph ${rule.paragraph} not found`,
      ).toBeDefined();
      expect(squash(rule.text)).toBe(squash(paragraph!.text));
    },
  );

  /**
   * The texts a rule's words may come from: its own paragraph, and the paragraphs it applies by reference —
   * 「依照前款规定处罚」 / 「依照前两款规定处罚」 (earlier paragraphs of the article), 「依照该款规定处罚」 (the 本法第N条第M款 it names).
   */
  function wordSources(rule: PenaltyRule): string {
    const law = parseLawFile(versionFile(rule));
    const texts = [rule.text];
    if (/依照前(两)?款(的)?规定处罚/.test(rule.text) && rule.paragraph !== null) {
      texts.push(
        ...law
          .get(rule.article)!
          .slice(0, rule.paragraph - 1)
          .map((p) => p.text),
      );
    }
    const cited =
      /本法第([零一二三四五六七八九十百]+)条第([零一二三四五六七八九十]+)款规定的后果的，依照该款规定处罚/.exec(
        rule.text,
      );
    if (cited) texts.push(law.get(chineseNumber(cited[1]!))![chineseNumber(cited[2]!) - 1]!.text);
    return squash(texts.join(''));
  }

  it.each(ALL_RULES.map((r) => [r.id, r] as const))(
    '%s: the words of every bound are in the text',
    (_id, rule) => {
      const source = wordSources(rule);
      for (const tier of rule.tiers) {
        for (const s of tier.sanctions) {
          const words = [s.words, s.days?.words, s.months?.words, ...(s.fine ?? []).map((f) => f.words)];
          for (const w of words)
            if (w !== undefined) expect(source, `${rule.id} ${tier.id}: 「${w}」`).toContain(squash(w));
        }
      }
    },
  );

  it('items named by a rule exist in its article', () => {
    for (const rule of ALL_RULES.filter((r) => r.items)) {
      const article = parseLawFile(versionFile(rule)).get(rule.article)!;
      const items = article.reduce((n, p) => n + p.items, 0);
      for (const item of rule.items!) expect(item, rule.id).toBeLessThanOrEqual(items);
    }
  });

  it('every enforced obligation exists in the same law version', () => {
    for (const rule of ALL_RULES) {
      const law = parseLawFile(versionFile(rule));
      for (const e of rule.enforces) {
        const article = law.get(e.article);
        expect(article, `${rule.id} enforces 第${e.article}条`).toBeDefined();
        if (e.paragraph !== undefined)
          expect(article!.length, `${rule.id} 第${e.article}条第${e.paragraph}款`).toBeGreaterThanOrEqual(
            e.paragraph,
          );
      }
    }
  });

  it('the simple parser reads the numbers it is given (guards the checks above)', () => {
    expect(chineseNumber('一百四十四')).toBe(144);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('十二')).toBe(12);
    expect(parseLawFile('网络安全法(2016-11-07).md').get(79)![0]!.text).toContain('本法自2017年6月1日起施行');
    expect(parseLawFile('网络安全法(2016-11-07).md').get(60)![0]!.items).toBe(3);
  });
});

describe('coverage: every penalty paragraph of the ranges in scope is a rule, or is listed here with the reason', () => {
  /** Paragraphs deliberately not encoded (see the comment at the end of each rule file). */
  const NOT_ENCODED: Record<string, string> = {
    '网络安全法 2016-11-07 63.3': 'employment bar: a statutory consequence with no range',
    '网络安全法 2025-10-28 66.3': 'employment bar: a statutory consequence with no range',
    '计算机信息网络国际联网安全保护管理办法 2011-01-08 22.1': 'referral to unnamed laws, no sanction',
    '关键信息基础设施安全保护条例 2021-07-30 43.3': 'employment bar: a statutory consequence with no range',
    '治安管理处罚法 2025-06-27 50.2': '禁止接触 order and the penalty for breaching it: not network conduct',
    '计算机信息系统安全保护条例 2011-01-08 21.1': '「由公安机关会同有关单位进行处理」: no sanction named',
    '计算机信息系统安全保护条例 2011-01-08 22.1': '海关 under the 海关法, no range',
    '计算机信息系统安全保护条例 2011-01-08 24.1': 'referral to 治安管理处罚法 naming no article',
    '互联网上网服务营业场所管理条例 2022-03-29 30.2':
      'referral to 治安管理处罚法 for 上网消费者, naming no article',
    '反电信网络诈骗法 2022-09-02 38.1': 'criminal liability only',
    '治安管理处罚法 2025-06-27 80.2': '从重处罚 within 第一款 (涉及未成年人): no range of its own',
  };
  const SCOPE: [law: string, version: string, articles: number[]][] = [
    ['网络安全法', '2016-11-07', [59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70]],
    ['网络安全法', '2025-10-28', [61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71]],
    ['计算机信息网络国际联网安全保护管理办法', '2011-01-08', [20, 21, 22, 23]],
    ['治安管理处罚法', '2005-08-28', [25, 29, 42, 47, 68]],
    ['治安管理处罚法', '2012-10-26', [25, 29, 42, 47, 68]],
    ['治安管理处罚法', '2025-06-27', [29, 33, 50, 55, 56, 80]],
    ['个人信息保护法', '2021-08-20', [66]],
    ['数据安全法', '2021-06-10', [45, 46, 47, 48]],
    ['关键信息基础设施安全保护条例', '2021-07-30', [39, 40, 41, 42, 43]],
    ['网络数据安全管理条例', '2024-09-24', [55, 56, 57]],
    ['计算机信息系统安全保护条例', '2011-01-08', [20, 21, 22, 23, 24]],
    ['互联网上网服务营业场所管理条例', '2022-03-29', [27, 29, 30, 31, 32, 33, 34]],
    ['互联网信息服务管理办法', '2011-01-08', [19, 20, 21, 22, 23]],
    ['反电信网络诈骗法', '2022-09-02', [38, 39, 40, 41, 42, 43, 44]],
  ];

  it.each(SCOPE)('%s %s', (law, version, articles) => {
    const file = LAWS.find((l) => l.name === law)!.versions.find((v) => v.id === version)!.file;
    const text = parseLawFile(file);
    for (const article of articles) {
      const paragraphs = text.get(article)!;
      paragraphs.forEach((_p, i) => {
        const key = `${law} ${version} ${article}.${i + 1}`;
        const paragraph = paragraphs.length === 1 ? null : i + 1;
        const rule = ALL_RULES.find(
          (r) => r.law === law && r.version === version && r.article === article && r.paragraph === paragraph,
        );
        if (key in NOT_ENCODED) expect(rule, key).toBeUndefined();
        else expect(rule, key).toBeDefined();
      });
    }
  });

  it('no rule falls outside the scope', () => {
    for (const rule of ALL_RULES) {
      const scope = SCOPE.find(([law, version]) => law === rule.law && version === rule.version);
      expect(scope?.[2], rule.id).toContain(rule.article);
    }
  });
});

describe('ids and references', () => {
  it('ids are unique and follow <CODE><YEAR>.<article>[.<paragraph>][.<items>]', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const rule of ALL_RULES) expect(rule.id).toBe(expectedId(rule));
  });

  it('law names and versions are catalogue entries', () => {
    for (const rule of ALL_RULES) expect(() => versionFile(rule), rule.id).not.toThrow();
  });

  it('ruleById and rulesOf find the rules', () => {
    expect(ruleById('CSL2016.59.1')?.article).toBe(59);
    expect(ruleById('CSL2025.71.2')?.referral).toBe(true);
    expect(ruleById('NO.SUCH')).toBeUndefined();
    expect(rulesOf('网络安全法', '2016-11-07')).toEqual(CSL2016_RULES);
    expect(rulesOf('网络安全法', '2025-10-28')).toEqual(CSL2025_RULES);
  });

  it('every successor and referral target exists and is not the rule itself', () => {
    for (const rule of ALL_RULES) {
      for (const s of rule.successors ?? []) {
        expect(ruleById(s.rule), `${rule.id} → ${s.rule}`).toBeDefined();
        expect(s.rule).not.toBe(rule.id);
      }
      for (const id of rule.referTo ?? []) expect(ruleById(id), `${rule.id} refers to ${id}`).toBeDefined();
    }
  });

  it('网络安全法 2016 rules are version 2016-11-07 and each has a successor in the 2025 text', () => {
    expect(CSL2016_RULES.length).toBeGreaterThan(0);
    for (const rule of CSL2016_RULES) {
      expect(rule.version).toBe('2016-11-07');
      const in2025 = (rule.successors ?? [])
        .map((s) => ruleById(s.rule)!)
        .filter((r) => r.law === '网络安全法');
      expect(in2025.length, rule.id).toBeGreaterThan(0);
      for (const r of in2025) expect(r.version).toBe('2025-10-28');
    }
  });

  it('the old → new map of the brief holds', () => {
    const map: [string, string, string][] = [
      ['CSL2016.59.1', 'CSL2025.61.1', 'amended'],
      ['CSL2016.60', 'CSL2025.62.1', 'renumbered'],
      ['CSL2016.61', 'CSL2025.64', 'amended'],
      ['CSL2016.62', 'CSL2025.65.1', 'amended'],
      ['CSL2016.63.1', 'CSL2025.66.1', 'renumbered'],
      ['CSL2016.64.1', 'PIPL.66.1', 'referral'],
      ['CSL2016.64.2', 'CSL2025.71.2', 'referral'],
      ['CSL2016.64.2', 'PSAL2025.56.1', 'referral'],
      ['CSL2016.65', 'CSL2025.67', 'amended'],
      ['CSL2016.66', 'CSL2025.71.1.3', 'referral'],
      ['CSL2016.64.1', 'CSL2025.71.1.2', 'referral'],
      ['CSL2016.67.1', 'CSL2025.68.1', 'renumbered'],
      ['CSL2016.68.1', 'CSL2025.69.1', 'amended'],
      ['CSL2016.69', 'CSL2025.70', 'amended'],
      ['CSL2016.70', 'CSL2025.71.1.1', 'amended'],
      ['PSAL2012.29', 'PSAL2025.33', 'amended'],
      ['PSAL2012.25', 'PSAL2025.29', 'amended'],
      ['PSAL2012.42', 'PSAL2025.50.1', 'amended'],
      ['PSAL2012.47', 'PSAL2025.55', 'amended'],
      ['PSAL2012.68', 'PSAL2025.80.1', 'amended'],
    ];
    for (const [from, to, change] of map) {
      expect(ruleById(from)!.successors, `${from} → ${to}`).toContainEqual(
        expect.objectContaining({ rule: to, change }),
      );
    }
  });

  it('referral rules have no tiers of their own and say whom they refer to; other rules have tiers', () => {
    for (const rule of ALL_RULES) {
      if (rule.referral) {
        expect(rule.tiers, rule.id).toEqual([]);
        expect(rule.referTo?.length, rule.id).toBeGreaterThan(0);
      } else {
        expect(rule.tiers.length, rule.id).toBeGreaterThan(0);
        expect(rule.referTo, rule.id).toBeUndefined();
      }
    }
    expect(ALL_RULES.filter((r) => r.referral).map((r) => r.id)).toEqual([
      'CSL2016.70',
      'CSL2025.71.1.1',
      'CSL2025.71.1.2',
      'CSL2025.71.1.3',
      'CSL2025.71.2',
    ]);
  });
});

describe('tiers and sanctions are well formed', () => {
  const amount = (b: MoneyBound): number => ('yuan' in b ? b.yuan : b.times);
  const unit = (b: MoneyBound): string => ('yuan' in b ? 'yuan' : b.of);

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const ids = rule.tiers.map((t) => t.id);
    expect(new Set(ids).size, 'tier ids unique').toBe(ids.length);
    for (const tier of rule.tiers) {
      if (tier.extends !== undefined) {
        expect(ids, `${tier.id} extends ${tier.extends}`).toContain(tier.extends);
        expect(tier.extends).not.toBe(tier.id);
        // No cycles: following extends ends.
        const seen = new Set<string>();
        for (
          let t: Tier | undefined = tier;
          t?.extends !== undefined;
          t = rule.tiers.find((x) => x.id === t!.extends)
        ) {
          expect(seen.has(t.id), `cycle at ${t.id}`).toBe(false);
          seen.add(t.id);
        }
      }
      expect(tier.sanctions.length, `${tier.id} has sanctions`).toBeGreaterThan(0);
      for (const s of tier.sanctions) {
        const where = `${rule.id} ${tier.id} ${s.kind}/${s.target}`;
        if (s.kind === 'fine') {
          expect(s.fine?.length, where).toBeGreaterThan(0);
          for (const f of s.fine!) {
            expect(f.max, `${where}: a fine with no ceiling`).not.toBeNull();
            if (f.min !== null && f.max !== null && unit(f.min) === unit(f.max)) {
              expect(amount(f.min), where).toBeLessThanOrEqual(amount(f.max));
            }
            for (const b of [f.min, f.max]) if (b) expect(amount(b), where).toBeGreaterThan(0);
            if (f.min && 'yuan' in f.min) expect(Number.isInteger(f.min.yuan), where).toBe(true);
            if (f.max && 'yuan' in f.max) expect(Number.isInteger(f.max.yuan), where).toBe(true);
          }
        } else expect(s.fine, where).toBeUndefined();
        if (s.kind === 'detention') {
          expect(s.days, where).toBeDefined();
          expect(s.days!.min ?? 0, where).toBeLessThanOrEqual(s.days!.max);
          expect(s.days!.max, where).toBeLessThanOrEqual(15);
          // Only 公安机关 detain; a rule naming other authorities for its fine (反电信网络诈骗法 第四十二条 「由公安机关或者有关
          // 主管部门处…罚款…由公安机关并处…拘留」) says so on the detention, and the check enforces it (DETENTION_AUTHORITY).
          expect(rule.authorities, `${where}: only 公安机关 detain`).toContain('public_security');
          if (rule.authorities.length > 1) expect(s.note, where).toMatch(/公安机关/);
        } else expect(s.days, where).toBeUndefined();
        if (s.target === 'responsible_person' && s.kind === 'fine')
          expect(s.responsiblePersons, where).toBeDefined();
        if (s.target === 'responsible_person')
          expect(rule.parties, `${where}: units only`).not.toEqual(['individual']);
        if (s.modality === 'alternative' || s.modality === 'single_or_combined') {
          expect(s.alternativeGroup, where).toBeDefined();
          const group = tier.sanctions.filter((x) => x.alternativeGroup === s.alternativeGroup);
          expect(group.length, `${where}: a group of one`).toBeGreaterThan(1);
        }
        if (s.partyKind !== undefined) expect(rule.parties, where).toContain(s.partyKind);
        if (s.months) expect(s.months.max, where).toBeGreaterThan(0);
      }
    }
  });

  it('base tiers apply always; other tiers name the facts they need', () => {
    for (const rule of ALL_RULES) {
      for (const tier of rule.tiers) {
        if (tier.id === 'base') expect(tier.when, rule.id).toEqual([]);
        else expect(tier.when.length, `${rule.id} ${tier.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('rectification is encoded where the text orders it and only there', () => {
    for (const rule of ALL_RULES) {
      const orders = /责令(限期)?改正|责令停止使用|责令停止销售或者提供/.test(rule.text);
      const rectifies = allSanctions(rule).some((s) => s.kind === 'rectification');
      const borrowed = rule.tiers.some((t) => tierSource(t) !== rule);
      if (!borrowed) expect(rectifies, rule.id).toBe(orders);
    }
  });

  it('confiscation is encoded where the text says 没收违法所得 (or 有违法所得的，除予以没收外) and only there', () => {
    for (const rule of ALL_RULES) {
      const borrowed = rule.tiers.some((t) => tierSource(t) !== rule);
      if (borrowed) continue;
      const says = /没收违法所得|有违法所得的，除予以没收外/.test(rule.text);
      expect(
        allSanctions(rule).some((s) => s.kind === 'confiscation'),
        rule.id,
      ).toBe(says);
    }
  });

  it('公安机关 rules, and only they, name public_security alone', () => {
    for (const rule of ALL_RULES) {
      const police = /由公安机关/.test(rule.text) || rule.law === '治安管理处罚法';
      if (police) expect(rule.authorities, rule.id).toContain('public_security');
    }
  });

  it('尚不构成犯罪 in the text is a precondition', () => {
    for (const rule of ALL_RULES) {
      if (rule.text.includes('尚不构成犯罪')) expect(rule.preconditions, rule.id).toContain('尚不构成犯罪');
    }
  });
});

describe('precedents are real cases of the fixture bulletins', () => {
  const titles = (bulletin: string): string[] => {
    const data: unknown = JSON.parse(readFileSync(FIXTURE_DIR + `${bulletin}.json`, 'utf8'));
    const cases = Array.isArray(data) ? data : [data];
    return cases.map((c) => (c as { title: string }).title);
  };

  it('every precedent title is a case of its bulletin', () => {
    for (const rule of ALL_RULES) {
      for (const p of rule.precedents ?? [])
        expect(titles(p.bulletin), `${rule.id}: ${p.title}`).toContain(p.title);
    }
  });

  it('every dev bulletin gives at least one precedent', () => {
    const named = new Set(ALL_RULES.flatMap((r) => (r.precedents ?? []).map((p) => p.bulletin)));
    for (const id of [
      'ningxia-2021',
      'dalian-2019',
      'beijing-2023',
      'fujian-xiamen',
      'hengyang-2024',
      'jiangsu-pipl-2022',
      'jiangxi-jian',
      'kaifeng-2021',
      'qinghai-wangxin',
    ]) {
      expect(named, id).toContain(id);
    }
  });
});
