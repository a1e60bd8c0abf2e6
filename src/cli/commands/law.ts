/**
 * `wangan law` — the statute base from the command line.
 *
 *   wangan law show <law> <article> [--at DATE] [--text]
 *       JSON: the article of the version in force on DATE (default: today in China), with the law's title, the
 *       version and its effective / superseded dates and status. --text: the same for reading, as a heading and the
 *       article (every command prints JSON unless asked otherwise).
 *   wangan law current <law> <article> [--from VERSION-OR-DATE]
 *       JSON: the article(s) of the version in force today that carry the rule of <article> of the older
 *       version (default: the law's earliest version), with the kind of change and the new text.
 *
 * <law>: name, title, alias or id (网络安全法, 《中华人民共和国网络安全法》, 网安法, csl).
 * <article>: 61, 第六十一条, 第61条.
 */
import { EXIT, UsageError, type CliIo } from '../io.js';
import { parseArgs } from '../args.js';
import { isDomainError } from '../../core/shared/errors.js';
import { todayInChina, type IsoDate } from '../../core/shared/dates.js';
import { parseArticleLabel } from '../../core/shared/numerals.js';
import { assertDay } from '../../core/statutes/statute-base.js';
import type { ArticleChange, LawVersion, StatuteArticle } from '../../core/statutes/model.js';
import { lawData, type LawData } from '../../law-data/load.js';

const USAGE = [
  'usage: wangan law show <law> <article> [--at DATE] [--text]',
  '       wangan law current <law> <article> [--from VERSION-OR-DATE]',
  '',
  '  <law>      法规名称、简称或编号，如 网络安全法、网安法、csl',
  '  <article>  条号，如 61、第六十一条',
  '  --at       日期 YYYY-MM-DD，默认今天（北京时间）',
  '  --text     以文本（标题、版本、条文）输出，默认输出 JSON',
  '  --from     旧版本编号（如 2016-11-07）或日期，默认现行版本所取代的版本',
  '',
].join('\n');

export interface CurrentAnswer {
  law: string;
  from: { version: string; article: number; label: string };
  current: {
    version: string;
    article: number | null;
    label: string | null;
    change: ArticleChange;
    note: string;
    text: string | null;
  }[];
}

function versionStatus(v: LawVersion, today: IsoDate): string {
  return v.superseded === null
    ? v.effective > today
      ? '尚未施行'
      : '现行有效'
    : `${v.superseded} 起被新版本取代（施行至 ${dayBefore(v.superseded)}）`;
}

function versionHeading(v: LawVersion, today: IsoDate): string {
  const status = versionStatus(v, today);
  const note = v.note === undefined ? '' : `\n说明：${v.note}`;
  return `${v.law.title}（${v.id} 版本）\n施行日期：${v.effective}\u3000${status}${note}`;
}

function dayBefore(d: IsoDate): IsoDate {
  const t = new Date(`${d}T00:00:00Z`).getTime() - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function showArticle(v: LawVersion, a: StatuteArticle, today: IsoDate): string {
  const place = [a.chapter, a.section].filter((x) => x).join(' ');
  return `${versionHeading(v, today)}\n${place ? `${place}\n` : ''}\n${a.text}\n`;
}

export interface ShowAnswer {
  law: string;
  title: string;
  version: {
    id: string;
    effective: IsoDate;
    superseded: IsoDate | null;
    status: string;
    note: string | null;
  };
  article: { number: number; label: string; chapter: string | null; section: string | null; text: string };
}

function showJson(v: LawVersion, a: StatuteArticle, today: IsoDate): ShowAnswer {
  return {
    law: v.law.name,
    title: v.law.title,
    version: {
      id: v.id,
      effective: v.effective,
      superseded: v.superseded,
      status: versionStatus(v, today),
      note: v.note ?? null,
    },
    article: {
      number: a.number,
      label: a.label,
      chapter: a.chapter,
      section: a.section ?? null,
      text: a.text,
    },
  };
}

function positionals(args: string[], n: number, usage: string): string[] {
  if (args.length !== n) throw new UsageError(`需要 ${n} 个参数，实有 ${args.length} 个\n${usage}`);
  return args;
}

/**
 * The version a --from value denotes: a version id first, else the version in force on that date; without --from, the
 * text the one in force today replaced (治安管理处罚法: 2012, not the 2006 text it restates; a law never amended: itself).
 */
function fromVersion(data: LawData, law: string, from: string | undefined, today: IsoDate): LawVersion {
  const versions = data.base.versions(law);
  if (from === undefined) {
    const now = versions.findIndex((v) => v.id === data.base.versionAt(law, today).id);
    return versions[Math.max(0, now - 1)] as LawVersion;
  }
  const byId = versions.find((v) => v.id === from.trim());
  if (byId) return byId;
  return data.base.versionAt(law, assertDay(from.trim(), '--from'));
}

/** The answer of `law current`: exported for the API and tests. */
export function currentArticles(
  data: LawData,
  law: string,
  article: string,
  from: string | undefined,
  today: IsoDate,
): CurrentAnswer {
  const number = parseArticleLabel(article);
  const old = fromVersion(data, law, from, today);
  const { article: oldArticle } = data.base.article(law, number, { version: old.id });
  const now = data.base.versionAt(law, today);
  const mapped = now.id === old.id ? null : data.articleMap(law).forward(old.id, number, now.id);
  const current = (mapped ?? [{ article: number, change: 'same' as const, note: '' }]).map((m) => {
    const a = m.article === null ? null : data.base.article(law, m.article, { version: now.id }).article;
    return {
      version: now.id,
      article: m.article,
      label: a?.label ?? null,
      change: m.change,
      note: m.note,
      text: a?.text ?? null,
    };
  });
  return { law: old.law.name, from: { version: old.id, article: number, label: oldArticle.label }, current };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  try {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
      io.stdout(USAGE);
      return sub === undefined ? EXIT.badInput : EXIT.ok;
    }
    const today = todayInChina(io.now());
    const data = lawData();
    if (sub === 'show') {
      const { positionals: p, values, flags } = parseArgs(rest, { values: ['at'], booleans: ['text'] });
      const [law, article] = positionals(p, 2, USAGE) as [string, string];
      const at = values.at === undefined ? today : assertDay(values.at, '--at');
      const { version, article: found } = data.base.article(law, parseArticleLabel(article), { at });
      io.stdout(
        flags.has('text')
          ? showArticle(version, found, today)
          : `${JSON.stringify(showJson(version, found, today), null, 2)}\n`,
      );
      return EXIT.ok;
    }
    if (sub === 'current') {
      const { positionals: p, values } = parseArgs(rest, { values: ['from'] });
      const [law, article] = positionals(p, 2, USAGE) as [string, string];
      io.stdout(`${JSON.stringify(currentArticles(data, law, article, values.from, today), null, 2)}\n`);
      return EXIT.ok;
    }
    throw new UsageError(`未知的子命令“${sub}”\n${USAGE}`);
  } catch (e) {
    if (e instanceof UsageError || isDomainError(e)) {
      io.stderr(`wangan law: ${e.message}\n`);
      return EXIT.badInput;
    }
    throw e;
  }
}
