/**
 * 我局 / 我分局 / 本局 — the unit that writes the page refers to itself. A reply letter (办理单位：某分局 … signed 某分局),
 * an annual report (某县公安局2021年政府信息公开工作年度报告 … signed 某县公安局) or a notice names itself once, in a
 * labelled line or its signature: a decision 「我局依据…对该公司处以罚款」 was made by that unit.
 */
import { findAgencies, signatureUnit } from './fields/agency.js';
import { allMatches } from '../shared/regex.js';

/** An agency that is the writer's self-reference (我局网安大队 → the writer). */
export const SELF_REFERENCE = /^(?:我|本)(?:分局|局|厅|委|办|总队|支队|大队|派出所|所|机关|院)/;

/** 我局依据… / 我分局于…对…: the writer as the subject of a decision. */
export const SELF_SUBJECT =
  /(?:^|[，。；：\s])((?:我|本)(?:分局|局|厅|委|办|总队|支队|大队|派出所|所|机关))[^，。；]{0,12}?(?:依据|根据|依照|依法|决定|给予|作出|对)/;

/** 办理单位：某分局 / 来源：某县公安局 / 发布机构：某网信办 — the page's own unit, labelled. */
const LABELLED = /(?:办理单位|答复单位|发布单位|发布机构|来源|信息来源)[：:]\s*([^\s，。；|｜]{4,30})/g;

export interface SelfMention {
  /** Offset in the text. */
  at: number;
  name: string;
}

/** Where the text names its own unit: labelled lines and signature lines (a line that is only a unit's name). */
export function selfMentions(text: string): SelfMention[] {
  const out: SelfMention[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    const signed = t.length >= 4 && t.length <= 30 ? signatureUnit(t) : null;
    if (signed !== null) out.push({ at, name: signed });
    if (/[：:]/.test(t))
      for (const m of allMatches(LABELLED, t)) {
        const unit = findAgencies(m[1]!)[0];
        if (unit && unit.start === 0) out.push({ at: at + m.index, name: unit.name });
      }
    at += line.length + 1;
  }
  return out;
}

/**
 * The unit a self-reference at `at` stands for: the first signature or labelled unit after it (the letter it is
 * in is signed below), else the last one before it, else the issuer the introduction names.
 */
export function ownUnit(mentions: readonly SelfMention[], at: number, issuer: string | null): string | null {
  return mentions.find((m) => m.at > at)?.name ?? mentions.findLast((m) => m.at <= at)?.name ?? issuer;
}

/** The writer's unit for each case block of a text in turn (the blocks are asked about in text order). */
export class WriterUnit {
  #mentions: SelfMention[] | null = null;
  /** Where the last block asked about starts in the text (searched onwards from the previous one). */
  #blockAt = 0;

  constructor(
    readonly text: string,
    readonly issuer: string | null,
  ) {}

  /** The unit a self-reference (我局) in the block that opens with `firstParagraph` stands for. */
  of(firstParagraph: string): string | null {
    const found = this.text.indexOf(firstParagraph, this.#blockAt);
    if (found >= 0) this.#blockAt = found;
    this.#mentions ??= selfMentions(this.text);
    return ownUnit(this.#mentions, this.#blockAt, this.issuer);
  }
}
