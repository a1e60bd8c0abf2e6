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

/** 我院 / 本校 / 我公司 — the writer named as a party (责令我院限期改正): the head of the name it signs with. */
export const SELF_PARTY = /^(?:我|本)(院|校|公司)$/;

/** A line that is only the writer's name (perhaps with its office: 某某人民医院办公室), by the head of 我院/我校/我公司. */
const SIGNED_AS: Readonly<Record<string, RegExp>> = {
  院: /^([\u4e00-\u9fff]{2,24}(?:医院|学院|研究院|设计院|卫生院))(?:办公室|院办|党委)?$/,
  校: /^([\u4e00-\u9fff]{2,24}(?:学校|中学|小学|大学|学院))(?:办公室|校办|校长办公室|党委)?$/,
  公司: /^([\u4e00-\u9fff（）()]{2,30}?公司)(?:办公室|综合部|行政部|党委)?$/,
};

/** The writer's own name for 我院/我校/我公司 (`head` 院, 校, 公司): the last line of the text that is only that name. */
export function signedName(text: string, head: string): string | null {
  const re = SIGNED_AS[head];
  if (re === undefined) return null;
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t.length < 4 || t.length > 34) continue;
    const m = re.exec(t);
    if (m) return m[1]!;
  }
  return null;
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
