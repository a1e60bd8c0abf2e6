/**
 * Whom a rule may punish, checked against the party and the targets of the sanctions:
 * - a law that punishes a unit's violation on its people (治安管理处罚法 第十八条 “单位违反治安管理的，对其直接负责的主管人员和
 *   其他直接责任人员依照本法的规定处罚”): a sanction on the unit itself is unlawful, and a sanction on its responsible
 *   persons is judged as one on a person under the article;
 * - a rule addressed to persons or to units only (网络安全法 2016 第六十三条第一款 / 第二款) does not reach the other kind;
 * - detention restricts a person's liberty (行政处罚法 第九条第五项 行政拘留; 第十条第二款 “限制人身自由的行政处罚，只能由法律
 *   设定”): a unit cannot be detained, and detention rests on a law, not on an 条例 or a 规章;
 * - a sanction on 直接负责的主管人员和其他直接责任人员 presupposes a unit as the party.
 */
import type { CaseRecord, Sanction } from '../shared/case-record.js';
import { findLaw } from '../statutes/catalogue.js';
import type { Finding } from './check-result.js';
import type { PenaltyRule } from './model.js';

/** Laws (by version) whose articles punish a unit's violation on its responsible persons, with the article saying so. */
export const PERSONS_FOR_UNITS: readonly { law: string; version: string; article: number; text: string }[] = [
  {
    law: '治安管理处罚法',
    version: '2005-08-28',
    article: 18,
    text: '第十八条 单位违反治安管理的，对其直接负责的主管人员和其他直接责任人员依照本法的规定处罚。其他法律、行政法规对同一行为规定给予单位处罚的，依照其规定处罚。',
  },
  {
    law: '治安管理处罚法',
    version: '2012-10-26',
    article: 18,
    text: '第十八条 单位违反治安管理的，对其直接负责的主管人员和其他直接责任人员依照本法的规定处罚。其他法律、行政法规对同一行为规定给予单位处罚的，依照其规定处罚。',
  },
  {
    law: '治安管理处罚法',
    version: '2025-06-27',
    article: 18,
    text: '第十八条 单位违反治安管理的，对其直接负责的主管人员和其他直接责任人员依照本法的规定处罚。其他法律、行政法规对同一行为规定给予单位处罚的，依照其规定处罚。',
  },
];

export function personsForUnit(rule: PenaltyRule) {
  return PERSONS_FOR_UNITS.find((p) => p.law === rule.law && p.version === rule.version);
}

/**
 * The record as the rule sees it: under a persons-for-units law, a unit's responsible persons are the ones punished,
 * so their sanctions are judged as a person's; the unit's own sanctions stay (and are reported by `liablePartyFindings`).
 */
export function asRuleSeesIt(record: CaseRecord, rule: PenaltyRule): CaseRecord {
  if (record.party?.kind !== 'organization' || !personsForUnit(rule)) return record;
  return {
    ...record,
    party: { ...record.party, kind: 'individual' },
    sanctions: (record.sanctions ?? []).map((s): Sanction =>
      s.target === 'responsible_person' ? { ...s, target: 'party' } : s,
    ),
  };
}

export function liablePartyFindings(record: CaseRecord, rules: readonly PenaltyRule[]): Finding[] {
  const findings: Finding[] = [];
  const kind = record.party?.kind;
  const sanctions = record.sanctions ?? [];
  const onParty = sanctions.filter(
    (s) => s.target === 'party' && s.kind !== 'other' && s.kind !== 'rectification',
  );
  for (const rule of rules) {
    if (!kind || rule.parties.includes(kind)) continue;
    const article = personsForUnit(rule);
    if (article && kind === 'organization') {
      if (onParty.length > 0)
        findings.push({
          code: 'PARTY_NOT_LIABLE',
          severity: 'error',
          message: `${rule.id}不处罚单位：依《${rule.law}》第${article.article}条（“${article.text.replace(/^第\S+条\s*/, '')}”），单位违法的，处罚其直接负责的主管人员和其他直接责任人员`,
        });
      continue;
    }
    findings.push({
      code: 'PARTY_NOT_LIABLE',
      severity: 'error',
      message: `${rule.id}只处罚${rule.parties.map((p) => (p === 'individual' ? '个人' : '单位')).join('、')}，当事人${record.party?.name ?? ''}是${kind === 'organization' ? '单位' : '个人'}`,
    });
  }
  if (kind === 'organization' && sanctions.some((s) => s.kind === 'detention' && s.target === 'party'))
    findings.push({
      code: 'DETENTION_OF_ORGANIZATION',
      severity: 'error',
      message:
        '行政拘留限制人身自由，只能适用于自然人（行政处罚法第九条第五项、第十条第二款），不能对单位适用',
    });
  if (kind === 'individual' && sanctions.some((s) => s.target === 'responsible_person'))
    findings.push({
      code: 'RESPONSIBLE_PERSON_WITHOUT_UNIT',
      severity: 'error',
      message: '对“直接负责的主管人员和其他直接责任人员”的处罚以单位违法为前提，而当事人是个人',
    });
  if (sanctions.some((s) => s.kind === 'detention') && rules.length > 0 && rules.every((r) => !isLaw(r)))
    findings.push({
      code: 'DETENTION_NEEDS_LAW',
      severity: 'error',
      message: `行政拘留只能由法律设定（行政处罚法第十条第二款“限制人身自由的行政处罚，只能由法律设定”），${rules.map((r) => `《${r.law}》`).join('、')}不是法律`,
    });
  return findings;
}

function isLaw(rule: PenaltyRule): boolean {
  return findLaw(rule.law)?.kind === 'law';
}
