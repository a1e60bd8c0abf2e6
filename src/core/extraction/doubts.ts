/**
 * What an extracted record leaves in doubt, for the importer to look at before saving (issue 13: doubt is
 * visible). The interchange schema (data/schema/case-record.schema.json) has no place for them, so they travel
 * beside the records (`ExtractResult.doubts`, the import preview), never inside one.
 */
import type { CaseRecord } from '../shared/case-record.js';
import type { Repair } from './repair.js';

export type DoubtCode =
  | 'party_reference'
  | 'party_missing'
  | 'date_missing'
  | 'agency_missing'
  | 'sanction_without_target'
  | 'text_repaired';

export interface Doubt {
  code: DoubtCode;
  /** The record field it concerns (party.name, date, agency, sanctions, provisions). */
  field: string;
  /** For the importer, in Chinese. */
  message: string;
}

/** A party written as a pronoun, a reference or a role, not a name: 该公司, 其, 上述单位, 立即. */
const NOT_A_NAME =
  /^(该|其|此|上述|这|那|相关|有关|涉事|立即|限期|依法|分别|当事人|违法行为人|行为人|对方)|^[\u4e00-\u9fff]?$/;

export const UNNAMED_PARTY = '（未写明）';

/** The doubts of one record; `repairs` are the citation typos mended in its case's text. */
export function doubtsOf(record: CaseRecord, repairs: readonly Repair[] = []): Doubt[] {
  const out: Doubt[] = [];
  const name = record.party.name;
  if (name === UNNAMED_PARTY) {
    const message = record.sanctions.length > 0 ? '处罚对象未写明：处罚没有可对应的当事人' : '当事人未写明';
    out.push({
      code: record.sanctions.length > 0 ? 'sanction_without_target' : 'party_missing',
      field: 'party.name',
      message,
    });
  } else if (NOT_A_NAME.test(name)) {
    out.push({
      code: 'party_reference',
      field: 'party.name',
      message: `当事人“${name}”是指代或职务，不是名称，请核对`,
    });
  }
  if (record.date === null) out.push({ code: 'date_missing', field: 'date', message: '未找到案件日期' });
  if (record.agency === null)
    out.push({ code: 'agency_missing', field: 'agency', message: '未找到执法机关' });
  for (const r of repairs) {
    out.push({
      code: 'text_repaired',
      field: 'provisions',
      message: `原文“${r.from}”已按法规目录更正为“${r.to}”`,
    });
  }
  return out;
}
