/**
 * The statute base: law → dated versions → articles → paragraphs (款) → items (项).
 * Built from the texts in data/law by parse-statute.ts (pure) and held in memory; the storage layer copies it.
 */
import type { IsoDate } from '../shared/dates.js';
import type { LawEntry } from './catalogue.js';

export interface StatuteItem {
  /** 1-based: （一） → 1. */
  number: number;
  text: string;
}

export interface StatuteParagraph {
  /** 1-based position of the 款 within the article. */
  number: number;
  /** The paragraph's own words (for the first paragraph, without the leading 第N条). */
  text: string;
  items: StatuteItem[];
}

export interface StatuteArticle {
  number: number;
  /** 第五十九条 */
  label: string;
  /** Chapter heading the article sits under (## 第六章 法律责任), if any. */
  chapter: string | null;
  /** Section heading within the chapter (### 第一节 一般规定), for laws that have sections. */
  section?: string;
  paragraphs: StatuteParagraph[];
  /** The whole article as printed, paragraphs joined by newlines, starting with 第N条. */
  text: string;
}

export interface LawVersion {
  law: LawEntry;
  /** VersionEntry.id, e.g. 2016-11-07. */
  id: string;
  adopted: IsoDate;
  effective: IsoDate;
  /** Day the next version took effect (this one's last day is the day before), or null if current. */
  superseded: IsoDate | null;
  basis: string;
  note?: string;
  articles: StatuteArticle[];
}

export type ArticleChange = 'same' | 'renumbered' | 'amended' | 'merged' | 'split' | 'deleted' | 'new';

/** One row of an article map between two consecutive versions of a law. */
export interface ArticleMapping {
  law: string;
  fromVersion: string;
  toVersion: string;
  /** null for an article the newer version adds. */
  from: number | null;
  /** null for an article the newer version deletes. */
  to: number | null;
  change: ArticleChange;
  note: string;
}
