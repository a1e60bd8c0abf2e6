/**
 * Reads the statute texts and article maps named in the catalogue from data/law and builds the statute base.
 * Each law is read and parsed on first use (a `wangan law show` touches one law), then kept for the life of
 * the process; `loadAllLaws()` reads everything at once (the server, the check engine).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lawDataDir } from '../paths.js';
import { DomainError } from '../core/shared/errors.js';
import { LAWS, type LawEntry } from '../core/statutes/catalogue.js';
import { parseStatute, type ParsedStatute } from '../core/statutes/parse-statute.js';
import { buildLawVersions, StatuteBase, type LawRef } from '../core/statutes/statute-base.js';
import { ArticleMap, parseArticleMap } from '../core/statutes/article-map.js';

function readText(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch (e) {
    throw new DomainError('UNREADABLE_INPUT', `无法读取法规文件 ${file}：${(e as Error).message}`, {
      file,
      dir,
    });
  }
}

export class LawData {
  readonly base: StatuteBase;
  private readonly parsed = new Map<string, ParsedStatute>();
  private readonly maps = new Map<string, ArticleMap>();

  constructor(
    readonly dir: string = lawDataDir,
    readonly catalogue: readonly LawEntry[] = LAWS,
  ) {
    this.base = new StatuteBase(
      [],
      (law) => buildLawVersions(law, (entry) => this.parsedText(entry.file).articles),
      catalogue,
    );
  }

  /** The parsed text of one version file (header lines included), read once. */
  parsedText(file: string): ParsedStatute {
    let p = this.parsed.get(file);
    if (!p) {
      p = parseStatute(readText(this.dir, file), file);
      this.parsed.set(file, p);
    }
    return p;
  }

  /** The article map of a law (built from its 条文对照 files, one per step between versions; empty when it has none). */
  articleMap(ref: LawRef): ArticleMap {
    const law = this.base.law(ref);
    let map = this.maps.get(law.id);
    if (!map) {
      const rows = (law.articleMaps ?? []).flatMap((file) =>
        parseArticleMap(readText(this.dir, file), law, file),
      );
      map = new ArticleMap(law, rows);
      this.maps.set(law.id, map);
    }
    return map;
  }

  /** Reads every law of the catalogue now (and their maps); returns this. */
  loadAll(): this {
    for (const law of this.catalogue) {
      this.base.versions(law);
      this.articleMap(law);
    }
    return this;
  }
}

const cache = new Map<string, LawData>();

/** The process-wide law data for a directory (default data/law): created once, laws parsed lazily. */
export function lawData(dir: string = lawDataDir): LawData {
  let d = cache.get(dir);
  if (!d) {
    d = new LawData(dir);
    cache.set(dir, d);
  }
  return d;
}

/** The statute base with every law already read. */
export function loadAllLaws(dir: string = lawDataDir): LawData {
  return lawData(dir).loadAll();
}
